"""Sign-in, refresh, single-flight, restart-and-resume, expiry and logout: in-process, real sandbox and keyring."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import httpx
import pytest

from desktop_app.app import Services, build_services, read_config
from desktop_app.core.auth.session import SessionState
from desktop_app.core.errors import SignInRequired
from desktop_app.core.paths import AppPaths
from tests.support.real_world import AppHome

pytestmark = pytest.mark.integration


def services() -> Services:
    paths = AppPaths.default()
    return build_services(read_config(None, paths), "sandbox", paths)


def count_token_requests(svc: Services) -> list[str]:
    """Grant types of every request the app sends to the token endpoint."""
    seen: list[str] = []

    def hook(request: httpx.Request) -> None:
        if request.url.path.endswith("/protocol/openid-connect/token"):
            body = request.content.decode()
            seen.append(next(p.split("=", 1)[1] for p in body.split("&") if p.startswith("grant_type=")))

    svc.http.event_hooks["request"].append(hook)
    return seen


@pytest.fixture
def signed_in(app_home: AppHome, sandbox_factory: object) -> Iterator[Services]:
    sandbox_factory(access_token_ttl=5)  # type: ignore[operator]
    svc = services()
    attempt = svc.auth.begin_sign_in()
    status = attempt.wait()
    assert status.state is SessionState.SIGNED_IN
    assert svc.session.flush(10)  # the keyring write is in the background
    yield svc
    svc.auth.sign_out(end_idp_session=False)
    svc.close()


def wait_until(predicate: object, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return
        time.sleep(0.05)
    raise AssertionError("condition not met in time")


def test_sign_in_shows_identity_and_expiries(signed_in: Services) -> None:
    status = signed_in.session.status
    assert status.identity is not None
    assert status.identity.subject_name_id.startswith("8")
    assert status.identity.exercises and status.identity.activities
    assert status.auth_mode == "MOBILE"
    assert status.acr == "eidas1"
    assert status.access_token_expires_at is not None
    assert status.access_token_expires_at - time.time() <= 5
    assert status.storage == "keyring"


def test_refresh_when_inside_the_margin_and_only_one_at_a_time(signed_in: Services) -> None:
    grants = count_token_requests(signed_in)
    first = signed_in.auth.access_token()
    assert grants == []  # still fresh: no request
    tokens = signed_in.session.current_tokens()
    assert tokens is not None
    # margin for a 5 s token = 1 s: wait until it is due
    wait_until(lambda: time.time() >= tokens.access_expires_at - tokens.refresh_margin())
    results: list[str] = []
    barrier = threading.Barrier(8)

    def worker() -> None:
        barrier.wait()
        results.append(signed_in.auth.access_token())

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert grants == ["refresh_token"]  # eight callers, one refresh
    assert len(set(results)) == 1 and results[0] != first
    new_tokens = signed_in.session.current_tokens()
    assert new_tokens is not None and new_tokens.refresh_token != tokens.refresh_token  # rotated


def test_restart_resumes_from_the_keyring(signed_in: Services) -> None:
    before = signed_in.session.status
    second = services()  # a new process would build exactly this
    try:
        resumed = second.session.resume()
        assert resumed.state is SessionState.SIGNED_IN
        assert resumed.identity == before.identity
        assert resumed.refresh_token_expires_at == before.refresh_token_expires_at
        second.auth.refresh()  # the stored refresh token works
        assert second.session.status.access_token_expires_at > before.access_token_expires_at  # type: ignore[operator]
    finally:
        second.close()


def test_refresh_refused_by_the_provider(app_home: AppHome, sandbox_factory: object) -> None:
    handle = sandbox_factory(access_token_ttl=5)  # type: ignore[operator]
    svc = services()
    try:
        svc.auth.begin_sign_in().wait()
        who = svc.session.status.identity
        handle.end_all_sessions()
        with pytest.raises(SignInRequired):
            svc.auth.refresh()
        status = svc.session.status
        assert status.state is SessionState.SIGN_IN_REQUIRED
        assert status.identity == who  # the GUI can say who must sign in again
        assert status.reason == "session.refresh_refused"
        assert services().session.resume().state is SessionState.SIGNED_OUT  # wiped from the keyring
    finally:
        svc.close()


def test_expired_refresh_token_needs_no_round_trip(app_home: AppHome, sandbox_factory: object) -> None:
    sandbox_factory(access_token_ttl=2, refresh_token_ttl=3)  # type: ignore[operator]
    svc = services()
    try:
        svc.auth.begin_sign_in().wait()
        grants = count_token_requests(svc)
        time.sleep(3.2)
        with pytest.raises(SignInRequired) as info:
            svc.auth.access_token()
        assert info.value.code == "session.refresh_expired"
        assert grants == []
    finally:
        svc.close()


def test_logout_revokes_and_ends_the_provider_session(app_home: AppHome, sandbox: object) -> None:
    svc = services()
    try:
        svc.auth.begin_sign_in().wait()
        tokens = svc.session.current_tokens()
        assert tokens is not None and tokens.refresh_token
        report = svc.auth.sign_out()
        assert report.revoked and report.idp_session_ended
        assert svc.session.status.state is SessionState.SIGNED_OUT
        # the revoked refresh token is dead at the provider
        md = svc.auth.metadata()
        answer = svc.http.post(
            md.token_endpoint,
            data={"grant_type": "refresh_token", "refresh_token": tokens.refresh_token, "client_id": "desktop-app"},
        )
        assert answer.status_code == 400 and answer.json()["error"] == "invalid_grant"
    finally:
        svc.close()
