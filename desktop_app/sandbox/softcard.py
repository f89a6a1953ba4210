"""The sandbox's soft card: a SoftHSM2 token that behaves like a CPS card for mTLS.

``init_card(settings)`` makes, under ``<state>/softhsm/``, one token labelled ``CPS-BAC-A-SABLE`` (user PIN
``SANDBOX_CARD_PIN``, a published test value) holding an RSA 2048 key pair generated ON the token —
sensitive and non-extractable, so nothing, the sandbox included, can read the private key — and a CPS-like
personal authentication certificate for the first test practitioner, issued by the ``PERSONNES`` test CA.
The client then reaches it exactly as it reaches a real card: a PKCS#11 module, a token label, a key label,
a PIN asked at use. ``SOFTHSM2_CONF`` must name ``softhsm_conf(settings)`` in the process that opens it.

Idempotent and instant the second time: a small public record (``card.json``: the certificate and the key's
CKA_ID) is checked against the current PKI and the token folder without loading the PKCS#11 module. The token
itself is made in a child process (see ``softcard_token.py`` for why).
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from desktop_app.sandbox.errors import SandboxError
from desktop_app.sandbox.identities import CARD_HOLDER, CARD_SUBJECT
from desktop_app.sandbox.pki import PkiPaths, ensure_pki, fresh, issued_by
from desktop_app.sandbox.private_files import ensure_private_dir, write_atomically
from desktop_app.sandbox.settings import SandboxSettings, pki_dir, softhsm_conf
from desktop_app.sandbox.softhsm import (
    CARD_KEY_LABEL,
    CARD_TOKEN_LABEL,
    SANDBOX_CARD_PIN,
    find_softhsm_module,
    find_softhsm_util,
    softhsm_dir,
)

_CHILD_TIMEOUT = 60.0
_MISSING = (
    "SoftHSM2 n'est pas installé : la carte CPS de test du bac à sable ne peut pas être créée. Installez le "
    "paquet « softhsm2 » (Debian/Ubuntu : apt-get install softhsm2 ; Fedora : dnf install softhsm ; "
    "macOS : brew install softhsm). [SoftHSM2 is not installed: install the softhsm2 package.]"
)


@dataclass(frozen=True)
class CardInfo:
    """The sandbox card, as a client configures it (module, token, key label, PIN) and as a test checks it."""

    module: str
    softhsm_conf: Path
    token_label: str
    key_label: str
    key_id: str  # hex CKA_ID shared by the key pair and the certificate (the certificate's key identifier)
    pin: str  # the published test PIN
    subject: str  # RFC 4514
    subject_name_id: str  # the card holder's national id
    certificate_der: bytes = field(repr=False)
    created: bool = False  # False when the existing card was kept


def softhsm_available() -> bool:
    module = find_softhsm_module()
    return module is not None and find_softhsm_util(module) is not None


def init_card(settings: SandboxSettings, *, pki: PkiPaths | None = None) -> CardInfo:
    """Create the sandbox card if missing or stale; ``SandboxError(code="sandbox.softhsm_missing")`` without SoftHSM2.

    ``pki``: the PKI already ensured by the caller (the runner), else ensured here.
    """
    module = find_softhsm_module()
    util = find_softhsm_util(module) if module else None
    if module is None or util is None:
        raise SandboxError(_MISSING, code="sandbox.softhsm_missing")
    ensure_private_dir(settings.state_dir)
    pki = pki or ensure_pki(pki_dir(settings), [settings.host])
    folder = ensure_private_dir(softhsm_dir(settings.state_dir))
    tokens = folder / "tokens"
    conf = softhsm_conf(settings)
    _write_conf(conf, tokens)
    record = folder / "card.json"
    kept = _kept_card(record, tokens, pki)
    if kept is not None:
        return _info(module, conf, *kept, created=False)
    made = _run_child(module, util, tokens, pki.directory, conf)
    write_atomically(record, json.dumps(made).encode(), mode=0o644)
    return _info(module, conf, base64.b64decode(made["certificate"]), made["key_id"], created=True)


def _write_conf(conf: Path, tokens: Path) -> None:
    """SoftHSM2's configuration for this card only (rewritten when the state folder has moved)."""
    text = f"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n"
    if not conf.is_file() or conf.read_text(encoding="utf-8") != text:
        write_atomically(conf, text.encode(), mode=0o600)


def _kept_card(record: Path, tokens: Path, pki: PkiPaths) -> tuple[bytes, str] | None:
    """The recorded card, when its token is still there and its certificate fits the current PKI."""
    if not record.is_file() or not tokens.is_dir() or not any(tokens.iterdir()):
        return None
    try:
        made = json.loads(record.read_text(encoding="utf-8"))
        der = base64.b64decode(made["certificate"], validate=True)
        cert = x509.load_der_x509_certificate(der)
        personnes = x509.load_pem_x509_certificate(pki.personnes_cert.read_bytes())
        key_id = str(made["key_id"])
    except (ValueError, KeyError, TypeError, OSError):
        return None
    if cert.subject != CARD_SUBJECT or not issued_by(cert, personnes) or not fresh(cert):
        return None
    return der, key_id


def _run_child(module: str, util: str, tokens: Path, pki: Path, conf: Path) -> dict[str, str]:
    if getattr(sys, "frozen", False):
        # A bundled app cannot run ``python -m``: there ``desktop-app sandbox init-card`` is its own fresh process.
        from desktop_app.sandbox.softcard_token import create_card

        os.environ["SOFTHSM2_CONF"] = str(conf)
        return create_card(module=module, util=util, tokens_dir=tokens, pki_dir=pki)
    args = ["--module", module, "--util", util, "--tokens", str(tokens), "--pki", str(pki)]
    env = {**os.environ, "SOFTHSM2_CONF": str(conf)}
    try:
        done = subprocess.run(  # noqa: S603 - this interpreter, our own module
            [sys.executable, "-m", "desktop_app.sandbox.softcard_token", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=_CHILD_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise _failed(str(exc)) from None
    lines = done.stdout.strip().splitlines()
    try:
        answer = json.loads(lines[-1]) if lines else {}
    except ValueError:
        answer = {}
    if done.returncode != 0 or "certificate" not in answer:
        raise _failed(answer.get("detail") or done.stderr.strip()[-500:] or f"exit {done.returncode}")
    return {"certificate": str(answer["certificate"]), "key_id": str(answer["key_id"])}


def _failed(detail: str) -> SandboxError:
    return SandboxError(
        f"La carte CPS de test n'a pas pu être créée (soft card creation failed) : {detail}",
        code="sandbox.card_failed",
    )


def _info(module: str, conf: Path, der: bytes, key_id: str, *, created: bool) -> CardInfo:
    cert = x509.load_der_x509_certificate(der)
    return CardInfo(
        module=module,
        softhsm_conf=conf,
        token_label=CARD_TOKEN_LABEL,
        key_label=CARD_KEY_LABEL,
        key_id=key_id,
        pin=SANDBOX_CARD_PIN,
        subject=cert.subject.rfc4514_string(),
        subject_name_id=CARD_HOLDER.subject_name_id,
        certificate_der=cert.public_bytes(Encoding.DER),
        created=created,
    )
