"""The exercise library page: table and filter models, details, the custom exercise editor."""
