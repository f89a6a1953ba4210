"""The sealed blobs on disk: ``<data_dir>/vault/<name>.blob``, directory 0700, files 0600, atomic replace.

Only ciphertext ever reaches these files (see ``_envelope``). A file name is a hash of
``(environment, practitioner)``: it is stable, so a session can be wiped even when its key is gone, and
it keeps arbitrary environment names and ids out of the file system's syntax. It is not meant to hide
who signed in (national ids are public and easy to enumerate).

A write goes to a temporary file in the same directory, is flushed to disk, then ``os.replace``-d over
the old blob (atomic on POSIX and Windows), so a crash leaves the old blob or the new one, never half of
each. On Windows the modes are not enforced by ``chmod``; the folder lives in the user's profile, whose ACL
already keeps other users out.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from pathlib import Path

from desktop_app.core.errors import VaultError

_DIR_MODE = 0o700
_FILE_MODE = 0o600


class BlobStore:
    """Reads, replaces and deletes the blob of each ``(environment, practitioner)``."""

    def __init__(self, data_dir: Path) -> None:
        self._dir = data_dir / "vault"

    @property
    def directory(self) -> Path:
        return self._dir

    def ensure_directory(self) -> None:
        """Create the vault folder (0700), or tighten an existing one that another tool left open."""
        try:
            self._dir.mkdir(mode=_DIR_MODE, parents=True, exist_ok=True)
            if os.name == "posix" and (self._dir.stat().st_mode & 0o777) != _DIR_MODE:
                os.chmod(self._dir, _DIR_MODE)
        except OSError as exc:
            raise _file_error("create the vault folder", exc) from None

    def read(self, environment: str, practitioner: str) -> bytes | None:
        """The blob's bytes, or None when there is none."""
        try:
            return self._path(environment, practitioner).read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise _file_error("read a vault blob", exc) from None

    def write(self, environment: str, practitioner: str, blob: bytes) -> None:
        """Atomically replace the blob (temporary file 0600 + fsync + ``os.replace``)."""
        self.ensure_directory()
        target = self._path(environment, practitioner)
        try:
            # mkstemp creates the file with mode 0600 (O_EXCL), so no instant where it is readable by others.
            fd, temporary = tempfile.mkstemp(dir=self._dir, prefix=".", suffix=".tmp")
        except OSError as exc:
            raise _file_error("write a vault blob", exc) from None
        try:
            with os.fdopen(fd, "wb") as stream:
                stream.write(blob)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, target)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise _file_error("write a vault blob", exc) from None
        self._sync_directory()

    def delete(self, environment: str, practitioner: str) -> None:
        """Remove the blob; nothing to do when it is already gone."""
        try:
            self._path(environment, practitioner).unlink(missing_ok=True)
        except OSError as exc:
            raise _file_error("delete a vault blob", exc) from None

    def _path(self, environment: str, practitioner: str) -> Path:
        slot = json.dumps([environment, practitioner], ensure_ascii=True, separators=(",", ":"))
        return self._dir / (hashlib.sha256(slot.encode("ascii")).hexdigest()[:32] + ".blob")

    def _sync_directory(self) -> None:
        """Make the rename itself durable (POSIX only: Windows cannot open a directory)."""
        if os.name != "posix":
            return
        with contextlib.suppress(OSError):
            fd = os.open(self._dir, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)


def _file_error(action: str, exc: OSError) -> VaultError:
    reason = type(exc).__name__ if exc.errno is None else os.strerror(exc.errno)
    return VaultError(f"cannot {action}: {reason}", code="vault.file_error", reason=reason)
