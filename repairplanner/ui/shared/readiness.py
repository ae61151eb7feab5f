"""Controls shown before what they act on has loaded: visibly not ready, then ready in place.

While the app opens, the week is painted from a quick first reading and the services arrive a moment later. A
control that needs them is disabled and says "Getting ready…" as its tip; `hold(control, True)` gives it back its
own tip and its enabled state. Nothing else about it changes (text, size, visibility), so becoming ready moves
nothing on screen.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from repairplanner.core.i18n import translate

_OWN_TIP = "repairplannerOwnTip"


def getting_ready() -> str:
    """The tip of a control that is not ready yet."""
    return translate("Readiness", "Getting ready…")


def hold(control: QWidget | QAction, ready: bool, enabled: bool = True) -> None:
    """Enable `control` when `ready` (and `enabled`); while not ready, disable it with the "Getting ready…" tip."""
    own = control.property(_OWN_TIP)
    if not ready:
        if own is None:
            control.setProperty(_OWN_TIP, control.toolTip())
        control.setToolTip(getting_ready())
    elif own is not None:
        control.setToolTip(str(own))
        control.setProperty(_OWN_TIP, None)
    control.setEnabled(ready and enabled)


def is_held(control: QWidget | QAction) -> bool:
    """Whether `control` is waiting to be ready."""
    return control.property(_OWN_TIP) is not None
