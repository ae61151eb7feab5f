"""The couple's details: created once by the first-run setup, edited later in Settings."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.core.couple import Couple, CoupleSetup, SetupError, clean_setup, working_levels
from repairplanner.core.i18n import translate
from repairplanner.core.limits import check_names
from repairplanner.db.schema import LevelChoiceRow, PartnerRow, Setting
from repairplanner.services.rows import first_weekday_of, level_choice_from_row, partner_from_row
from repairplanner.services.storage import transaction

STOP_SIGNAL_KEY = "couple.stop_signal"
SLOW_DOWN_SIGNAL_KEY = "couple.slow_down_signal"
WEEK_START_KEY = "couple.week_start"


def read_setting(s: Session, key: str, default: object) -> object:
    """A stored setting, or `default` when it was never set."""
    row = s.get(Setting, key)
    return default if row is None else row.value


def first_weekday(s: Session) -> int:
    """The ISO weekday the couple's weeks begin on (Monday until setup says otherwise)."""
    return first_weekday_of(read_setting(s, WEEK_START_KEY, 1))


class CoupleService:
    """Reads and writes the two partners and what they agreed."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def get(self) -> Couple | None:
        """The couple, or None before the first-run setup has finished."""
        with transaction(self._sessions) as s:
            rows = list(s.scalars(select(PartnerRow).order_by(PartnerRow.seat)))
            if len(rows) != 2:
                return None
            first, second = (partner_from_row(r) for r in rows)
            choices = [level_choice_from_row(c) for c in s.scalars(select(LevelChoiceRow))]
            return Couple(
                partners=(first, second),
                stop_signal=str(read_setting(s, STOP_SIGNAL_KEY, "")),
                week_start=first_weekday(s),
                levels=working_levels(choices, (first.id, second.id)),
                slow_down_signal=str(read_setting(s, SLOW_DOWN_SIGNAL_KEY, "")),
            )

    def create(self, setup: CoupleSetup) -> Couple:
        """Store the couple from the first-run setup; SetupError if one exists or a rule is broken."""
        check_names((setup.first.name, setup.second.name), setup.stop_signal, setup.slow_down_signal)
        clean = clean_setup(setup)
        with transaction(self._sessions) as s:
            if s.scalar(select(PartnerRow.id).limit(1)) is not None:
                raise SetupError(
                    translate(
                        "CoupleService", "This plan already belongs to a couple; change names in Settings instead."
                    )
                )
            for seat, draft in enumerate((clean.first, clean.second), start=1):
                s.add(
                    PartnerRow(
                        seat=seat,
                        name=draft.name,
                        color=draft.color,
                        unavailable_weekdays=sorted(draft.unavailable_weekdays),
                    )
                )
            self._write_settings(s, clean)
        couple = self.get()
        assert couple is not None
        return couple

    def update(self, setup: CoupleSetup) -> Couple:
        """Change names, colours, unavailable days, the stop or slow-down signal, or the first weekday."""
        check_names((setup.first.name, setup.second.name), setup.stop_signal, setup.slow_down_signal)
        clean = clean_setup(setup)
        with transaction(self._sessions) as s:
            rows = list(s.scalars(select(PartnerRow).order_by(PartnerRow.seat)))
            if len(rows) != 2:
                raise SetupError(
                    translate("CoupleService", "There is no couple to change yet; finish the setup first.")
                )
            for row, draft in zip(rows, (clean.first, clean.second), strict=True):
                row.name = draft.name
                row.color = draft.color
                row.unavailable_weekdays = sorted(draft.unavailable_weekdays)
            self._write_settings(s, clean)
        couple = self.get()
        assert couple is not None
        return couple

    @staticmethod
    def _write_settings(s: Session, setup: CoupleSetup) -> None:
        s.merge(Setting(key=STOP_SIGNAL_KEY, value=setup.stop_signal))
        s.merge(Setting(key=SLOW_DOWN_SIGNAL_KEY, value=setup.slow_down_signal))
        s.merge(Setting(key=WEEK_START_KEY, value=setup.week_start))
