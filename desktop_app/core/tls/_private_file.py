"""A file OpenSSL can open by path, that no other process can read and that is gone right after.

Python's ``ssl`` loads certificates and keys only from paths. On Linux the bytes go to an anonymous in-memory
file (``memfd_create(2)``), reachable only through this process's ``/proc/self/fd/N``: nothing touches a disk
or a shared folder. Elsewhere (macOS, Windows, a Linux without /proc) the fallback is a 0600 file in a fresh
0700 directory (:func:`tempfile.mkdtemp`), deleted as soon as OpenSSL has read it. Callers put only
*encrypted* keys (PKCS#12 route) or key *references* (PKCS#11 URI) here, never a clear private key.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator


@contextlib.contextmanager
def private_file(data: bytes, *, name: str) -> Iterator[str]:
    """Yield a path holding ``data``; the file disappears when the block ends (even on error)."""
    fd = _memfd(name)
    if fd is not None:
        try:
            _write_all(fd, data)
            yield f"/proc/self/fd/{fd}"
        finally:
            os.close(fd)
        return
    directory = tempfile.mkdtemp(prefix="desktop-app-")
    path = os.path.join(directory, name)
    try:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        out = os.open(path, flags, 0o600)
        try:
            _write_all(out, data)
        finally:
            os.close(out)
        yield path
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
        os.rmdir(directory)


def memfd_available() -> bool:
    """True where :func:`private_file` keeps the bytes in memory only (Linux with /proc)."""
    fd = _memfd("probe")
    if fd is None:
        return False
    os.close(fd)
    return True


def _memfd(name: str) -> int | None:
    create = getattr(os, "memfd_create", None)
    if create is None:
        return None
    try:
        fd: int = create(name, getattr(os, "MFD_CLOEXEC", 0))
    except OSError:
        return None
    if not os.path.exists(f"/proc/self/fd/{fd}"):
        os.close(fd)
        return None
    return fd


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]
