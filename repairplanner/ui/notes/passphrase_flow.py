"""Changing a partner's passphrase: who, the current one, the new one typed twice, then every note re-sealed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from repairplanner.core.couple import Couple
from repairplanner.core.errors import UserFacingError
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.ui.shared.busy import run_off_gui_thread
from repairplanner.ui.shared.dialogs import DialogService

if TYPE_CHECKING:
    from repairplanner.services.sessions import SessionService

TITLE = QT_TRANSLATE_NOOP("PassphraseFlow", "Change a passphrase")


def change_passphrase(parent: QWidget, dialogs: DialogService, sessions: SessionService, couple: Couple) -> bool:
    """Walk one partner through changing their passphrase; True when it was changed."""
    names = [partner.name for partner in couple.partners]
    title = translate("PassphraseFlow", TITLE)
    chosen = dialogs.choose_partner(parent, title, translate("PassphraseFlow", "Whose passphrase is it?"), names)
    if chosen is None:
        return False
    partner, other = couple.partners[chosen], couple.partners[1 - chosen]
    if not sessions.has_passphrase(partner.id):
        dialogs.inform(
            parent,
            title,
            translate(
                "PassphraseFlow", "{name} has no passphrase yet. It is set the first time {name} keeps a note private."
            ).format(name=partner.name),
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
            parent,
            translate("PassphraseFlow", "Changing the passphrase…"),
            lambda: sessions.change_passphrase(partner.id, current, new),
        )
    except UserFacingError as error:
        dialogs.warn(
            parent, title, translate("PassphraseFlow", "{error} Nothing was changed.").format(error=error.message)
        )
        return False
    # The singular or the plural sentence (one and other, as in English and German); see ui/exports/print_actions.py.
    if count == 1:
        done = translate("PassphraseFlow", "Done. {name}'s {count} private note now open with the new passphrase.")
    else:
        done = translate("PassphraseFlow", "Done. {name}'s {count} private notes now open with the new passphrase.")
    dialogs.inform(parent, title, done.format(name=partner.name, count=count))
    return True
