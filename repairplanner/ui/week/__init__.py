"""The week page: header, grid of days, session cards with consent boxes, plan edits and their dialogs."""
