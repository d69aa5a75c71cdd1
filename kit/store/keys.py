"""The facilitator key: a salted slow hash with its parameters in the row, and a growing wait after guesses.

scrypt from the standard library makes each guess cost tens of milliseconds and, with the salt,
rules out precomputed tables. A few typos are free; after that every wrong key locks the workshop's
key check for a wait that doubles up to five minutes, for every kernel at once (the lock is in the
database), so guessing a key online takes years. Rows from before this scheme hold an unsalted
SHA-256 (`key_params` NULL) and are upgraded by the next right key.
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
    """Seconds the key check stays locked after `failures` wrong keys in a row."""
    if failures <= FREE_FAILURES:
        return 0.0
    return min(2.0 ** (failures - FREE_FAILURES - 1), MAX_WAIT_SECONDS)


def _scrypt(key: str, salt: bytes, params: str) -> str:
    values = dict(part.split("=", 1) for part in params.split()[1:])
    n, r, p = int(values["n"]), int(values["r"]), int(values["p"])
    return hashlib.scrypt(key.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=DKLEN, maxmem=256 * r * n + 2**20).hex()
