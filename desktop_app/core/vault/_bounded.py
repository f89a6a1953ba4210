"""Keyring calls with a deadline, on one worker thread.

OS keyrings can block for a long time: a D-Bus service that never answers, an unlock prompt nobody sees,
KeePassXC when headless. Python cannot interrupt a thread, so each call runs on a worker and the caller
waits at most until its deadline. Calls run one at a time, in order, on a single daemon worker per
:class:`BoundedCaller`: a call stuck in the backend keeps that one worker busy and the calls queued behind
it expire and are dropped unstarted (never run late, after their caller was told they failed). So a
backend that hangs costs exactly one thread, not one per call. The worker exits after a short idle time
and is recreated on demand; being a daemon, a stuck worker never blocks interpreter exit.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar, cast

T = TypeVar("T")

_IDLE_EXIT_SECONDS = 30.0


class _Job(Generic[T]):
    __slots__ = ("done", "error", "function", "lock", "result", "state")

    def __init__(self, function: Callable[[], T]) -> None:
        self.function = function
        self.lock = threading.Lock()
        self.done = threading.Event()
        self.state = "queued"  # queued -> running -> done, or queued -> abandoned
        self.result: T | None = None
        self.error: BaseException | None = None


class BoundedCaller:
    """Runs callables on one worker thread, each bounded by the caller's deadline."""

    def __init__(self, thread_name: str) -> None:
        self._thread_name = thread_name
        self._lock = threading.Lock()
        self._jobs: queue.SimpleQueue[_Job[Any]] = queue.SimpleQueue()
        self._worker: threading.Thread | None = None

    def call(self, function: Callable[[], T], *, deadline: float) -> T:
        """``function()``'s result or exception; :class:`TimeoutError` once ``time.monotonic()`` passes ``deadline``.

        On timeout the call is abandoned: if it had not started it never will; if it is running its
        outcome is discarded.
        """
        job: _Job[T] = _Job(function)
        with self._lock:
            self._jobs.put(job)
            if self._worker is None:
                self._worker = threading.Thread(target=self._work, name=self._thread_name, daemon=True)
                self._worker.start()
        if not job.done.wait(max(0.0, deadline - time.monotonic())):
            with job.lock:
                if job.state != "done":
                    if job.state == "queued":
                        job.state = "abandoned"
                    raise TimeoutError("the call did not complete before its deadline")
        if job.error is not None:
            raise job.error
        return cast(T, job.result)  # set by the worker, since error is None

    def _work(self) -> None:
        while True:
            try:
                job = self._jobs.get(timeout=_IDLE_EXIT_SECONDS)
            except queue.Empty:
                with self._lock:
                    if self._jobs.empty():
                        self._worker = None
                        return
                continue
            with job.lock:
                if job.state == "abandoned":
                    continue
                job.state = "running"
            try:
                job.result = job.function()
            except BaseException as exc:  # handed to the caller, who re-raises it on its own thread
                job.error = exc
            with job.lock:
                job.state = "done"
                job.done.set()
