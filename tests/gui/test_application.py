"""run_gui: the window comes first (no heavy import before it is painted), services after, all stopped on exit."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.core.paths import AppPaths
from desktop_app.gui.application import run_gui
from desktop_app.gui.main_window import MainWindow
from tests.gui.fakes import FakeProvider, FakeServices

NOT_BEFORE_FIRST_PAINT = (
    # built after the first paint:
    "desktop_app.gui.views.identity_card",
    "desktop_app.gui.controllers.session_controller",
    "desktop_app.gui.controllers.credentials_controller",
    "desktop_app.gui.controllers.api_console_controller",
    "desktop_app.gui.controllers.api_call",
    "desktop_app.gui.controllers.pin_provider",
    # built when their page is first opened:
    "desktop_app.gui.views.credentials_page",
    "desktop_app.gui.views.api_console_page",
    "desktop_app.gui.views.cards_tree",
    "desktop_app.gui.controllers.credential_listing",
    "desktop_app.gui.models.json_tree",
    # imported by the services task, off the GUI thread:
    "httpx",
    "cryptography",
    "pkcs11",
    "authlib",
    "joserfc",
    "keyring",
    "desktop_app.sandbox",
    "desktop_app.app",
    "desktop_app.core.auth.session",
    "desktop_app.core.tls",
    "desktop_app.core.api",
)

# The window is painted as a bare frame first (run_gui's first phase), then attached to its controller.
_COLD_START = """
import json, sys
from PySide6.QtCore import QTimer
from desktop_app.gui.application import create_application
from desktop_app.gui.main_window import MainWindow

app, translators = create_application("fr")
window = MainWindow()
seen = {}
def painted():
    seen["loaded"] = sorted(m for m in %r if m in sys.modules)
    app.quit()
window.first_painted.connect(painted)
window.show()
QTimer.singleShot(5000, app.quit)
app.exec()
print(json.dumps(seen))
"""


def test_no_heavy_module_is_imported_before_the_first_paint() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", _COLD_START % (NOT_BEFORE_FIRST_PAINT,)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        check=True,
    )
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert "loaded" in seen, "the main window was never painted"
    assert seen["loaded"] == []


def test_run_gui_builds_services_after_showing_and_stops_them_on_exit(qtbot: Any, tmp_path: Path) -> None:
    services = FakeServices("sandbox")
    provider = FakeProvider(services)
    seen: dict[str, Any] = {}

    def close_when_ready() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows and windows[0].attached and windows[0].controller.ready:
            seen["title"] = windows[0].windowTitle()
            windows[0].close()
        else:
            QTimer.singleShot(20, close_when_ready)

    QTimer.singleShot(0, close_when_ready)
    QTimer.singleShot(10_000, QApplication.quit)  # never hang the suite
    args = argparse.Namespace(config=None, env=None, verbose=False)
    paths = AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "cache", tmp_path / "log")
    code = run_gui(args, paths, "en", provider=provider)
    assert code == 0
    assert seen["title"] == "Pro Santé Connect — reference client"
    assert provider.opened == ["sandbox"] and provider.prepared == ["sandbox"]
    assert services.closed
    assert QApplication.instance().applicationName() == "desktop-app"


def test_closing_the_window_during_a_sign_in_cancels_it_and_closes_the_services(qtbot: Any, tmp_path: Path) -> None:
    services = FakeServices("sandbox")
    provider = FakeProvider(services)

    def drive() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        window = windows[0] if windows else None
        if window is None or not window.attached or not window.controller.ready:
            QTimer.singleShot(20, drive)
        elif not services.auth.attempts:
            if not window.controller.busy:
                window.header.sign_in_button.click()
            QTimer.singleShot(20, drive)
        else:
            window.close()  # the practitioner quits while the browser is still open

    QTimer.singleShot(0, drive)
    QTimer.singleShot(10_000, QApplication.quit)
    args = argparse.Namespace(config=None, env=None, verbose=False)
    paths = AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "cache", tmp_path / "log")
    assert run_gui(args, paths, "en", provider=provider) == 0
    assert services.auth.attempts and services.auth.attempts[0].cancelled
    assert services.closed
