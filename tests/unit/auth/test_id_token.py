"""ID-token validation, one rejection code at a time, with keys generated here (nothing committed).

Tokens are built with joserfc as a provider would sign them; hostile ones are assembled by hand.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from joserfc import jwt
from joserfc.jwk import ECKey, RSAKey
from joserfc.jws import JWSRegistry

from desktop_app.core.auth.id_token import IdTokenClaims, acr_satisfies, validate_id_token, verify_signed_jwt
from desktop_app.core.auth.jwks import JwksCache
from desktop_app.core.errors import TokenValidationError

ISSUER = "https://idp.test/auth/realms/esante-wallet"
JWKS_URI = ISSUER + "/protocol/openid-connect/certs"
CLIENT_ID = "thick-client"
NOW = 1_700_000_000.0
NONCE = "n-0S6_WzA2Mj"


class Provider:
    """A fake provider: signing keys, a JWKS endpoint behind httpx.MockTransport, a settable clock."""

    def __init__(self, keys: list[RSAKey | ECKey]) -> None:
        self.keys = keys
        self.published = list(keys)
        self.now = NOW
        self.client = httpx.Client(transport=httpx.MockTransport(self._serve))
        self.jwks = JwksCache(self.client, None, clock=lambda: self.now)

    def _serve(self, request: httpx.Request) -> httpx.Response:
        assert str(request.url) == JWKS_URI
        return httpx.Response(200, json={"keys": [key.as_dict(private=False) for key in self.published]})

    def sign(self, claims: dict[str, Any], *, key: RSAKey | ECKey | None = None, alg: str = "RS256") -> str:
        signer = key or self.keys[0]
        header = {"alg": alg, "kid": signer.kid}
        registry = JWSRegistry(algorithms=[alg])
        return jwt.encode(header, claims, signer, registry=registry)


@pytest.fixture(scope="module")
def rsa_key() -> RSAKey:
    return RSAKey.generate_key(2048, parameters={"kid": "rsa-1", "use": "sig"})


@pytest.fixture(scope="module")
def ec_key() -> ECKey:
    return ECKey.generate_key("P-256", parameters={"kid": "ec-1"})


@pytest.fixture
def provider(rsa_key: RSAKey, ec_key: ECKey) -> Provider:
    return Provider([rsa_key, ec_key])


def claims(**overrides: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "iss": ISSUER,
        "sub": "f:550dc1c8-d97b-4b1e-ac8c-8eb4471cf9dd:899700218896",
        "aud": CLIENT_ID,
        "exp": int(NOW) + 120,
        "iat": int(NOW),
        "auth_time": int(NOW) - 5,
        "nonce": NONCE,
        "acr": "eidas1",
        "sid": "a1b2",
    }
    base.update(overrides)
    return {k: v for k, v in base.items() if v is not None}


def validate(provider: Provider, token: str, **kwargs: Any) -> IdTokenClaims:
    options: dict[str, Any] = {"issuer": ISSUER, "client_id": CLIENT_ID, "nonce": NONCE, "now": NOW}
    options.update(kwargs)
    return validate_id_token(token, jwks=provider.jwks, jwks_uri=JWKS_URI, **options)


def rejected(code: str, action: Callable[[], object]) -> TokenValidationError:
    with pytest.raises(TokenValidationError) as caught:
        action()
    assert caught.value.code == code, caught.value.message
    return caught.value


def b64(data: bytes | str) -> str:
    raw = data.encode() if isinstance(data, str) else data
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def hand_made(header: object, payload: object, signature: bytes = b"sig") -> str:
    return f"{b64(json.dumps(header))}.{b64(json.dumps(payload))}.{b64(signature)}"


# --- accepted tokens -------------------------------------------------------------------------------------


@pytest.mark.parametrize("alg", ["RS256", "PS256", "ES256"])
def test_valid_token_with_each_default_algorithm(provider: Provider, alg: str) -> None:
    key = provider.keys[1] if alg == "ES256" else provider.keys[0]
    result = validate(provider, provider.sign(claims(), key=key, alg=alg))
    assert (result.iss, result.aud, result.nonce, result.acr, result.sid) == (
        ISSUER,
        (CLIENT_ID,),
        NONCE,
        "eidas1",
        "a1b2",
    )
    assert result.sub.endswith("899700218896")
    assert (result.exp, result.iat, result.auth_time) == (int(NOW) + 120, int(NOW), int(NOW) - 5)
    assert result.raw["sid"] == "a1b2"


def test_repr_hides_the_nonce(provider: Provider) -> None:
    result = validate(provider, provider.sign(claims()))
    assert NONCE not in repr(result) and NONCE not in str(result)
    assert "eidas1" in repr(result)


def test_higher_acr_than_requested_is_accepted(provider: Provider) -> None:
    assert validate(provider, provider.sign(claims(acr="eidas3"))).acr == "eidas3"


def test_no_nonce_expected_is_not_checked(provider: Provider) -> None:
    """A CIBA sign-in sends no nonce: the ID token then need not carry one."""
    assert validate(provider, provider.sign(claims(nonce=None)), nonce=None).nonce is None


def test_several_audiences_with_azp(provider: Provider) -> None:
    result = validate(provider, provider.sign(claims(aud=[CLIENT_ID, "other"], azp=CLIENT_ID)))
    assert result.aud == (CLIENT_ID, "other") and result.azp == CLIENT_ID


def test_clock_skew_tolerated_at_the_edges(provider: Provider) -> None:
    validate(provider, provider.sign(claims(exp=int(NOW) - 119, iat=int(NOW) + 120)))


# --- rejections, one code each ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "token",
    [
        "",
        "abc",
        "a.b",
        "a.b.c.d",
        "%%%.e30.c2ln",  # bad base64
        f"{b64('not json')}.e30.c2ln",
        f"{b64('[1, 2]')}.e30.c2ln",  # header is not an object
        f"{b64(json.dumps({'alg': 'RS256'}))}.{b64('[]')}.c2ln",  # payload is not an object
        f"{b64(json.dumps({'alg': 'RS256'}))}.{b64('{')}.c2ln",
        f"{b64(json.dumps({'alg': 7}))}.e30.c2ln",
        f"{b64(json.dumps({'alg': 'RS256', 'kid': 1}))}.e30.c2ln",
        f"{b64(json.dumps({'alg': 'RS256', 'crit': ['exp'], 'exp': 1}))}.e30.c2ln",
        "é.é.é",
        f"{b64(json.dumps({'alg': 'RS256'}))}.{b64('[' * 5000 + ']' * 5000)}.c2ln",  # nesting beyond recursion
    ],
)
def test_malformed(provider: Provider, token: str) -> None:
    rejected("token.malformed", lambda: validate(provider, token))


@pytest.mark.parametrize("missing", ["iss", "sub", "aud", "exp", "iat"])
def test_signed_token_missing_a_required_claim_is_malformed(provider: Provider, missing: str) -> None:
    error = rejected("token.malformed", lambda: validate(provider, provider.sign(claims(**{missing: None}))))
    assert error.params["claim"] == missing


@pytest.mark.parametrize(
    ("claim", "value"), [("exp", "tomorrow"), ("exp", True), ("aud", 3), ("aud", []), ("nonce", 5), ("acr", ["x"])]
)
def test_signed_token_with_a_mistyped_claim_is_malformed(provider: Provider, claim: str, value: object) -> None:
    rejected("token.malformed", lambda: validate(provider, provider.sign(claims(**{claim: value}))))


def test_alg_none_is_refused(provider: Provider) -> None:
    token = f"{b64(json.dumps({'alg': 'none'}))}.{b64(json.dumps(claims()))}."
    rejected("token.alg_not_allowed", lambda: validate(provider, token))
    rejected("token.alg_not_allowed", lambda: validate(provider, token, allowed_algs=["none", "RS256"]))


def test_key_confusion_hs256_signed_with_the_public_key_is_refused(provider: Provider, rsa_key: RSAKey) -> None:
    """The classic attack: HMAC keyed with the provider's public key, which anyone can download."""
    # joserfc itself refuses a PEM public key as an HMAC secret, so the attacker's token is made by hand.
    signing_input = f"{b64(json.dumps({'alg': 'HS256', 'kid': rsa_key.kid}))}.{b64(json.dumps(claims()))}"
    mac = hmac.new(rsa_key.as_pem(private=False), signing_input.encode(), hashlib.sha256).digest()
    token = f"{signing_input}.{b64(mac)}"
    rejected("token.alg_not_allowed", lambda: validate(provider, token))
    # Even a careless caller that lists HS256 does not get an HMAC check against public keys.
    rejected("token.alg_not_allowed", lambda: validate(provider, token, allowed_algs=["HS256", "RS256"]))


