"""Printing and exports: the File menu's print and export actions and their option dialogs."""
