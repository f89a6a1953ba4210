"""The API console of the real main window on the sandbox, with a heartbeat on the GUI thread.

Wired as ``gui_sign_in.py`` wires it (the app's own ``create_application``, ``AppServicesProvider``,
``TaskRunner``, ``SessionController``, ``MainWindow``), plus the GUI's ``GuiPinProvider``: the structure's .p12
password is asked in the real dialog, and this script answers it (types the published test password from
``$BENCH_P12_PASSWORD`` and clicks OK) at the first beat where the dialog is on screen. After a sign-in (not
measured here: ``gui_stall`` does), the heartbeat records three stretches, each with its own marks:

- ``console``: the « Console API » tab opened for the first time (the page is built on first use);
- ``first_call``: a click on « Envoyer » with the prefilled ``POST /signsessiondata`` — the password dialog, the
  RFC 8693 exchange, the TLS handshakes, the call — until the answer is painted in the JSON tree;
- ``large``: ``GET /journal?entries=$BENCH_JOURNAL_ENTRIES`` (~5 MB): download, parsing, the tree's first rows
  painted, then (as a user would) the ``entries`` array expanded, then the « Texte brut » tab fed until complete.

Each stretch goes on ``AFTER_S`` after its last step, so that painting counts too. Marks are
``time.perf_counter()`` instants: GUI-side from signal connections and a paint-event filter on the tree, and
worker-side from the wrappers of ``_worker_spans.py`` around the console's worker functions (``perform_call``,
``_record``, ``json.loads``, ``_display_text``) and, for the first call, the PKCS#12 decryption and the token
exchange, to tell which work a stall overlapped.

The app's services provider freezes the start-up objects (``gc.freeze``) once the services are built, so a large
answer's parse no longer carries a full collection of them (docs/benchmarks.md tells the before and after).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from benchmarks.children._heartbeat import BEAT_MS, Heartbeat, spin_until
from benchmarks.children._result import fail, max_rss_kib, write_result
from benchmarks.children._worker_spans import SPANS, install_console_wrappers, install_core_wrappers
from desktop_app.core.logging_setup import setup_logging
from desktop_app.core.paths import AppPaths
from desktop_app.gui.application import AppServicesProvider, create_application
from desktop_app.gui.controllers.pin_provider import GuiPinProvider
from desktop_app.gui.controllers.session_controller import SessionController
from desktop_app.gui.main_window import CONSOLE_PAGE, MainWindow
from desktop_app.gui.tasks import TaskRunner
from desktop_app.gui.views.response_view import RAW

IDLE_S = 0.3
AFTER_S = 0.1
READY_TIMEOUT_S = 30.0
STEP_TIMEOUT_S = 60.0


class RowsPaintProbe(QObject):
    """Paints of the tree's viewport while its model has rows: (paint event received, event loop back after it)."""

    def __init__(self, viewport: QWidget, has_rows: Callable[[], bool]) -> None:
        super().__init__(viewport)
        self._has_rows = has_rows
        self.painted: list[tuple[float, float]] = []
        viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._has_rows():
            began = time.perf_counter()
            QTimer.singleShot(0, lambda: self.painted.append((began, time.perf_counter())))
        return False

    def first_after(self, instant: float) -> float | None:
        """When the first paint that BEGAN after ``instant`` was done, if there was one."""
        return next((done for began, done in self.painted if began >= instant), None)


class MeasureFailed(Exception):
    """The stretch could not be measured (the message says why)."""


