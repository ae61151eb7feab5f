"""An exercise rendered as rich text for the details pane."""

from __future__ import annotations

from html import escape

from repairplanner.core.entities import Exercise
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.ui.library.exercise_table_model import above_level_note

#: An asked-for talk is an invitation the right partner can take up; the app never books it for them.
ASKED_FOR_INVITATION = QT_TRANSLATE_NOOP(
    "ExerciseDetails",
    "An invitation, never a task: this talk is asked for by one of you, when you are ready, and the app never "
    "schedules it. To take it up, choose Add to the week; it asks which of you is asking, and that partner invites.",
)


def _list(tag: str, items: tuple[str, ...]) -> str:
    return f"<{tag}>" + "".join(f"<li>{escape(item)}</li>" for item in items) + f"</{tag}>"


def _paragraph(text: str) -> str:
    if text:
        return f"<p>{escape(text)}</p>"
    return "<p><i>" + escape(translate("ExerciseDetails", "Nothing written yet.")) + "</i></p>"


def exercise_html(exercise: Exercise, working_level: int | None = None) -> str:
    """Every field of `exercise`, in the order a couple would read it before agreeing.

    `working_level` is the couple's level on the exercise's track; above it, a kind note says so.
    Colours are left to the palette, so headings stay readable in light and dark themes alike.
    """
    meta = translate("ExerciseDetails", "{track} · level {level} · about {minutes} minutes").format(
        track=exercise.track.label, level=exercise.level, minutes=exercise.minutes
    )
    notes = []
    if working_level is not None and exercise.level > working_level:
        notes.append(f"↑ {above_level_note(exercise, working_level)}")
    if exercise.archived:
        notes.append(translate("ExerciseDetails", "Archived: restore it to plan it again."))
    if exercise.is_asked_for:
        notes.append(translate("ExerciseDetails", ASKED_FOR_INVITATION))
    if exercise.is_solo:
        notes.append(translate("ExerciseDetails", "One of you does this alone; Add to the week asks whom it is for."))
    sections = [
        (
            translate("ExerciseDetails", "What you need"),
            _list("ul", exercise.needs) if exercise.needs else _paragraph(""),
        ),
        (translate("ExerciseDetails", "Steps"), _list("ol", exercise.steps)),
        (translate("ExerciseDetails", "What each of you agrees to"), _paragraph(exercise.agreement)),
        (translate("ExerciseDetails", "Easing out or stopping"), _paragraph(exercise.ease_out)),
        (translate("ExerciseDetails", "An easier version"), _paragraph(exercise.easier)),
        (translate("ExerciseDetails", "A step further, same level"), _paragraph(exercise.harder)),
        (translate("ExerciseDetails", "Safety"), _paragraph(exercise.safety)),
    ]
    body = "".join(f"<h3>{escape(title)}</h3>{content}" for title, content in sections)
    # Technique names and tags are the library's own words (cited names, file keys), shown as they are.
    technique = ", ".join(exercise.technique)
    if exercise.is_builtin:
        origin_line = translate("ExerciseDetails", "Comes with RepairPlanner; draws on {technique}").format(
            technique=technique
        )
    elif technique:
        origin_line = translate("ExerciseDetails", "Your own exercise; draws on {technique}").format(
            technique=technique
        )
    else:
        origin_line = translate("ExerciseDetails", "Your own exercise; draws on your own ideas")
    if exercise.tags:
        origin_line += translate("ExerciseDetails", " · tags: {tags}").format(tags=", ".join(exercise.tags))
    note_html = "".join(f"<p><b>{escape(note)}</b></p>" for note in notes)
    return (
        f"<h2>{escape(exercise.title)}</h2>"
        f"<p><b>{escape(meta)}</b><br/><i>{escape(origin_line)}</i></p>"
        f"{note_html}<p>{escape(exercise.summary)}</p>{body}"
    )
