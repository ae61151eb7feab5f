"""Pieces every screen uses: the events object, the dialog service, plain text, colours, drag-and-drop types."""
