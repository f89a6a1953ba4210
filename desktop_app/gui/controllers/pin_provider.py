"""The GUI's ``PinProvider``: the core asks for a PIN or a password on a worker thread, the user answers here.

The core opens a credential on whatever thread needs it (a task's worker, the PKCS#11 thread), and calls
``ask()`` there, expecting an answer or ``None`` (cancelled). A widget may only be touched on the GUI thread,
so ``ask()`` hands the request over with a queued signal and blocks *its own* thread on an event until the
user confirms or cancels the dialog; the GUI thread never waits. Requests from several threads are shown one
after the other. When the window closes, :meth:`close` answers every pending request with ``None`` so that no
worker stays blocked, and later requests are refused at once.

The secret goes from the dialog's field straight to the waiting worker: it is never logged, never kept here
after the worker took it, and the field is cleared as soon as it has been read.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.gui.views.secret_dialog import SecretDialog

if TYPE_CHECKING:
    from desktop_app.core.tls.pin import SecretRequest

log = logging.getLogger(__name__)


class _Ask:
    """One request in flight: the worker waits on ``done``; the GUI thread fills ``answer`` first."""

    def __init__(self, request: SecretRequest) -> None:
        self.request = request
        self.done = threading.Event()
        self._answer: str | None = None

    def conclude(self, answer: str | None) -> None:
        if not self.done.is_set():
            self._answer = answer
            self.done.set()

    def take(self) -> str | None:
        """The answer, once: this object does not keep the secret after the worker took it."""
        answer, self._answer = self._answer, None
        return answer


class GuiPinProvider(QObject):
    """A ``desktop_app.core.tls.pin.PinProvider`` backed by :class:`SecretDialog`. Create it on the GUI thread."""

    _asked = Signal(object)  # _Ask, emitted by a worker, handled on the GUI thread

    def __init__(self, window: QWidget | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._lock = threading.Lock()
        self._closed = False
        self._waiting: deque[_Ask] = deque()
        self._current: _Ask | None = None
        self._dialog: SecretDialog | None = None
        self._asked.connect(self._enqueue, Qt.ConnectionType.QueuedConnection)

    @property
    def dialog(self) -> SecretDialog | None:
        """The dialog on screen, if any."""
        return self._dialog

    def ask(self, request: SecretRequest) -> str | None:
        """Blocks the calling (worker) thread until the user answers; ``None`` when cancelled or closing."""
        ask = _Ask(request)
        with self._lock:
            if self._closed:
                return None
        if QThread.currentThread() is self.thread():
            return self._ask_here(request)  # never block the GUI thread on itself: a nested modal loop instead
        try:
            self._asked.emit(ask)
        except RuntimeError:  # the provider was destroyed with the window
            return None
        ask.done.wait()
        return ask.take()

    def close(self) -> None:
        """Cancel every pending request (the app is quitting); later requests get ``None`` at once."""
        with self._lock:
            self._closed = True
            pending = [*self._waiting, *([self._current] if self._current is not None else [])]
            self._waiting.clear()
        for ask in pending:
            ask.conclude(None)
        if self._dialog is not None:
            self._dialog.field.clear()
            self._dialog.hide()

    # ----------------------------------------------------------------- GUI thread
    @Slot(object)
    def _enqueue(self, ask: _Ask) -> None:
        with self._lock:
            if self._closed:
                ask.conclude(None)
                return
            self._waiting.append(ask)
        if self._current is None:
            self._show_next()

    def _show_next(self) -> None:
        with self._lock:
            ask = self._waiting.popleft() if self._waiting else None
            self._current = ask
        if ask is None:
            return
        dialog = SecretDialog(self._window)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.present(ask.request)
        dialog.finished.connect(lambda result: self._answered(ask, dialog, result))
        self._dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.field.setFocus()

    def _answered(self, ask: _Ask, dialog: SecretDialog, result: int) -> None:
        accepted = result == QDialog.DialogCode.Accepted.value
        secret = dialog.take_secret()  # read and cleared in one step, even when cancelled
        ask.conclude(secret if accepted and secret else None)
        log.info(
            "%s request for credential %s: %s",
            ask.request.kind,
            ask.request.credential,
            "answered" if accepted else "cancelled",
        )
        dialog.deleteLater()
        if self._dialog is dialog:
            self._dialog = None
        with self._lock:
            self._current = None
        self._show_next()

    def _ask_here(self, request: SecretRequest) -> str | None:
        dialog = SecretDialog(self._window)
        dialog.present(request)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted.value
        secret = dialog.take_secret()
        dialog.deleteLater()
        return secret if accepted and secret else None
