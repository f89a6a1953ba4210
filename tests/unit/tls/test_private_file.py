"""The in-memory (memfd) file and its 0600 temporary-file fallback: readable by path, gone afterwards."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

import pytest

from desktop_app.core.tls import _private_file
from desktop_app.core.tls._private_file import memfd_available, private_file


def test_memfd_route_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert memfd_available()  # Linux CI: the route the app takes
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with private_file(b"payload", name="key.pem") as path:
        assert path.startswith("/proc/self/fd/")
        assert Path(path).read_bytes() == b"payload"
        fd = int(path.rsplit("/", 1)[1])
        assert "memfd:key.pem" in os.readlink(path)
    with pytest.raises(OSError):
        os.fstat(fd)
    assert list(tmp_path.iterdir()) == []


def test_fallback_is_a_private_file_deleted_after(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(os, "memfd_create")
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert not memfd_available()
    with private_file(b"x" * 100_000, name="key.pem") as path:
        file = Path(path)
        assert file.parent.parent == tmp_path
        assert stat.S_IMODE(file.stat().st_mode) == 0o600
        assert stat.S_IMODE(file.parent.stat().st_mode) == 0o700
        assert file.read_bytes() == b"x" * 100_000
    assert list(tmp_path.iterdir()) == []


def test_fallback_cleans_up_on_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_private_file, "_memfd", lambda name: None)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with pytest.raises(RuntimeError), private_file(b"data", name="k"):
        raise RuntimeError("load failed")
    assert list(tmp_path.iterdir()) == []
