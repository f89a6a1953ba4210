"""The OpenID provider's RS256 signing keys, with rotation.

Keys are PEM files under ``<state_dir>/signing`` (0600), named ``<sequence>-<kid>.pem`` so the newest is the
current one without an index file; the kid is the key's RFC 7638 thumbprint. The JWKS publishes the current
key and the previous one, so tokens signed just before a rotation still verify (what a client's JWKS cache
refresh has to cope with). Another process on the same folder may rotate: the folder's mtime tells us to
re-read it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from joserfc.jwk import Key, KeySet, RSAKey

from desktop_app.sandbox.private_files import ensure_private_dir, write_atomically

ALGORITHM = "RS256"
_PUBLISHED = 2  # current + previous


class SigningKeys:
    def __init__(self, directory: Path) -> None:
        self._directory = ensure_private_dir(directory)
        self._stamp: int | None = None
        self._keys: list[RSAKey] = []  # oldest first
        if not self._reload():
            self.rotate()

    def current(self) -> RSAKey:
        self._reload()
        return self._keys[-1]

    def published(self) -> list[RSAKey]:
        """Current key first, then the previous one."""
        self._reload()
        return list(reversed(self._keys[-_PUBLISHED:]))

    def verification_set(self) -> KeySet:
        published: list[Key] = list(self.published())
        return KeySet(published)

    def jwks(self) -> dict[str, Any]:
        return {"keys": [key.as_dict(private=False) for key in self.published()]}

    def rotate(self) -> str:
        """Add a new current key and return its kid."""
        key = RSAKey.generate_key(2048, parameters={"use": "sig", "alg": ALGORITHM}, private=True)
        kid = key.thumbprint()
        sequence = max((int(p.name.split("-", 1)[0]) for p in self._pem_files()), default=0) + 1
        write_atomically(self._directory / f"{sequence:06d}-{kid}.pem", key.as_pem(private=True), mode=0o600)
        self._stamp = None  # a coarse file-system clock may not move the folder's mtime
        self._reload()
        return kid

    def _reload(self) -> bool:
        stamp = self._directory.stat().st_mtime_ns
        if stamp != self._stamp:
            keys = []
            for path in self._pem_files():
                kid = path.stem.split("-", 1)[1]
                keys.append(_load(path.read_bytes(), {"kid": kid, "use": "sig", "alg": ALGORITHM}))
            self._keys, self._stamp = keys, stamp
        return bool(self._keys)

    def _pem_files(self) -> list[Path]:
        return sorted(self._directory.glob("[0-9]*-*.pem"))


def _load(pem: bytes, parameters: dict[str, Any]) -> RSAKey:
    """Our own 0600 key files: skip cryptography's RSA consistency check (~30 ms a key, several keys a start)."""
    key = serialization.load_pem_private_key(pem, password=None, unsafe_skip_rsa_key_validation=True)
    return RSAKey(key, pem, parameters)  # type: ignore[arg-type]
