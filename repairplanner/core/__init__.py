"""Plain-Python domain: entities, week arithmetic, the exercise library and (later) the grading rules."""
