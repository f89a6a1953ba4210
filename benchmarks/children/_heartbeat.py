"""The GUI-thread heartbeat of the stall measures, and a way to run the event loop until something holds.

A ``PreciseTimer`` beats every ``BEAT_MS`` on the GUI thread; each beat stores ``time.perf_counter()``. A gap
between two beats longer than the period is time the GUI thread could not answer: a handler ran, or a worker
thread held the GIL. Shared by ``gui_sign_in.py`` and ``gui_api_console.py``.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, Qt, QTimer

BEAT_MS = 5


def spin_until(predicate: Callable[[], bool], timeout: float) -> bool:
    """Run the event loop until ``predicate()`` (checked every 10 ms) or the timeout; no beat is running."""
    loop = QEventLoop()
    deadline = time.monotonic() + timeout
    poll = QTimer()
    poll.setInterval(10)
    poll.timeout.connect(lambda: loop.quit() if predicate() or time.monotonic() > deadline else None)
    poll.start()
    if not predicate():
        loop.exec()
    poll.stop()
    return predicate()


class Heartbeat:
    """Beats on the GUI thread while the event loop runs; keeps the instant of every beat."""

    def __init__(self) -> None:
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(BEAT_MS)
        self._timer.timeout.connect(self._beat)
        self._beats: list[float] = []
        self._loop = QEventLoop()
        self._stop: Callable[[float], bool] = lambda now: True

    def until(self, done: Callable[[float], bool], timeout: float, start: Callable[[], None] | None = None) -> bool:
        """Beat (from a fresh record) until ``done(now)`` holds at a beat; False on timeout. ``start`` runs once
        the first beat is armed, so that the record covers it."""
        self._beats = [time.perf_counter()]
        deadline = self._beats[0] + timeout
        finished = False

        def stop(now: float) -> bool:
            nonlocal finished
            finished = done(now)
            return finished or now > deadline

        self._stop = stop
        self._timer.start()
        if start is not None:
            start()
        self._loop.exec()
        self._timer.stop()
        return finished

    def gaps(self) -> list[float]:
        """Seconds between consecutive beats."""
        return [later - earlier for earlier, later in zip(self._beats, self._beats[1:], strict=False)]

    @property
    def beats(self) -> list[float]:
        """The instant (``time.perf_counter()``) of every beat of the last record, the start first."""
        return list(self._beats)

    @property
    def first_beat(self) -> float:
        return self._beats[0]

    def _beat(self) -> None:
        now = time.perf_counter()
        self._beats.append(now)
        if self._stop(now):
            self._loop.quit()
