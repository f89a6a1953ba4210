"""The one thread on which every python-pkcs11 call runs.

PKCS#11 modules are not all thread-safe (vendor middleware often is not), card readers are slow, and a
module's sessions and login state are easiest to reason about from a single thread. So, like electrum's
hardware-wallet thread (``electrum/plugins/hw_wallet/plugin.py``), all token work is queued to one daemon
thread and the caller waits for the result with a timeout. The GUI never calls :meth:`Pkcs11Worker.submit`
on its own thread: controllers run it in a task. PIN prompts never run here (a user typing must not block
the card for everybody).
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any, TypeVar

from desktop_app.core.errors import CredentialError

log = logging.getLogger(__name__)

T = TypeVar("T")

DEFAULT_TIMEOUT = 30.0

_Job = tuple[Callable[[], Any], "Future[Any]"]


class Pkcs11Worker:
    """Runs submitted functions one at a time on a dedicated daemon thread (started on first use)."""

    def __init__(self, *, timeout: float = DEFAULT_TIMEOUT, name: str = "pkcs11") -> None:
        self._timeout = timeout
        self._name = name
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._closed = False

    def submit(self, fn: Callable[[], T], *, timeout: float | None = None) -> T:
        """Run ``fn`` on the PKCS#11 thread and return its result (its exception is re-raised here).

        A call from the PKCS#11 thread itself runs inline (no deadlock). ``credential.timeout`` when the token
        does not answer in time; the call then still completes in the background.
        """
        if threading.current_thread() is self._thread:
            return fn()
        future: Future[T] = Future()
        with self._lock:
            if self._closed:
                raise CredentialError("the PKCS#11 worker is closed", code="credential.closed")
            self._start()
            self._jobs.put((fn, future))
        try:
            return future.result(timeout=self._timeout if timeout is None else timeout)
        except FutureTimeout:
            raise CredentialError(
                "the PKCS#11 token did not answer in time", code="credential.timeout", seconds=self._timeout
            ) from None

    @property
    def thread_id(self) -> int | None:
        """The worker thread's ident (tests check that token calls happen there)."""
        thread = self._thread
        return thread.ident if thread is not None else None

    def close(self, *, timeout: float = 5.0) -> None:
        """Stop the thread after the queued jobs; later submissions fail."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            thread = self._thread
            self._jobs.put(None)
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)

    def _start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
            self._thread.start()

    def _run(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            fn, future = job
            if not future.set_running_or_notify_cancel():
                continue
            try:
                result = fn()
            except BaseException as exc:  # handed to the caller, who re-raises it
                future.set_exception(exc)
            else:
                future.set_result(result)
