"""ID-token validation (OpenID Connect Core 1.0 §3.1.3.7, and §12.2 after a refresh), and signed userinfo.

The signature is checked first, with a key taken only from the provider's JWKS (never from the token's own
``jwk``/``jku``/``x5c`` headers) and an algorithm from a short allow-list of asymmetric ones: ``none`` and
the HMAC family are refused outright, which closes the classic key-confusion attack (an ``HS256`` token
"signed" with the provider's public key as the secret). Claims are read only once the signature holds.

Every rejection is a :class:`TokenValidationError` with its own code (``token.expired``, ``token.wrong_nonce``…)
so the GUI can say what went wrong; messages and params never carry the token, the nonce or a claim value.
A JWKS refetch may still raise :class:`NetworkError` or :class:`ProtocolError`: that is the provider's
problem, not the token's.
"""

from __future__ import annotations

import json
import math
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from joserfc import jws
from joserfc.errors import JoseError
from joserfc.jws import JWSRegistry

from desktop_app.core.auth.acr import acr_satisfies
from desktop_app.core.auth.jwks import JwksCache
from desktop_app.core.errors import TokenValidationError

__all__ = ["DEFAULT_ALGS", "IdTokenClaims", "acr_satisfies", "validate_id_token", "verify_signed_jwt"]

DEFAULT_ALGS = ("RS256", "PS256", "ES256")
# Headers big enough for an x5c chain; joserfc's 512-byte default would refuse some real providers' tokens.
_MAX_HEADER_LENGTH = 8192


@dataclass(frozen=True, repr=False)
class IdTokenClaims:
    """The validated claims of an ID token; ``raw`` holds them all as the provider sent them."""

    raw: Mapping[str, Any]
    iss: str
    sub: str
    aud: tuple[str, ...]
    exp: int
    iat: int
    auth_time: int | None
    nonce: str | None
    acr: str | None
    azp: str | None
    sid: str | None

    @classmethod
    def from_claims(cls, raw: Mapping[str, Any]) -> IdTokenClaims:
        """Type the claims of an already verified token (here, or when the session reloads it from the vault).

        Raises ``TokenValidationError(token.malformed)`` when a required claim is missing or mistyped.
        """
        return cls(
            raw=MappingProxyType(dict(raw)),
            iss=_required_str(raw, "iss"),
            sub=_required_str(raw, "sub"),
            aud=_audiences(raw, required=True),
            exp=_required_time(raw, "exp"),
            iat=_required_time(raw, "iat"),
            auth_time=_time(raw, "auth_time"),
            nonce=_str(raw, "nonce"),
            acr=_str(raw, "acr"),
            azp=_str(raw, "azp"),
            sid=_str(raw, "sid"),
        )

    def __repr__(self) -> str:
        # No nonce and no raw claims: this object reaches logs and tracebacks.
        return (
            f"IdTokenClaims(iss={self.iss!r}, sub={self.sub!r}, aud={self.aud!r}, exp={self.exp}, iat={self.iat}, "
            f"auth_time={self.auth_time}, acr={self.acr!r}, azp={self.azp!r}, sid={self.sid!r})"
        )


