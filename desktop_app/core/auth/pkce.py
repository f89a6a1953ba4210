"""PKCE (RFC 7636) and the other one-time values of an authorization request.

Everything comes from :mod:`secrets` (architecture convention 6; what not to copy: msal's old
``random.sample`` verifier). The S256 transform is authlib's, so it is the field's tested code.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from authlib.oauth2.rfc7636 import create_s256_code_challenge

VERIFIER_BYTES = 48  # 64 URL-safe characters: inside RFC 7636 §4.1's 43..128 range, 384 bits of entropy


@dataclass(frozen=True)
class PkcePair:
    """A code verifier and its S256 challenge (RFC 7636 §4.1, §4.2)."""

    verifier: str
    challenge: str
    method: str = "S256"

    def __repr__(self) -> str:
        return f"PkcePair(challenge={self.challenge!r}, method={self.method!r})"


def s256_challenge(verifier: str) -> str:
    """``BASE64URL-ENCODE(SHA256(ASCII(code_verifier)))`` without padding (RFC 7636 §4.2)."""
    return str(create_s256_code_challenge(verifier))


def new_pkce() -> PkcePair:
    """A fresh verifier from ``secrets`` and its S256 challenge. Plain is never used (RFC 7636 §7.2)."""
    verifier = secrets.token_urlsafe(VERIFIER_BYTES)
    return PkcePair(verifier=verifier, challenge=s256_challenge(verifier))


def new_state() -> str:
    """An unguessable ``state`` binding the redirect to this attempt (RFC 6749 §10.12, RFC 8252 §8.9)."""
    return secrets.token_urlsafe(32)


def new_nonce() -> str:
    """An unguessable ``nonce`` binding the ID token to this attempt (OpenID Connect Core §3.1.2.1)."""
    return secrets.token_urlsafe(32)
