"""THE background-task helper: every blocking call of the GUI goes through here.

The GUI thread never does I/O (network, keyring, file reads, socket binds, sandbox start): a frozen window
is what users remember of a slow keyring or a dead network. :class:`TaskRunner` runs a callable on its own
:class:`QThreadPool` and delivers the result, or the exception, on the GUI thread through a queued signal,
so callbacks may touch widgets and nothing else ever does. Models: anki's ``QueryOp``
(``qt/aqt/operations/__init__.py``) and picard's ``run_task``/``to_main`` (``picard/util/thread.py``).

- A submitted task is kept referenced until its outcome is delivered, so nothing is garbage-collected
  while a worker still runs it.
- :meth:`TaskHandle.cancel` means "I no longer want this outcome" (the user pressed « Annuler » or switched
  environment): the callable cannot be interrupted, but its result is dropped, and ``on_discard`` gets it
  so that a resource it produced (a bound loopback port) can be released.
- :class:`GuiCallback` is ``to_main``: a callable any thread may call that runs the wrapped function on the
  GUI thread (core listeners and browser callbacks arrive on worker threads).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")

DEFAULT_MAX_THREADS = 8


class TaskHandle(Generic[T]):
    """One submitted task, as seen by the code that submitted it."""

    def __init__(
        self,
        name: str,
        on_done: Callable[[T], None] | None,
        on_error: Callable[[Exception], None] | None,
        on_discard: Callable[[T], None] | None,
    ) -> None:
        self.name = name
        self._on_done = on_done
        self._on_error = on_error
        self._on_discard = on_discard
        self._cancelled = False
        self._finished = False

    def cancel(self) -> None:
        """Drop the outcome when it arrives (GUI thread). The work itself runs to its end."""
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    @property
    def finished(self) -> bool:
        """True once the outcome was delivered (or dropped) on the GUI thread."""
        return self._finished

    def __repr__(self) -> str:
        return f"TaskHandle({self.name!r}, cancelled={self._cancelled}, finished={self._finished})"


class TaskRunner(QObject):
    """Runs callables off the GUI thread and calls back on it. Create and use it on the GUI thread."""

    # (task id, succeeded, result or exception): emitted by a worker, received on the GUI thread.
    _outcome = Signal(int, bool, object)

    def __init__(self, parent: QObject | None = None, *, max_threads: int = DEFAULT_MAX_THREADS) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._ids = itertools.count(1)
        self._live: dict[int, TaskHandle[Any]] = {}
        # Queued explicitly: the slot must run on this object's (the GUI) thread whoever emits.
        self._outcome.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def run(
        self,
        function: Callable[[], T],
        *,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        on_discard: Callable[[T], None] | None = None,
        name: str = "task",
    ) -> TaskHandle[T]:
        """Start ``function()`` on a worker; never blocks. Callbacks run later, on the GUI thread.

        ``on_error`` receives any :class:`Exception` the function raised (without it, the error is logged).
        ``on_discard`` receives the result of a task cancelled before it finished.
        """
        task_id = next(self._ids)
        handle: TaskHandle[T] = TaskHandle(name, on_done, on_error, on_discard)
        self._live[task_id] = handle
        emit = self._outcome.emit

        def work() -> None:
            try:
                result: object = function()
                succeeded = True
            except Exception as exc:  # delivered to on_error on the GUI thread
                result, succeeded = exc, False
            try:
                emit(task_id, succeeded, result)
            except RuntimeError:  # the runner was destroyed (the app is quitting): nobody is listening
                log.debug("task %s finished after the GUI went away", name)

        self._pool.start(work)
        return handle

    def pending(self) -> int:
        """Tasks submitted and not delivered yet."""
        return len(self._live)

    def wait_for_all(self, timeout_ms: int = 5000) -> bool:
        """Block until every worker is idle (used at exit, after cancelling what can be cancelled)."""
        return bool(self._pool.waitForDone(timeout_ms))

    @Slot(int, bool, object)
    def _deliver(self, task_id: int, succeeded: bool, result: object) -> None:
        handle = self._live.pop(task_id, None)
        if handle is None:
            return
        handle._finished = True
        if handle.cancelled:
            if succeeded and handle._on_discard is not None:
                self._call(handle, handle._on_discard, result)
            return
        if succeeded:
            if handle._on_done is not None:
                self._call(handle, handle._on_done, result)
        elif handle._on_error is not None:
            self._call(handle, handle._on_error, result)
        else:
            error = result if isinstance(result, BaseException) else None
            log.error("background task %s failed", handle.name, exc_info=error)

    @staticmethod
    def _call(handle: TaskHandle[Any], callback: Callable[[Any], None], value: object) -> None:
        try:
            callback(value)
        except Exception:  # a broken callback must not take the event loop down
            log.exception("callback of background task %s failed", handle.name)


class GuiCallback(QObject):
    """Wraps ``function`` so that calling the wrapper from any thread runs ``function`` on the GUI thread.

    Create it on the GUI thread (it lives there); calling it is thread-safe and never blocks.
    """

    _call = Signal(object)

    def __init__(self, function: Callable[..., None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._function = function
        self._call.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def __call__(self, *args: object) -> None:
        try:
            self._call.emit(args)
        except RuntimeError:  # destroyed at exit
            log.debug("GUI callback called after the GUI went away")

    @Slot(object)
    def _run(self, args: tuple[object, ...]) -> None:
        try:
            self._function(*args)
        except Exception:
            log.exception("GUI callback failed")
