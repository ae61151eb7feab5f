"""An exercise rendered as rich text for the details pane."""

from __future__ import annotations

from html import escape

from repairplanner.core.entities import Exercise


def _list(tag: str, items: tuple[str, ...]) -> str:
    return f"<{tag}>" + "".join(f"<li>{escape(item)}</li>" for item in items) + f"</{tag}>"


def exercise_html(exercise: Exercise) -> str:
    """Every field of `exercise`, in the order a couple would read it before agreeing."""
    origin = "Comes with RepairPlanner" if exercise.is_builtin else "Your own exercise"
    meta = f"{exercise.track.label} · level {exercise.level} · about {exercise.minutes} minutes"
    sections = [
        ("What you need", _list("ul", exercise.needs)),
        ("Steps", _list("ol", exercise.steps)),
        ("What each of you agrees to", f"<p>{escape(exercise.agreement)}</p>"),
        ("Easing out or stopping", f"<p>{escape(exercise.ease_out)}</p>"),
        ("An easier version", f"<p>{escape(exercise.easier)}</p>"),
        ("A step further, same level", f"<p>{escape(exercise.harder)}</p>"),
        ("Safety", f"<p>{escape(exercise.safety)}</p>"),
    ]
    body = "".join(f"<h3>{escape(title)}</h3>{content}" for title, content in sections)
    technique = ", ".join(exercise.technique)
    return (
        f"<h2>{escape(exercise.title)}</h2>"
        f"<p><b>{escape(meta)}</b><br/><i>{escape(origin)}; draws on {escape(technique)}</i></p>"
        f"<p>{escape(exercise.summary)}</p>{body}"
    )
