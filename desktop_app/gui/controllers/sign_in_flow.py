"""One browser sign-in at a time (RFC 8252): prepare it, open the browser, wait for it — and cancel at any point.

Two background tasks: ``begin_sign_in`` (discovery, loopback bind, URL) and ``attempt.wait()`` (blocks until
the browser comes back, then exchanges the code). « Annuler » must work whenever it is pressed, so cancelling
never waits for either: the first task's result is discarded by releasing its loopback port, the second is
woken by ``attempt.cancel()`` and its outcome ignored. Owned by the session controller, which turns
:attr:`SignInFlow.finished` into busy state, notices and error texts.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication

from desktop_app.core.errors import AppError
from desktop_app.gui.tasks import GuiCallback, TaskHandle, TaskRunner

if TYPE_CHECKING:
    from desktop_app.core.auth.session import SessionStatus
    from desktop_app.gui.controllers.ports import AttemptPort, AuthPort

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SignInProgress:
    """A browser sign-in waiting for the redirect: what the waiting dialog shows."""

    url: str
    deadline: float  # time.monotonic() value


class SignInFlow(QObject):
    """Drives one :class:`~desktop_app.core.auth.service.SignInAttempt` from the GUI thread."""

    waiting = Signal(object)  # SignInProgress: the browser was asked to open
    browser_failed = Signal()  # no browser could be started: the user should copy the link
    link_copied = Signal()
    finished = Signal(object, object)  # (SessionStatus | None, Exception | None); never after cancel()

    def __init__(self, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._begin: TaskHandle[Any] | None = None
        self._attempt: AttemptPort | None = None
        self._browser_relay = GuiCallback(self._on_browser_result, self)

    @property
    def active(self) -> bool:
        return self._begin is not None or self._attempt is not None

    def start(self, auth: AuthPort) -> None:
        """Bind the loopback receiver and build the URL (task), then open the browser and wait (task)."""
        if self.active:
            return
        self._begin = self._tasks.run(
            lambda: auth.begin_sign_in(open_browser=False),
            on_done=self._attempt_started,
            on_error=self._begin_failed,
            on_discard=lambda attempt: attempt.cancel(),  # frees the loopback port of an abandoned attempt
            name="begin-sign-in",
        )

    def cancel(self) -> bool:
        """Abandon the sign-in in progress (never blocks); True if there was one. ``finished`` is not emitted."""
        active = self.active
        if self._begin is not None:
            self._begin.cancel()
            self._begin = None
        if self._attempt is not None:
            self._attempt.cancel()
            self._attempt = None
        return active

    def reopen_browser(self) -> None:
        if self._attempt is not None:
            self._open_browser(self._attempt)

    def copy_link(self) -> None:
        """The authorization URL carries no secret (state and nonce are one-time values): it may be copied."""
        if self._attempt is not None:
            QGuiApplication.clipboard().setText(self._attempt.url)
            self.link_copied.emit()

    def _attempt_started(self, attempt: AttemptPort) -> None:
        self._begin = None
        self._attempt = attempt
        self._open_browser(attempt)
        self.waiting.emit(SignInProgress(attempt.url, attempt.deadline))
        self._tasks.run(
            attempt.wait,
            on_done=lambda status: self._attempt_ended(attempt, status, None),
            on_error=lambda exc: self._attempt_ended(attempt, None, exc),
            name="wait-sign-in",
        )

    def _begin_failed(self, exc: Exception) -> None:
        self._begin = None
        self.finished.emit(None, exc)

    def _attempt_ended(self, attempt: AttemptPort, status: SessionStatus | None, exc: Exception | None) -> None:
        if attempt is not self._attempt:
            return  # cancelled: the user already moved on
        self._attempt = None
        self.finished.emit(status, exc)

    def _open_browser(self, attempt: AttemptPort) -> None:
        """Non-blocking (the launcher has its own thread); its verdict comes back through the relay."""
        try:
            attempt.open_browser(on_result=lambda ok: self._browser_relay(attempt, ok))
        except AppError as exc:  # a URL the launcher refuses to hand to a browser
            log.warning("the browser was not opened: %s", exc.code)
            self.browser_failed.emit()

    def _on_browser_result(self, attempt: AttemptPort, started: bool) -> None:
        if attempt is self._attempt and not started:
            self.browser_failed.emit()
