"""API calls: bearer + the same certificate, 401 → one new exchange, retries, problem details, streaming, URLs."""

from __future__ import annotations

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.api.api_client import ApiCaller, resolve_url
from desktop_app.core.api.problems import ApiError
from desktop_app.core.api.token_exchange import TokenExchanger
from desktop_app.core.errors import CredentialError, NetworkError, ProtocolError, TlsError
from tests.unit.api.fakes import FakeCredential, FakePool, World, environment, sign_api

PSC_TOKEN = "psc-access-token-1234567890"


class Harness:
    def __init__(self, world: World | None = None) -> None:
        self.world = world or World()
        self.pool = FakePool(self.world)
        self.exchanger = TokenExchanger(
            self.pool,  # type: ignore[arg-type]
            client_id="desktop-app",
            subject_token=lambda: PSC_TOKEN,
            ca_bundle=None,
        )
        self.sleeps: list[float] = []
        self.caller = ApiCaller(
            environment(sign_api(), sign_api(name="sign-ans")),
            self.pool,  # type: ignore[arg-type]
            self.exchanger,
            sleep=self.sleeps.append,
        )

    def call(self, method: str = "GET", path: str = "/practitioner", credential: str = "structure", **kw: object):  # type: ignore[no-untyped-def]
        return self.caller.call(sign_api(), FakeCredential(credential), method, path, **kw)  # type: ignore[arg-type]


def answer(status: int, **kwargs: object) -> httpx.Response:
    return httpx.Response(status, **kwargs)  # type: ignore[arg-type]


def test_bearer_and_the_same_certificate_as_the_exchange() -> None:
    h = Harness()
    response = h.call("POST", "/signsessiondata", json_body={"nationalId": "899700218896"})
    assert response.status == 200 and response.json() == {"signed": True, "path": "/signsessiondata"}
    (exchange_conn, _), (api_conn, request) = h.pool.requests
    assert exchange_conn == api_conn == "structure"
    assert request.headers["authorization"] == f"Bearer {response.token.access_token}"
    assert request.headers["content-type"] == "application/json"
    assert request.content == b'{"nationalId":"899700218896"}'
    assert response.url == "https://api.test/signsessiondata"
    assert response.content_type == "application/json"
    assert response.token.credential == "structure"
    assert response.token.access_token not in repr(response)
    assert response.elapsed >= 0


def test_one_exchange_for_many_calls() -> None:
    h = Harness()
    for _ in range(20):
        h.call()
    assert h.exchanger.exchanges == 1 and len(h.world.api_calls) == 20


def test_a_401_means_one_new_exchange_and_one_retry_even_for_post() -> None:
    """A token bound to another certificate (here: the card's token used over the structure's connection)."""
    h = Harness()
    card_token = h.exchanger.token(sign_api(), FakeCredential("card"))
    h.exchanger._cache[("sign", "structure")] = h.exchanger._cache[("sign", "card")]  # the wrong binding
    response = h.call("POST", "/signsessiondata", json_body={})
    assert response.status == 200
    assert response.token is not card_token and response.token.credential == "structure"
    assert [c for c, _ in h.world.api_calls] == ["structure", "structure"]
    assert h.exchanger.exchanges == 2


def test_a_second_401_is_api_unauthorized_with_the_answer_attached() -> None:
    h = Harness()
    refused = answer(
        401,
        headers={"WWW-Authenticate": 'Bearer realm="api", error="invalid_token", error_description="cnf \\"x\\""'},
        json={"type": "about:blank", "title": "Unauthorized", "status": 401, "detail": "certificate mismatch"},
    )
    h.world.api_script += [refused, refused]
    with pytest.raises(ApiError) as caught:
        h.call("POST", "/signsessiondata", json_body={})
    error = caught.value
    assert error.code == "api.unauthorized"
    assert error.params["status"] == 401 and error.params["error"] == "invalid_token"
    assert error.params["title"] == "Unauthorized" and error.params["detail"] == "certificate mismatch"
    assert error.response is not None and error.response.status == 401
    assert h.exchanger.exchanges == 2 and len(h.world.api_calls) == 2


@pytest.mark.parametrize("method", ["GET", "HEAD", "PUT", "DELETE", "OPTIONS"])
def test_idempotent_methods_are_retried_with_capped_backoff(method: str) -> None:
    h = Harness()
    h.world.api_script += [answer(503), answer(502, text="proxy down")]
    response = h.call(method)
    assert response.status == 200
    assert len(h.world.api_calls) == 3 and h.sleeps == [0.25, 0.5]