def validate_id_token(
    token: str,
    *,
    jwks: JwksCache,
    jwks_uri: str,
    issuer: str,
    client_id: str,
    nonce: str | None,
    now: float,
    allowed_algs: Sequence[str] = DEFAULT_ALGS,
    max_skew: float = 120.0,
    acr_min: str | None = "eidas1",
    previous: IdTokenClaims | None = None,
) -> IdTokenClaims:
    """Validate an ID token from the token endpoint and return its claims, else :class:`TokenValidationError`.

    ``nonce`` is the one sent in the authorization request, None when none was sent (CIBA) or on a refresh;
    ``previous`` is the session's current ID token when this one comes from a refresh (§12.2); ``now`` is the
    caller's clock, so that one sign-in uses one notion of time.
    """
    raw = _verified_claims(token, jwks=jwks, jwks_uri=jwks_uri, allowed_algs=allowed_algs)
    claims = IdTokenClaims.from_claims(raw)
    _check_issuer(claims.iss, issuer)  # §3.1.3.7 step 2
    _check_audience(claims.aud, client_id)  # step 3
    # Steps 4-5: several audiences need azp = us; an azp, when present, must be us.
    if (len(claims.aud) > 1 and claims.azp is None) or (claims.azp is not None and claims.azp != client_id):
        raise TokenValidationError("ID token azp is not this client", code="token.wrong_azp")
    _check_times(raw, exp=claims.exp, iat=claims.iat, now=now, max_skew=max_skew)  # steps 9-10
    # Step 11, when the request carried a nonce (a CIBA request has none; §12.2: a refresh needs none).
    if nonce is not None and (claims.nonce is None or not _equal(claims.nonce, nonce)):
        raise TokenValidationError("ID token nonce does not match the request", code="token.wrong_nonce")
    if acr_min is not None and not acr_satisfies(claims.acr, acr_min):  # step 12
        raise TokenValidationError(
            "ID token authentication level too low", code="token.acr_too_low", acr=claims.acr, required=acr_min
        )
    if previous is not None:
        _check_refresh(claims, previous)
    return claims


def verify_signed_jwt(
    token: str,
    *,
    jwks: JwksCache,
    jwks_uri: str,
    issuer: str,
    audience: str | None,
    allowed_algs: Sequence[str] = DEFAULT_ALGS,
    now: float,
    max_skew: float = 120.0,
) -> Mapping[str, Any]:
    """Verify a JWT signed by the provider that is not an ID token: userinfo as ``application/jwt`` (§5.3.2).

    Checks the signature and ``iss``; ``aud`` and ``exp`` (and ``nbf``) only when present, as §5.3.2 makes
    them optional; ``audience=None`` skips the audience check.
    """
    raw = _verified_claims(token, jwks=jwks, jwks_uri=jwks_uri, allowed_algs=allowed_algs)
    _check_issuer(_str(raw, "iss"), issuer)
    audiences = _audiences(raw, required=False)
    if audience is not None and audiences:
        _check_audience(audiences, audience)
    _check_times(raw, exp=_time(raw, "exp"), iat=None, now=now, max_skew=max_skew)
    return MappingProxyType(raw)


def _verified_claims(token: str, *, jwks: JwksCache, jwks_uri: str, allowed_algs: Sequence[str]) -> dict[str, Any]:
    """Parse a compact JWS (RFC 7515 §7.1), check its algorithm and signature, return its JSON claims."""
    if not isinstance(token, str) or token.count(".") != 2 or not token.isascii():
        raise _malformed("not a compact JWS")
    try:
        signed = jws.extract_compact(token.encode("ascii"), registry=_registry(None))
        header = signed.headers()
        payload = json.loads(signed.payload) if isinstance(header, dict) else None
    except (JoseError, ValueError, TypeError, AttributeError, RecursionError):
        raise _malformed("undecodable header or payload") from None
    if not isinstance(header, dict) or not isinstance(payload, dict):
        raise _malformed("header and payload must be JSON objects")
    alg, kid = header.get("alg"), header.get("kid")
    if not isinstance(alg, str) or not (kid is None or isinstance(kid, str)):
        raise _malformed("alg and kid must be strings")
    if "crit" in header or "b64" in header:  # RFC 7515 §4.1.11: we implement no extension
        raise _malformed("critical header extensions are not supported")
    if alg not in allowed_algs or not _is_asymmetric(alg):
        raise TokenValidationError("token signed with a refused algorithm", code="token.alg_not_allowed", alg=alg)
    key = jwks.find_key(jwks_uri, kid, alg)
    try:
        valid = jws.validate_compact(signed, key, registry=_registry([alg]))
    except JoseError:
        valid = False
    if not valid:
        raise TokenValidationError("token signature is invalid", code="token.bad_signature", alg=alg)
    return payload


