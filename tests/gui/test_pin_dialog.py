"""The GUI PinProvider: asked on a worker thread, answered in a modal dialog on the GUI thread, never kept."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop_app.core.tls.pin import SecretRequest
from desktop_app.gui.controllers.pin_provider import GuiPinProvider
from desktop_app.gui.views.secret_dialog import SecretDialog

TIMEOUT = 3000


class Worker:
    """Calls ``provider.ask(request)`` on a plain thread, like the core does, and keeps what it got."""

    def __init__(self, provider: GuiPinProvider, request: SecretRequest) -> None:
        self.answer: str | None = "not answered"
        self.on_gui_thread: bool | None = None
        self.thread = threading.Thread(target=self._run, args=(provider, request), daemon=True)
        self.thread.start()

    def _run(self, provider: GuiPinProvider, request: SecretRequest) -> None:
        self.on_gui_thread = QThread.currentThread() is QApplication.instance().thread()
        self.answer = provider.ask(request)

    @property
    def done(self) -> bool:
        return not self.thread.is_alive()


def pin_request(**overrides: Any) -> SecretRequest:
    values: dict[str, Any] = {"kind": "pin", "credential": "sandbox-card", "label": "CPS-BAC-A-SABLE"}
    return SecretRequest(**{**values, **overrides})


@pytest.fixture
def provider(qtbot: Any) -> Any:
    pins = GuiPinProvider()
    yield pins
    pins.close()


def shown_dialog(qtbot: Any, provider: GuiPinProvider) -> SecretDialog:
    qtbot.waitUntil(lambda: provider.dialog is not None and provider.dialog.isVisible(), timeout=TIMEOUT)
    assert provider.dialog is not None
    return provider.dialog


def field_after_answer(dialog: SecretDialog) -> list[str]:
    """What the field holds once the provider has handled the answer (the dialog is deleted right after)."""
    seen: list[str] = []
    dialog.finished.connect(lambda _: seen.append(dialog.field.text()))  # runs after the provider's own slot
    return seen


def test_a_pin_typed_in_the_dialog_reaches_the_waiting_worker(qtbot: Any, provider: GuiPinProvider) -> None:
    worker = Worker(provider, pin_request(tries_left=3))
    dialog = shown_dialog(qtbot, provider)
    assert worker.on_gui_thread is False and not worker.done  # the worker waits; the GUI thread does not
    assert dialog.isModal() or dialog.windowModality() == Qt.WindowModality.ApplicationModal
    assert "CPS-BAC-A-SABLE" in dialog.heading.text()
    assert dialog.credential_label.text() == "Credential: sandbox-card"
    assert dialog.tries_label.isVisible() and dialog.tries_label.text() == "3 tries left before the card locks."
    assert not dialog.retry_label.isVisible()
    assert dialog.field.echoMode() == QLineEdit.EchoMode.Password
    assert not dialog.ok_button.isEnabled()  # nothing typed yet
    left_in_field = field_after_answer(dialog)
    qtbot.keyClicks(dialog.field, "1234")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: worker.done, timeout=TIMEOUT)
    assert worker.answer == "1234"
    assert left_in_field == [""]  # cleared as soon as it was read
    assert provider.dialog is None


def test_cancel_returns_none(qtbot: Any, provider: GuiPinProvider) -> None:
    worker = Worker(provider, SecretRequest("password", "structure", "org-auth-cli.p12"))
    dialog = shown_dialog(qtbot, provider)
    assert dialog.windowTitle() == "Certificate password"
    assert "org-auth-cli.p12" in dialog.heading.text()
    assert not dialog.tries_label.isVisible()
    left_in_field = field_after_answer(dialog)
    qtbot.keyClicks(dialog.field, "typed-then-cancelled")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: worker.done, timeout=TIMEOUT)
    assert worker.answer is None
    assert left_in_field == [""]


def test_escape_cancels_too(qtbot: Any, provider: GuiPinProvider) -> None:
    worker = Worker(provider, pin_request())
    dialog = shown_dialog(qtbot, provider)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: worker.done, timeout=TIMEOUT)
    assert worker.answer is None


def test_a_retry_says_the_pin_was_wrong_and_warns_on_the_last_try(qtbot: Any, provider: GuiPinProvider) -> None:
    worker = Worker(provider, pin_request(retry=True, tries_left=1))
    dialog = shown_dialog(qtbot, provider)
    assert dialog.retry_label.isVisible() and dialog.retry_label.text() == "Incorrect PIN. Try again."
    assert dialog.tries_label.text() == "Last try: a wrong PIN will lock the card."
    qtbot.keyClicks(dialog.field, "0000")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: worker.done, timeout=TIMEOUT)
    assert worker.answer == "0000"


def test_requests_from_two_threads_are_shown_one_after_the_other(qtbot: Any, provider: GuiPinProvider) -> None:
    first = Worker(provider, pin_request(credential="card-a"))
    first_dialog = shown_dialog(qtbot, provider)
    second = Worker(provider, pin_request(credential="card-b"))
    qtbot.wait(50)
    assert provider.dialog is first_dialog  # the second waits its turn
    qtbot.keyClicks(first_dialog.field, "1111")
    qtbot.mouseClick(first_dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: provider.dialog is not None and provider.dialog is not first_dialog, timeout=TIMEOUT)
    second_dialog = shown_dialog(qtbot, provider)
    assert second_dialog.credential_label.text() == "Credential: card-b"
    qtbot.keyClicks(second_dialog.field, "2222")
    qtbot.mouseClick(second_dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: first.done and second.done, timeout=TIMEOUT)
    assert (first.answer, second.answer) == ("1111", "2222")


def test_closing_releases_every_waiting_worker_and_refuses_later_requests(qtbot: Any) -> None:
    provider = GuiPinProvider()
    waiting = [Worker(provider, pin_request(credential=f"card-{i}")) for i in range(2)]
    shown_dialog(qtbot, provider)
    provider.close()
    for worker in waiting:
        worker.thread.join(2)
        assert worker.done and worker.answer is None
    assert provider.ask(pin_request()) is None


def test_french_dialog(qtbot: Any, french: Any, provider: GuiPinProvider) -> None:
    worker = Worker(provider, pin_request(retry=True, tries_left=2))
    dialog = shown_dialog(qtbot, provider)
    assert dialog.windowTitle() == "Code PIN de la carte"
    assert dialog.retry_label.text().startswith("Code PIN incorrect")
    assert dialog.tries_label.text() == "Encore 2 essais avant le blocage de la carte."
    assert dialog.cancel_button.text() == "Annuler"
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: worker.done, timeout=TIMEOUT)
