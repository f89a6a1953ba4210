"""Where the sandbox's soft card lives, and where SoftHSM2 is installed (path arithmetic and ``stat`` only).

Kept apart from ``softcard.py`` (which creates the token) so that ``describe_credentials()`` can name the module
and the token without importing python-pkcs11 or cryptography: the app calls it at start-up, before any sandbox.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

#: Published TEST values, printed by ``desktop-app sandbox`` and documented (docs/sandbox.md): not secrets.
SANDBOX_CARD_PIN = "1234"
CARD_TOKEN_LABEL = "CPS-BAC-A-SABLE"
#: The label (and, with the CKA_ID, the pairing) of the authentication key and its certificate on the token.
CARD_KEY_LABEL = "authentification"
#: The Debian/Ubuntu path, named in the credentials table when SoftHSM2 is not installed here.
DEFAULT_SOFTHSM_MODULE = "/usr/lib/softhsm/libsofthsm2.so"

_MODULE_CANDIDATES = (
    DEFAULT_SOFTHSM_MODULE,  # Debian, Ubuntu
    "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/lib64/pkcs11/libsofthsm2.so",  # Fedora, RHEL
    "/usr/lib64/softhsm/libsofthsm2.so",
    "/usr/lib/pkcs11/libsofthsm2.so",  # Arch
    "/usr/local/lib/softhsm/libsofthsm2.so",  # built from source
    "/opt/homebrew/lib/softhsm/libsofthsm2.so",  # Homebrew, Apple silicon
    "/usr/local/opt/softhsm/lib/softhsm/libsofthsm2.so",  # Homebrew, Intel
    r"C:\SoftHSM2\lib\softhsm2-x64.dll",  # the Windows installer's default
)


def find_softhsm_module() -> str | None:
    """The first SoftHSM2 PKCS#11 module present on this system, else None."""
    return next((path for path in _MODULE_CANDIDATES if Path(path).is_file()), None)


def softhsm_module() -> str:
    """The module to name in the credentials table: the one found here, else the Debian default."""
    return find_softhsm_module() or DEFAULT_SOFTHSM_MODULE


def find_softhsm_util(module: str) -> str | None:
    """``softhsm2-util`` (token initialisation: python-pkcs11 has no ``C_InitToken``), on PATH or beside the module."""
    found = shutil.which("softhsm2-util")
    if found:
        return found
    prefix = Path(module).parent.parent
    for folder in (prefix / "bin", prefix.parent / "bin"):
        candidate = folder / ("softhsm2-util.exe" if sys.platform == "win32" else "softhsm2-util")
        if candidate.is_file():
            return str(candidate)
    return None


def softhsm_dir(state_dir: Path) -> Path:
    return state_dir / "softhsm"


def softhsm_conf_path(state_dir: Path) -> Path:
    """The ``SOFTHSM2_CONF`` file of the sandbox card (written by ``init_card``; this only names it)."""
    return softhsm_dir(state_dir) / "softhsm2.conf"