class ConsoleRun:
    """The window, its console, and the probes on it; one method per measured stretch (GUI thread only)."""

    def __init__(self, window: MainWindow, pins: GuiPinProvider, errors: list[str]) -> None:
        self.window = window
        self.pins = pins
        self.errors = errors
        self.heartbeat = Heartbeat()
        self.finished: list[tuple[float, Any]] = []  # (instant the view got it, CallRecord)
        self.progress: list[tuple[float, int]] = []
        self.probe: RowsPaintProbe | None = None

    def open_console(self) -> dict[str, Any]:
        """The « Console API » tab, opened for the first time (its page is built then)."""
        marks: dict[str, float] = {}

        def open_it() -> None:
            marks["click"] = time.perf_counter()
            self.window.show_page(CONSOLE_PAGE)
            marks["shown"] = time.perf_counter()

        self.heartbeat.until(lambda now: now - marks.get("shown", now) >= AFTER_S, STEP_TIMEOUT_S, start=open_it)
        page = self.window.console_page
        tree = page.response.tree
        self.probe = RowsPaintProbe(tree.viewport(), lambda: tree.model() is not None and tree.model().rowCount() > 0)
        console = self.window.console_controller
        console.call_finished.connect(lambda record: self.finished.append((time.perf_counter(), record)))
        console.progress.connect(lambda received: self.progress.append((time.perf_counter(), received)))
        if page.api_combo.currentText() != "sign" or page.method_combo.currentText() != "POST":
            raise MeasureFailed(
                f"unexpected console defaults: {page.api_combo.currentText()} {page.method_combo.currentText()}"
            )
        return {"beats": self.heartbeat.beats, "marks": marks}

    def first_call(self, password: str) -> dict[str, Any]:
        """« Envoyer » with the prefilled POST /signsessiondata: password dialog, exchange, call, answer painted."""
        marks: dict[str, float] = {}

        def done(now: float) -> bool:
            dialog = self.pins.dialog
            if "dialog" not in marks and dialog is not None and dialog.isVisible():
                marks["dialog"] = now
                dialog.field.setText(password)
                dialog.ok_button.click()
                marks["answered"] = time.perf_counter()
            return self._answer_painted(marks, now) or bool(self.errors)

        self._send(marks, done)
        return {"beats": self.heartbeat.beats, "marks": marks}

    def large_answer(self, entries: int) -> dict[str, Any]:
        """GET /journal?entries=N: the tree's first rows, the ``entries`` array expanded, the raw view filled."""
        page = self.window.console_page
        page.method_combo.setCurrentText("GET")
        page.path_edit.setText(f"/journal?entries={entries}")
        response, tree = page.response, page.response.tree
        marks: dict[str, float] = {}
        self.progress.clear()

        def done(now: float) -> bool:
            if "expanded" not in marks and self._answer_painted(marks, now, keep_going=True):
                model = tree.model()
                keys = [model.index(row, 0).data() for row in range(model.rowCount())]
                tree.expand(model.index(keys.index("entries"), 0))
                marks["expanded"] = time.perf_counter()
            if "expanded_painted" not in marks and "expanded" in marks:
                painted = self._probe().first_after(marks["expanded"])
                if painted is not None:
                    marks["expanded_painted"] = painted
                    marks["raw_started"] = time.perf_counter()
                    response.tabs.setCurrentIndex(RAW)
            if "raw_done" not in marks and "raw_started" in marks and response.raw_complete:
                marks["raw_done"] = now
            return ("raw_done" in marks and now - marks["raw_done"] >= AFTER_S) or bool(self.errors)

        record = self._send(marks, done)
        if "raw_done" not in marks:
            raise MeasureFailed(f"the raw view was never complete (marks: {sorted(marks)})")
        if self.progress:
            marks["first_bytes"], marks["last_progress"] = self.progress[0][0], self.progress[-1][0]
        return {
            "beats": self.heartbeat.beats,
            "marks": marks,
            "size": record.size,
            "is_json": record.is_json,
            "raw_chars": len(record.text),
            "text_truncated": record.text_truncated,
            "progress_reports": len(self.progress),
        }

    def _send(self, marks: dict[str, float], done: Callable[[float], bool]) -> Any:
        """Click « Envoyer » (the real button, the real slot) and beat until ``done``; the call's record."""

        def click() -> None:
            marks["click"] = time.perf_counter()
            self.window.console_page.send_button.click()

        self.heartbeat.until(done, STEP_TIMEOUT_S, start=click)
        records = [record for at, record in self.finished if at >= marks["click"]]
        if self.errors or not records or "rows_painted" not in marks:
            raise MeasureFailed(f"no answer painted (errors: {self.errors}, marks: {sorted(marks)})")
        if records[0].status != 200 or records[0].error_code:
            raise MeasureFailed(f"the call answered HTTP {records[0].status} {records[0].error_code}")
        return records[0]

    def _answer_painted(self, marks: dict[str, float], now: float, *, keep_going: bool = False) -> bool:
        """Marks ``shown`` (the console handed the record to the view) and ``rows_painted`` (the tree painted with
        rows after that); True once painted, plus ``AFTER_S`` unless ``keep_going``."""
        if "shown" not in marks:
            fresh = [at for at, _record in self.finished if at >= marks["click"]]
            if not fresh:
                return False
            marks["shown"] = fresh[0]
        if "rows_painted" not in marks:
            painted = self._probe().first_after(marks["shown"])
            if painted is None:
                return False
            marks["rows_painted"] = painted
        return keep_going or now - marks["rows_painted"] >= AFTER_S

    def _probe(self) -> RowsPaintProbe:
        if self.probe is None:
            raise MeasureFailed("the console page was not opened")
        return self.probe


def main() -> int:
    paths = AppPaths.default()
    setup_logging(paths.log_dir, verbose=False)
    install_console_wrappers()
    app, _translators = create_application("fr")
    tasks = TaskRunner()
    pins = GuiPinProvider()
    controller = SessionController(tasks, AppServicesProvider(None, paths, "fr", pin_provider=pins))
    window = MainWindow(controller)
    window.show()
    errors: list[str] = []
    controller.error_occurred.connect(lambda code, _text: errors.append(code))
    controller.start(None)
    try:
        if not spin_until(lambda: controller.ready and tasks.pending() == 0, READY_TIMEOUT_S):
            fail(f"the environment was not ready within {READY_TIMEOUT_S:g} s (errors: {errors})")
            return 0
        install_core_wrappers()
        run = ConsoleRun(window, pins, errors)
        run.heartbeat.until(lambda now: now - run.heartbeat.first_beat >= IDLE_S, IDLE_S + 5)
        idle_gaps = run.heartbeat.gaps()
        window.header.sign_in_button.click()
        if not spin_until(
            lambda: bool(errors) or bool(controller.status and controller.status.signed_in), STEP_TIMEOUT_S
        ):
            fail(f"the sign-in did not complete (errors: {errors})")
            return 0
        try:
            stretches = {
                "console": run.open_console(),
                "first_call": run.first_call(os.environ["BENCH_P12_PASSWORD"]),
                "large": run.large_answer(int(os.environ["BENCH_JOURNAL_ENTRIES"])),
            }
        except MeasureFailed as exc:
            fail(str(exc))
            return 0
        result = {"beat_ms": BEAT_MS, "idle_gaps_s": idle_gaps, "stretches": stretches, "worker_spans": SPANS}
        write_result({**result, "maxrss_kib": max_rss_kib()})
        _wipe_session(controller.services)
    finally:
        pins.close()
        window.sign_in_dialog.finish()
        controller.shutdown()
        tasks.wait_for_all(5000)
        app.processEvents()
    return 0


def _wipe_session(services: object) -> None:
    from desktop_app.app import Services

    if isinstance(services, Services):
        services.session.clear()


if __name__ == "__main__":
    sys.exit(main())
