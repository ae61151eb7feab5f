"""The rules for a partner's passphrase and the errors a passphrase can meet; the crypto layer applies them."""

from __future__ import annotations

import unicodedata
from typing import Final

from repairplanner.core.errors import UserFacingError
from repairplanner.core.i18n import translate

MIN_PASSPHRASE_LENGTH: Final = 8


class WeakPassphraseError(UserFacingError):
    """A new passphrase does not meet the rules."""

    def __init__(self) -> None:
        super().__init__(
            translate(
                "Passphrase",
                "A passphrase needs at least {count} characters. A short sentence that only you "
                "would think of works well. Choose one you will remember: a forgotten passphrase cannot be recovered.",
            ).format(count=MIN_PASSPHRASE_LENGTH)
        )


class WrongPassphraseError(UserFacingError):
    """The passphrase does not open this partner's key."""

    def __init__(self) -> None:
        super().__init__(
            translate("Passphrase", "That passphrase doesn't open these notes. Passphrases are case-sensitive.")
        )


class DamagedKeyError(UserFacingError):
    """A partner's key record cannot be read, whatever the passphrase."""

    def __init__(self) -> None:
        super().__init__(
            translate(
                "Passphrase",
                "The record that opens these private notes is damaged, so they can't be opened right now. "
                "Your passphrase is not the problem. A backup made before the damage may still open them.",
            )
        )


def normalise_passphrase(passphrase: str) -> str:
    """The passphrase in Unicode NFC, so the same words typed on another keyboard open the same key."""
    return unicodedata.normalize("NFC", passphrase)


def check_passphrase(passphrase: str) -> str:
    """The passphrase, NFC-normalised, if it meets the rules for a new passphrase; else WeakPassphraseError."""
    normalised = normalise_passphrase(passphrase)
    if len(normalised) < MIN_PASSPHRASE_LENGTH or not normalised.strip():
        raise WeakPassphraseError()
    return normalised
