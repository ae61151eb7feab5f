"""Allow `python -m repairplanner`."""

from __future__ import annotations

from repairplanner.cli import main

raise SystemExit(main())
