"""A partner's passphrase, stretched with Argon2id, wraps a random data key that seals their private notes.

A `PartnerKey` is what the `partner_keys` table holds: the KDF name, version and parameters, the salt, and in
`verifier` the wrapped data key. Unwrapping it is the passphrase check: AES-GCM refuses a key derived from a wrong
passphrase before any note is touched. A checksum over the whole record tells a damaged record apart from a wrong
passphrase (it is no defence against tampering; the AES-GCM tag is).
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import json
import os
from typing import Any, Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from repairplanner.core.passphrase import (
    DamagedKeyError,
    WrongPassphraseError,
    check_passphrase,
    normalise_passphrase,
)

ARGON2ID: Final = "argon2id"
KEY_LENGTH: Final = 32
SALT_LENGTH: Final = 16

#: Bounds that reject nonsense read from a record before Argon2 tries to allocate it.
_MAX_MEMORY_COST: Final = 4 * 1024 * 1024  # KiB, so 4 GiB
_MAX_ITERATIONS: Final = 64
_MAX_LANES: Final = 64
_MIN_SALT, _MAX_SALT = 8, 64

_WRAP_FORMAT: Final = 1
_WRAP_CONTEXT: Final = b"repairplanner/partner-key/v1"
_NONCE_LENGTH: Final = 12
_TAG_LENGTH: Final = 16
_CHECKSUM_LENGTH: Final = 16
_WRAPPED_LENGTH: Final = 1 + _NONCE_LENGTH + KEY_LENGTH + _TAG_LENGTH + _CHECKSUM_LENGTH


@dataclasses.dataclass(frozen=True)
class KdfParams:
    """A versioned set of Argon2id parameters; a higher version replaces a lower one when the partner next unlocks."""

    version: int
    memory_cost: int  # KiB
    iterations: int
    lanes: int
    length: int = KEY_LENGTH
    algorithm: str = ARGON2ID

    def __post_init__(self) -> None:
        if self.algorithm != ARGON2ID:
            raise ValueError(f"unsupported key derivation {self.algorithm!r}")
        if self.length != KEY_LENGTH:
            raise ValueError(f"the derived key must be {KEY_LENGTH} bytes")
        if not 1 <= self.lanes <= _MAX_LANES:
            raise ValueError(f"lanes must be between 1 and {_MAX_LANES}")
        if not 1 <= self.iterations <= _MAX_ITERATIONS:
            raise ValueError(f"iterations must be between 1 and {_MAX_ITERATIONS}")
        # Argon2 needs at least 8 KiB per lane.
        if not 8 * self.lanes <= self.memory_cost <= _MAX_MEMORY_COST:
            raise ValueError(f"memory_cost must be between {8 * self.lanes} and {_MAX_MEMORY_COST} KiB")
        if self.version < 0:
            raise ValueError("version must not be negative")

    def to_dict(self) -> dict[str, int]:
        """The tunable parameters as stored in `partner_keys.params` (name and version have their own columns)."""
        return {
            "memory_cost": self.memory_cost,
            "iterations": self.iterations,
            "lanes": self.lanes,
            "length": self.length,
        }

    @classmethod
    def from_dict(cls, algorithm: str, version: int, params: dict[str, Any]) -> KdfParams:
        """Parameters read back from a record; raises ValueError when they are not ones this code can use."""
        expected = {"memory_cost", "iterations", "lanes", "length"}
        if set(params) != expected or not all(_is_int(value) for value in (version, *params.values())):
            raise ValueError("key derivation parameters are malformed")
        return cls(version=version, algorithm=algorithm, **params)

    def derive(self, passphrase: str, salt: bytes) -> bytes:
        """The key-encryption key for a passphrase (NFC-normalised first) and salt."""
        kdf = Argon2id(
            salt=salt,
            length=self.length,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_cost,
        )
        # surrogatepass: a stray surrogate must not raise an error that carries the passphrase.
        return kdf.derive(normalise_passphrase(passphrase).encode("utf-8", "surrogatepass"))


# At least RFC 9106's second recommended option (64 MiB, 3 passes, 4 lanes) in every dimension, with three times the
# memory to fill an interactive budget. Measured on the development machine (AMD EPYC, 2 cores, cryptography 50;
# the lanes run on one thread): 0.34 s median per derivation, 0.32-0.40 s over 10 runs. A laptop two or three times
# slower still unlocks within about a second, once per sitting. Raise it by adding a version, never by editing one.
CURRENT_KDF: Final = KdfParams(version=1, memory_cost=192 * 1024, iterations=3, lanes=4)

#: Fast, weak parameters for tests only; version 0 means a record made with them always asks to be upgraded.
TEST_KDF: Final = KdfParams(version=0, memory_cost=8, iterations=1, lanes=1)


@dataclasses.dataclass(frozen=True)
class PartnerKey:
    """One row of `partner_keys`: how this partner's passphrase unwraps their data key."""

    partner_id: int
    kdf: str
    kdf_version: int
    params: dict[str, Any]
    salt: bytes
    verifier: bytes  # the wrapped data key: format, nonce, AES-GCM ciphertext and tag, checksum

    @property
    def kdf_params(self) -> KdfParams:
        """The parameters this record was made with; raises DamagedKeyError when they are unusable."""
        try:
            return KdfParams.from_dict(self.kdf, self.kdf_version, self.params)
        except (TypeError, ValueError):
            raise DamagedKeyError() from None


