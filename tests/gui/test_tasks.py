"""The background-task helper: outcomes arrive on the GUI thread, the GUI thread never waits."""

from __future__ import annotations

import gc
import threading
import time
from typing import Any

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.gui.tasks import GuiCallback, TaskRunner


def on_gui_thread() -> bool:
    return QThread.currentThread() is QApplication.instance().thread()


def test_result_is_delivered_on_the_gui_thread_and_work_runs_elsewhere(qtbot: Any) -> None:
    runner = TaskRunner()
    seen: dict[str, Any] = {}

    def work() -> int:
        seen["work_on_gui"] = on_gui_thread()
        return 42

    def done(value: int) -> None:
        seen["value"], seen["done_on_gui"] = value, on_gui_thread()

    runner.run(work, on_done=done)
    qtbot.waitUntil(lambda: "value" in seen, timeout=2000)
    assert seen == {"work_on_gui": False, "value": 42, "done_on_gui": True}
    assert runner.pending() == 0


def test_exception_is_delivered_to_on_error_on_the_gui_thread(qtbot: Any) -> None:
    runner = TaskRunner()
    errors: list[tuple[Exception, bool]] = []

    def boom() -> None:
        raise ValueError("no")

    runner.run(
        boom,
        on_done=lambda _: pytest.fail("on_done must not run"),
        on_error=lambda e: errors.append((e, on_gui_thread())),
    )
    qtbot.waitUntil(lambda: bool(errors), timeout=2000)
    assert isinstance(errors[0][0], ValueError) and errors[0][1] is True


def test_run_returns_at_once_and_the_event_loop_keeps_running_while_a_task_blocks(qtbot: Any) -> None:
    runner = TaskRunner()
    release = threading.Event()
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()

    started = time.monotonic()
    handle = runner.run(lambda: release.wait(5))
    assert time.monotonic() - started < 0.05
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=2000)  # the GUI thread is free while the task blocks
    assert not handle.finished
    release.set()
    qtbot.waitUntil(lambda: handle.finished, timeout=2000)
    timer.stop()


def test_a_cancelled_task_result_goes_to_on_discard_not_on_done(qtbot: Any) -> None:
    runner = TaskRunner()
    release = threading.Event()
    discarded: list[str] = []
    handle = runner.run(
        lambda: release.wait(5) and "resource",
        on_done=lambda _: pytest.fail("a cancelled task must not deliver"),
        on_discard=discarded.append,
    )
    handle.cancel()
    release.set()
    qtbot.waitUntil(lambda: handle.finished, timeout=2000)
    assert discarded == ["resource"] and handle.cancelled


def test_a_cancelled_task_error_is_dropped_silently(qtbot: Any) -> None:
    runner = TaskRunner()
    handle = runner.run(lambda: 1 / 0, on_error=lambda _: pytest.fail("a cancelled task must not report"))
    handle.cancel()
    qtbot.waitUntil(lambda: handle.finished, timeout=2000)


def test_tasks_survive_garbage_collection_until_delivered(qtbot: Any) -> None:
    runner = TaskRunner()
    release = threading.Event()
    results: list[int] = []
    for value in range(5):
        runner.run(lambda value=value: release.wait(5) and value, on_done=results.append)
    gc.collect()
    assert runner.pending() == 5
    release.set()
    qtbot.waitUntil(lambda: len(results) == 5, timeout=3000)
    assert sorted(results) == [0, 1, 2, 3, 4]


def test_a_failing_callback_does_not_break_later_tasks(qtbot: Any, caplog: pytest.LogCaptureFixture) -> None:
    runner = TaskRunner()
    results: list[int] = []

    def broken(_: int) -> None:
        raise RuntimeError("callback bug")

    runner.run(lambda: 1, on_done=broken)
    runner.run(lambda: 2, on_done=results.append)
    qtbot.waitUntil(lambda: results == [2], timeout=2000)
    qtbot.waitUntil(lambda: runner.pending() == 0, timeout=2000)
    assert "callback of background task" in caplog.text


def test_gui_callback_runs_on_the_gui_thread_when_called_from_a_worker(qtbot: Any) -> None:
    calls: list[tuple[object, bool]] = []
    callback = GuiCallback(lambda value: calls.append((value, on_gui_thread())))
    thread = threading.Thread(target=callback, args=("from-worker",))
    thread.start()
    thread.join(2)
    qtbot.waitUntil(lambda: bool(calls), timeout=2000)
    assert calls == [("from-worker", True)]


def test_wait_for_all_blocks_until_workers_are_idle(qtbot: Any) -> None:
    runner = TaskRunner()
    done = threading.Event()
    runner.run(lambda: (time.sleep(0.05), done.set()))
    assert runner.wait_for_all(2000)
    assert done.is_set()
