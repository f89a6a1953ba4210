"""Provider metadata: PSC's well-known name then the standard one, strict issuer and schemes, caches."""

from __future__ import annotations

import hashlib
import json
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from desktop_app.core.auth.discovery import DiscoveryClient, ProviderMetadata
from desktop_app.core.errors import NetworkError, ProtocolError

ISSUER = "https://auth.idp.test/auth/realms/esante-wallet"
PSC_URL = ISSUER + "/.well-known/wallet-openid-configuration"
OIDC_URL = ISSUER + "/.well-known/openid-configuration"
NOW = 1_700_000_000.0


def metadata_document(issuer: str = ISSUER, **overrides: Any) -> dict[str, Any]:
    """A PSC-shaped document (as Keycloak publishes it), junk included where PSC has junk."""
    oidc = issuer + "/protocol/openid-connect"
    document: dict[str, Any] = {
        "issuer": issuer,
        "authorization_endpoint": "https://wallet.idp.test/auth",
        "token_endpoint": oidc + "/token",
        "jwks_uri": oidc + "/certs",
        "userinfo_endpoint": oidc + "/userinfo",
        "end_session_endpoint": oidc + "/logout",
        "revocation_endpoint": oidc + "/revoke",
        "introspection_endpoint": oidc + "/token/introspect",
        "backchannel_authentication_endpoint": oidc + "/ext/ciba/auth",
        "code_challenge_methods_supported": ["plain", "S256"],
        "token_endpoint_auth_methods_supported": ["private_key_jwt", "client_secret_basic", "tls_client_auth"],
        "id_token_signing_alg_values_supported": ["RS256", "PS256", "ES256", "HS256"],
        "acr_values_supported": ["0", "0"],
        "authorization_response_iss_parameter_supported": True,
        "tls_client_certificate_bound_access_tokens": True,
        "mtls_endpoint_aliases": {
            "token_endpoint": "https://mtls.idp.test/token",
            "revocation_endpoint": "https://mtls.idp.test/revoke",
        },
    }
    document.update(overrides)
    return {k: v for k, v in document.items() if v is not None}


