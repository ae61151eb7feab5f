"""The main window: page list, menus, status bar and the one undo stack."""
