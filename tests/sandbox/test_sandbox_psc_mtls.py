"""PSC with mTLS: tls_client_auth (RFC 8705 §2.1) and certificate-bound access tokens (§3) at userinfo."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from joserfc import jws

from desktop_app.sandbox import SandboxHandle
from tests.sandbox.mtls_tester import ClientCertificate, issued_certificate, structure_certificate, tls_context
from tests.sandbox.oidc_tester import DOCTOR, PUBLIC, OidcTester

pytestmark = pytest.mark.integration

MTLS = "desktop-app-mtls"


@pytest.fixture(scope="module")
def structure(shared_sandbox: SandboxHandle, tmp_path_factory: pytest.TempPathFactory) -> ClientCertificate:
    return structure_certificate(shared_sandbox, tmp_path_factory.mktemp("structure"))


@pytest.fixture
def psc_mtls(shared_sandbox: SandboxHandle, structure: ClientCertificate) -> Iterator[OidcTester]:
    with OidcTester(shared_sandbox, tls_context(shared_sandbox, structure)) as tester:
        yield tester


def cnf_of(token: str) -> object:
    return json.loads(jws.extract_compact(token.encode()).payload).get("cnf")


def x5t_s256(der: bytes) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(der).digest()).rstrip(b"=").decode()


def test_tls_client_auth_sign_in_gives_bound_tokens(
    psc_mtls: OidcTester, psc: OidcTester, structure: ClientCertificate
) -> None:
    tokens = psc_mtls.sign_in(client=MTLS)
    access = tokens["access_token"]
    assert cnf_of(access) == {"x5t#S256": x5t_s256(structure.der)}
    assert psc_mtls.verify(tokens["id_token"]).claims["aud"] == MTLS
    assert psc_mtls.userinfo(access).json()["SubjectNameID"] == DOCTOR  # over the same certificate
    refused = psc.userinfo(access)  # the same token, over a connection without the certificate
    assert refused.status_code == 401 and 'error="invalid_token"' in refused.headers["www-authenticate"]
    introspected = psc.introspect(access).json()
    assert introspected["active"] is True and introspected["cnf"] == {"x5t#S256": x5t_s256(structure.der)}
    refreshed = psc_mtls.refresh(tokens["refresh_token"], client=MTLS)
    assert refreshed.status_code == 200 and cnf_of(refreshed.json()["access_token"]) == cnf_of(access)
    assert psc_mtls.revoke(refreshed.json()["refresh_token"], client_id=MTLS).status_code == 200  # mTLS too
    assert psc.introspect(refreshed.json()["access_token"]).json() == {"active": False}


def test_a_bound_token_over_another_certificate_is_refused(
    shared_sandbox: SandboxHandle, psc_mtls: OidcTester, tmp_path: Path
) -> None:
    access = psc_mtls.sign_in(client=MTLS)["access_token"]
    other = issued_certificate(shared_sandbox, tmp_path, "AUTRE LOGICIEL")
    with OidcTester(shared_sandbox, tls_context(shared_sandbox, other)) as thief:
        assert thief.userinfo(access).status_code == 401


def test_tls_client_auth_needs_the_registered_certificate(
    shared_sandbox: SandboxHandle, psc: OidcTester, tmp_path: Path
) -> None:
    login = psc.authorize(psc.new_login(), client_id=MTLS)
    without = psc.exchange(login, client=MTLS)
    assert without.status_code == 401 and without.json()["error"] == "invalid_client"
    other = issued_certificate(shared_sandbox, tmp_path, "LOGICIEL INCONNU")
    with OidcTester(shared_sandbox, tls_context(shared_sandbox, other)) as stranger:
        login = stranger.authorize(stranger.new_login(), client_id=MTLS)
        wrong = stranger.exchange(login, client=MTLS)
        assert wrong.status_code == 401 and wrong.json()["error"] == "invalid_client"
        with_secret = stranger.exchange(login, client=(MTLS, "sandbox-secret"))
        assert with_secret.json()["error"] == "invalid_client"


def test_a_public_client_presenting_a_certificate_gets_bound_tokens_and_others_do_not(
    psc_mtls: OidcTester, psc: OidcTester, structure: ClientCertificate
) -> None:
    bound = psc_mtls.sign_in(client=PUBLIC)["access_token"]
    assert cnf_of(bound) == {"x5t#S256": x5t_s256(structure.der)}  # RFC 8705 §4: public clients too
    plain = psc.sign_in()["access_token"]
    assert cnf_of(plain) is None and psc.userinfo(plain).status_code == 200