def test_algorithm_outside_the_allow_list_is_refused(provider: Provider) -> None:
    token = provider.sign(claims(), alg="RS512")
    rejected("token.alg_not_allowed", lambda: validate(provider, token))
    assert validate(provider, token, allowed_algs=["RS512"]).sub


def test_unknown_kid_after_one_refetch(provider: Provider) -> None:
    stranger = RSAKey.generate_key(2048, parameters={"kid": "not-published"})
    provider.jwks.key_set(JWKS_URI)
    provider.now += 60  # past min_refetch_interval: the cache may refetch once
    rejected("token.unknown_kid", lambda: validate(provider, provider.sign(claims(), key=stranger), now=provider.now))
    assert provider.jwks.fetches == 2


def test_rotated_key_is_found_by_the_refetch(provider: Provider) -> None:
    provider.jwks.key_set(JWKS_URI)  # the old set is cached
    rotated = RSAKey.generate_key(2048, parameters={"kid": "rsa-2"})
    provider.published = [rotated]
    provider.now += 60
    result = validate(provider, provider.sign(claims(), key=rotated), now=provider.now)
    assert result.iss == ISSUER and provider.jwks.fetches == 2


def test_bad_signature(provider: Provider, rsa_key: RSAKey) -> None:
    header, _, signature = provider.sign(claims()).split(".")
    tampered = f"{header}.{b64(json.dumps(claims(sub='someone-else')))}.{signature}"
    rejected("token.bad_signature", lambda: validate(provider, tampered))
    impostor = RSAKey.generate_key(2048, parameters={"kid": "rsa-1"})  # same kid, other key
    rejected("token.bad_signature", lambda: validate(provider, provider.sign(claims(), key=impostor)))


