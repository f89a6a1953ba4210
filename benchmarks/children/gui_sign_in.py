"""A full sign-in in the real main window, with a heartbeat on the GUI thread recording every stall.

The window is wired as the app wires it (``create_application``, ``AppServicesProvider``, ``TaskRunner``,
``SessionController``, ``MainWindow``) on the sandbox and the real keyring. Once the environment is ready, a
``PreciseTimer`` beats every ``BEAT_MS``; each beat stores ``time.perf_counter()``. A gap between two beats
longer than the period is time the GUI thread could not answer: a handler ran, or a worker thread held the
GIL. The script clicks « Se connecter », the scripted browser (``$BROWSER``) completes the login, and the
beats go on until the identity card is visible plus ``AFTER_SHOWN_S`` (so that painting it counts too).

Reported: every gap (seconds) from the click on, the same for an idle stretch before it (the floor of the
machine), the click → identity-card time, the peak RSS after sign-in and where the session was stored.
"""

from __future__ import annotations

import sys
import time

from benchmarks.children._heartbeat import BEAT_MS, Heartbeat, spin_until
from benchmarks.children._result import current_rss_kib, fail, max_rss_kib, write_result
from desktop_app.core.logging_setup import setup_logging
from desktop_app.core.paths import AppPaths
from desktop_app.gui.application import AppServicesProvider, create_application
from desktop_app.gui.controllers.session_controller import SessionController
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.tasks import TaskRunner

IDLE_S = 0.3
AFTER_SHOWN_S = 0.1
READY_TIMEOUT_S = 30.0
SIGN_IN_TIMEOUT_S = 60.0


def _wipe_session(services: object) -> None:
    """Leave the shared keyring as we found it (after the measure: importing the composition root earlier
    would have done on the GUI thread the imports the app does on workers)."""
    from desktop_app.app import Services

    if isinstance(services, Services):
        services.session.clear()


def main() -> int:
    paths = AppPaths.default()
    setup_logging(paths.log_dir, verbose=False)
    app, _translators = create_application("fr")
    tasks = TaskRunner()
    controller = SessionController(tasks, AppServicesProvider(None, paths, "fr"))
    window = MainWindow(controller)
    window.show()
    errors: list[str] = []
    controller.error_occurred.connect(lambda code, _text: errors.append(code))
    controller.start(None)
    try:
        if not spin_until(lambda: controller.ready and tasks.pending() == 0, READY_TIMEOUT_S):
            fail(f"the environment was not ready within {READY_TIMEOUT_S:g} s (errors: {errors})")
            return 0
        if not window.header.sign_in_button.isEnabled():
            fail("« Se connecter » is not enabled (a session was resumed?)")
            return 0
        heartbeat = Heartbeat()
        heartbeat.until(lambda now: now - heartbeat.first_beat >= IDLE_S, IDLE_S + 5)
        idle_gaps = heartbeat.gaps()

        shown_at: list[float] = []

        def signed_in_and_shown(now: float) -> bool:
            status = controller.status
            if not shown_at and status is not None and status.signed_in and window.identity_card.isVisible():
                shown_at.append(now)
            return bool(errors) or (bool(shown_at) and now - shown_at[0] >= AFTER_SHOWN_S)

        clicked_at: list[float] = []

        def click() -> None:
            clicked_at.append(time.perf_counter())
            window.header.sign_in_button.click()  # « Se connecter »: the real button, the real slot

        completed = heartbeat.until(signed_in_and_shown, SIGN_IN_TIMEOUT_S, start=click)
        if errors or not completed or not shown_at:
            fail(f"the sign-in did not complete (errors: {errors}, completed: {completed})")
            return 0
        status = controller.status
        result = {
            "beat_ms": BEAT_MS,
            "gaps_s": heartbeat.gaps(),
            "idle_gaps_s": idle_gaps,
            "click_to_card_s": shown_at[0] - clicked_at[0],
            "maxrss_kib": max_rss_kib(),
            "rss_kib": current_rss_kib(),
            "storage": status.storage if status is not None else "",
        }
        _wipe_session(controller.services)
        write_result(result)
    finally:
        window.sign_in_dialog.finish()
        controller.shutdown()
        tasks.wait_for_all(5000)
        app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
