"""An exercise rendered as rich text for the details pane."""

from __future__ import annotations

from html import escape

from repairplanner.core.entities import Exercise
from repairplanner.ui.library.exercise_table_model import above_level_note

#: An asked-for talk is an invitation the right partner can take up; the app never books it for them.
ASKED_FOR_INVITATION = (
    "An invitation, never a task: this talk is asked for by one of you, when you are ready, and the app never "
    "schedules it. To take it up, choose Add to the week; it asks which of you is asking, and that partner invites."
)


def _list(tag: str, items: tuple[str, ...]) -> str:
    return f"<{tag}>" + "".join(f"<li>{escape(item)}</li>" for item in items) + f"</{tag}>"


def _paragraph(text: str) -> str:
    return f"<p>{escape(text)}</p>" if text else "<p><i>Nothing written yet.</i></p>"


def exercise_html(exercise: Exercise, working_level: int | None = None) -> str:
    """Every field of `exercise`, in the order a couple would read it before agreeing.

    `working_level` is the couple's level on the exercise's track; above it, a kind note says so.
    Colours are left to the palette, so headings stay readable in light and dark themes alike.
    """
    origin = "Comes with RepairPlanner" if exercise.is_builtin else "Your own exercise"
    meta = f"{exercise.track.label} · level {exercise.level} · about {exercise.minutes} minutes"
    notes = []
    if working_level is not None and exercise.level > working_level:
        notes.append(f"↑ {above_level_note(exercise, working_level)}")
    if exercise.archived:
        notes.append("Archived: restore it to plan it again.")
    if exercise.is_asked_for:
        notes.append(ASKED_FOR_INVITATION)
    if exercise.is_solo:
        notes.append("One of you does this alone; Add to the week asks whom it is for.")
    sections = [
        ("What you need", _list("ul", exercise.needs) if exercise.needs else _paragraph("")),
        ("Steps", _list("ol", exercise.steps)),
        ("What each of you agrees to", _paragraph(exercise.agreement)),
        ("Easing out or stopping", _paragraph(exercise.ease_out)),
        ("An easier version", _paragraph(exercise.easier)),
        ("A step further, same level", _paragraph(exercise.harder)),
        ("Safety", _paragraph(exercise.safety)),
    ]
    body = "".join(f"<h3>{escape(title)}</h3>{content}" for title, content in sections)
    technique = ", ".join(exercise.technique) or "your own ideas"
    origin_line = f"{origin}; draws on {technique}"
    if exercise.tags:
        origin_line += f" · tags: {', '.join(exercise.tags)}"
    note_html = "".join(f"<p><b>{escape(note)}</b></p>" for note in notes)
    return (
        f"<h2>{escape(exercise.title)}</h2>"
        f"<p><b>{escape(meta)}</b><br/><i>{escape(origin_line)}</i></p>"
        f"{note_html}<p>{escape(exercise.summary)}</p>{body}"
    )
