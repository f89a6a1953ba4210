"""Writing the sandbox's state files: atomic, and private from the first byte.

The state folder holds test private keys and the token store; they are test material, yet a key must never be
world-readable even for a moment, and a reader (another sandbox process on the same folder) must never see a
half-written file.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path


def ensure_private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def write_atomically(path: Path, data: bytes, *, mode: int) -> None:
    """Write through a temporary file created with ``mode``, then rename it over ``path``."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