def test_retries_stop_after_the_last_attempt() -> None:
    h = Harness()
    h.world.api_script += [answer(504), answer(504), answer(504), answer(200)]
    with pytest.raises(ApiError) as caught:
        h.call("GET")
    assert caught.value.code == "api.http_error" and caught.value.params["status"] == 504
    assert len(h.world.api_calls) == 3


@pytest.mark.parametrize("method", ["POST", "PATCH"])
def test_non_idempotent_methods_are_never_retried(method: str) -> None:
    h = Harness()
    h.world.api_script += [answer(503), answer(200)]
    with pytest.raises(ApiError) as caught:
        h.call(method, json_body={})
    assert caught.value.params["status"] == 503
    assert len(h.world.api_calls) == 1 and h.sleeps == []


def test_connect_errors_are_retried_for_get_not_for_post() -> None:
    h = Harness()
    h.world.api_script += [httpx.ConnectError("refused"), answer(200, json={})]
    assert h.call("GET").status == 200
    assert h.sleeps == [0.25]
    h.world.api_script += [httpx.ConnectError("refused"), answer(200, json={})]
    with pytest.raises(NetworkError) as caught:
        h.call("POST", json_body={})
    assert caught.value.code == "network.unreachable"
    assert caught.value.params["origin"] == "https://api.test"  # core/http's origin wording: default port implied


def test_tls_failures_and_read_timeouts_are_not_retried() -> None:
    import ssl

    h = Harness()
    tls = httpx.ConnectError("handshake")
    tls.__cause__ = ssl.SSLError("certificate required")
    h.world.api_script += [tls]
    with pytest.raises(TlsError):
        h.call("GET")
    h.world.api_script += [httpx.ReadTimeout("slow")]
    with pytest.raises(NetworkError) as caught:
        h.call("GET")
    assert caught.value.code == "network.timeout"
    assert h.sleeps == []


def test_retry_after_is_honoured_or_ends_the_retries() -> None:
    h = Harness()
    h.world.api_script += [answer(503, headers={"Retry-After": "1"})]
    assert h.call().status == 200
    assert h.sleeps == [1.0]
    h.world.api_script += [answer(503, headers={"Retry-After": "120"})]
    with pytest.raises(ApiError):
        h.call()
    assert h.sleeps == [1.0]


def test_other_server_errors_are_not_retried() -> None:
    h = Harness()
    h.world.api_script += [answer(500)]
    with pytest.raises(ApiError):
        h.call()
    assert len(h.world.api_calls) == 1


@pytest.mark.parametrize(("status", "code"), [(403, "api.forbidden"), (404, "api.not_found"), (400, "api.http_error")])
def test_problem_details_become_typed_errors(status: int, code: str) -> None:
    h = Harness()
    problem = {"type": "https://api.test/p/x", "title": "Refusé", "status": status, "detail": "ligne 1\nligne 2"}
    h.world.api_script += [answer(status, json=problem, headers={"Content-Type": "application/problem+json"})]
    with pytest.raises(ApiError) as caught:
        h.call()
    error = caught.value
    assert error.code == code and error.params["status"] == status
    assert error.params["title"] == "Refusé" and error.params["detail"] == "ligne 1 ligne 2"
    assert error.params["problem"] == " — Refusé: ligne 1 ligne 2"
    assert error.response is not None and error.response.json() == problem


def test_oauth_error_bodies_are_read_and_unknown_bodies_never_copied() -> None:
    h = Harness()
    h.world.api_script += [answer(400, json={"error": "invalid_request", "error_description": "nationalId"})]
    with pytest.raises(ApiError) as caught:
        h.call()
    assert caught.value.params["error"] == "invalid_request" and caught.value.params["detail"] == "nationalId"
    h.world.api_script += [answer(500, text="<html>secret-patient-data</html>", headers={"Content-Type": "text/html"})]
    with pytest.raises(ApiError) as caught:
        h.call()
    assert "secret-patient-data" not in str(caught.value) and "secret-patient-data" not in str(caught.value.params)
    assert caught.value.params["problem"] == ""


def test_long_server_texts_are_clipped() -> None:
    h = Harness()
    h.world.api_script += [answer(400, json={"title": "x" * 1000})]
    with pytest.raises(ApiError) as caught:
        h.call()
    assert len(str(caught.value.params["title"])) == 200


