"""The Progress page: charts, levels and readiness, pause and resume."""
