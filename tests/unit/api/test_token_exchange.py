"""RFC 8693 token exchange: the request form, the §2.2 answer, errors, the cache and its margin."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from desktop_app.core.api.token_exchange import FALLBACK_LIFETIME, TokenExchanger
from desktop_app.core.errors import ConfigError, IdpError, NetworkError, ProtocolError, SignInRequired
from tests.unit.api.fakes import TOKEN_URL, Clock, FakeCredential, FakePool, World, fake_jwt, sign_api, thumb

PSC_TOKEN = "psc-access-token-1234567890"


def exchanger(world: World, clock: Clock | None = None, subject: object = None) -> tuple[TokenExchanger, FakePool]:
    pool = FakePool(world)
    ex = TokenExchanger(
        pool,  # type: ignore[arg-type]
        client_id="desktop-app",
        subject_token=subject or (lambda: PSC_TOKEN),  # type: ignore[arg-type]
        clock=clock or Clock(),
        ca_bundle=None,
    )
    return ex, pool


def test_the_request_is_exactly_rfc_8693_over_the_credentials_connection() -> None:
    world = World()
    ex, pool = exchanger(world)
    ex.token(sign_api(), FakeCredential("structure"))
    (credential, request), *_ = pool.requests
    assert credential == "structure"  # the mTLS connection of the chosen credential (RFC 8705 §2)
    assert request.method == "POST" and str(request.url) == TOKEN_URL
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert "authorization" not in request.headers  # no client secret: the certificate is the proof
    assert world.exchanges == [
        {
            "grant_type": "urn:ietf:params:oauth:grant-type:token-exchange",
            "subject_token": PSC_TOKEN,
            "subject_token_type": "urn:ietf:params:oauth:token-type:access_token",
            "client_id": "desktop-app",
            "scope": "signsessiondata",
            "audience": "sandbox-api",
            "subject_issuer": "psc",
        }
    ]


def test_jwt_subject_token_type_and_no_empty_optional_parameters() -> None:
    world = World()
    ex, _ = exchanger(world)
    ex.token(sign_api(subject_token_type="jwt", audience="", subject_issuer="", scope=""), FakeCredential())
    assert world.exchanges[0] == {
        "grant_type": "urn:ietf:params:oauth:grant-type:token-exchange",
        "subject_token": PSC_TOKEN,
        "subject_token_type": "urn:ietf:params:oauth:token-type:jwt",
        "client_id": "desktop-app",
    }


def test_the_answer_becomes_an_api_token_that_never_shows_itself() -> None:
    clock = Clock(1000.0)
    ex, _ = exchanger(World(lifetime=300), clock)
    credential = FakeCredential("card")
    token = ex.token(sign_api(), credential)
    assert token.expires_at == 1300.0
    assert token.issued_token_type == "urn:ietf:params:oauth:token-type:access_token"
    assert token.scope == "signsessiondata"  # omitted in the answer: the requested one (RFC 8693 §2.2.1)
    assert token.credential == "card"
    assert token.certificate_x5t_s256 == thumb(credential.der)
    assert token.cnf == thumb(credential.der)  # read from the JWT, for display
    assert token.access_token not in repr(token)
    assert ex.exchanges == 1


@pytest.mark.parametrize(
    "body",
    [
        {"issued_token_type": "urn:ietf:params:oauth:token-type:access_token", "token_type": "Bearer"},
        {"access_token": "x", "token_type": "Bearer"},
        {"access_token": "x", "issued_token_type": "urn:ietf:params:oauth:token-type:jwt", "token_type": "N_A"},
        {"access_token": "x", "issued_token_type": "urn:ietf:params:oauth:token-type:jwt"},
    ],
)
def test_an_incomplete_or_non_bearer_answer_is_refused(body: dict[str, object]) -> None:
    ex, _ = exchanger(World(exchange_body=body))
    with pytest.raises(ProtocolError) as caught:
        ex.token(sign_api(), FakeCredential())
    assert caught.value.params["what"] == "token exchange"


def test_lifetime_from_the_jwt_exp_then_a_short_default() -> None:
    clock = Clock(1000.0)
    base = {"issued_token_type": "urn:ietf:params:oauth:token-type:access_token", "token_type": "bearer"}
    ex, _ = exchanger(World(exchange_body={**base, "access_token": fake_jwt({"exp": 1500})}), clock)
    assert ex.token(sign_api(), FakeCredential()).expires_at == 1500.0
    ex, _ = exchanger(World(exchange_body={**base, "access_token": "opaque", "scope": "a b"}), clock)
    token = ex.token(sign_api(), FakeCredential())
    assert token.expires_at == 1000.0 + FALLBACK_LIFETIME
    assert token.cnf is None and token.scope == "a b"


@pytest.mark.parametrize(
    ("status", "error", "code"),
    [
        (401, "invalid_client", "exchange.invalid_client"),
        (400, "invalid_grant", "exchange.invalid_grant"),
        (400, "invalid_scope", "exchange.invalid_scope"),
        (400, "invalid_target", "exchange.invalid_target"),
        (400, "unsupported_grant_type", "exchange.error"),
    ],
)
def test_oauth_errors_are_typed_with_what_was_refused(status: int, error: str, code: str) -> None:
    world = World(exchange_status=status, exchange_body={"error": error, "error_description": "no"})
    ex, _ = exchanger(world)
    with pytest.raises(IdpError) as caught:
        ex.token(sign_api(), FakeCredential("card"))
    assert caught.value.code == code
    assert caught.value.params["error"] == error
    assert caught.value.params["what"] == "token exchange"
    assert caught.value.params["credential"] == "card" and caught.value.params["client_id"] == "desktop-app"
    assert PSC_TOKEN not in str(caught.value) and PSC_TOKEN not in str(caught.value.params)
    assert ex.exchanges == 0


def test_a_server_error_without_oauth_body_is_a_network_error() -> None:
    ex, _ = exchanger(World(exchange_status=502, exchange_body={"oops": 1}))
    with pytest.raises(NetworkError) as caught:
        ex.token(sign_api(), FakeCredential())
    assert caught.value.code == "network.server_error"


def test_an_api_without_token_endpoint_is_a_configuration_error() -> None:
    ex, pool = exchanger(World())
    with pytest.raises(ConfigError) as caught:
        ex.token(sign_api(token_exchange_url=""), FakeCredential())
    assert caught.value.code == "config.api_incomplete"
    assert pool.requests == []


def test_cached_per_api_and_credential() -> None:
    world = World()
    ex, _ = exchanger(world)
    structure, card = FakeCredential("structure"), FakeCredential("card")
    first = ex.token(sign_api(), structure)
    assert ex.token(sign_api(), structure) is first
    assert ex.token(sign_api(), card) is not first
    assert ex.token(sign_api(name="sign-ans"), structure) is not first
    assert ex.exchanges == 3 and len(world.exchanges) == 3


@pytest.mark.parametrize(("lifetime", "margin"), [(100, 20.0), (3600, 60.0), (10, 2.0)])
def test_renewed_once_inside_its_margin(lifetime: int, margin: float) -> None:
    """min(60 s, 20 % of the lifetime), like the PSC session: a token handed out is valid when it arrives."""
    clock = Clock(0.0)
    ex, _ = exchanger(World(lifetime=lifetime), clock)
    first = ex.token(sign_api(), FakeCredential())
    clock.now = lifetime - margin - 0.01
    assert ex.token(sign_api(), FakeCredential()) is first
    clock.now = lifetime - margin
    second = ex.token(sign_api(), FakeCredential())
    assert second is not first and second.expires_at == clock.now + lifetime
    assert ex.exchanges == 2


def test_force_and_drop() -> None:
    world = World()
    ex, _ = exchanger(world)
    structure, card = FakeCredential("structure"), FakeCredential("card")
    ex.token(sign_api(), structure)
    ex.token(sign_api(), structure, force=True)
    assert ex.exchanges == 2
    ex.token(sign_api(), card)
    ex.token(sign_api(name="other"), structure)
    ex.drop(credential_name="card")
    ex.token(sign_api(), structure)
    assert ex.exchanges == 4  # structure's tokens survived
    ex.token(sign_api(), card)
    assert ex.exchanges == 5
    ex.drop(api_name="other")
    ex.token(sign_api(name="other"), structure)
    assert ex.exchanges == 6
    ex.drop()
    ex.token(sign_api(), structure)
    ex.token(sign_api(), card)
    assert ex.exchanges == 8


def test_sign_in_required_propagates_before_any_secret_is_asked() -> None:
    def over() -> str:
        raise SignInRequired("over", code="session.refresh_expired")

    credential = FakeCredential()
    ex, pool = exchanger(World(), subject=over)
    with pytest.raises(SignInRequired) as caught:
        ex.token(sign_api(), credential)
    assert caught.value.code == "session.refresh_expired"
    assert credential.contexts == 0 and pool.requests == []


def test_the_subject_token_is_taken_after_a_slow_pin_prompt() -> None:
    tokens = iter(["stale-psc-token", "fresh-psc-token"])
    world = World()
    ex, _ = exchanger(world, subject=lambda: next(tokens))
    ex.token(sign_api(), FakeCredential())
    assert world.exchanges[0]["subject_token"] == "fresh-psc-token"


def test_single_flight_per_key() -> None:
    gate = threading.Event()
    world = World(exchange_gate=gate)
    ex, _ = exchanger(world)
    credential = FakeCredential()
    with ThreadPoolExecutor(8) as workers:
        futures = [workers.submit(ex.token, sign_api(), credential) for _ in range(8)]
        gate.set()
        tokens = {f.result(timeout=5) for f in futures}
    assert len(tokens) == 1 and len(world.exchanges) == 1


def test_a_drop_during_an_exchange_is_not_undone() -> None:
    """Sign-out while an exchange is in flight: its token is handed to its caller but not cached."""
    world = World()
    ex, _ = exchanger(world)

    def drop_then_answer(request: httpx.Request, credential: str | None) -> httpx.Response:
        ex.drop()
        return World.__call__(world, request, credential)

    ex._pool = FakePool(drop_then_answer)  # type: ignore[assignment]
    ex.token(sign_api(), FakeCredential())
    ex._pool = FakePool(world)  # type: ignore[assignment]
    ex.token(sign_api(), FakeCredential())
    assert len(world.exchanges) == 2
