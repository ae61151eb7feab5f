"""The manual's topics: one Markdown file per topic and language under `resources/manual/<language>/`.

Every language has the same file names; a topic without a file in the language in use is read in English. A topic's
title is its file's first `# ` heading, so the titles are translated with the text. Pictures live in
`resources/manual/images/<language>/` and are referenced from the topics as `../images/<language>/<name>.png`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from repairplanner.core.content_overlay import ENGLISH
from repairplanner.paths import resources_dir

GETTING_STARTED = "getting-started"
WEEK = "week"
CONSENT = "consent"
CHECK_IN = "check-in"
GUIDED_SESSION = "guided-session"
REFLECTION = "reflection"
PROGRESS = "progress"
PAUSE = "pause"
LIBRARY = "library"
GUIDE = "guide-and-safety"
PRINTING = "printing"
CALENDAR = "calendar"
BACKUPS = "backups"
PRIVACY = "privacy"
SETTINGS = "settings"
KEYBOARD = "keyboard"
PROBLEMS = "problems"

# Every topic, in the order the manual lists them.
TOPICS: tuple[str, ...] = (
    GETTING_STARTED,
    WEEK,
    CONSENT,
    CHECK_IN,
    GUIDED_SESSION,
    REFLECTION,
    PROGRESS,
    PAUSE,
    LIBRARY,
    GUIDE,
    PRINTING,
    CALENDAR,
    BACKUPS,
    PRIVACY,
    SETTINGS,
    KEYBOARD,
    PROBLEMS,
)


@dataclass(frozen=True, slots=True)
class Topic:
    """One topic of the manual: its id (the file name without `.md`), its title, its text and its folder."""

    id: str
    title: str
    markdown: str
    # The folder its file is in: relative picture paths start here.
    folder: Path


def manual_dir() -> Path:
    """Where the manual's files are shipped."""
    return resources_dir() / "manual"


def topic_title(markdown: str, fallback: str) -> str:
    """The text of the first `# ` heading, or `fallback` when there is none."""
    for line in markdown.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return fallback


def read_topics(language: str, directory: Path | None = None) -> list[Topic]:
    """Every topic that has a file, in `language` where there is one and in English otherwise, in manual order."""
    root = directory or manual_dir()
    topics = []
    for topic_id in TOPICS:
        for folder in (root / language, root / ENGLISH):
            path = folder / f"{topic_id}.md"
            if path.is_file():
                markdown = path.read_text(encoding="utf-8")
                topics.append(Topic(topic_id, topic_title(markdown, topic_id), markdown, folder))
                break
    return topics
