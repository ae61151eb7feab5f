"""Rows of a session's life as core dataclasses: reflections (a private note opened only with its owner's key)
and the partners' key records (check-ins are in services/rows.py)."""

from __future__ import annotations

from repairplanner.core.entities import NoteVisibility, Reflection
from repairplanner.crypto.keys import PartnerKey
from repairplanner.crypto.sealing import open_note
from repairplanner.db.schema import PartnerKeyRow, ReflectionRow


def reflection_from_row(row: ReflectionRow, key: bytes | None) -> Reflection:
    """The core dataclass; a private note is opened with `key` or left as None (locked)."""
    visibility = NoteVisibility(row.visibility)
    if visibility is NoteVisibility.SHARED:
        note: str | None = row.note or ""
    elif row.sealed_note is None:
        note = ""
    elif key is None:
        note = None
    else:
        note = open_note(key, row.sealed_note, session_id=row.session_id, partner_id=row.partner_id)
    return Reflection(
        row.session_id,
        row.partner_id,
        row.peak_distress,
        row.felt_safe,
        row.felt_close,
        row.used_stop_signal,
        row.would_repeat,
        visibility,
        note,
        row.updated_at,
    )


def partner_key(row: PartnerKeyRow) -> PartnerKey:
    """A stored key record as the crypto layer reads it."""
    return PartnerKey(row.partner_id, row.kdf, row.kdf_version, dict(row.params), row.salt, row.verifier)


def key_row(record: PartnerKey) -> PartnerKeyRow:
    """A new key record as a row to store."""
    return PartnerKeyRow(
        partner_id=record.partner_id,
        kdf=record.kdf,
        kdf_version=record.kdf_version,
        params=record.params,
        salt=record.salt,
        verifier=record.verifier,
    )
