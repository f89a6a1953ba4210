"""CredentialSet: one instance per name, add/replace/remove, forget_all, the shared PKCS#11 worker."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from desktop_app.core.config import CredentialConfig
from desktop_app.core.errors import ConfigError, CredentialError
from desktop_app.core.tls.card import Pkcs11Credential
from desktop_app.core.tls.credential_set import CredentialSet
from desktop_app.core.tls.cryptolib import candidates, default_pkcs11_module
from desktop_app.core.tls.pin import SecretRequest
from desktop_app.core.tls.pkcs11_worker import Pkcs11Worker
from desktop_app.core.tls.pkcs12 import Pkcs12Credential
from tests.support.test_pki import Pki

PASSWORD = "set-test-password"


class Counting:
    def __init__(self) -> None:
        self.asked = 0

    def ask(self, request: SecretRequest) -> str | None:
        self.asked += 1
        return PASSWORD


@pytest.fixture(scope="module")
def p12(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("set")
    pki = Pki(folder / "secrets")
    return pki.write_p12(folder / "org.p12", pki.client(), PASSWORD)


@pytest.fixture
def configs(p12: Path) -> dict[str, CredentialConfig]:
    return {
        "structure": CredentialConfig(name="structure", type="pkcs12", path=p12),
        "card": CredentialConfig(name="card", type="pkcs11", module="/nonexistent/module.so", token_label="T"),
    }


def test_names_config_and_instances(configs: dict[str, CredentialConfig]) -> None:
    worker = Pkcs11Worker()
    creds = CredentialSet(configs, Counting(), worker)
    assert creds.names() == ["card", "structure"]
    assert creds.config("card") is configs["card"]
    structure = creds.get("structure")
    assert isinstance(structure, Pkcs12Credential)
    assert creds.get("structure") is structure
    card = creds.get("card")
    assert isinstance(card, Pkcs11Credential)
    assert card._worker is worker is creds.worker  # one PKCS#11 thread for the whole app
    assert worker.thread_id is None  # getting a credential does no I/O


def test_unknown_name(configs: dict[str, CredentialConfig]) -> None:
    creds = CredentialSet(configs, Counting(), Pkcs11Worker())
    for call in (creds.get, creds.config, creds.remove):
        with pytest.raises(ConfigError) as caught:
            call("nope")
        assert caught.value.code == "config.unknown_credential"
        assert caught.value.params["credential"] == "nope"


def test_add_replaces_and_forgets(configs: dict[str, CredentialConfig], p12: Path) -> None:
    provider = Counting()
    creds = CredentialSet(configs, provider, Pkcs11Worker())
    old = creds.get("structure")
    old.ssl_context(None)
    creds.add(CredentialConfig(name="structure", type="pkcs12", path=p12, password_env="X"))
    assert creds.get("structure") is not old
    assert creds.config("structure").password_env == "X"
    old.ssl_context(None)  # the replaced instance forgot its unlocked context
    assert provider.asked == 2
    creds.add(CredentialConfig(name="imported", type="pkcs12", path=p12))
    assert "imported" in creds.names()


def test_remove(configs: dict[str, CredentialConfig]) -> None:
    creds = CredentialSet(configs, Counting(), Pkcs11Worker())
    creds.get("structure")
    creds.remove("structure")
    assert creds.names() == ["card"]
    with pytest.raises(ConfigError):
        creds.get("structure")


def test_forget_all_drops_unlocked_contexts(configs: dict[str, CredentialConfig]) -> None:
    provider = Counting()
    creds = CredentialSet(configs, provider, Pkcs11Worker())
    first = creds.get("structure").ssl_context(None)
    assert creds.get("structure").ssl_context(None) is first
    creds.forget_all()
    assert creds.get("structure").ssl_context(None) is not first
    assert provider.asked == 2


def test_concurrent_get_yields_one_instance(configs: dict[str, CredentialConfig]) -> None:
    creds = CredentialSet(configs, Counting(), Pkcs11Worker())
    got: list[object] = []
    threads = [threading.Thread(target=lambda: got.append(creds.get("structure"))) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(5)
    assert len(got) == 8 and all(g is got[0] for g in got)


def test_close_stops_the_worker(configs: dict[str, CredentialConfig]) -> None:
    creds = CredentialSet(configs, Counting(), Pkcs11Worker())
    card = creds.get("card")
    with pytest.raises(CredentialError) as caught:
        card.certificate()
    assert caught.value.code == "credential.module_missing"
    creds.close()
    with pytest.raises(CredentialError) as caught:
        card.certificate()
    assert caught.value.code == "credential.closed"


def test_default_module_is_the_platform_cryptolib() -> None:
    assert default_pkcs11_module() in candidates()
    assert candidates("linux")[0] == "/usr/local/galss/libcps3_pkcs11_lux.so"
    assert candidates("darwin")[0] == "/usr/local/lib/libcps3_pkcs11_osx.dylib"
    assert candidates("win32")[0].endswith("cps3_pkcs11_w64.dll")
    card = CredentialSet({"c": CredentialConfig(name="c", type="pkcs11")}, Counting(), Pkcs11Worker()).get("c")
    assert isinstance(card, Pkcs11Credential) and card.module == default_pkcs11_module()
