"""The app-wide events object: past-tense signals that pages listen to, to refresh only what they show."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    """Emitted by whoever called the service that changed something."""

    library_changed = Signal()
    couple_changed = Signal()
    plan_changed = Signal()
    consent_changed = Signal()
    reflection_saved = Signal()
    #: The whole plan was replaced (a restore or an import): every page reloads everything.
    data_replaced = Signal()
