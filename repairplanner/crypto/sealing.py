"""AES-GCM sealing of a private reflection note, bound to its row (session and owner) so it cannot be moved.

A sealed note is: 1 byte format version, 12 bytes random nonce, then the AES-GCM ciphertext and 16-byte tag.
The associated data names the purpose, the format version, the session and the partner, so a sealed note copied
into another session's reflection or another partner's fails to open, exactly like a damaged one.
"""

from __future__ import annotations

import os
import struct
from typing import Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from repairplanner.core.errors import UserFacingError
from repairplanner.core.i18n import translate
from repairplanner.crypto.keys import KEY_LENGTH

FORMAT_VERSION: Final = 1
CONTEXT: Final = b"repairplanner/reflection-note/v1"
NONCE_LENGTH: Final = 12
TAG_LENGTH: Final = 16
OVERHEAD: Final = 1 + NONCE_LENGTH + TAG_LENGTH

_MAX_ID: Final = 2**63 - 1  # SQLite's largest integer


class DamagedNoteError(UserFacingError):
    """A sealed note cannot be opened with the right key: it was altered, cut short or moved to another row."""

    def __init__(self) -> None:
        super().__init__(
            translate(
                "Passphrase",
                "This private note is damaged and can't be opened. Your passphrase is "
                "fine and your other notes are not affected. A backup made before the "
                "damage may still hold it.",
            )
        )


def seal_note(key: bytes, text: str, *, session_id: int, partner_id: int) -> bytes:
    """The note sealed for the reflection of `partner_id` on `session_id`, with a fresh random nonce."""
    cipher = _cipher(key)
    try:
        plaintext = text.encode("utf-8")
    except UnicodeEncodeError:
        # No `from` chain: the encode error carries the whole text.
        raise ValueError("a note must be valid Unicode text (it contains an unpaired surrogate)") from None
    nonce = os.urandom(NONCE_LENGTH)
    return bytes([FORMAT_VERSION]) + nonce + cipher.encrypt(nonce, plaintext, _aad(session_id, partner_id))


def open_note(key: bytes, sealed: bytes, *, session_id: int, partner_id: int) -> str:
    """The text of a sealed note; DamagedNoteError if it was altered, truncated, moved or sealed another way."""
    cipher = _cipher(key)
    aad = _aad(session_id, partner_id)
    if not isinstance(sealed, bytes) or len(sealed) < OVERHEAD or sealed[0] != FORMAT_VERSION:
        raise DamagedNoteError()
    try:
        plaintext = cipher.decrypt(sealed[1 : 1 + NONCE_LENGTH], sealed[1 + NONCE_LENGTH :], aad)
        return plaintext.decode("utf-8")
    except (InvalidTag, UnicodeDecodeError):
        raise DamagedNoteError() from None


def reseal_note(old_key: bytes, new_key: bytes, sealed: bytes, *, session_id: int, partner_id: int) -> bytes:
    """The note opened with `old_key` and sealed again with `new_key`, for a passphrase change."""
    text = open_note(old_key, sealed, session_id=session_id, partner_id=partner_id)
    return seal_note(new_key, text, session_id=session_id, partner_id=partner_id)


def _cipher(key: bytes) -> AESGCM:
    if not isinstance(key, bytes) or len(key) != KEY_LENGTH:
        raise ValueError(f"a note key must be {KEY_LENGTH} bytes")
    return AESGCM(key)


def _aad(session_id: int, partner_id: int) -> bytes:
    """The associated data: purpose, format version and the row's identity, in fixed-width fields."""
    for name, value in (("session_id", session_id), ("partner_id", partner_id)):
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= _MAX_ID:
            raise ValueError(f"{name} must be a database id")
    return CONTEXT + struct.pack(">BBqq", 0, FORMAT_VERSION, session_id, partner_id)
