"""Tests for private notes: passphrase keys (Argon2id, versioned parameters) and AES-GCM sealing bound to the row."""

from __future__ import annotations

import dataclasses
import inspect
import json
import traceback
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repairplanner.core.errors import UserFacingError
from repairplanner.core.passphrase import (
    MIN_PASSPHRASE_LENGTH,
    DamagedKeyError,
    WeakPassphraseError,
    WrongPassphraseError,
    check_passphrase,
)
from repairplanner.crypto.keys import (
    ARGON2ID,
    CURRENT_KDF,
    SALT_LENGTH,
    TEST_KDF,
    KdfParams,
    PartnerKey,
    change_passphrase,
    create_key_record,
    needs_upgrade,
    unlock,
    upgrade_kdf,
)
from repairplanner.crypto.sealing import (
    FORMAT_VERSION,
    OVERHEAD,
    DamagedNoteError,
    open_note,
    reseal_note,
    seal_note,
)
from tests.test_layering import Rule, project_imports, violations

PASSPHRASE = "Blue kettle on Sunday"
PHRASE = "My chest went tight when you reached for my hand, and then it eased."
ROW = {"session_id": 41, "partner_id": 2}

ids = st.integers(min_value=1, max_value=2**63 - 1)


@pytest.fixture(scope="module")
def keyed() -> tuple[PartnerKey, bytes]:
    """A key record for partner 2 made with the fast test parameters, and its data key."""
    return create_key_record(PASSPHRASE, partner_id=2, params=TEST_KDF)


@pytest.fixture(scope="module")
def key(keyed: tuple[PartnerKey, bytes]) -> bytes:
    return keyed[1]


@pytest.fixture(scope="module")
def sealed(key: bytes) -> bytes:
    return seal_note(key, PHRASE, **ROW)


def flipped(blob: bytes, index: int, mask: int = 0x01) -> bytes:
    return blob[:index] + bytes([blob[index] ^ mask]) + blob[index + 1 :]


# ---------------------------------------------------------------- sealing


@given(text=st.text(), session_id=ids, partner_id=ids)
def test_any_unicode_text_round_trips(key: bytes, text: str, session_id: int, partner_id: int) -> None:
    blob = seal_note(key, text, session_id=session_id, partner_id=partner_id)
    assert open_note(key, blob, session_id=session_id, partner_id=partner_id) == text


@pytest.mark.parametrize("text", ["", " ", "e\u0301 (not normalised)", "🫶🏽 ok", "x" * 100_000, "line\r\nbreak\x00"])
def test_edge_case_texts_round_trip_unchanged(key: bytes, text: str) -> None:
    assert open_note(key, seal_note(key, text, **ROW), **ROW) == text


def test_a_sealed_note_is_version_nonce_ciphertext_and_tag(key: bytes, sealed: bytes) -> None:
    assert sealed[0] == FORMAT_VERSION
    assert len(sealed) == OVERHEAD + len(PHRASE.encode("utf-8"))


def test_every_seal_uses_a_fresh_nonce(key: bytes) -> None:
    blobs = [seal_note(key, PHRASE, **ROW) for _ in range(500)]
    assert len(set(blobs)) == len(blobs)
    assert len({blob[1:13] for blob in blobs}) == len(blobs)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16-le", "utf-16-be", "utf-32-le"])
def test_sealed_bytes_never_contain_the_text(key: bytes, sealed: bytes, encoding: str) -> None:
    encoded = PHRASE.encode(encoding)
    width = 8 * len("a".encode(encoding))  # any eight characters in a row
    windows = {encoded[i : i + width] for i in range(0, len(encoded) - width + 1)}
    assert not any(window in sealed for window in windows)


def test_tampering_with_any_byte_is_damage(key: bytes, sealed: bytes) -> None:
    for index in range(len(sealed)):
        for mask in (0x01, 0x80, 0xFF):
            with pytest.raises(DamagedNoteError):
                open_note(key, flipped(sealed, index, mask), **ROW)


@given(data=st.data())
def test_random_tampering_is_damage(key: bytes, sealed: bytes, data: st.DataObject) -> None:
    index = data.draw(st.integers(min_value=0, max_value=len(sealed) - 1))
    mask = data.draw(st.integers(min_value=1, max_value=0xFF))
    with pytest.raises(DamagedNoteError):
        open_note(key, flipped(sealed, index, mask), **ROW)