def test_wrong_issuer(provider: Provider) -> None:
    token = provider.sign(claims(iss=ISSUER + "-evil"))
    rejected("token.wrong_issuer", lambda: validate(provider, token))


def test_wrong_audience(provider: Provider) -> None:
    rejected("token.wrong_audience", lambda: validate(provider, provider.sign(claims(aud="another-client"))))
    rejected("token.wrong_audience", lambda: validate(provider, provider.sign(claims(aud=["a", "b"], azp="a"))))


@pytest.mark.parametrize(
    ("aud", "azp"), [([CLIENT_ID, "other"], None), ([CLIENT_ID, "other"], "other"), (CLIENT_ID, "other")]
)
def test_wrong_azp(provider: Provider, aud: object, azp: str | None) -> None:
    rejected("token.wrong_azp", lambda: validate(provider, provider.sign(claims(aud=aud, azp=azp))))


def test_expired(provider: Provider) -> None:
    rejected("token.expired", lambda: validate(provider, provider.sign(claims(exp=int(NOW) - 120))))


def test_not_yet_valid(provider: Provider) -> None:
    rejected("token.not_yet_valid", lambda: validate(provider, provider.sign(claims(iat=int(NOW) + 121))))
    rejected("token.not_yet_valid", lambda: validate(provider, provider.sign(claims(nbf=int(NOW) + 600))))


def test_wrong_nonce(provider: Provider) -> None:
    rejected("token.wrong_nonce", lambda: validate(provider, provider.sign(claims(nonce="replayed"))))
    rejected("token.wrong_nonce", lambda: validate(provider, provider.sign(claims(nonce=None))))
    rejected("token.wrong_nonce", lambda: validate(provider, provider.sign(claims(nonce="é"))))


@pytest.mark.parametrize(("acr", "minimum"), [(None, "eidas1"), ("0", "eidas1"), ("eidas1", "eidas2")])
def test_acr_too_low(provider: Provider, acr: str | None, minimum: str) -> None:
    rejected("token.acr_too_low", lambda: validate(provider, provider.sign(claims(acr=acr)), acr_min=minimum))


def test_acr_not_checked_when_no_minimum(provider: Provider) -> None:
    assert validate(provider, provider.sign(claims(acr=None)), acr_min=None).acr is None


# --- refresh (OIDC Core §12.2) ---------------------------------------------------------------------------


def test_refreshed_token_with_the_same_identity_needs_no_nonce(provider: Provider) -> None:
    first = validate(provider, provider.sign(claims()))
    later = NOW + 600
    token = provider.sign(claims(nonce=None, iat=int(later), exp=int(later) + 120))
    refreshed = validate(provider, token, nonce=None, now=later, previous=first)
    assert refreshed.iat == int(later) and refreshed.sub == first.sub


@pytest.mark.parametrize(
    "change",
    [
        {"sub": "f:another-practitioner"},
        {"auth_time": int(NOW) + 300},
        {"aud": [CLIENT_ID, "other"], "azp": CLIENT_ID},
        {"azp": CLIENT_ID},
    ],
)
def test_refreshed_token_with_another_identity_is_refused(provider: Provider, change: dict[str, Any]) -> None:
    first = validate(provider, provider.sign(claims()))
    token = provider.sign(claims(nonce=None, **change))
    rejected("token.refresh_mismatch", lambda: validate(provider, token, nonce=None, previous=first))


# --- signed userinfo (application/jwt) -------------------------------------------------------------------


def verify(provider: Provider, token: str, **kwargs: Any) -> object:
    options: dict[str, Any] = {"issuer": ISSUER, "audience": CLIENT_ID, "now": NOW}
    options.update(kwargs)
    return verify_signed_jwt(token, jwks=provider.jwks, jwks_uri=JWKS_URI, **options)


