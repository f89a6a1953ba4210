"""Where the CPS card middleware (ANS's Cryptolib CPS) puts its PKCS#11 module on each platform.

Names from the Cryptolib CPS installation guides (spec §6). The first existing candidate wins; when none exists
the platform's usual name is returned anyway, so the error that follows names what was looked for. Older
CPS2ter middleware used ``cps_pkcs11_*`` names: tried after the CPS3 ones.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

_LINUX = (
    "/usr/local/galss/libcps3_pkcs11_lux.so",
    "/usr/lib/libcps3_pkcs11_lux.so",
    "/usr/lib64/libcps3_pkcs11_lux.so",
    "/usr/local/lib/libcps3_pkcs11_lux.so",
    "/usr/lib/x86_64-linux-gnu/libcps3_pkcs11_lux.so",
    "/usr/local/galss/libcps_pkcs11_lux.so",
    "/usr/lib/libcps_pkcs11_lux.so",
)
_MACOS = (
    "/usr/local/lib/libcps3_pkcs11_osx.dylib",
    "/Library/Frameworks/cps3.framework/cps3_pkcs11",
    "/usr/local/lib/libcps_pkcs11_osx.dylib",
)


def default_pkcs11_module() -> str:
    """The platform's Cryptolib CPS PKCS#11 module (the ``module`` default of a pkcs11 credential)."""
    return _first_existing(candidates())


def candidates(platform: str | None = None) -> tuple[str, ...]:
    """Every path tried on ``platform`` (``sys.platform`` values), in order."""
    platform = platform or sys.platform
    if platform == "win32":
        system32 = os.path.join(os.environ.get("SYSTEMROOT", r"C:\Windows"), "System32")
        bits = "w64" if struct.calcsize("P") == 8 else "w32"
        return (os.path.join(system32, f"cps3_pkcs11_{bits}.dll"), os.path.join(system32, f"cps_pkcs11_{bits}.dll"))
    if platform == "darwin":
        return _MACOS
    return _LINUX


def _first_existing(paths: tuple[str, ...]) -> str:
    for path in paths:
        if Path(path).is_file():
            return path
    return paths[0]
