"""Take the README's screenshots from the real app on the real sandbox (offscreen, isolated HOME).

    QT_QPA_PLATFORM=offscreen tools/keyring-session.sh .venv/bin/python tools/screenshots.py [--lang fr|en]

Writes docs/screenshots/<lang>-{signed-out,waiting,signed-in}.png. The sign-in is completed by the test suite's
scripted browser, exactly as in the end-to-end tests.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def isolate(root: Path, delay_browser: float) -> None:
    from tests.support.isolation import browser_wrapper, free_port_pair, isolated_home

    os.environ.update(isolated_home(root))
    os.environ["BROWSER"] = str(browser_wrapper(root / "browser", delay=delay_browser))
    os.environ["DESKTOP_APP_SANDBOX_PORT"] = str(free_port_pair())
    os.environ["DESKTOP_APP_SANDBOX_DIR"] = str(root / "sandbox")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="fr", choices=("fr", "en"))
    parser.add_argument("--out", default=str(REPO / "docs" / "screenshots"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        isolate(Path(tmp), delay_browser=1.5)
        os.environ["SCRIPTED_BROWSER_MODE"] = "CARD"
        from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

        from desktop_app.core.paths import AppPaths
        from desktop_app.gui.application import AppServicesProvider, create_application
        from desktop_app.gui.controllers.session_controller import SessionController
        from desktop_app.gui.main_window import MainWindow
        from desktop_app.gui.tasks import TaskRunner

        app, _translators = create_application(args.lang)
        tasks = TaskRunner()
        controller = SessionController(tasks, AppServicesProvider(None, AppPaths.default(), args.lang))
        window = MainWindow()
        window.attach(controller)
        window.resize(1100, 720)
        window.show()
        controller.start("sandbox")

        def pump_until(predicate: object, timeout: float = 20.0) -> None:
            deadline = time.monotonic() + timeout
            while not predicate():  # type: ignore[operator]
                if time.monotonic() > deadline:
                    raise SystemExit("timed out")
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
                time.sleep(0.02)

        def settle(seconds: float = 0.4) -> None:
            end = time.monotonic() + seconds
            while time.monotonic() < end:
                QCoreApplication.processEvents()
                time.sleep(0.02)

        pump_until(lambda: controller.ready)
        settle()
        window.grab().save(str(out / f"{args.lang}-signed-out.png"))
        controller.sign_in()
        pump_until(window.sign_in_dialog.isVisible)
        settle(0.6)
        window.sign_in_dialog.grab().save(str(out / f"{args.lang}-waiting.png"))
        pump_until(lambda: controller.status is not None and controller.status.signed_in)
        settle(1.2)
        window.grab().save(str(out / f"{args.lang}-signed-in.png"))
        controller.shutdown()
        tasks.wait_for_all(5000)
        QTimer.singleShot(0, app.quit)
        app.processEvents()
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
