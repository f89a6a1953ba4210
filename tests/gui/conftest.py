"""Fixtures for GUI tests (pytest-qt, offscreen), reusable by the end-to-end GUI tests.

- ``fake_services``: a :class:`~tests.gui.fakes.FakeServices` (fake AuthService + Session pair) for "sandbox".
- ``make_main_window``: builds the real TaskRunner + SessionController + MainWindow around any Services-like
  object (fake or real ``desktop_app.app.Services``) or provider, starts it and waits until it is ready.
- ``french``: the French catalogue compiled from ``resources/i18n/desktop_app_fr.ts`` and installed for one
  test (the source .ts, not a stale .qm: a test sees the translations as committed).
- ``settings_dir`` (automatic): ``QSettings`` of every GUI test live in the test's own folder, never in the
  user's configuration.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from desktop_app.core.paths import resource_path
from desktop_app.gui.controllers.session_controller import SessionController, core_refresh_scheduler
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.tasks import TaskRunner
from tests.gui.fakes import FakeProvider, FakeServices

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

READY_TIMEOUT_MS = 5000


@pytest.fixture(scope="session")
def french_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``desktop_app_fr.ts`` compiled with pyside6-lrelease (fails loudly if the tool or the file is missing)."""
    source = resource_path("i18n", "desktop_app_fr.ts")
    target = tmp_path_factory.mktemp("i18n") / "desktop_app_fr.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(target)], check=True, timeout=60)
    return target


@pytest.fixture
def french(qapp: QApplication, french_qm: Path) -> Iterator[QTranslator]:
    """The French interface for one test (the app's catalogue only; Qt's own is not needed here)."""
    translator = QTranslator()
    assert translator.load(str(french_qm)), "the compiled French catalogue does not load"
    previous_locale = QLocale()
    qapp.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        yield translator
    finally:
        qapp.removeTranslator(translator)
        QLocale.setDefault(previous_locale)


@pytest.fixture(autouse=True)
def settings_dir(tmp_path: Path) -> Path:
    """Where ``QSettings()`` reads and writes during this test (the imported .p12 paths, for one)."""
    folder = tmp_path / "qsettings"
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def fake_services() -> FakeServices:
    return FakeServices("sandbox")


class _OneServicesProvider:
    """A provider over one already-built Services-like object (fake or real)."""

    def __init__(self, services: Any, prepare: Callable[[Any], None] | None) -> None:
        self._services = services
        self._prepare = prepare

    def open(self, environment: str | None) -> Any:
        return self._services

    def prepare(self, services: Any) -> None:
        if self._prepare is not None:
            self._prepare(services)


@dataclass
class GuiHarness:
    window: MainWindow
    controller: SessionController
    tasks: TaskRunner

    def credentials_controller_active(self) -> str | None:
        return self.window.credentials_controller.active

    def close(self) -> None:
        self.window.sign_in_dialog.finish()
        self.controller.shutdown()
        assert self.tasks.wait_for_all(5000), "background tasks still running after the test"


@pytest.fixture
def make_main_window(qtbot: Any) -> Iterator[Callable[..., GuiHarness]]:
    """``make_main_window(services_or_provider, environment=None, prepare=None, wait_ready=True)``."""
    harnesses: list[GuiHarness] = []

    def make(
        services_or_provider: Any,
        *,
        environment: str | None = None,
        prepare: Callable[[Any], None] | None = None,
        scheduler_factory: Callable[[Any], Any] = core_refresh_scheduler,
        wait_ready: bool = True,
    ) -> GuiHarness:
        provider = services_or_provider
        if not (hasattr(provider, "open") and hasattr(provider, "prepare")):
            provider = _OneServicesProvider(services_or_provider, prepare)
        tasks = TaskRunner()
        controller = SessionController(tasks, provider, scheduler_factory=scheduler_factory)
        window = MainWindow(controller)
        qtbot.addWidget(window)
        harness = GuiHarness(window, controller, tasks)
        harnesses.append(harness)
        window.show()
        controller.start(environment)
        if wait_ready:
            qtbot.waitUntil(lambda: controller.ready, timeout=READY_TIMEOUT_MS)
        return harness

    yield make
    for harness in harnesses:
        harness.close()


@pytest.fixture
def provider() -> FakeProvider:
    return FakeProvider(FakeServices("sandbox"), FakeServices("psc-bas", names=("sandbox", "psc-bas")))
