"""Every service, built once by app.py (`build_services`) over one session factory and one clock.

The window's pages and every CLI verb take their services from here; no service builds another: the ones
that read through others (printing, the summary, the calendar, backups) get them passed in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from repairplanner.services.backups import BackupService
    from repairplanner.services.calendar import CalendarService
    from repairplanner.services.couple import CoupleService
    from repairplanner.services.guide import GuideService
    from repairplanner.services.library import LibraryService
    from repairplanner.services.lock import LockService
    from repairplanner.services.plan import PlanService
    from repairplanner.services.print_data import PrintService
    from repairplanner.services.progress import ProgressService
    from repairplanner.services.sessions import SessionService
    from repairplanner.services.summary_data import SummaryService
    from repairplanner.services.thresholds import ThresholdService
    from repairplanner.services.transfer import TransferService


@dataclass(frozen=True, slots=True)
class Services:
    """The services of one open plan."""

    library: LibraryService
    couple: CoupleService
    plan: PlanService
    sessions: SessionService
    progress: ProgressService
    printing: PrintService
    summaries: SummaryService
    calendar: CalendarService
    guide: GuideService
    backups: BackupService | None = None
    transfer: TransferService | None = None
    lock: LockService | None = None
    thresholds: ThresholdService | None = None
