"""The Guide page, its moments, and Safety and help."""