class Server:
    """Well-known endpoints behind httpx.MockTransport: a test sets what each URL answers."""

    def __init__(self, answers: dict[str, httpx.Response | dict[str, Any]] | None = None) -> None:
        self.answers: dict[str, httpx.Response | dict[str, Any]] = (
            {PSC_URL: metadata_document()} if answers is None else answers
        )
        self.requests: list[str] = []
        self.delay = 0.0
        self.now = NOW
        self.client = httpx.Client(transport=httpx.MockTransport(self._serve))

    def _serve(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(str(request.url))
        time.sleep(self.delay)
        answer = self.answers.get(str(request.url), httpx.Response(404, json={"error": "not found"}))
        return answer if isinstance(answer, httpx.Response) else httpx.Response(200, json=answer)

    def discovery(self, cache_dir: Path | None = None, **kwargs: Any) -> DiscoveryClient:
        return DiscoveryClient(self.client, cache_dir, clock=lambda: self.now, **kwargs)


def error_code(action: Any) -> str:
    with pytest.raises((ProtocolError, NetworkError)) as caught:
        action()
    return caught.value.code


def test_psc_well_known_name_is_tried_first() -> None:
    server = Server()
    meta = server.discovery().metadata(ISSUER)
    assert server.requests == [PSC_URL]
    assert meta.issuer == ISSUER
    assert meta.token_endpoint == ISSUER + "/protocol/openid-connect/token"
    assert meta.backchannel_authentication_endpoint == ISSUER + "/protocol/openid-connect/ext/ciba/auth"
    assert meta.code_challenge_methods_supported == ("plain", "S256")
    assert meta.authorization_response_iss_parameter_supported is True
    assert meta.tls_client_certificate_bound_access_tokens is True
    assert meta.raw["acr_values_supported"] == ["0", "0"]


def test_standard_name_when_the_psc_one_is_404() -> None:
    server = Server({OIDC_URL: metadata_document()})
    client = server.discovery()
    assert client.metadata(ISSUER).jwks_uri.endswith("/certs")
    assert server.requests == [PSC_URL, OIDC_URL]
    assert client.fetches == 2


def test_trailing_slash_of_the_issuer_is_not_doubled() -> None:
    server = Server({PSC_URL: metadata_document(issuer=ISSUER + "/")})
    assert server.discovery().metadata(ISSUER + "/").issuer == ISSUER + "/"
    assert server.requests == [PSC_URL]


def test_configured_discovery_url_is_the_only_one_asked() -> None:
    custom = "https://config.idp.test/meta.json"
    server = Server({custom: metadata_document()})
    assert server.discovery().metadata(ISSUER, custom).issuer == ISSUER
    assert server.requests == [custom]
    server.answers = {}
    assert error_code(lambda: server.discovery().metadata(ISSUER, custom, refresh=True)) == "discovery.not_found"


def test_no_metadata_anywhere() -> None:
    assert error_code(lambda: Server({}).discovery().metadata(ISSUER)) == "discovery.not_found"


def test_issuer_must_match_exactly() -> None:
    for other in (ISSUER + "/", ISSUER.upper(), "https://evil.test/auth/realms/esante-wallet", None):
        server = Server({PSC_URL: metadata_document(issuer=ISSUER) | {"issuer": other}})
        assert error_code(lambda server=server: server.discovery().metadata(ISSUER)) == "discovery.issuer_mismatch"


@pytest.mark.parametrize("field", ["authorization_endpoint", "token_endpoint", "jwks_uri"])
def test_required_fields(field: str) -> None:
    for value in (None, "", 42):
        server = Server({PSC_URL: metadata_document() | {field: value}})
        with pytest.raises(ProtocolError) as caught:
            server.discovery().metadata(ISSUER)
        assert caught.value.code == "discovery.missing_field" and caught.value.params["field"] == field


@pytest.mark.parametrize(
    "overrides",
    [
        {"token_endpoint": "http://auth.idp.test/token"},
        {"jwks_uri": "http://localhosts:8443/auth/realms/esante-wallet/protocol/openid-connect/certs"},
        {"userinfo_endpoint": "http://auth.idp.test/userinfo"},
        {"pushed_authorization_request_endpoint": "http://auth.idp.test/par"},
        {"mtls_endpoint_aliases": {"token_endpoint": "http://mtls.idp.test/token"}},
        {"authorization_endpoint": "javascript:alert(1)"},
    ],
)
def test_every_endpoint_must_be_https(overrides: dict[str, Any]) -> None:
    server = Server({PSC_URL: metadata_document(**overrides)})
    assert error_code(lambda: server.discovery().metadata(ISSUER)) == "discovery.insecure_endpoint"


def test_plain_http_is_accepted_on_loopback() -> None:
    """A local provider (the sandbox, or ANS's mock at localhost:8443) may serve plain http."""
    issuer = "http://localhost:8443/auth/realms/esante-wallet"
    oidc = issuer + "/protocol/openid-connect"
    document = metadata_document(
        issuer=issuer,
        token_endpoint=oidc + "/token",
        jwks_uri="http://127.0.0.1:8443/certs",
        mtls_endpoint_aliases={"token_endpoint": oidc + "/token"},
    )
    server = Server({issuer + "/.well-known/wallet-openid-configuration": document})
    assert server.discovery().metadata(issuer).jwks_uri == "http://127.0.0.1:8443/certs"


def test_junk_in_fields_that_do_not_matter_is_tolerated() -> None:
    document = metadata_document(
        code_challenge_methods_supported="S256",  # not a list
        token_endpoint_auth_methods_supported=["client_secret_basic", 7, None],
        id_token_signing_alg_values_supported=None,
        authorization_response_iss_parameter_supported="true",  # only JSON true counts
        tls_client_certificate_bound_access_tokens=1,
        mtls_endpoint_aliases={"token_endpoint": "https://mtls.idp.test/token", "junk": 3},
        userinfo_endpoint=12,
        check_session_iframe="http://anything.test/iframe",
        grant_types_supported={"odd": True},
    )
    meta = Server({PSC_URL: document}).discovery().metadata(ISSUER)
    assert meta.code_challenge_methods_supported == ()
    assert meta.token_endpoint_auth_methods_supported == ("client_secret_basic",)
    assert meta.id_token_signing_alg_values_supported == ()
    assert meta.authorization_response_iss_parameter_supported is False
    assert meta.tls_client_certificate_bound_access_tokens is False
    assert dict(meta.mtls_endpoint_aliases) == {"token_endpoint": "https://mtls.idp.test/token"}
    assert meta.userinfo_endpoint is None


@pytest.mark.parametrize(
    ("answer", "code"),
    [
        (httpx.Response(200, text="<html><body>Maintenance</body></html>"), "protocol.invalid_response"),
        (httpx.Response(200, json=["not", "an", "object"]), "protocol.invalid_response"),
        (httpx.Response(200, content=b"\xff\xfe\x00garbage"), "protocol.invalid_response"),
        (httpx.Response(503, text="down"), "network.server_error"),
        (httpx.Response(302, headers={"Location": "https://evil.test/"}), "protocol.invalid_response"),
    ],
)
def test_unusable_answers(answer: httpx.Response, code: str) -> None:
    assert error_code(lambda: Server({PSC_URL: answer}).discovery().metadata(ISSUER)) == code


def test_endpoint_prefers_the_mtls_alias_only_for_certificate_clients() -> None:
    meta = Server().discovery().metadata(ISSUER)
    assert meta.endpoint("token_endpoint") == ISSUER + "/protocol/openid-connect/token"
    assert meta.endpoint("token_endpoint", mtls=True) == "https://mtls.idp.test/token"
    assert meta.endpoint("userinfo_endpoint", mtls=True) == ISSUER + "/protocol/openid-connect/userinfo"
    assert meta.endpoint("registration_endpoint") is None
    assert meta.endpoint("registration_endpoint", mtls=True) is None


def test_from_document_is_usable_on_its_own() -> None:
    meta = ProviderMetadata.from_document(metadata_document(), issuer=ISSUER)
    assert meta.revocation_endpoint == ISSUER + "/protocol/openid-connect/revoke"
    with pytest.raises(TypeError):
        meta.raw["issuer"] = "changed"  # type: ignore[index]


def test_memory_cache_ttl_and_refresh() -> None:
    server = Server()
    client = server.discovery(ttl=3600.0)
    first = client.metadata(ISSUER)
    assert client.metadata(ISSUER) is first and client.fetches == 1
    client.metadata(ISSUER, refresh=True)
    assert client.fetches == 2
    server.now += 3599
    client.metadata(ISSUER)
    assert client.fetches == 2
    server.now += 2
    client.metadata(ISSUER)
    assert client.fetches == 3


def test_clock_going_backwards_invalidates_the_cache() -> None:
    server = Server()
    client = server.discovery()
    client.metadata(ISSUER)
    server.now -= 3600
    client.metadata(ISSUER)
    assert client.fetches == 2


def test_disk_cache_means_no_round_trip_in_a_new_process(tmp_path: Path) -> None:
    server = Server()
    server.discovery(tmp_path).metadata(ISSUER)
    expected = tmp_path / "discovery" / (hashlib.sha256(f"{ISSUER}\n".encode()).hexdigest() + ".json")
    assert expected.is_file()
    fresh_process = server.discovery(tmp_path)
    assert fresh_process.metadata(ISSUER).token_endpoint.endswith("/token")
    assert fresh_process.fetches == 0 and len(server.requests) == 1
    server.now += 86400
    stale = server.discovery(tmp_path)
    stale.metadata(ISSUER)
    assert stale.fetches == 1


def test_each_issuer_and_url_has_its_own_cache_entry(tmp_path: Path) -> None:
    other = "https://other.idp.test/realms/x"
    server = Server(
        {PSC_URL: metadata_document(), other + "/.well-known/wallet-openid-configuration": metadata_document(other)}
    )
    client = server.discovery(tmp_path)
    assert client.metadata(ISSUER).issuer == ISSUER
    assert client.metadata(other).issuer == other
    assert len(list((tmp_path / "discovery").glob("*.json"))) == 2


@pytest.mark.parametrize(
    "damage",
    [
        lambda stored: "not json at all",
        lambda stored: json.dumps(stored | {"fetched_at": None}),
        lambda stored: json.dumps(stored | {"key": "https://evil.test\n"}),
        lambda stored: json.dumps(stored | {"document": stored["document"] | {"issuer": "https://evil.test"}}),
        lambda stored: json.dumps(stored | {"document": stored["document"] | {"token_endpoint": "http://evil.test"}}),
        lambda stored: json.dumps(stored | {"document": "text"}),
    ],
)
def test_corrupt_or_tampered_cache_file_is_ignored_and_replaced(tmp_path: Path, damage: Any) -> None:
    server = Server()
    server.discovery(tmp_path).metadata(ISSUER)
    (cached,) = (tmp_path / "discovery").glob("*.json")
    cached.write_text(damage(json.loads(cached.read_text())))
    again = server.discovery(tmp_path)
    assert again.metadata(ISSUER).token_endpoint == ISSUER + "/protocol/openid-connect/token"
    assert again.fetches == 1
    assert json.loads(cached.read_text())["document"]["issuer"] == ISSUER


def test_concurrent_first_use_makes_one_fetch(tmp_path: Path) -> None:
    server = Server()
    server.delay = 0.05  # keeps the first fetch in flight while the other threads arrive
    client = server.discovery(tmp_path)
    start = threading.Barrier(8)
    results: list[ProviderMetadata] = []

    def ask() -> None:
        start.wait(timeout=5)
        results.append(client.metadata(ISSUER))

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)
    assert len(results) == 8 and all(result is results[0] for result in results)
    assert client.fetches == 1 and len(server.requests) == 1


def test_plain_http_issuer_is_refused_before_any_request() -> None:
    server = Server()
    assert error_code(lambda: server.discovery().metadata("http://auth.idp.test/realms/r")) == (
        "discovery.insecure_endpoint"
    )
    assert server.requests == []
