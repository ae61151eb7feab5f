"""What opens the app lock: either partner's passphrase, or a passphrase the couple set for the lock alone.

The couple's lock passphrase is stored like a partner's (crypto.keys: Argon2id, a salt and a verifier, never the
passphrase) under the setting `lock.couple_key`, so it travels with an export like every other setting.
"""

from __future__ import annotations

import base64
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.core.errors import UserFacingError
from repairplanner.core.limits import PASSPHRASE_MAX, check_text
from repairplanner.crypto.keys import CURRENT_KDF, KdfParams, PartnerKey, create_key_record, unlock
from repairplanner.db.schema import PartnerKeyRow, Setting

COUPLE_KEY_SETTING = "lock.couple_key"
#: The record's owner id: no partner has it, so a partner's record never opens as the couple's.
COUPLE_OWNER = 0


class LockService:
    """Checks a passphrase against the couple's lock passphrase and both partners' passphrases."""

    def __init__(self, sessions: sessionmaker[Session], *, kdf: KdfParams = CURRENT_KDF) -> None:
        self._sessions = sessions
        self._kdf = kdf

    def can_lock(self) -> bool:
        """Whether any passphrase exists that could open the lock."""
        with self._sessions.begin() as s:
            if s.get(Setting, COUPLE_KEY_SETTING) is not None:
                return True
            return s.scalar(select(PartnerKeyRow.partner_id).limit(1)) is not None

    def has_couple_passphrase(self) -> bool:
        with self._sessions.begin() as s:
            return s.get(Setting, COUPLE_KEY_SETTING) is not None

    def set_couple_passphrase(self, passphrase: str) -> None:
        """Set (or replace) the passphrase the couple chose for the lock; WeakPassphraseError if too short."""
        check_text(passphrase, "passphrase", PASSPHRASE_MAX, multiline=False)
        record, _key = create_key_record(passphrase, partner_id=COUPLE_OWNER, params=self._kdf)
        value = {
            "kdf": record.kdf,
            "kdf_version": record.kdf_version,
            "params": record.params,
            "salt": base64.b64encode(record.salt).decode("ascii"),
            "verifier": base64.b64encode(record.verifier).decode("ascii"),
        }
        with self._sessions.begin() as s:
            row = s.get(Setting, COUPLE_KEY_SETTING)
            if row is None:
                s.add(Setting(key=COUPLE_KEY_SETTING, value=value))
            else:
                row.value = value

    def opens(self, passphrase: str) -> bool:
        """Whether `passphrase` is the couple's lock passphrase or either partner's (never says whose)."""
        if not passphrase or len(passphrase) > PASSPHRASE_MAX:
            return False
        with self._sessions.begin() as s:
            records = [_couple_record(s.get(Setting, COUPLE_KEY_SETTING))]
            records += [
                PartnerKey(r.partner_id, r.kdf, r.kdf_version, dict(r.params), r.salt, r.verifier)
                for r in s.scalars(select(PartnerKeyRow))
            ]
        for record in records:
            if record is None:
                continue
            try:
                unlock(record, passphrase)
            except UserFacingError:
                continue
            return True
        return False


def _couple_record(row: Setting | None) -> PartnerKey | None:
    if row is None or not isinstance(row.value, dict):
        return None
    value: dict[str, Any] = row.value
    try:
        return PartnerKey(
            COUPLE_OWNER,
            str(value["kdf"]),
            int(value["kdf_version"]),
            dict(value["params"]),
            base64.b64decode(value["salt"]),
            base64.b64decode(value["verifier"]),
        )
    except (KeyError, TypeError, ValueError):
        return None
