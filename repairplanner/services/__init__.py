"""Use cases over the database: one transaction per call, core dataclasses in and out, never ORM objects."""
