"""Make the soft card's token: run as ``python -m desktop_app.sandbox.softcard_token`` by ``softcard.init_card``.

Why a child process: a PKCS#11 module is process-global state. SoftHSM2 reads ``SOFTHSM2_CONF`` once, at
``C_Initialize``, and the client side of the same process (its PKCS#11 worker thread, OpenSSL's
pkcs11-provider) may already hold the very same module initialised on another token folder; loading, using and
finalising it here would pull the rug from under them. A child has its own module state and its own
environment, and exits when done.

Steps: wipe the sandbox's token folder, initialise one token with ``softhsm2-util`` (python-pkcs11 has no
``C_InitToken``), then with python-pkcs11 generate an RSA 2048 key pair ON THE TOKEN — private key sensitive
and non-extractable, like a card's — have the ``PERSONNES`` test CA certify its public key, and write that
certificate to the token with the key's CKA_ID (the certificate's subject key identifier) and label.
Prints one JSON line: the certificate (base64 DER) and the CKA_ID (hex).
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import secrets
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pkcs11
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import Encoding
from pkcs11 import Attribute, KeyType, ObjectClass
from pkcs11.util.x509 import decode_x509_certificate

from desktop_app.sandbox.identities import CARD_SUBJECT
from desktop_app.sandbox.pki import RSA_KEY_SIZE, PkiPaths, Profile, load_authority
from desktop_app.sandbox.softhsm import CARD_KEY_LABEL, CARD_TOKEN_LABEL, SANDBOX_CARD_PIN

#: CPS authentication certificates are valid for 3 years.
_VALIDITY_DAYS = 3 * 365


def create_card(*, module: str, util: str, tokens_dir: Path, pki_dir: Path) -> dict[str, str]:
    """A fresh token holding the key pair and its certificate. ``SOFTHSM2_CONF`` must name ``tokens_dir``."""
    _reset(tokens_dir)
    subprocess.run(  # noqa: S603 - a fixed program with fixed test arguments
        [
            util,
            "--init-token",
            "--free",
            "--label",
            CARD_TOKEN_LABEL,
            "--pin",
            SANDBOX_CARD_PIN,
            "--so-pin",
            secrets.token_hex(8),  # nobody needs the security officer of a test token
        ],
        check=True,
        capture_output=True,
        timeout=30,
    )
    lib = pkcs11.lib(module)
    try:
        token = lib.get_token(token_label=CARD_TOKEN_LABEL)
        with token.open(rw=True, user_pin=SANDBOX_CARD_PIN) as session:
            public, private = session.generate_keypair(
                KeyType.RSA,
                RSA_KEY_SIZE,
                label=CARD_KEY_LABEL,
                store=True,
                public_template={Attribute.VERIFY: True, Attribute.ENCRYPT: False, Attribute.WRAP: False},
                private_template={
                    Attribute.SENSITIVE: True,
                    Attribute.EXTRACTABLE: False,
                    Attribute.PRIVATE: True,
                    Attribute.SIGN: True,
                    Attribute.DECRYPT: False,
                    Attribute.UNWRAP: False,
                },
            )
            public_key = rsa.RSAPublicNumbers(
                int.from_bytes(public[Attribute.PUBLIC_EXPONENT], "big"),
                int.from_bytes(public[Attribute.MODULUS], "big"),
            ).public_key()
            key_id = x509.SubjectKeyIdentifier.from_public_key(public_key).digest
            public[Attribute.ID] = key_id
            private[Attribute.ID] = key_id
            paths = PkiPaths(pki_dir)
            personnes = load_authority(paths.personnes_cert, paths.personnes_key)
            cert = personnes.issue(CARD_SUBJECT, public_key, Profile.TLS_CLIENT, days=_VALIDITY_DAYS)
            der = cert.public_bytes(Encoding.DER)
            template: dict[Attribute, Any] = dict(decode_x509_certificate(der))
            template.update(
                {
                    Attribute.CLASS: ObjectClass.CERTIFICATE,
                    Attribute.TOKEN: True,
                    Attribute.PRIVATE: False,
                    Attribute.ID: key_id,
                    Attribute.LABEL: CARD_KEY_LABEL,
                }
            )
            session.create_object(template)
    finally:
        pkcs11.unload(module)
    return {"certificate": base64.b64encode(der).decode("ascii"), "key_id": key_id.hex()}


def _reset(tokens_dir: Path) -> None:
    """The folder holds the sandbox card only: start it afresh (a half-made token is worse than none)."""
    if tokens_dir.exists():
        shutil.rmtree(tokens_dir)
    tokens_dir.mkdir(parents=True, mode=0o700)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Create the sandbox's SoftHSM2 card (internal).")
    parser.add_argument("--module", required=True)
    parser.add_argument("--util", required=True)
    parser.add_argument("--tokens", required=True, type=Path)
    parser.add_argument("--pki", required=True, type=Path)
    args = parser.parse_args(argv)
    if not os.environ.get("SOFTHSM2_CONF"):
        parser.error("SOFTHSM2_CONF must name the sandbox card's configuration")
    try:
        result = create_card(module=args.module, util=args.util, tokens_dir=args.tokens, pki_dir=args.pki)
    except (OSError, subprocess.SubprocessError, pkcs11.PKCS11Error, ValueError) as exc:
        detail = exc.stderr.decode(errors="replace").strip() if isinstance(exc, subprocess.CalledProcessError) else ""
        print(json.dumps({"error": type(exc).__name__, "detail": detail or str(exc)}))
        return 1
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
