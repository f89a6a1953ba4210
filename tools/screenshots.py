"""Take the README's screenshots from the real app on the real sandbox (offscreen, isolated HOME).

    QT_QPA_PLATFORM=offscreen tools/keyring-session.sh .venv/bin/python tools/screenshots.py [--lang fr|en]

Writes docs/screenshots/<lang>-{signed-out,waiting,signed-in,password,api-console,credentials}.png. The sign-in is
completed by the test suite's scripted browser, exactly as in the end-to-end tests; the .p12 password is typed into
the app's own dialog.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def isolate(root: Path, delay_browser: float) -> None:
    from tests.support.isolation import browser_wrapper, free_port_pair, isolated_home

    os.environ.update(isolated_home(root))
    os.environ["BROWSER"] = str(browser_wrapper(root / "browser", delay=delay_browser))
    os.environ["DESKTOP_APP_SANDBOX_PORT"] = str(free_port_pair())
    os.environ["DESKTOP_APP_SANDBOX_DIR"] = str(root / "sandbox")
    os.environ["SCRIPTED_BROWSER_MODE"] = "CARD"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class Camera:
    """Drives the event loop until something shows, then saves a widget's picture."""

    def __init__(self, out: Path, lang: str) -> None:
        self.out, self.lang = out, lang

    def wait_for(self, predicate: Callable[[], object], what: str, timeout: float = 30.0) -> None:
        from PySide6.QtCore import QCoreApplication, QEventLoop

        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise SystemExit(f"timed out waiting for {what}")
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.02)

    def settle(self, seconds: float = 0.4) -> None:
        from PySide6.QtCore import QCoreApplication

        end = time.monotonic() + seconds
        while time.monotonic() < end:
            QCoreApplication.processEvents()
            time.sleep(0.02)

    def shoot(self, widget: Any, name: str, settle: float = 0.4) -> None:
        self.settle(settle)
        widget.grab().save(str(self.out / f"{self.lang}-{name}.png"))


def take(camera: Camera, lang: str) -> None:
    from desktop_app.core.paths import AppPaths
    from desktop_app.gui.application import AppServicesProvider, create_application
    from desktop_app.gui.controllers.pin_provider import GuiPinProvider
    from desktop_app.gui.controllers.session_controller import SessionController
    from desktop_app.gui.main_window import CONSOLE_PAGE, CREDENTIALS_PAGE, MainWindow
    from desktop_app.gui.tasks import TaskRunner
    from desktop_app.sandbox import SANDBOX_P12_PASSWORD

    app, _translators = create_application(lang)
    tasks = TaskRunner()
    pins = GuiPinProvider()
    controller = SessionController(tasks, AppServicesProvider(None, AppPaths.default(), lang, pin_provider=pins))
    window = MainWindow()
    window.attach(controller)
    window.resize(1100, 720)
    window.show()
    controller.start("sandbox")
    camera.wait_for(lambda: controller.ready, "the environment")
    camera.shoot(window, "signed-out")

    controller.sign_in()
    camera.wait_for(window.sign_in_dialog.isVisible, "the sign-in dialog")
    camera.shoot(window.sign_in_dialog, "waiting", settle=0.6)
    camera.wait_for(lambda: controller.status is not None and controller.status.signed_in, "the sign-in")
    camera.shoot(window, "signed-in", settle=1.2)

    window.show_page(CONSOLE_PAGE)
    camera.settle()
    window.console_page.send_button.click()
    camera.wait_for(lambda: pins.dialog is not None and pins.dialog.isVisible(), "the password dialog")
    camera.shoot(pins.dialog, "password", settle=0.3)
    pins.dialog.field.setText(SANDBOX_P12_PASSWORD)
    pins.dialog.ok_button.click()
    camera.wait_for(lambda: len(window.console_controller.history) == 1, "the API answer")
    camera.shoot(window, "api-console", settle=0.8)

    window.show_page(CREDENTIALS_PAGE)
    credentials = window.credentials_controller
    camera.wait_for(lambda: credentials.certificate("sandbox-structure") is not None, "the certificates")
    camera.shoot(window, "credentials", settle=0.8)

    pins.close()
    controller.shutdown()
    tasks.wait_for_all(5000)
    app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="fr", choices=("fr", "en"))
    parser.add_argument("--out", default=str(REPO / "docs" / "screenshots"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        isolate(Path(tmp), delay_browser=1.5)
        take(Camera(out, args.lang), args.lang)
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
