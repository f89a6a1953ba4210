"""Token exchange + API calls end to end against the real sandbox (target AS and sample API over mTLS), with the
structure's .p12: both cnf encodings, keep-alive, a renewed certificate (401 → new exchange), the end of the PSC
session. The card's route runs in subprocesses (tests/integration/test_cli_call.py): SoftHSM reads its
configuration once per process."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.app import Services, build_services, read_config
from desktop_app.core.api.problems import ApiError
from desktop_app.core.errors import SignInRequired
from desktop_app.core.paths import AppPaths
from desktop_app.core.tls.certificate import cnf_thumbprint
from desktop_app.sandbox import SandboxHandle
from tests.support.real_world import AppHome, sandbox_secrets_config, structure_p12

pytestmark = pytest.mark.integration

PRACTITIONER = "899700218896"


@pytest.fixture
def services(app_home: AppHome, sandbox: SandboxHandle, monkeypatch: pytest.MonkeyPatch) -> Iterator[Services]:
    paths = AppPaths.default()
    config = read_config(str(sandbox_secrets_config(app_home, sandbox, monkeypatch)), paths)
    svc = build_services(config, "sandbox", paths)
    svc.auth.begin_sign_in().wait()
    yield svc
    svc.close()


def session_data() -> dict[str, str]:
    return {"nationalId": PRACTITIONER, "clientID": "desktop-app", "proxy_session_id": "", "session_state": ""}


@pytest.mark.parametrize("api_name", ["sign", "sign-ans"])
def test_exchange_then_call_with_a_bound_token(services: Services, sandbox: SandboxHandle, api_name: str) -> None:
    api = services.api.api(api_name)
    credential = services.credential()
    response = services.api.call(api, credential, "POST", "/signsessiondata", json_body=session_data())
    assert response.status == 200
    signed = response.json()
    assert isinstance(signed, dict) and signed, "the sample API returns the signed session data"
    der = credential.certificate().der
    assert response.token.cnf == cnf_thumbprint(der, api.cnf_encoding)  # RFC 8705 or the ANS hex variant
    assert response.token.certificate_x5t_s256 == cnf_thumbprint(der, "rfc8705")
    assert response.token.credential == "sandbox-structure"
    assert sandbox.stats().total_exchanges == 1


def test_twenty_calls_one_handshake_per_origin_and_one_exchange(services: Services, sandbox: SandboxHandle) -> None:
    api = services.api.api("sign")
    credential = services.credential()
    for _ in range(20):
        assert services.api.call(api, credential, "GET", "/practitioner").status == 200
    target_as = api.token_exchange_url.split("/realms/")[0]
    assert services.pool.handshakes == {target_as: 1, api.base_url.rstrip("/"): 1}
    assert services.exchanger.exchanges == 1
    assert sandbox.stats().total_exchanges == 1 and sandbox.stats().api_calls == 20


def test_a_renewed_certificate_gets_a_new_token_after_one_401(
    services: Services, sandbox: SandboxHandle, tmp_path: Path
) -> None:
    """The structure renews its certificate (same subject DN, new key) and imports it under the same name: the
    cached API token is bound to the old one, the API answers 401, the client exchanges again and succeeds."""
    api = services.api.api("sign")
    first = services.api.call(api, services.credential(), "GET", "/practitioner")
    renewed = structure_p12(sandbox, tmp_path / "renewed.p12")
    services.credentials.add(replace(services.credentials.config("sandbox-structure"), path=renewed))
    second = services.api.call(api, services.credential(), "GET", "/practitioner")
    assert second.status == 200
    assert second.token.certificate_x5t_s256 != first.token.certificate_x5t_s256
    assert second.token.cnf == second.token.certificate_x5t_s256
    assert services.exchanger.exchanges == 2
    stats = sandbox.stats()
    assert stats.api_unauthorized == 1 and stats.total_exchanges == 2


def test_a_second_refusal_is_reported_clearly(services: Services, sandbox: SandboxHandle) -> None:
    api = services.api.api("sign")
    with pytest.raises(ApiError) as caught:
        services.api.call(api, services.credential(), "GET", "/no-such-endpoint")
    assert caught.value.code == "api.not_found" and caught.value.params["status"] == 404


def test_the_end_of_the_psc_session_means_sign_in_required(services: Services, sandbox: SandboxHandle) -> None:
    api = services.api.api("sign")
    services.api.call(api, services.credential(), "GET", "/practitioner")
    services.auth.sign_out(end_idp_session=False)
    with pytest.raises(SignInRequired):
        services.api.call(api, services.credential(), "GET", "/practitioner")
    assert sandbox.stats().api_calls == 1
