"""Qt widgets, models and dialogs. Talks to services only, never to the database."""
