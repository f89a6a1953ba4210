"""The key reference the pkcs11-provider reads: RFC 7512 URI inside the provider's PEM/DER wrapper."""

from __future__ import annotations

import base64
import re
import subprocess
from pathlib import Path

import pytest

from desktop_app.core.errors import CredentialError
from desktop_app.core.tls import provider
from desktop_app.core.tls.provider import key_reference_pem, key_uri, provider_path


def test_uri_percent_encodes_labels() -> None:
    assert key_uri("CPS-BAC-A-SABLE", "authentification") == (
        "pkcs11:token=CPS-BAC-A-SABLE;object=authentification;type=private"
    )
    expected = "pkcs11:token=CPS%20de%20M.%20Dupont;object=cl%C3%A9%3B1;type=private"
    assert key_uri("CPS de M. Dupont", "clé;1") == expected


@pytest.mark.parametrize("size", [10, 200])  # short and long DER length forms
def test_pem_decodes_with_openssl_asn1parse(size: int) -> None:
    uri = key_uri("T" * size, "key")
    pem = key_reference_pem(uri).decode()
    assert pem.startswith("-----BEGIN PKCS#11 PROVIDER URI-----\n")
    assert pem.endswith("-----END PKCS#11 PROVIDER URI-----\n")
    body = "".join(pem.splitlines()[1:-1])
    out = subprocess.run(
        ["openssl", "asn1parse", "-inform", "DER"], input=base64.b64decode(body), capture_output=True, check=True
    ).stdout.decode()
    assert re.search(r"cons: SEQUENCE", out)
    assert re.search(r"prim: VISIBLESTRING\s+:PKCS#11 Provider URI v1.0", out)
    assert re.search(r"prim: UTF8STRING\s+:" + re.escape(uri), out)


def test_provider_path_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    explicit = tmp_path / "explicit.so"
    explicit.write_bytes(b"")
    assert provider_path(str(explicit)) == str(explicit)
    modules = tmp_path / "modules"
    modules.mkdir()
    (modules / "pkcs11.so").write_bytes(b"")
    monkeypatch.setenv("OPENSSL_MODULES", str(modules))
    assert provider_path() == str(modules / "pkcs11.so")
    monkeypatch.delenv("OPENSSL_MODULES")
    # OpenSSL's own modules directory, where Debian's pkcs11-provider package installs it (tools/system-deps.sh).
    assert Path(provider_path()).name == "pkcs11.so"


def test_missing_provider_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(CredentialError) as caught:
        provider_path(str(tmp_path / "nowhere.so"))
    assert caught.value.code == "credential.provider_missing"
    monkeypatch.setenv("OPENSSL_MODULES", str(tmp_path))
    monkeypatch.setattr(provider._openssl, "info", lambda item: str(tmp_path) if item == 1003 else ".so")
    with pytest.raises(CredentialError) as caught:
        provider_path()
    assert caught.value.code == "credential.provider_missing"
