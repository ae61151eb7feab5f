"""A session from check-in to reflection: the private check-in turns, the advice, alternatives, reflections."""