def test_signed_userinfo_accepted_with_or_without_aud_and_exp(provider: Provider) -> None:
    full = verify(provider, provider.sign({"iss": ISSUER, "sub": "s", "aud": CLIENT_ID, "exp": int(NOW) + 60}))
    assert full == {"iss": ISSUER, "sub": "s", "aud": CLIENT_ID, "exp": int(NOW) + 60}
    bare = verify(provider, provider.sign({"iss": ISSUER, "sub": "s", "SubjectNameID": "899700218896"}))
    assert bare == {"iss": ISSUER, "sub": "s", "SubjectNameID": "899700218896"}
    assert verify(provider, provider.sign({"iss": ISSUER, "aud": "other"}), audience=None) == {
        "iss": ISSUER,
        "aud": "other",
    }


def test_signed_userinfo_rejections(provider: Provider) -> None:
    rejected("token.wrong_issuer", lambda: verify(provider, provider.sign({"sub": "s"})))
    rejected("token.wrong_issuer", lambda: verify(provider, provider.sign({"iss": "https://evil.test"})))
    rejected("token.wrong_audience", lambda: verify(provider, provider.sign({"iss": ISSUER, "aud": "other"})))
    rejected("token.expired", lambda: verify(provider, provider.sign({"iss": ISSUER, "exp": int(NOW) - 500})))
    rejected("token.alg_not_allowed", lambda: verify(provider, hand_made({"alg": "none"}, {"iss": ISSUER})))


# --- acr scale -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("acr", "minimum", "expected"),
    [
        ("eidas1", "eidas1", True),
        ("eidas3", "eidas1", True),
        ("eidas2", "eidas3", False),
        ("eidas1", "eidas2", False),
        (None, "eidas1", False),
        ("0", "eidas1", False),
        ("EIDAS1", "eidas1", False),
        ("urn:other:level", "urn:other:level", True),
        ("eidas3", "urn:other:level", False),
    ],
)
def test_acr_satisfies(acr: str | None, minimum: str, expected: bool) -> None:
    assert acr_satisfies(acr, minimum) is expected


# --- property tests: hostile input yields TokenValidationError and nothing else --------------------------

# Edge values that break naive code (int(inf) raises, nan compares false, huge ints) are drawn often.
_edge_numbers = st.sampled_from([float("inf"), float("-inf"), float("nan"), 1e308, 2**64, -1, 0, int(NOW)])
_scalar = st.none() | st.booleans() | st.integers() | st.floats() | _edge_numbers | st.text(max_size=20)
_json = st.recursive(
    _scalar,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
_value = _edge_numbers | _scalar | _json  # mostly scalars: claims are scalars, containers are the rarer attack
_claim_names = st.sampled_from(["iss", "sub", "aud", "exp", "iat", "nbf", "auth_time", "nonce", "acr", "azp", "sid"])
# A valid token's claims with a few replaced by arbitrary JSON: reaches every claim check, not just the first.
_perturbed_claims = st.dictionaries(_claim_names, _value, min_size=1, max_size=4).map(
    lambda extra: {**claims(), **extra}
)
_header_values = {
    "alg": st.sampled_from(["RS256", "PS256", "ES256", "HS256", "none", "RS512", "EdDSA", ""]) | _json,
    "kid": st.sampled_from(["rsa-1", "ec-1", "other"]) | _json,
    "typ": _json,
    "crit": _json,
    "b64": _json,
    "jwk": _json,
}
_header = st.fixed_dictionaries({}, optional=_header_values).map(
    lambda extra: {"alg": "RS256", "kid": "rsa-1", **extra}
)
_quiet = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _only_validation_errors(provider: Provider, token: str) -> None:
    with contextlib.suppress(TokenValidationError):
        validate(provider, token)
    with contextlib.suppress(TokenValidationError):
        verify(provider, token)


@_quiet
@given(token=st.text(max_size=300))
def test_arbitrary_strings(provider: Provider, token: str) -> None:
    _only_validation_errors(provider, token)


@_quiet
@given(header=_header | _json, payload=_perturbed_claims | _json, signature=st.binary(max_size=300))
def test_arbitrary_headers_and_payloads(provider: Provider, header: object, payload: object, signature: bytes) -> None:
    _only_validation_errors(provider, hand_made(header, payload, signature))


@_quiet
@given(payload=_perturbed_claims | st.dictionaries(_claim_names, _json, max_size=11))
def test_validly_signed_arbitrary_claims(provider: Provider, payload: dict[str, Any]) -> None:
    token = provider.sign(payload)
    _only_validation_errors(provider, token)