def test_a_truncated_or_extended_note_is_damage(key: bytes, sealed: bytes) -> None:
    for length in range(len(sealed)):
        with pytest.raises(DamagedNoteError):
            open_note(key, sealed[:length], **ROW)
    with pytest.raises(DamagedNoteError):
        open_note(key, sealed + b"\x00", **ROW)


def test_an_unknown_format_version_is_damage(key: bytes, sealed: bytes) -> None:
    for version in (0, 2, 0xFF):
        with pytest.raises(DamagedNoteError):
            open_note(key, bytes([version]) + sealed[1:], **ROW)


@pytest.mark.parametrize(
    "row",
    [
        {"session_id": 42, "partner_id": 2},  # another session's reflection
        {"session_id": 41, "partner_id": 1},  # the other partner's reflection
        {"session_id": 2, "partner_id": 41},  # the two ids swapped
    ],
)
def test_a_note_moved_to_another_row_is_damage(key: bytes, sealed: bytes, row: dict[str, int]) -> None:
    with pytest.raises(DamagedNoteError):
        open_note(key, sealed, **row)


def test_the_other_partners_key_cannot_open_a_note(sealed: bytes) -> None:
    _, other_key = create_key_record("another passphrase", partner_id=1, params=TEST_KDF)
    with pytest.raises(DamagedNoteError):
        open_note(other_key, sealed, **ROW)


def test_failures_never_reveal_the_text(key: bytes, sealed: bytes) -> None:
    with pytest.raises(DamagedNoteError) as info:
        open_note(key, flipped(sealed, len(sealed) - 1), **ROW)
    with pytest.raises(ValueError) as bad_text:
        seal_note(key, "secret words \ud800 more secret words", **ROW)
    for exc in (info.value, bad_text.value):
        assert exc.__traceback__ is not None
        # From the library's frames on (the test's own source line holds the text).
        shown = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__.tb_next)) + repr(exc)
        assert "secret" not in shown
        assert PHRASE not in shown
        assert exc.__cause__ is None
        assert exc.__suppress_context__


