"""The GUI's entry point: QApplication, languages, look, then the window, then the services.

Cold start is a feature: practitioners open the app between two patients. The window is painted first,
as a bare frame, with only QtWidgets and light modules imported; then its views and the session controller
are built, and the services are built by a background task, which imports the heavy modules (httpx,
authlib, joserfc, keyring, the sandbox) off the GUI thread. Everything is stopped on exit: the sign-in in
progress, the refresher, HTTP clients and the embedded sandbox.
"""

from __future__ import annotations

import gc
import logging
import sys
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from desktop_app.gui.i18n import install_translators
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.theme import app_icon, apply_theme

if TYPE_CHECKING:
    import argparse

    from desktop_app.app import Services
    from desktop_app.core.config import AppConfig
    from desktop_app.core.paths import AppPaths
    from desktop_app.core.tls.pin import PinProvider
    from desktop_app.gui.controllers.pin_provider import GuiPinProvider
    from desktop_app.gui.controllers.ports import ServicesPort, ServicesProvider
    from desktop_app.gui.controllers.session_controller import SessionController
    from desktop_app.gui.tasks import TaskRunner

log = logging.getLogger(__name__)

APP_NAME = "desktop-app"
# If the window is never painted (minimised, unusual platform), build the services anyway after this delay.
FIRST_PAINT_FALLBACK_MS = 400
EXIT_WAIT_MS = 3000


class AppServicesProvider:
    """Builds the real services through the composition root (``desktop_app.app``), on worker threads.

    The configuration is read once, by the first task that needs it; ``desktop_app.app`` (and with it
    httpx, authlib, keyring and the sandbox) is imported there too, never on the GUI thread. PINs and .p12
    passwords are asked through ``pin_provider`` (the window's dialog-backed one).
    """

    def __init__(
        self, config_file: str | None, paths: AppPaths, language: str, *, pin_provider: PinProvider | None = None
    ) -> None:
        self._config_file = config_file
        self._paths = paths
        self._language = language
        self._pin_provider = pin_provider
        self._config: AppConfig | None = None
        self._lock = threading.Lock()

    def open(self, environment: str | None) -> Services:
        from desktop_app.app import build_services, read_config

        with self._lock:
            if self._config is None:
                self._config = read_config(self._config_file, self._paths)
            config = self._config
        services = build_services(
            config, environment, self._paths, language=self._language, pin_provider=self._pin_provider
        )
        # Everything alive now (modules, Qt wrappers, the protocol stack) lives as long as the app: move it out of
        # the garbage collector's reach. A large API answer allocates tens of thousands of objects on a worker and
        # triggers a full collection while that worker holds the GIL; with the start-up objects in it, that
        # collection alone stalled the GUI thread ~40 ms (benchmarks: 5 MB JSON answer). A list splice: cheap.
        gc.freeze()
        return services

    def prepare(self, services: ServicesPort) -> None:
        from desktop_app.app import Services, ensure_sandbox

        if isinstance(services, Services):
            ensure_sandbox(services)


def create_application(language: str) -> tuple[QApplication, list[QTranslator]]:
    """The QApplication with its names, translators (keep them referenced), look and icon.

    An existing QApplication is reused (tests create theirs first).
    """
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    translators = install_translators(app, language)
    # The platform appends it to window titles that do not already end with it (« Connexion en cours — … »).
    app.setApplicationDisplayName(QCoreApplication.translate("application", "Pro Santé Connect — reference client"))
    apply_theme(app)
    app.setWindowIcon(app_icon())
    return app, translators


def run_gui(
    args: argparse.Namespace, paths: AppPaths, language: str, *, provider: ServicesProvider | None = None
) -> int:
    """Open the main window for ``args.env`` (``args.config``, ``args.verbose`` as for the CLI); exit code.

    ``provider`` replaces the composition root's services (tests pass fakes).
    """
    app, _translators = create_application(language)
    window = MainWindow()  # a bare frame: painted before anything else is imported or built
    tasks: TaskRunner | None = None
    controller: SessionController | None = None
    pins: GuiPinProvider | None = None

    def populate() -> None:
        nonlocal tasks, controller, pins
        if controller is not None:
            return
        from desktop_app.gui.controllers.pin_provider import GuiPinProvider
        from desktop_app.gui.controllers.session_controller import SessionController
        from desktop_app.gui.tasks import TaskRunner

        tasks = TaskRunner()
        pins = GuiPinProvider(window)
        services = provider or AppServicesProvider(args.config, paths, language, pin_provider=pins)
        controller = SessionController(tasks, services)
        window.attach(controller)
        controller.start(args.env)  # a background task: the services arrive later

    # Queued, so that the first paint completes before the views are built.
    window.first_painted.connect(lambda: QTimer.singleShot(0, populate))
    QTimer.singleShot(FIRST_PAINT_FALLBACK_MS, populate)
    window.show()
    try:
        code = app.exec()
    finally:
        if pins is not None:
            pins.close()  # a worker waiting for a PIN is released (cancelled) before anything waits for workers
        if controller is not None:
            window.sign_in_dialog.finish()
            controller.shutdown()
        if tasks is not None and not tasks.wait_for_all(EXIT_WAIT_MS):
            log.warning("background tasks still running at exit")
    return int(code)