def test_non_json_bodies_and_charsets() -> None:
    h = Harness()
    h.world.api_script += [
        answer(200, content="déjà".encode("latin-1"), headers={"Content-Type": "text/plain; charset=ISO-8859-1"})
    ]
    response = h.call()
    assert response.text() == "déjà"
    with pytest.raises(ProtocolError):
        response.json()
    h.world.api_script += [answer(200, content=b"\xff", headers={"Content-Type": "text/plain; charset=nope"})]
    assert h.call().text() == "\ufffd"


def test_streaming_gives_the_final_body_only() -> None:
    """The viewer sees the answer as it arrives; answers that are retried (401, 503) are not shown."""
    h = Harness()
    big = b"[" + b",".join(b'{"entry": %d}' % i for i in range(20000)) + b"]"
    h.world.api_script += [answer(503, text="busy"), answer(401, text="who?"), answer(200, content=big)]
    chunks: list[bytes] = []
    response = h.call("GET", "/journal", on_chunk=chunks.append)
    assert b"".join(chunks) == big == response.body
    assert len(h.world.api_calls) == 3


def test_streaming_shows_a_final_error_answer() -> None:
    h = Harness()
    h.world.api_script += [answer(404, text="not here")]
    chunks: list[bytes] = []
    with pytest.raises(ApiError):
        h.call(on_chunk=chunks.append)
    assert b"".join(chunks) == b"not here"


def test_a_removed_card_drops_its_tokens_and_connections() -> None:
    h = Harness()
    h.call(credential="card")

    class Removed(FakeCredential):
        def ssl_context(self, ca_bundle: object) -> object:  # type: ignore[override]
            raise CredentialError("token gone", code="credential.token_absent")

    h.call(credential="structure")
    h.pool.clients.pop("card")
    with pytest.raises(CredentialError):
        h.caller.call(sign_api(), Removed("card"), "GET", "/practitioner")
    assert h.pool.dropped == ["card"]
    assert list(h.exchanger._cache) == [("sign", "structure")]


def test_body_and_json_are_exclusive() -> None:
    with pytest.raises(ValueError, match="not both"):
        Harness().call("POST", json_body={}, content=b"{}")


def test_api_lookup() -> None:
    caller = Harness().caller
    assert caller.api().name == "sign"
    assert caller.api("sign-ans").name == "sign-ans"
    with pytest.raises(ApiError) as caught:
        caller.api("ghost")
    assert caught.value.code == "api.unknown"
    assert caught.value.params == {"api": "ghost", "environment": "test", "known": "sign, sign-ans"}


@pytest.mark.parametrize(
    ("base", "target", "expected"),
    [
        ("https://api.test/", "/signsessiondata", "https://api.test/signsessiondata"),
        ("https://api.test", "signsessiondata", "https://api.test/signsessiondata"),
        ("https://api.test/v1/", "/x?y=1&z=2", "https://api.test/v1/x?y=1&z=2"),
        ("https://api.test:8443/v1", "x/y", "https://api.test:8443/v1/x/y"),
        ("https://api.test/", "https://api.test/other", "https://api.test/other"),
        ("https://api.test/", "https://API.test:443/other", "https://api.test/other"),
    ],
)
def test_urls_are_joined_to_the_base_url(base: str, target: str, expected: str) -> None:
    assert resolve_url(sign_api(base_url=base), target) == expected


@pytest.mark.parametrize(
    "target",
    [
        "https://evil.test/signsessiondata",
        "http://api.test/signsessiondata",
        "https://api.test:8443/x",
        "//evil.test/x",
        "https://api.test@evil.test/x",
    ],
)
def test_urls_outside_the_api_origin_are_refused(target: str) -> None:
    with pytest.raises(ApiError) as caught:
        resolve_url(sign_api(), target)
    assert caught.value.code == "api.bad_url"
    assert caught.value.params["origin"] == "https://api.test:443"


def test_an_api_without_base_url() -> None:
    with pytest.raises(ApiError) as caught:
        resolve_url(sign_api(base_url=""), "/x")
    assert caught.value.code == "api.bad_url"


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_any_path_stays_on_the_api_origin(path: str) -> None:
    try:
        url = httpx.URL(resolve_url(sign_api(base_url="https://api.test:8443/v1/"), path))
    except (ApiError, httpx.InvalidURL):
        return
    assert (url.scheme, url.host, url.port) == ("https", "api.test", 8443)
