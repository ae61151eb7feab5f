"""The couple's setup and Settings, with the field groups they share."""
