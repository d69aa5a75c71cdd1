"""The facilitator key: a salted slow hash with its parameters in the row, and guessing kept slow.

scrypt from the standard library makes each guess cost tens of milliseconds and, with the salt,
rules out precomputed tables. Guessing is limited in two places, neither of which can lock out
the holder of the right key:
- per page (client): a few typos are free, then that page waits `wait_after(failures)`, doubling up
  to five minutes, before it may try again (kit.ui.facilitator);
- per workshop (in the database, so for every kernel at once): after FREE_FAILURES wrong keys in
  a row the workshop is "slowed" for `wait_after` seconds, and while it is, every key check, the
  right key's too, first waits LOCKED_DELAY seconds. The right key still opens it.
A 79-bit key cannot be guessed at one try per two seconds. Rows from before this scheme hold an
unsalted SHA-256 (`key_params` NULL) and are upgraded by the next right key.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
DKLEN = 32
FREE_FAILURES = 3
MAX_WAIT_SECONDS = 300.0
LOCKED_DELAY = 2.0
"""Seconds every key check waits while the workshop is slowed after wrong keys; then it is checked."""


@dataclass(frozen=True)
class KeyHash:
    """What a row keeps of a key: hash, salt (hex) and parameters ('scrypt n=… r=… p=…', or None: legacy)."""

    hash: str
    salt: str | None
    params: str | None


def hash_key(key: str) -> KeyHash:
    """A fresh salted scrypt hash of `key`."""
    salt = secrets.token_bytes(16)
    params = f"scrypt n={SCRYPT_N} r={SCRYPT_R} p={SCRYPT_P}"
    return KeyHash(_scrypt(key, salt, params), salt.hex(), params)


def verify_key(key: str, stored: KeyHash) -> bool:
    """Whether `key` matches `stored`; compared in constant time."""
    if stored.params is None:
        candidate = hashlib.sha256(key.encode("utf-8")).hexdigest()
    else:
        candidate = _scrypt(key, bytes.fromhex(stored.salt or ""), stored.params)
    return hmac.compare_digest(candidate, stored.hash)


def wait_after(failures: int) -> float:
    """Seconds a page waits (and the workshop stays slowed) after `failures` wrong keys in a row."""
    if failures <= FREE_FAILURES:
        return 0.0
    return min(2.0 ** (failures - FREE_FAILURES - 1), MAX_WAIT_SECONDS)


def _scrypt(key: str, salt: bytes, params: str) -> str:
    values = dict(part.split("=", 1) for part in params.split()[1:])
    n, r, p = int(values["n"]), int(values["r"]), int(values["p"])
    return hashlib.scrypt(key.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=DKLEN, maxmem=256 * r * n + 2**20).hex()
