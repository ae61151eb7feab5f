"""The Guide and Safety and help: readings read lazily from resources/guide, which moments were offered, and the
couple's own help lines (their therapist's and local numbers), kept in the settings table."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from repairplanner.core.content_overlay import ENGLISH, overlay_name
from repairplanner.core.errors import UserFacingError
from repairplanner.core.guide import Moment, Reading, read_guide, reading_for
from repairplanner.core.i18n import current_language, translate
from repairplanner.db.schema import Setting
from repairplanner.services.couple import read_setting
from repairplanner.services.storage import transaction

OFFERED_KEY = "guide.offered"
HELP_LINES_KEY = "help.lines"
HELP_LINES_MAX = 600
GUIDE_FILES = ("readings.toml", "safety.toml")


class GuideError(UserFacingError):
    """The Guide's files could not be read, or the help lines are too long; the message says which."""


def moment_key(moment: Moment, detail: str = "") -> str:
    """The marker remembering that a moment's reading was offered: 'first-touch', or 'new-level:touch:3'."""
    return f"{moment.value}:{detail}" if detail else moment.value


class GuideService:
    """Reads the Guide's files only when first asked (never at start-up), and remembers what was offered."""

    def __init__(self, sessions: sessionmaker[Session], guide_dir: Path) -> None:
        self._sessions = sessions
        self._dir = guide_dir
        self._loaded: tuple[tuple[Reading, ...], tuple[Reading, ...]] | None = None

    # --- the readings --------------------------------------------------------------------------------------------

    def readings(self) -> tuple[Reading, ...]:
        """The Guide's readings in their file's order; () when the Guide is not installed."""
        return self._load()[0]

    def safety(self) -> tuple[Reading, ...]:
        """The sections of Safety and help; () when they are not installed."""
        return self._load()[1]

    def reading_for(self, moment: Moment) -> Reading | None:
        """The reading offered at `moment`, if the Guide has one."""
        return reading_for(self.readings(), moment)

    @property
    def loaded(self) -> bool:
        """Whether the files have been read yet (they are read the first time they are needed)."""
        return self._loaded is not None

    def _load(self) -> tuple[tuple[Reading, ...], tuple[Reading, ...]]:
        if self._loaded is None:
            files = {name: self._dir / name for name in GUIDE_FILES}
            language = current_language()
            translated = {overlay_name(language, n): self._dir / language / n for n in GUIDE_FILES}
            files |= {name: path for name, path in translated.items() if language != ENGLISH and path.is_file()}
            if not all(path.is_file() for path in files.values()):
                self._loaded = ((), ())
            else:
                try:
                    self._loaded = read_guide({name: path.read_bytes() for name, path in files.items()})
                except (OSError, UserFacingError) as error:
                    message = getattr(error, "message", None) or getattr(error, "strerror", None) or str(error)
                    raise GuideError(
                        translate("GuideService", "The Guide could not be read: {message}").format(message=message)
                    ) from None
        return self._loaded

    # --- moments -------------------------------------------------------------------------------------------------

    def was_offered(self, moment: Moment, detail: str = "") -> bool:
        """Whether the reading for this moment (and detail) was already offered."""
        return moment_key(moment, detail) in self._offered()

    def mark_offered(self, moment: Moment, detail: str = "") -> None:
        """Remember that the reading for this moment (and detail) was offered, whatever the couple chose."""
        key = moment_key(moment, detail)
        with transaction(self._sessions) as s:
            offered = _strings(read_setting(s, OFFERED_KEY, []))
            if key not in offered:
                s.merge(Setting(key=OFFERED_KEY, value=[*offered, key]))

    def _offered(self) -> list[str]:
        with transaction(self._sessions) as s:
            return _strings(read_setting(s, OFFERED_KEY, []))

    # --- help lines ----------------------------------------------------------------------------------------------

    def help_lines(self) -> str:
        """The couple's own help lines (their therapist, local crisis and domestic-abuse lines), as they wrote them."""
        with transaction(self._sessions) as s:
            value = read_setting(s, HELP_LINES_KEY, "")
            return value if isinstance(value, str) else ""

    def set_help_lines(self, text: str) -> str:
        """Store the help lines: plain text, trailing spaces and empty lines at the ends trimmed."""
        clean = "\n".join(line.rstrip() for line in text.strip().splitlines())
        if len(clean) > HELP_LINES_MAX:
            raise GuideError(
                translate(
                    "GuideService",
                    "Please keep the help lines under {count} characters; they go on every card.",
                ).format(count=HELP_LINES_MAX)
            )
        with transaction(self._sessions) as s:
            s.merge(Setting(key=HELP_LINES_KEY, value=clean))
        return clean


def _strings(value: object) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []
