"""Backups, restore, and moving the whole plan: File › Restore from a backup…, Export everything…, Import a plan…"""
