"""The real window, end to end on the real sandbox: sign in, call the sample API from the console with the
structure's .p12 (its password typed in the GUI's dialog) and with the sandbox's SoftHSM card (its PIN typed
in the dialog), and see the signed answer and a token bound to the certificate in both cnf encodings."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.paths import AppPaths
from desktop_app.gui.application import AppServicesProvider
from desktop_app.gui.controllers.pin_provider import GuiPinProvider
from desktop_app.gui.main_window import CONSOLE_PAGE, CREDENTIALS_PAGE
from desktop_app.sandbox import SANDBOX_CARD_PIN, SANDBOX_P12_PASSWORD
from desktop_app.sandbox.data import PRACTITIONERS
from tests.support.real_world import AppHome

pytestmark = pytest.mark.integration

TIMEOUT_MS = 20_000


def type_secret(qtbot: Any, pins: GuiPinProvider, secret: str, *, kind: str) -> None:
    qtbot.waitUntil(lambda: pins.dialog is not None and pins.dialog.isVisible(), timeout=TIMEOUT_MS)
    dialog = pins.dialog
    assert dialog is not None
    assert dialog.windowTitle() == ("Code PIN de la carte" if kind == "pin" else "Mot de passe du certificat")
    qtbot.keyClicks(dialog.field, secret)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def send_and_wait(qtbot: Any, harness: Any) -> Any:
    console = harness.window.console_controller
    before = len(console.history)
    qtbot.mouseClick(harness.window.console_page.send_button, Qt.MouseButton.LeftButton)
    return before


def wait_record(qtbot: Any, harness: Any, before: int) -> Any:
    console = harness.window.console_controller
    qtbot.waitUntil(lambda: len(console.history) == before + 1, timeout=TIMEOUT_MS)
    return console.history[-1]


def test_console_calls_the_sandbox_api_with_the_p12_then_the_card(
    app_home: AppHome,
    sandbox: object,
    make_main_window: Any,
    qtbot: Any,
    french: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    doctor = PRACTITIONERS[0]
    monkeypatch.setenv("SCRIPTED_BROWSER_PRACTITIONER", doctor.subject_name_id)
    pins = GuiPinProvider()
    harness = make_main_window(AppServicesProvider(None, AppPaths.default(), "fr", pin_provider=pins))
    window = harness.window
    qtbot.mouseClick(window.header.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: harness.controller.status.signed_in, timeout=TIMEOUT_MS)

    window.show_page(CONSOLE_PAGE)
    page = window.console_page
    assert page.api_combo.currentText() == "sign"
    assert doctor.subject_name_id in page.body_edit.toPlainText()
    before = send_and_wait(qtbot, harness)
    type_secret(qtbot, pins, SANDBOX_P12_PASSWORD, kind="password")
    record = wait_record(qtbot, harness, before)
    assert record.error_code == "" and record.status == 200, record.error_text
    assert record.credential == "sandbox-structure"
    assert record.binding.encoding == "rfc8705" and record.binding.bound
    assert page.response.binding_label.text() == "✔ Jeton lié au certificat"
    assert record.document["nationalId"] == doctor.subject_name_id

    page.api_combo.setCurrentText("sign-ans")  # the same certificate, already unlocked: no dialog this time
    record = wait_record(qtbot, harness, send_and_wait(qtbot, harness))
    assert record.status == 200 and record.binding.encoding == "ans-hex" and record.binding.bound

    window.show_page(CREDENTIALS_PAGE)
    credentials = window.credentials_controller
    qtbot.waitUntil(lambda: credentials.certificate("sandbox-card") is not None, timeout=TIMEOUT_MS)
    card = credentials.certificate("sandbox-card")
    assert card.info is not None, card.error_text  # listed PIN-less through the PKCS#11 thread
    credentials.choose("sandbox-card")
    qtbot.waitUntil(lambda: credentials.active == "sandbox-card", timeout=TIMEOUT_MS)
    window.show_page(CONSOLE_PAGE)
    page.api_combo.setCurrentText("sign")
    before = send_and_wait(qtbot, harness)
    type_secret(qtbot, pins, SANDBOX_CARD_PIN, kind="pin")
    record = wait_record(qtbot, harness, before)
    assert record.status == 200, record.error_text
    assert record.credential == "sandbox-card" and record.binding.bound
    assert record.binding.certificate_thumbprint == card.info.x5t_s256
    pins.close()
    harness.close()
