"""Envelope encryption of one session: a random AES-256-GCM data key, and the sealed blob it opens.

The data key (32 random bytes) lives in the OS keyring, one small entry per session whatever the session's
size, which is how the vault stays under Windows Credential Manager's 2,560-byte blob cap (keyring issue
#540). The blob lives on disk and is useless without the key.

Blob layout (format 1)::

    b"DAV1" | nonce (12 bytes) | AES-256-GCM ciphertext of the JSON session | tag (16 bytes)

The additional authenticated data (NIST SP 800-38D §5.2.1.1) is the format header plus the session's
``(environment, practitioner)``: a blob copied to another practitioner's slot, or another environment's,
fails authentication even if it were encrypted under the same key. Nonces are 96 random bits from
``secrets`` (SP 800-38D §8.2.2); a key seals at most a few thousand blobs in its life (one per token refresh
of one sign-in), far below the 2^32 invocations §8.3 allows for random nonces.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from collections.abc import Mapping

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_MAGIC = b"DAV1"
_NONCE_BYTES = 12
_TAG_BYTES = 16
_KEY_BYTES = 32
_KEY_PREFIX = "A256GCM."  # names the algorithm in the keyring entry, so a later format can coexist


class UnreadableBlob(Exception):
    """The blob or its key cannot be used. ``reason`` is a short, non-secret English phrase for the log."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def new_key() -> bytes:
    """A fresh 256-bit data key."""
    return secrets.token_bytes(_KEY_BYTES)


def encode_key(key: bytes) -> str:
    """The keyring form of a data key: ``A256GCM.`` + unpadded base64url (51 ASCII characters)."""
    return _KEY_PREFIX + base64.urlsafe_b64encode(key).rstrip(b"=").decode("ascii")


def decode_key(text: str) -> bytes:
    """Parse :func:`encode_key`'s output; :class:`UnreadableBlob` when it is anything else."""
    if not text.startswith(_KEY_PREFIX):
        raise UnreadableBlob("unknown key format")
    body = text[len(_KEY_PREFIX) :]
    try:
        key = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
    except (binascii.Error, ValueError):
        raise UnreadableBlob("key is not base64url") from None
    if len(key) != _KEY_BYTES:
        raise UnreadableBlob("key has the wrong length")
    return key


def seal(key: bytes, environment: str, practitioner: str, values: Mapping[str, str]) -> bytes:
    """Encrypt ``values`` for ``(environment, practitioner)`` under ``key`` with a fresh nonce."""
    nonce = secrets.token_bytes(_NONCE_BYTES)
    plaintext = json.dumps({"secrets": dict(values)}, separators=(",", ":")).encode("utf-8")
    return _MAGIC + nonce + AESGCM(key).encrypt(nonce, plaintext, _aad(environment, practitioner))


def open_blob(key: bytes, environment: str, practitioner: str, blob: bytes) -> dict[str, str]:
    """Decrypt and validate a blob sealed by :func:`seal` for the same ``(environment, practitioner)``."""
    if len(blob) < len(_MAGIC) + _NONCE_BYTES + _TAG_BYTES or not blob.startswith(_MAGIC):
        raise UnreadableBlob("not a vault blob")
    nonce = blob[len(_MAGIC) : len(_MAGIC) + _NONCE_BYTES]
    try:
        plaintext = AESGCM(key).decrypt(nonce, blob[len(_MAGIC) + _NONCE_BYTES :], _aad(environment, practitioner))
    except InvalidTag:
        raise UnreadableBlob("authentication failed (wrong key, tampered blob or blob of another session)") from None
    try:
        document = json.loads(plaintext)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise UnreadableBlob("decrypted content is not JSON") from None
    values = document.get("secrets") if isinstance(document, dict) else None
    if not isinstance(values, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in values.items()):
        raise UnreadableBlob("decrypted content has the wrong shape")
    return values


def _aad(environment: str, practitioner: str) -> bytes:
    # JSON of a list is unambiguous whatever characters the names hold (no separator to forge).
    return _MAGIC + json.dumps([environment, practitioner], ensure_ascii=True, separators=(",", ":")).encode("ascii")
