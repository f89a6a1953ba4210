"""Session state and refresh logic, with fakes (the real sandbox and keyring are in tests/integration)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Mapping
from pathlib import Path

import httpx
import pytest

from desktop_app.core.auth.client_auth import ClientAuthenticator
from desktop_app.core.auth.discovery import DiscoveryClient
from desktop_app.core.auth.id_token import IdTokenClaims
from desktop_app.core.auth.jwks import JwksCache
from desktop_app.core.auth.refresh_scheduler import RefreshScheduler
from desktop_app.core.auth.service import AuthService
from desktop_app.core.auth.session import Session, SessionState, SessionStatus
from desktop_app.core.auth.tokens import TokenSet
from desktop_app.core.config import Environment
from desktop_app.core.errors import NetworkError, SignInRequired, VaultLocked
from desktop_app.core.vault import MemoryVault

ISSUER = "https://idp.test/auth/realms/esante-wallet"
USERINFO = {
    "sub": "f:1:899900000011",
    "SubjectNameID": "899900000011",
    "given_name": "Camille",
    "family_name": "TESTEUR",
    "SubjectRefPro": {"exercices": [{"codeProfession": "10", "activities": [{"raisonSocialeSite": "CAB TEST"}]}]},
}


class Clock:
    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def claims(**extra: object) -> IdTokenClaims:
    raw = {
        "iss": ISSUER,
        "sub": "f:1:899900000011",
        "aud": "desktop-app",
        "exp": 2_000_000,
        "iat": 999_000,
        "acr": "eidas1",
        "authMode": "MOBILE",
        "auth_time": 999_000,
        **extra,
    }
    return IdTokenClaims.from_claims(raw)


def tokens(now: float, *, n: int = 1, lifetime: int = 120, refresh_in: int = 1800) -> TokenSet:
    body = {
        "access_token": f"at-{n}",
        "token_type": "Bearer",
        "expires_in": lifetime,
        "refresh_token": f"rt-{n}",
        "refresh_expires_in": refresh_in,
        "id_token": "idt",
    }
    return TokenSet.from_response(body, now=now)


class LockedVault(MemoryVault):
    kind = "keyring"

    def save(self, environment: str, practitioner: str, secrets: Mapping[str, str]) -> None:
        raise VaultLocked("locked")


def test_sign_in_persists_and_resume_restores() -> None:
    clock, vault = Clock(), MemoryVault()
    session = Session("sandbox", vault, clock=clock)
    seen: list[SessionStatus] = []
    session.subscribe(seen.append)
    status = session.signed_in(tokens(clock.now), claims(), USERINFO)
    assert session.flush(5)
    assert status.state is SessionState.SIGNED_IN
    assert status.identity is not None and status.identity.display_name == "Camille TESTEUR"
    assert status.auth_mode == "MOBILE" and status.acr == "eidas1"
    assert status.access_token_expires_at == clock.now + 120
    assert seen[-1] == status
    restarted = Session("sandbox", vault, clock=clock)
    resumed = restarted.resume()
    assert resumed.state is SessionState.SIGNED_IN
    assert resumed.identity == status.identity
    tokens_back = restarted.current_tokens()
    assert tokens_back is not None and tokens_back.refresh_token == "rt-1"


def test_resume_of_an_expired_session_requires_sign_in_and_wipes() -> None:
    clock, vault = Clock(), MemoryVault()
    first = Session("sandbox", vault, clock=clock)
    first.signed_in(tokens(clock.now), claims(), USERINFO)
    first.close()
    clock.now += 1801
    status = Session("sandbox", vault, clock=clock).resume()
    assert status.state is SessionState.SIGN_IN_REQUIRED
    assert status.identity is not None  # who it was stays visible
    assert vault.load_current("sandbox") is None


def test_resume_of_a_corrupt_record_starts_clean() -> None:
    vault = MemoryVault()
    vault.save("sandbox", "899900000011", {"meta": "{not json", "id_token": "x"})
    assert Session("sandbox", vault).resume().state is SessionState.SIGNED_OUT
    assert vault.load_current("sandbox") is None
    vault.save("sandbox", "899900000011", {"meta": json.dumps({"id_claims": {"iss": 1}}), "id_token": "x"})
    assert Session("sandbox", vault).resume().state is SessionState.SIGNED_OUT


def test_locked_keyring_keeps_the_session_in_memory_and_offers_the_choice() -> None:
    clock = Clock()
    session = Session("sandbox", LockedVault(), clock=clock)
    status = session.signed_in(tokens(clock.now), claims(), USERINFO)
    assert status.state is SessionState.SIGNED_IN  # nothing lost, and the keyring was not waited for
    assert session.flush(5)
    status = session.status
    assert status.state is SessionState.SIGNED_IN
    assert status.storage == "unsaved" and status.reason == "vault.locked"
    session.tokens_refreshed(tokens(clock.now, n=2), None)
    assert session.status.storage == "unsaved"  # a refresh does not hide the problem
    session.flush(5)
    assert session.retry_persist().storage == "unsaved"
    chosen = session.use_memory_only()
    assert chosen.storage == "memory" and chosen.reason is None
    assert session.vault_kind == "memory"


# ---------------------------------------------------------------------------- AuthService refresh logic
class FakeIdp:
    """A token endpoint: answers refreshes in order, counts them, can be slowed down or made to fail."""

    def __init__(self) -> None:
        self.refreshes = 0
        self.delay = 0.0
        self.answer: httpx.Response | None = None
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/.well-known/wallet-openid-configuration"):
            return httpx.Response(
                200,
                json={
                    "issuer": ISSUER,
                    "authorization_endpoint": "https://idp.test/auth",
                    "token_endpoint": ISSUER + "/token",
                    "jwks_uri": ISSUER + "/certs",
                },
            )
        assert request.url.path.endswith("/token")
        time.sleep(self.delay)
        if self.answer is not None:
            return self.answer
        with self.lock:
            self.refreshes += 1
            n = self.refreshes + 1
        return httpx.Response(
            200,
            json={
                "access_token": f"at-{n}",
                "token_type": "Bearer",
                "expires_in": 120,
                "refresh_token": f"rt-{n}",
                "refresh_expires_in": 1800,
            },
        )


def service(tmp_path: Path, idp: FakeIdp, clock: Clock) -> AuthService:
    http = httpx.Client(transport=httpx.MockTransport(idp))
    env = Environment(name="sandbox", issuer=ISSUER, client_id="desktop-app")
    session = Session("sandbox", MemoryVault(), clock=clock)
    session.signed_in(tokens(clock.now), claims(), USERINFO)
    return AuthService(
        env,
        session,
        http=http,
        discovery=DiscoveryClient(http, tmp_path, clock=clock),
        jwks=JwksCache(http, tmp_path, clock=clock),
        client=ClientAuthenticator("desktop-app", "none"),
        clock=clock,
    )


def test_fresh_token_means_no_request(tmp_path: Path) -> None:
    clock, idp = Clock(), FakeIdp()
    auth = service(tmp_path, idp, clock)
    assert auth.access_token() == "at-1"
    assert idp.refreshes == 0
    assert auth.next_refresh_at() == pytest.approx(clock.now + 120 - 24)


def test_single_flight_refresh_across_threads(tmp_path: Path) -> None:
    clock, idp = Clock(), FakeIdp()
    auth = service(tmp_path, idp, clock)
    clock.now += 100  # inside the 24 s margin
    idp.delay = 0.2
    results: list[str] = []
    threads = [threading.Thread(target=lambda: results.append(auth.access_token())) for _ in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert idp.refreshes == 1
    assert results == ["at-2"] * 10


def test_refused_refresh_requires_sign_in(tmp_path: Path) -> None:
    clock, idp = Clock(), FakeIdp()
    auth = service(tmp_path, idp, clock)
    idp.answer = httpx.Response(400, json={"error": "invalid_grant", "error_description": "Session not active"})
    with pytest.raises(SignInRequired) as info:
        auth.refresh()
    assert info.value.code == "session.refresh_refused"
    assert auth.session.status.state is SessionState.SIGN_IN_REQUIRED
    assert auth.session.current_tokens() is None


def test_network_failure_during_refresh_keeps_the_session(tmp_path: Path) -> None:
    clock, idp = Clock(), FakeIdp()
    auth = service(tmp_path, idp, clock)
    auth.metadata()  # discovery cached
    idp.answer = httpx.Response(503, text="down")
    with pytest.raises(NetworkError):
        auth.refresh()
    assert auth.session.status.state is SessionState.SIGNED_IN
    idp.answer = None
    auth.refresh()
    assert auth.access_token() == "at-2"


def test_scheduler_refreshes_before_expiry(tmp_path: Path) -> None:
    clock, idp = Clock(time.time()), FakeIdp()
    clock_fn = time.time
    auth = service(tmp_path, idp, clock)
    # a token that enters its margin 0.2 s from now
    auth.session.signed_in(tokens(clock_fn() - 95.8), claims(), USERINFO)
    clock.now = clock_fn()

    def tick() -> float:
        clock.now = clock_fn()
        return clock.now

    scheduler = RefreshScheduler(
        auth.refresh_if_due, lambda: auth.session.status, auth.next_refresh_at, wall_clock=tick
    )
    scheduler.start()
    try:
        deadline = time.monotonic() + 5
        while idp.refreshes == 0 and time.monotonic() < deadline:
            time.sleep(0.02)
            tick()
    finally:
        scheduler.stop()
    assert idp.refreshes == 1
    assert scheduler.refreshes == 1


class GatedVault(MemoryVault):
    """A keyring that answers only when the test opens the gate (like one waiting for an unlock prompt)."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = threading.Event()
        self.saving = threading.Event()

    def save(self, environment: str, practitioner: str, secrets: Mapping[str, str]) -> None:
        self.saving.set()
        assert self.gate.wait(10), "the test never opened the gate"
        super().save(environment, practitioner, secrets)


def test_sign_in_and_refresh_do_not_wait_for_the_keyring() -> None:
    clock, vault = Clock(), GatedVault()
    session = Session("sandbox", vault, clock=clock)
    status = session.signed_in(tokens(clock.now), claims(), USERINFO)  # would block here if written inline
    assert status.state is SessionState.SIGNED_IN
    assert vault.saving.wait(5)
    session.tokens_refreshed(tokens(clock.now, n=2), None)  # queued behind the first write
    assert vault.load_current("sandbox") is None  # nothing written yet
    vault.gate.set()
    assert session.flush(5)
    stored = vault.load_current("sandbox")
    assert stored is not None and stored[1]["refresh_token"] == "rt-2"  # writes applied in order, latest last


def test_sign_out_wipes_after_queued_writes() -> None:
    clock, vault = Clock(), GatedVault()
    session = Session("sandbox", vault, clock=clock)
    session.signed_in(tokens(clock.now), claims(), USERINFO)
    assert vault.saving.wait(5)
    threading.Timer(0.05, vault.gate.set).start()
    held, status = session.clear()  # returns only once the wipe, queued after the write, is done
    assert held is not None and status.state is SessionState.SIGNED_OUT
    assert vault.load_current("sandbox") is None
    session.close()
