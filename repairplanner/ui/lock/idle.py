"""How long the window may sit unused before the app lock closes it: the choices offered and the default."""

from __future__ import annotations

DEFAULT_IDLE_MINUTES = 5
IDLE_CHOICES = (1, 2, 5, 10, 15, 30, 60)