def _registry(algorithms: list[str] | None) -> JWSRegistry:
    """Unregistered header members tolerated (real providers add some); headers up to an x5c chain's size."""
    registry = JWSRegistry(algorithms=algorithms, strict_check_header=False)
    registry.max_header_length = _MAX_HEADER_LENGTH
    return registry


def _is_asymmetric(alg: str) -> bool:
    """RSA, EC or OKP signatures only: ``none`` verifies nothing, HMAC would need a shared secret we lack."""
    algorithm = JWSRegistry.algorithms.get(alg)
    return algorithm is not None and alg != "none" and algorithm.key_type != "oct"


def _check_issuer(iss: str | None, issuer: str) -> None:
    if iss is None or not _equal(iss, issuer):
        raise TokenValidationError("token issued by another issuer", code="token.wrong_issuer", issuer=issuer)


def _check_audience(audiences: tuple[str, ...], client_id: str) -> None:
    if client_id not in audiences:
        raise TokenValidationError("token not issued for this client", code="token.wrong_audience")


def _check_times(raw: Mapping[str, Any], *, exp: int | None, iat: int | None, now: float, max_skew: float) -> None:
    """RFC 7519 §4.1.4-§4.1.6 with a tolerance of ``max_skew`` seconds for clocks that disagree."""
    if exp is not None and exp <= now - max_skew:
        raise TokenValidationError("token expired", code="token.expired", exp=exp)
    nbf = _time(raw, "nbf")
    if (iat is not None and iat > now + max_skew) or (nbf is not None and nbf > now + max_skew):
        raise TokenValidationError("token issued in the future", code="token.not_yet_valid")


def _check_refresh(claims: IdTokenClaims, previous: IdTokenClaims) -> None:
    """§12.2: a refreshed ID token names the same issuer, subject, audience and azp, and the original auth_time."""
    changed = [name for name in ("iss", "sub", "aud", "azp") if getattr(claims, name) != getattr(previous, name)]
    if claims.auth_time is not None and claims.auth_time != previous.auth_time:
        changed.append("auth_time")
    if changed:
        raise TokenValidationError(
            "refreshed ID token differs from the session's", code="token.refresh_mismatch", claims=",".join(changed)
        )


def _equal(received: str, expected: str) -> bool:
    return secrets.compare_digest(received.encode("utf-8"), expected.encode("utf-8"))


def _malformed(why: str, **params: str) -> TokenValidationError:
    return TokenValidationError(f"malformed token: {why}", code="token.malformed", **params)


def _str(raw: Mapping[str, Any], name: str) -> str | None:
    value = raw.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise _malformed(f"claim {name} must be a string", claim=name)
    return value


def _required_str(raw: Mapping[str, Any], name: str) -> str:
    value = _str(raw, name)
    if not value:
        raise _malformed(f"claim {name} is required", claim=name)
    return value


def _time(raw: Mapping[str, Any], name: str) -> int | None:
    """A NumericDate (RFC 7519 §2): a finite JSON number of seconds; fractions are truncated."""
    value = raw.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _malformed(f"claim {name} must be a number", claim=name)
    return int(value)


def _required_time(raw: Mapping[str, Any], name: str) -> int:
    value = _time(raw, name)
    if value is None:
        raise _malformed(f"claim {name} is required", claim=name)
    return value


def _audiences(raw: Mapping[str, Any], *, required: bool) -> tuple[str, ...]:
    """RFC 7519 §4.1.3: one string, or an array of strings."""
    value = raw.get("aud")
    if value is None and not required:
        return ()
    if isinstance(value, str) and value:
        return (value,)
    if isinstance(value, list) and value and all(isinstance(item, str) for item in value):
        return tuple(value)
    raise _malformed("claim aud must be a string or an array of strings", claim="aud")
