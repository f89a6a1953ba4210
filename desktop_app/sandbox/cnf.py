"""Certificate thumbprints for bound tokens (``cnf.x5t#S256``), in the two encodings met in the field.

- ``rfc8705`` — RFC 8705 §3.1: base64url of the SHA-256 of the DER certificate, without padding (Keycloak's
  own binding);
- ``ans-hex`` — ANS's Keycloak mapper (ansforge/keycloak-certhash-mapper) and the IG's example: standard
  base64 of the LOWERCASE HEX string of that SHA-256.

Written here again rather than shared with the client: the sandbox is the other side of the wire, and a
thumbprint bug shared by both sides would pass every test.
"""

from __future__ import annotations

import base64
import hashlib
import hmac

ENCODINGS = ("rfc8705", "ans-hex")


def thumbprint(der: bytes, encoding: str) -> str:
    digest = hashlib.sha256(der)
    if encoding == "rfc8705":
        return base64.urlsafe_b64encode(digest.digest()).rstrip(b"=").decode("ascii")
    if encoding == "ans-hex":
        return base64.b64encode(digest.hexdigest().encode("ascii")).decode("ascii")
    raise ValueError(f"unknown cnf encoding {encoding!r}")


def matching_encoding(cnf_value: object, der: bytes) -> str | None:
    """The encoding in which ``cnf_value`` is the thumbprint of ``der``, or None (constant-time comparisons)."""
    if not isinstance(cnf_value, str):
        return None
    for encoding in ENCODINGS:
        if hmac.compare_digest(cnf_value.encode(), thumbprint(der, encoding).encode()):
            return encoding
    return None
