"""JWKS cache: memory and disk, one rate-limited refetch for an unknown kid, private members refused."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from joserfc.jwk import ECKey, OctKey, RSAKey

from desktop_app.core.auth.jwks import JwksCache
from desktop_app.core.errors import NetworkError, ProtocolError, TokenValidationError

JWKS_URI = "https://idp.test/realms/r/protocol/openid-connect/certs"
NOW = 1_700_000_000.0


@pytest.fixture(scope="module")
def rsa_key() -> RSAKey:
    return RSAKey.generate_key(2048, parameters={"kid": "rsa-1", "use": "sig"})


@pytest.fixture(scope="module")
def ec_key() -> ECKey:
    return ECKey.generate_key("P-256", parameters={"kid": "ec-1"})


class Server:
    """A JWKS endpoint behind httpx.MockTransport whose answer a test can change, and a settable clock."""

    def __init__(self, body: Any) -> None:
        self.body = body
        self.status = 200
        self.requests = 0
        self.now = NOW
        self.client = httpx.Client(transport=httpx.MockTransport(self._serve))

    def _serve(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        if isinstance(self.body, str):
            return httpx.Response(self.status, text=self.body)
        return httpx.Response(self.status, json=self.body)

    def cache(self, cache_dir: Path | None = None, **kwargs: Any) -> JwksCache:
        return JwksCache(self.client, cache_dir, clock=lambda: self.now, **kwargs)


def public_set(*keys: RSAKey | ECKey) -> dict[str, Any]:
    return {"keys": [key.as_dict(private=False) for key in keys]}


def test_key_set_is_fetched_once_then_served_from_memory(rsa_key: RSAKey, ec_key: ECKey) -> None:
    server = Server(public_set(rsa_key, ec_key))
    jwks = server.cache()
    assert {key.kid for key in jwks.key_set(JWKS_URI)} == {"rsa-1", "ec-1"}
    jwks.key_set(JWKS_URI)
    assert jwks.fetches == 1 == server.requests


def test_refresh_and_ttl_force_a_fetch(rsa_key: RSAKey) -> None:
    server = Server(public_set(rsa_key))
    jwks = server.cache(ttl=100.0)
    jwks.key_set(JWKS_URI)
    jwks.key_set(JWKS_URI, refresh=True)
    assert jwks.fetches == 2
    server.now += 99
    jwks.key_set(JWKS_URI)
    assert jwks.fetches == 2
    server.now += 2
    jwks.key_set(JWKS_URI)
    assert jwks.fetches == 3


def test_find_key_by_kid_and_algorithm(rsa_key: RSAKey, ec_key: ECKey) -> None:
    jwks = Server(public_set(rsa_key, ec_key)).cache()
    assert jwks.find_key(JWKS_URI, "rsa-1", "RS256").kid == "rsa-1"
    assert jwks.find_key(JWKS_URI, "rsa-1", "PS256").kid == "rsa-1"
    assert jwks.find_key(JWKS_URI, "ec-1", "ES256").kid == "ec-1"
    # A kid whose key cannot do the header's alg is no match (an RSA key for ES256, a P-256 key for ES384).
    for kid, alg in [("rsa-1", "ES256"), ("ec-1", "ES384"), ("ec-1", "RS256")]:
        with pytest.raises(TokenValidationError) as caught:
            jwks.find_key(JWKS_URI, kid, alg)
        assert caught.value.code == "token.unknown_kid"


def test_without_kid_only_a_single_usable_key_is_chosen(rsa_key: RSAKey, ec_key: ECKey) -> None:
    jwks = Server(public_set(rsa_key, ec_key)).cache()
    assert jwks.find_key(JWKS_URI, None, "ES256").kid == "ec-1"  # the only EC key
    two_rsa = Server(public_set(rsa_key, RSAKey.generate_key(2048, parameters={"kid": "rsa-2"}))).cache()
    with pytest.raises(TokenValidationError) as caught:
        two_rsa.find_key(JWKS_URI, None, "RS256")  # OIDC Core §10.1: several keys need a kid
    assert caught.value.code == "token.unknown_kid"


def test_encryption_keys_and_keys_bound_to_another_alg_are_not_used(rsa_key: RSAKey) -> None:
    enc = rsa_key.as_dict(private=False) | {"kid": "enc-1", "use": "enc"}
    rs512_only = rsa_key.as_dict(private=False) | {"kid": "rs512", "alg": "RS512"}
    jwks = Server({"keys": [enc, rs512_only]}).cache()
    assert jwks.find_key(JWKS_URI, "rs512", "RS512").kid == "rs512"
    for kid, alg in [("enc-1", "RS256"), ("rs512", "RS256")]:
        with pytest.raises(TokenValidationError):
            jwks.find_key(JWKS_URI, kid, alg)


def test_unknown_kid_refetches_once_and_finds_the_rotated_key(rsa_key: RSAKey) -> None:
    server = Server(public_set(rsa_key))
    jwks = server.cache()
    jwks.key_set(JWKS_URI)
    rotated = RSAKey.generate_key(2048, parameters={"kid": "rsa-2"})
    server.body = public_set(rsa_key, rotated)
    server.now += 11
    assert jwks.find_key(JWKS_URI, "rsa-2", "RS256").kid == "rsa-2"
    assert jwks.fetches == 2
    assert jwks.find_key(JWKS_URI, "rsa-2", "RS256").kid == "rsa-2"
    assert jwks.fetches == 2


def test_unknown_kid_refetch_is_rate_limited(rsa_key: RSAKey) -> None:
    server = Server(public_set(rsa_key))
    jwks = server.cache(min_refetch_interval=10.0)
    jwks.key_set(JWKS_URI)
    server.now += 5
    for _ in range(20):  # a burst of forged kids: no request to the provider
        with pytest.raises(TokenValidationError) as caught:
            jwks.find_key(JWKS_URI, "forged", "RS256")
        assert caught.value.code == "token.unknown_kid"
    assert jwks.fetches == 1
    server.now += 6
    with pytest.raises(TokenValidationError):
        jwks.find_key(JWKS_URI, "forged", "RS256")
    assert jwks.fetches == 2  # exactly one refetch, then the error


def test_private_members_are_dropped_and_never_cached(tmp_path: Path, rsa_key: RSAKey, ec_key: ECKey) -> None:
    leaked = ec_key.as_dict(private=True) | {"kid": "leaked"}
    symmetric = OctKey.generate_key(256, parameters={"kid": "hmac"}).as_dict(private=True)
    server = Server({"keys": [rsa_key.as_dict(private=False), leaked, symmetric]})
    jwks = server.cache(tmp_path)
    assert [key.kid for key in jwks.key_set(JWKS_URI)] == ["rsa-1"]
    with pytest.raises(TokenValidationError):
        jwks.find_key(JWKS_URI, "leaked", "ES256")
    (cached,) = (tmp_path / "jwks").glob("*.json")
    text = cached.read_text()
    assert '"d"' not in text and '"k"' not in text and "leaked" not in text


def test_a_jwks_of_only_private_keys_is_refused(rsa_key: RSAKey) -> None:
    jwks = Server({"keys": [rsa_key.as_dict(private=True)]}).cache()
    with pytest.raises(ProtocolError) as caught:
        jwks.key_set(JWKS_URI)
    assert caught.value.code == "jwks.no_usable_key"


def test_odd_members_are_skipped_not_fatal(rsa_key: RSAKey) -> None:
    odd = [{"kty": "ML-DSA", "kid": "pq", "pub": "AAAA"}, {"kty": "RSA", "kid": "bad", "n": 5, "e": "AQAB"}, "x", 3]
    jwks = Server({"keys": [*odd, rsa_key.as_dict(private=False)]}).cache()
    assert [key.kid for key in jwks.key_set(JWKS_URI)] == ["rsa-1"]


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("<html>oops</html>", "protocol.invalid_response"),
        ([1, 2], "protocol.invalid_response"),
        ({"no": "keys"}, "jwks.invalid"),
        ({"keys": {"not": "a list"}}, "jwks.invalid"),
        ({"keys": []}, "jwks.no_usable_key"),
    ],
)
def test_garbage_jwks(body: Any, code: str) -> None:
    with pytest.raises(ProtocolError) as caught:
        Server(body).cache().key_set(JWKS_URI)
    assert caught.value.code == code


def test_http_errors(rsa_key: RSAKey) -> None:
    server = Server(public_set(rsa_key))
    server.status = 503
    with pytest.raises(NetworkError) as caught:
        server.cache().key_set(JWKS_URI)
    assert caught.value.code == "network.server_error"
    server.status = 404
    with pytest.raises(ProtocolError):
        server.cache().key_set(JWKS_URI)


@pytest.mark.parametrize("uri", ["http://idp.test/certs", "http://localhosts:8443/certs", "ftp://idp.test/certs"])
def test_insecure_jwks_uri_is_refused_before_any_request(rsa_key: RSAKey, uri: str) -> None:
    server = Server(public_set(rsa_key))
    with pytest.raises(ProtocolError) as caught:
        server.cache().key_set(uri)
    assert caught.value.code == "jwks.insecure_uri" and server.requests == 0


def test_loopback_http_is_allowed_for_local_providers(rsa_key: RSAKey) -> None:
    assert Server(public_set(rsa_key)).cache().key_set("http://127.0.0.1:8443/certs")


def test_disk_cache_serves_a_new_process(tmp_path: Path, rsa_key: RSAKey) -> None:
    server = Server(public_set(rsa_key))
    server.cache(tmp_path).key_set(JWKS_URI)
    again = server.cache(tmp_path)  # a new JwksCache, as in a new process
    assert again.find_key(JWKS_URI, "rsa-1", "RS256").kid == "rsa-1"
    assert again.fetches == 0 and server.requests == 1


def test_disk_cache_expires_and_keeps_its_fetch_time_for_the_rate_limit(tmp_path: Path, rsa_key: RSAKey) -> None:
    server = Server(public_set(rsa_key))
    server.cache(tmp_path).key_set(JWKS_URI)
    server.now += 3  # a new process 3 s later: the cached set is too recent to refetch for a forged kid
    again = server.cache(tmp_path)
    with pytest.raises(TokenValidationError):
        again.find_key(JWKS_URI, "forged", "RS256")
    assert again.fetches == 0
    server.now += 86400
    later = server.cache(tmp_path)
    later.key_set(JWKS_URI)
    assert later.fetches == 1


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: "{not json",
        lambda text: "[]",
        lambda text: json.dumps({**json.loads(text), "key": "https://elsewhere.test/certs"}),
        lambda text: json.dumps({**json.loads(text), "fetched_at": "yesterday"}),
        lambda text: json.dumps({**json.loads(text), "document": {"keys": "none"}}),
    ],
)
def test_corrupt_cache_file_is_ignored_and_replaced(
    tmp_path: Path, rsa_key: RSAKey, damage: Callable[[str], str]
) -> None:
    server = Server(public_set(rsa_key))
    server.cache(tmp_path).key_set(JWKS_URI)
    (cached,) = (tmp_path / "jwks").glob("*.json")
    cached.write_text(damage(cached.read_text()))
    again = server.cache(tmp_path)
    assert again.find_key(JWKS_URI, "rsa-1", "RS256").kid == "rsa-1"
    assert again.fetches == 1
    assert json.loads(cached.read_text())["key"] == JWKS_URI


def test_unwritable_cache_dir_does_not_break_validation(tmp_path: Path, rsa_key: RSAKey) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    jwks = Server(public_set(rsa_key)).cache(blocker)  # cache_dir is a file: nothing can be written below it
    assert jwks.find_key(JWKS_URI, "rsa-1", "RS256").kid == "rsa-1"