def create_key_record(passphrase: str, *, partner_id: int, params: KdfParams = CURRENT_KDF) -> tuple[PartnerKey, bytes]:
    """A new key record for a partner's first private note, and the fresh random data key it wraps."""
    data_key = AESGCM.generate_key(bit_length=8 * KEY_LENGTH)
    return _wrap(data_key, check_passphrase(passphrase), partner_id=partner_id, params=params), data_key


def unlock(record: PartnerKey, passphrase: str) -> bytes:
    """The data key wrapped in `record`; WrongPassphraseError or DamagedKeyError otherwise."""
    params = record.kdf_params
    nonce, ciphertext = _parse(record)
    key = params.derive(passphrase, record.salt)
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, _header(record))
    except InvalidTag:
        raise WrongPassphraseError() from None


def change_passphrase(
    record: PartnerKey, old: str, new: str, *, params: KdfParams = CURRENT_KDF
) -> tuple[PartnerKey, bytes, bytes]:
    """A record for the new passphrase with a fresh data key, plus the old and new data keys.

    The data key is replaced, not just re-wrapped: someone who learned the old passphrase and kept a copy of the
    old record must not be able to read notes written after the change. The caller re-seals every private note
    of this partner from the old key to the new one in the same transaction that stores the new record.
    """
    old_key = unlock(record, old)
    new_record, new_key = create_key_record(new, partner_id=record.partner_id, params=params)
    return new_record, old_key, new_key


def needs_upgrade(record: PartnerKey, current: KdfParams = CURRENT_KDF) -> bool:
    """Whether the record was made with older parameters than `current` (see `upgrade_kdf`)."""
    return record.kdf_version < current.version


def upgrade_kdf(record: PartnerKey, passphrase: str, *, params: KdfParams = CURRENT_KDF) -> tuple[PartnerKey, bytes]:
    """The record re-wrapped under `params` with a fresh salt, and its unchanged data key; notes need no re-sealing."""
    data_key = unlock(record, passphrase)
    return _wrap(data_key, passphrase, partner_id=record.partner_id, params=params), data_key


def _wrap(data_key: bytes, passphrase: str, *, partner_id: int, params: KdfParams) -> PartnerKey:
    """A record whose verifier wraps `data_key` under the key derived from `passphrase` and a fresh salt."""
    salt = os.urandom(SALT_LENGTH)
    record = PartnerKey(partner_id, params.algorithm, params.version, params.to_dict(), salt, verifier=b"")
    header = _header(record)
    nonce = os.urandom(_NONCE_LENGTH)
    body = bytes([_WRAP_FORMAT]) + nonce + AESGCM(params.derive(passphrase, salt)).encrypt(nonce, data_key, header)
    return dataclasses.replace(record, verifier=body + _checksum(header, body))


def _parse(record: PartnerKey) -> tuple[bytes, bytes]:
    """The nonce and ciphertext in a record's verifier, after checking the record is intact."""
    blob = record.verifier
    if not isinstance(blob, bytes) or not isinstance(record.salt, bytes) or len(blob) != _WRAPPED_LENGTH:
        raise DamagedKeyError()
    if not _MIN_SALT <= len(record.salt) <= _MAX_SALT or blob[0] != _WRAP_FORMAT:
        raise DamagedKeyError()
    body, checksum = blob[:-_CHECKSUM_LENGTH], blob[-_CHECKSUM_LENGTH:]
    if not hmac.compare_digest(checksum, _checksum(_header(record), body)):
        raise DamagedKeyError()
    return body[1 : 1 + _NONCE_LENGTH], body[1 + _NONCE_LENGTH :]


def _header(record: PartnerKey) -> bytes:
    """Everything in the record but the wrapped key, canonically encoded; authenticated with the wrapped key."""
    fields = {
        "partner_id": record.partner_id,
        "kdf": record.kdf,
        "kdf_version": record.kdf_version,
        "params": record.params,
        "salt": record.salt.hex(),
    }
    encoded = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")
    return _WRAP_CONTEXT + bytes([0, _WRAP_FORMAT]) + encoded


def _checksum(header: bytes, body: bytes) -> bytes:
    return hashlib.sha256(header + body).digest()[:_CHECKSUM_LENGTH]


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
