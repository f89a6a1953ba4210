"""Spots the first paint event of a top-level window, from outside the window's own code.

Installed on the QApplication by both cold-start children (bare window and app) so that both are measured
the same way: the instant the first ``QEvent.Paint`` reaches a top-level widget (the filter runs just before
the widget paints), then the instant the event loop comes back after that paint (the frame is done).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class FirstPaintProbe(QObject):
    """Calls ``on_painted(paint_ns, frame_ns)`` (``time.monotonic_ns`` values) once, then leaves."""

    def __init__(self, app: QCoreApplication, on_painted: Callable[[int, int], None]) -> None:
        super().__init__(app)
        self._app = app
        self._on_painted = on_painted
        self._paint_ns = 0
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        first = not self._paint_ns and event.type() == QEvent.Type.Paint
        if first and isinstance(watched, QWidget) and watched.isWindow():
            self._paint_ns = time.monotonic_ns()
            self._app.removeEventFilter(self)  # no Python call per event from here on
            QTimer.singleShot(0, self._frame_done)
        return False

    def _frame_done(self) -> None:
        self._on_painted(self._paint_ns, time.monotonic_ns())
