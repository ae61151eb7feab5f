"""The decision rules' thresholds the couple chose in Settings › Pace, kept in the settings table."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from repairplanner.core.errors import UserFacingError
from repairplanner.core.grading import DEFAULT_GRADING, GradingSettings
from repairplanner.core.thresholds import order_problem, threshold_values, thresholds_from
from repairplanner.db.schema import Setting
from repairplanner.services.couple import read_setting
from repairplanner.services.storage import transaction

THRESHOLDS_KEY = "pace.thresholds"


class ThresholdError(UserFacingError):
    """The thresholds cannot be used together; the message says why."""


def read_thresholds(s: Session) -> GradingSettings:
    """The thresholds in force: the couple's choice, or PRODUCT.md's defaults."""
    stored = read_setting(s, THRESHOLDS_KEY, {})
    return thresholds_from(stored) if isinstance(stored, dict) else DEFAULT_GRADING


class ThresholdService:
    """Reads, changes and resets the thresholds; the progress service reads them on every assessment."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def current(self) -> GradingSettings:
        """The thresholds in force."""
        with transaction(self._sessions) as s:
            return read_thresholds(s)

    def save(self, settings: GradingSettings) -> GradingSettings:
        """Keep `settings`' thresholds (only those differing from the defaults are stored); returns what is in force."""
        values = threshold_values(settings)
        problem = order_problem(values)
        if problem:
            raise ThresholdError(problem)
        defaults = threshold_values(DEFAULT_GRADING)
        changed = {k: v for k, v in values.items() if defaults[k] != v}
        with transaction(self._sessions) as s:
            if changed:
                s.merge(Setting(key=THRESHOLDS_KEY, value=changed))
            else:
                row = s.get(Setting, THRESHOLDS_KEY)
                if row is not None:
                    s.delete(row)
                    s.flush()
            return read_thresholds(s)

    def reset(self) -> GradingSettings:
        """Back to PRODUCT.md's defaults."""
        return self.save(DEFAULT_GRADING)
