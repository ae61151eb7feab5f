"""Drag-and-drop MIME types shared by the library table and the week's day columns."""

from __future__ import annotations

#: An exercise dragged from the library; the payload is its id in UTF-8.
EXERCISE_MIME = "application/x-repairplanner-exercise"
#: A planned session dragged between days; the payload is its id as text.
SESSION_MIME = "application/x-repairplanner-session"
