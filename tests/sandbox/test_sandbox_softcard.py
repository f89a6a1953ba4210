"""The soft card: a SoftHSM2 token with a non-extractable key generated on it and a CPS-like certificate.

The token is read back by python-pkcs11 in a CHILD process (as the sandbox writes it): a PKCS#11 module is
process-global, and this test process may hold the same module for other tests.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from desktop_app.sandbox import SANDBOX_CARD_PIN, CardInfo, SandboxError, SandboxSettings, init_card, softhsm_conf
from desktop_app.sandbox.pki import PkiPaths
from desktop_app.sandbox.target.clients import CLIENTS as TARGET_CLIENTS
from tests.sandbox.conftest import StartSandbox

pytestmark = pytest.mark.integration

_READER = r"""
import json, sys
import pkcs11
from pkcs11 import Attribute, Mechanism, ObjectClass
module, label, key_label, pin = sys.argv[1:5]
lib = pkcs11.lib(module)
token = lib.get_token(token_label=label)
out = {"flags": int(token.flags)}
try:
    token.open(user_pin="0000").close()
except pkcs11.PinIncorrect:
    out["wrong_pin"] = "PinIncorrect"
with token.open(user_pin=pin) as session:
    keys = list(session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY}))
    key = keys[0]
    out["private_keys"] = len(keys)
    for name in ("SENSITIVE", "EXTRACTABLE", "ALWAYS_SENSITIVE", "NEVER_EXTRACTABLE", "LOCAL", "SIGN", "TOKEN"):
        out[name] = bool(key[getattr(Attribute, name)])
    out["label"] = key[Attribute.LABEL]
    out["key_id"] = key[Attribute.ID].hex()
    try:
        key[Attribute.PRIVATE_EXPONENT]
    except pkcs11.AttributeSensitive:
        out["private_exponent"] = "refused"
    certs = list(session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}))
    out["certificates"] = [
        {"id": c[Attribute.ID].hex(), "label": c[Attribute.LABEL], "der": c[Attribute.VALUE].hex()} for c in certs
    ]
    out["signature"] = key.sign(b"preuve de possession", mechanism=Mechanism.SHA256_RSA_PKCS).hex()
print(json.dumps(out))
"""


def read_token(card: CardInfo) -> dict[str, object]:
    env = {**os.environ, "SOFTHSM2_CONF": str(card.softhsm_conf)}
    args = [card.module, card.token_label, card.key_label, card.pin]
    done = subprocess.run(
        [sys.executable, "-c", _READER, *args], env=env, capture_output=True, text=True, timeout=30, check=False
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_card_holds_a_non_extractable_key_generated_on_it_and_its_certificate(tmp_path: Path) -> None:
    settings = SandboxSettings(state_dir=tmp_path / "state")
    card = init_card(settings)
    assert card.created and card.token_label == "CPS-BAC-A-SABLE" and card.key_label == "authentification"
    assert card.pin == SANDBOX_CARD_PIN == "1234" and card.softhsm_conf == softhsm_conf(settings)
    assert "certificate_der" not in repr(card)  # a long blob, kept out of logs and test reports
    token = read_token(card)
    assert token["private_keys"] == 1 and token["label"] == "authentification" and token["key_id"] == card.key_id
    assert token["SENSITIVE"] and not token["EXTRACTABLE"] and token["TOKEN"] and token["SIGN"]
    assert token["ALWAYS_SENSITIVE"] and token["NEVER_EXTRACTABLE"] and token["LOCAL"]  # generated on the token
    assert token["private_exponent"] == "refused" and token["wrong_pin"] == "PinIncorrect"
    assert token["certificates"] == [
        {"id": card.key_id, "label": "authentification", "der": card.certificate_der.hex()}
    ]
    cert = x509.load_der_x509_certificate(card.certificate_der)
    public_key = cert.public_key()
    assert isinstance(public_key, rsa.RSAPublicKey) and public_key.key_size == 2048
    public_key.verify(
        bytes.fromhex(str(token["signature"])), b"preuve de possession", padding.PKCS1v15(), hashes.SHA256()
    )  # the token's key is the certificate's
    ski = cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
    assert ski.hex() == card.key_id


def test_card_certificate_is_cps_like_and_issued_by_personnes(tmp_path: Path) -> None:
    settings = SandboxSettings(state_dir=tmp_path / "state")
    card = init_card(settings)
    cert = x509.load_der_x509_certificate(card.certificate_der)
    subject = cert.subject
    assert [a.value for a in subject.get_attributes_for_oid(NameOID.COMMON_NAME)] == ["Alice TESTEUR"]
    assert [a.value for a in subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)] == ["899700001011"]
    assert [a.value for a in subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)] == [
        "CABINET MEDICAL DU BAC A SABLE"
    ]
    assert card.subject == subject.rfc4514_string() and card.subject_name_id == "899700001011"
    for client_id in ("desktop-app", "desktop-app-mtls"):  # the target authorization server knows the card
        assert card.subject in TARGET_CLIENTS[client_id].subject_dns
    usage = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert ExtendedKeyUsageOID.CLIENT_AUTH in usage
    paths = PkiPaths(tmp_path / "state" / "pki")
    personnes = x509.load_pem_x509_certificate(paths.personnes_cert.read_bytes())
    cert.verify_directly_issued_by(personnes)
    conf = card.softhsm_conf.read_text(encoding="utf-8")
    assert f"directories.tokendir = {tmp_path / 'state' / 'softhsm' / 'tokens'}" in conf


def test_init_is_idempotent_and_renews_with_a_new_pki(tmp_path: Path) -> None:
    settings = SandboxSettings(state_dir=tmp_path / "state")
    first = init_card(settings)
    tokens = tmp_path / "state" / "softhsm" / "tokens"
    files = {p: p.read_bytes() for p in tokens.rglob("*") if p.is_file()}
    again = init_card(settings)
    assert not again.created and (again.key_id, again.certificate_der) == (first.key_id, first.certificate_der)
    assert {p: p.read_bytes() for p in tokens.rglob("*") if p.is_file()} == files
    PkiPaths(tmp_path / "state" / "pki").root_key.unlink()  # a new PKI: the card's certificate no longer chains
    renewed = init_card(settings)
    assert renewed.created and renewed.key_id != first.key_id
    assert read_token(renewed)["key_id"] == renewed.key_id


def test_missing_softhsm_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("desktop_app.sandbox.softcard.find_softhsm_module", lambda: None)
    with pytest.raises(SandboxError) as raised:
        init_card(SandboxSettings(state_dir=tmp_path / "state"))
    assert raised.value.code == "sandbox.softhsm_missing"
    assert "softhsm2" in str(raised.value) and "SoftHSM2 n'est pas installé" in str(raised.value)


def test_the_runner_makes_the_card_and_reuses_it(start_sandbox: StartSandbox, tmp_path: Path) -> None:
    first = start_sandbox(tmp_path / "state")
    assert first.card is not None and first.card.created
    port = first.settings.port
    first.stop()
    second = start_sandbox(tmp_path / "state", port=port)
    assert second.card is not None and not second.card.created and second.card.key_id == first.card.key_id


def test_a_failing_card_does_not_keep_the_sandbox_from_serving(
    start_sandbox: StartSandbox, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(settings: SandboxSettings, *, pki: object = None) -> CardInfo:
        raise SandboxError("carte en panne", code="sandbox.card_failed")

    monkeypatch.setattr("desktop_app.sandbox.runner.init_card", broken)
    handle = start_sandbox()
    assert handle.card is None and handle.running
    assert any("sandbox.card_failed" in record.getMessage() for record in caplog.records)
