"""The Help menu's manual (F1) and "Report a problem"."""
