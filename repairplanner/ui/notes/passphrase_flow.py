"""Changing a partner's passphrase: who, the current one, the new one typed twice, then every note re-sealed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from repairplanner.core.couple import Couple
from repairplanner.core.errors import UserFacingError
from repairplanner.ui.shared.busy import run_off_gui_thread
from repairplanner.ui.shared.dialogs import DialogService

if TYPE_CHECKING:
    from repairplanner.services.sessions import SessionService

TITLE = "Change a passphrase"


def change_passphrase(parent: QWidget, dialogs: DialogService, sessions: SessionService, couple: Couple) -> bool:
    """Walk one partner through changing their passphrase; True when it was changed."""
    names = [partner.name for partner in couple.partners]
    chosen = dialogs.choose_partner(parent, TITLE, "Whose passphrase is it?", names)
    if chosen is None:
        return False
    partner, other = couple.partners[chosen], couple.partners[1 - chosen]
    if not sessions.has_passphrase(partner.id):
        dialogs.inform(
            parent,
            TITLE,
            f"{partner.name} has no passphrase yet. It is set the first time {partner.name} keeps a note private.",
        )
        return False
    current = dialogs.ask_passphrase(parent, partner.name)
    if current is None:
        return False
    new = dialogs.new_passphrase(parent, partner.name, other.name)
    if new is None:
        return False
    try:
        count = run_off_gui_thread(
            parent, "Changing the passphrase…", lambda: sessions.change_passphrase(partner.id, current, new)
        )
    except UserFacingError as error:
        dialogs.warn(parent, TITLE, f"{error.message} Nothing was changed.")
        return False
    notes = "note" if count == 1 else "notes"
    dialogs.inform(parent, TITLE, f"Done. {partner.name}'s {count} private {notes} now open with the new passphrase.")
    return True