@pytest.mark.parametrize(
    "kwargs",
    [
        {"session_id": 0, "partner_id": 2},
        {"session_id": 41, "partner_id": -1},
        {"session_id": 2**63, "partner_id": 2},
        {"session_id": True, "partner_id": 2},
        {"session_id": "41", "partner_id": 2},
    ],
)
def test_sealing_needs_real_row_ids(key: bytes, kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="database id"):
        seal_note(key, PHRASE, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad_key", [b"", b"k" * 16, b"k" * 33])
def test_sealing_needs_a_32_byte_key(bad_key: bytes) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        seal_note(bad_key, PHRASE, **ROW)


# ---------------------------------------------------------------- keys and passphrases


def test_a_new_record_unlocks_to_its_data_key(keyed: tuple[PartnerKey, bytes]) -> None:
    record, data_key = keyed
    assert len(data_key) == 32
    assert unlock(record, PASSPHRASE) == data_key
    assert record.kdf == ARGON2ID
    assert record.kdf_version == TEST_KDF.version
    assert len(record.salt) == SALT_LENGTH
    assert record.partner_id == 2


def test_each_record_has_its_own_salt_and_data_key() -> None:
    first, first_key = create_key_record(PASSPHRASE, partner_id=1, params=TEST_KDF)
    second, second_key = create_key_record(PASSPHRASE, partner_id=1, params=TEST_KDF)
    assert first.salt != second.salt
    assert first_key != second_key


def test_the_record_holds_neither_the_passphrase_nor_the_data_key(keyed: tuple[PartnerKey, bytes]) -> None:
    record, data_key = keyed
    stored = json.dumps(record.params).encode() + record.kdf.encode() + record.salt + record.verifier
    assert PASSPHRASE.encode() not in stored
    assert data_key not in stored


@pytest.mark.parametrize("attempt", ["blue kettle on sunday", "Blue kettle on Sunday ", "", "Blue kettle on Monday"])
def test_a_wrong_passphrase_is_wrong_not_damaged(keyed: tuple[PartnerKey, bytes], attempt: str) -> None:
    record, _ = keyed
    with pytest.raises(WrongPassphraseError) as info:
        unlock(record, attempt)
    assert not isinstance(info.value, (DamagedKeyError, DamagedNoteError))
    assert info.value.message == "That passphrase doesn't open these notes. Passphrases are case-sensitive."


def test_the_three_failures_are_distinct_kind_user_facing_errors() -> None:
    errors = [WrongPassphraseError(), DamagedKeyError(), DamagedNoteError(), WeakPassphraseError()]
    assert all(isinstance(error, UserFacingError) for error in errors)
    for error in errors:
        assert sum(isinstance(error, type(other)) for other in errors) == 1
    assert "passphrase is not the problem" in DamagedKeyError().message
    assert "passphrase is fine" in DamagedNoteError().message


def test_the_passphrase_is_nfc_normalised() -> None:
    composed = unicodedata.normalize("NFC", "Café au lait, s'il vous plaît")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    record, data_key = create_key_record(decomposed, partner_id=1, params=TEST_KDF)
    assert unlock(record, composed) == data_key


@pytest.mark.parametrize("passphrase", ["", "short", "7 chars", " " * 12, "e\u0301" * 7])
def test_a_weak_passphrase_is_refused_kindly(passphrase: str) -> None:
    with pytest.raises(WeakPassphraseError) as info:
        create_key_record(passphrase, partner_id=1, params=TEST_KDF)
    assert f"at least {MIN_PASSPHRASE_LENGTH} characters" in info.value.message
    assert "cannot be recovered" in info.value.message


@pytest.mark.parametrize("passphrase", ["8 chars!", "correct horse", "пароль-дом", "🫶🫶🫶🫶🫶🫶🫶🫶"])
def test_passphrases_of_eight_characters_or_more_are_accepted(passphrase: str) -> None:
    assert check_passphrase(passphrase) == unicodedata.normalize("NFC", passphrase)


def test_any_damage_to_the_key_record_is_told_apart_from_a_wrong_passphrase(keyed: tuple[PartnerKey, bytes]) -> None:
    record, _ = keyed
    damaged = [dataclasses.replace(record, verifier=flipped(record.verifier, i)) for i in range(len(record.verifier))]
    damaged += [
        dataclasses.replace(record, verifier=record.verifier[:-1]),
        dataclasses.replace(record, salt=flipped(record.salt, 0)),
        dataclasses.replace(record, salt=b""),
        dataclasses.replace(record, partner_id=1),
        dataclasses.replace(record, kdf="scrypt"),
        dataclasses.replace(record, kdf_version=record.kdf_version + 1),
        dataclasses.replace(record, params={**record.params, "memory_cost": record.params["memory_cost"] + 8}),
        dataclasses.replace(record, params={**record.params, "length": 16}),
        dataclasses.replace(record, params={"memory_cost": 8, "iterations": 1, "lanes": 1}),
        dataclasses.replace(record, params={**record.params, "lanes": "1"}),
    ]
    for bad in damaged:
        with pytest.raises(DamagedKeyError):
            unlock(bad, PASSPHRASE)


def test_changing_the_passphrase_keeps_notes_readable_with_the_new_one_only(keyed: tuple[PartnerKey, bytes]) -> None:
    record, key = keyed
    rows = [{"session_id": session_id, "partner_id": 2} for session_id in (3, 5, 8)]
    notes = [seal_note(key, f"note {n}: {PHRASE}", **row) for n, row in enumerate(rows)]

    new_record, old_key, new_key = change_passphrase(record, PASSPHRASE, "A new, longer passphrase", params=TEST_KDF)
    resealed = [reseal_note(old_key, new_key, note, **row) for note, row in zip(notes, rows, strict=True)]

    assert old_key == key
    assert new_key != old_key
    assert new_record.partner_id == record.partner_id
    assert new_record.salt != record.salt
    assert unlock(new_record, "A new, longer passphrase") == new_key
    with pytest.raises(WrongPassphraseError):
        unlock(new_record, PASSPHRASE)
    for n, (note, row) in enumerate(zip(resealed, rows, strict=True)):
        assert open_note(new_key, note, **row) == f"note {n}: {PHRASE}"
        # A copy of the old record and the old passphrase do not open notes written or re-sealed since.
        with pytest.raises(DamagedNoteError):
            open_note(old_key, note, **row)


def test_changing_the_passphrase_needs_the_old_one_and_a_good_new_one(keyed: tuple[PartnerKey, bytes]) -> None:
    record, _ = keyed
    with pytest.raises(WrongPassphraseError):
        change_passphrase(record, "not the passphrase", "A new, longer passphrase", params=TEST_KDF)
    with pytest.raises(WeakPassphraseError):
        change_passphrase(record, PASSPHRASE, "short", params=TEST_KDF)


def test_a_record_survives_a_trip_through_json(keyed: tuple[PartnerKey, bytes]) -> None:
    record, data_key = keyed
    text = json.dumps({"kdf": record.kdf, "kdf_version": record.kdf_version, "params": record.params})
    stored = json.loads(text)
    copy = PartnerKey(
        record.partner_id, stored["kdf"], stored["kdf_version"], stored["params"], record.salt, record.verifier
    )
    assert copy.kdf_params == TEST_KDF
    assert unlock(copy, PASSPHRASE) == data_key


@given(
    version=st.integers(min_value=0, max_value=1000),
    lanes=st.integers(min_value=1, max_value=64),
    iterations=st.integers(min_value=1, max_value=64),
    memory_mib=st.integers(min_value=1, max_value=4096),
)
def test_kdf_params_round_trip_through_a_dict(version: int, lanes: int, iterations: int, memory_mib: int) -> None:
    params = KdfParams(version=version, memory_cost=memory_mib * 1024, iterations=iterations, lanes=lanes)
    stored = json.loads(json.dumps(params.to_dict()))
    assert KdfParams.from_dict(params.algorithm, params.version, stored) == params


@pytest.mark.parametrize(
    "kwargs",
    [
        {"algorithm": "scrypt"},
        {"length": 16},
        {"lanes": 0},
        {"iterations": 0},
        {"memory_cost": 7},
        {"memory_cost": 8 * 4 - 1, "lanes": 4},
        {"memory_cost": 8 * 1024 * 1024},
        {"version": -1},
    ],
)
def test_kdf_params_refuse_unusable_values(kwargs: dict[str, object]) -> None:
    base: dict[str, object] = {"version": 1, "memory_cost": 1024, "iterations": 1, "lanes": 1}
    with pytest.raises(ValueError):
        KdfParams(**{**base, **kwargs})  # type: ignore[arg-type]


def test_a_record_made_with_older_parameters_unlocks_and_can_be_raised() -> None:
    older = KdfParams(version=1, memory_cost=8, iterations=1, lanes=1)
    newer = KdfParams(version=2, memory_cost=64, iterations=2, lanes=2)
    record, data_key = create_key_record(PASSPHRASE, partner_id=2, params=older)
    note = seal_note(data_key, PHRASE, **ROW)

    assert needs_upgrade(record, newer)
    assert unlock(record, PASSPHRASE) == data_key

    raised, same_key = upgrade_kdf(record, PASSPHRASE, params=newer)
    assert same_key == data_key
    assert raised.kdf_version == 2
    assert raised.kdf_params == newer
    assert raised.salt != record.salt
    assert not needs_upgrade(raised, newer)
    # The data key is unchanged, so notes need no re-sealing when only the parameters rise.
    assert open_note(unlock(raised, PASSPHRASE), note, **ROW) == PHRASE
    with pytest.raises(WrongPassphraseError):
        upgrade_kdf(record, "not the passphrase", params=newer)


def test_current_parameters_meet_the_minimum_strength_without_running_them() -> None:
    """The floor is RFC 9106's second recommended Argon2id option: 64 MiB, 3 passes, a 32-byte tag, 16-byte salt."""
    assert CURRENT_KDF.algorithm == ARGON2ID
    assert CURRENT_KDF.memory_cost >= 64 * 1024
    assert CURRENT_KDF.iterations >= 3
    assert CURRENT_KDF.lanes >= 1
    assert CURRENT_KDF.length == 32
    assert SALT_LENGTH >= 16
    assert CURRENT_KDF.version > TEST_KDF.version >= 0
    assert inspect.signature(create_key_record).parameters["params"].default is CURRENT_KDF
    assert inspect.signature(change_passphrase).parameters["params"].default is CURRENT_KDF
    assert inspect.signature(upgrade_kdf).parameters["params"].default is CURRENT_KDF


def test_crypto_imports_neither_qt_nor_the_database() -> None:
    rule = Rule(
        "crypto is pure functions over bytes",
        scope=("repairplanner.crypto",),
        forbidden=("PySide6", "shiboken6", "sqlalchemy", "alembic", "repairplanner.db", "repairplanner.services"),
    )
    imports = project_imports()
    assert any(imp.importer == "repairplanner.crypto.sealing" for imp in imports)
    assert violations(rule, imports) == []
