"""The API console controller: send one request to an API Pro Santé Connectée and keep the session's history.

Everything that costs time happens in a task (:func:`~desktop_app.gui.controllers.api_call.perform_call`):
the token exchange, the call, the binding check, parsing. While the body streams in, the worker reports the
bytes received, throttled so that a 5 MB answer sends a few dozen signals rather than thousands. One call at
a time; the history keeps the session's calls (their answers included) until sign-out.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop_app.gui.controllers.api_call import (
    ApiRequest,
    CallRecord,
    ConsoleError,
    ThrottledProgress,
    perform_call,
)
from desktop_app.gui.error_messages import error_code, error_text
from desktop_app.gui.tasks import GuiCallback, TaskRunner

if TYPE_CHECKING:
    from desktop_app.core.auth.session import SessionStatus
    from desktop_app.gui.controllers.ports import ServicesPort
    from desktop_app.gui.controllers.session_controller import SessionController

log = logging.getLogger(__name__)

HISTORY_LIMIT = 50  # calls kept for « view again »: their parsed bodies stay in memory


class ApiConsoleController(QObject):
    """Sends requests through ``services.api`` in tasks; one call at a time; GUI thread only."""

    apis_changed = Signal(object)  # tuple[str, ...]
    busy_changed = Signal(bool)
    progress = Signal(int)  # bytes of the answer received so far
    call_finished = Signal(object)  # CallRecord
    history_changed = Signal(object)  # tuple[CallRecord, ...], newest last

    def __init__(self, tasks: TaskRunner, session: SessionController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._session = session
        self._services: ServicesPort | None = None
        self._history: list[CallRecord] = []
        self._numbers = 0
        self._busy = False
        self._progress_relay = GuiCallback(self._on_progress, self)
        session.environment_loaded.connect(lambda _: self._follow(session.services))
        session.status_changed.connect(self._on_status)
        if session.services is not None:
            self._follow(session.services)

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def history(self) -> tuple[CallRecord, ...]:
        return tuple(self._history)

    def api_names(self) -> tuple[str, ...]:
        services = self._services
        return tuple(services.env.apis) if services is not None else ()

    def example_body(self) -> str:
        """A SessionData example (ANS conformance API, POST /signsessiondata) for the signed-in practitioner."""
        status = self._session.status
        identity = status.identity if status is not None else None
        services = self._services
        example = {
            "nationalId": identity.subject_name_id if identity is not None else "",
            "clientID": services.env.client_id if services is not None else "",
            "proxy_session_id": "",
            "session_state": "",
        }
        return json.dumps(example, indent=2, ensure_ascii=False)

    def _on_status(self, status: SessionStatus | None) -> None:
        """Signed out: the answers (a practitioner's data) leave the screen and memory with the session."""
        if status is not None and status.state == "signed_out" and self._history:
            self._history.clear()
            self.history_changed.emit(())

    def _follow(self, services: ServicesPort | None) -> None:
        self._services = services
        self.apis_changed.emit(self.api_names())

    # ----------------------------------------------------------------- sending
    def send(self, request: ApiRequest) -> None:
        """Call the API in a task; :attr:`call_finished` delivers the answer or the error (worded)."""
        services = self._services
        if services is None or self._busy:
            return
        self._numbers += 1
        number = self._numbers
        credential = services.active_credential or ""
        started = time.time()
        self._set_busy(True)
        self.progress.emit(0)
        report = ThrottledProgress(lambda received: self._progress_relay(number, received))

        def work() -> CallRecord:
            return perform_call(services, request, credential, number, started, report)

        def failed(exc: Exception) -> None:
            record = CallRecord(number, request, credential, started, elapsed=time.time() - started)
            if isinstance(exc, ConsoleError):
                record = replace(record, error_code=exc.code, error_text=exc.text)
            else:
                code = error_code(exc)
                status = getattr(exc, "params", {}).get("status")
                record = replace(
                    record,
                    status=status if isinstance(status, int) else None,
                    error_code=code,
                    error_text=error_text(exc),
                )
                if code == "error":
                    log.error("API call failed", exc_info=exc)
                else:
                    log.info("API call failed: %s", code)
            self._finished(services, record)

        if not credential:
            failed(ConsoleError("console.no_credential", self._no_credential_text()))
            return
        self._tasks.run(work, on_done=lambda record: self._finished(services, record), on_error=failed, name="api-call")

    def _no_credential_text(self) -> str:
        return self.tr("No certificate is in use: choose one on the « Certificates » page, then send again.")

    def _finished(self, services: ServicesPort, record: CallRecord) -> None:
        self._set_busy(False)
        if services is not self._services:
            return  # the environment changed while the call ran: its answer belongs to nobody now
        self._history.append(record)
        del self._history[:-HISTORY_LIMIT]
        self.call_finished.emit(record)
        self.history_changed.emit(self.history)

    def _on_progress(self, number: int, received: int) -> None:
        if self._busy and number == self._numbers:
            self.progress.emit(received)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)
