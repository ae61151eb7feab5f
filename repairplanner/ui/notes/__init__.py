"""Private notes: the notes panel, unlocking, and passphrases."""
