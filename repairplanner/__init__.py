"""RepairPlanner: plan a graded week of non-sexual touch and honest talk, together."""

from __future__ import annotations

__version__ = "0.1.0"

APP_ID = "org.repairplanner.RepairPlanner"
APP_NAME = "RepairPlanner"
