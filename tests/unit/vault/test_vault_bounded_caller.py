"""The worker behind every keyring call: ordered, bounded, one thread, gone when idle."""

from __future__ import annotations

import threading
import time

import pytest

from desktop_app.core.vault import _bounded
from desktop_app.core.vault._bounded import BoundedCaller


def test_result_and_exception_cross_threads() -> None:
    caller = BoundedCaller("test-bounded")
    assert caller.call(lambda: threading.current_thread().name, deadline=time.monotonic() + 2) == "test-bounded"

    def boom() -> None:
        raise KeyError("x")

    with pytest.raises(KeyError):
        caller.call(boom, deadline=time.monotonic() + 2)


def test_idle_worker_exits_and_is_recreated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_bounded, "_IDLE_EXIT_SECONDS", 0.05)
    caller = BoundedCaller("test-idle")
    first = caller.call(threading.get_ident, deadline=time.monotonic() + 2)
    deadline = time.monotonic() + 2
    while any(thread.ident == first for thread in threading.enumerate()) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not any(thread.ident == first for thread in threading.enumerate())
    assert caller.call(lambda: 42, deadline=time.monotonic() + 2) == 42


def test_queued_call_past_its_deadline_never_runs() -> None:
    caller = BoundedCaller("test-queue")
    release = threading.Event()
    ran: list[str] = []
    with pytest.raises(TimeoutError):
        caller.call(lambda: release.wait(5), deadline=time.monotonic() + 0.05)
    with pytest.raises(TimeoutError):
        caller.call(lambda: ran.append("late"), deadline=time.monotonic() + 0.05)
    release.set()
    assert caller.call(lambda: "fresh", deadline=time.monotonic() + 2) == "fresh"
    assert ran == []
