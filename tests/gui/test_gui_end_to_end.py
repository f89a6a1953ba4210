"""The real window, end to end: click « Se connecter », the scripted browser signs in at the real sandbox, the
identity card appears; restart resumes from the real keyring; « Se déconnecter » ends it all."""

from __future__ import annotations

from typing import Any

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop_app.core.paths import AppPaths
from desktop_app.gui.application import AppServicesProvider
from desktop_app.sandbox.data import PRACTITIONERS
from tests.support.real_world import AppHome

pytestmark = pytest.mark.integration

SIGN_IN_TIMEOUT_MS = 20_000


def texts(widget: Any) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def state(harness: Any) -> str | None:
    status = harness.controller.status
    return None if status is None else str(status.state)


def test_sign_in_from_the_window_shows_the_practitioner(
    app_home: AppHome,
    sandbox: object,
    make_main_window: Any,
    qtbot: Any,
    french: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    doctor = PRACTITIONERS[0]
    monkeypatch.setenv("SCRIPTED_BROWSER_PRACTITIONER", doctor.subject_name_id)
    monkeypatch.setenv("SCRIPTED_BROWSER_MODE", "CARD")
    paths = AppPaths.default()
    harness = make_main_window(AppServicesProvider(None, paths, "fr"), environment="sandbox")
    window = harness.window
    assert window.header.sign_in_button.text() == "Se connecter"
    assert window.signed_out_label.isVisible()

    qtbot.mouseClick(window.header.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: state(harness) == "signed_in", timeout=SIGN_IN_TIMEOUT_MS)

    assert window.identity_card.isVisible()
    # new labels are shown by Qt on the next event-loop turn (QLayout::addChildWidget queues the show)
    qtbot.waitUntil(lambda: doctor.subject_name_id in texts(window.identity_card), timeout=5000)
    card = texts(window.identity_card)
    assert f"{doctor.given_name} {doctor.family_name}" in card
    assert doctor.subject_name_id in card
    assert "Médecin" in card  # profession code 10, translated
    assert "Carte CPS" in card  # authMode CARD
    for activity in doctor.activities:
        assert activity.structure.name in card
    qtbot.waitUntil(lambda: "expire dans" in texts(window.session_panel), timeout=5000)
    # the dialog closes when the sign-in task delivers, which may come a moment after the session's status
    qtbot.waitUntil(lambda: not window.sign_in_dialog.isVisible(), timeout=5000)
    assert window.header.sign_out_button.isVisible()
    harness.close()

    # a restart: a new window and new services resume the session from the real keyring
    again = make_main_window(AppServicesProvider(None, paths, "fr"), environment="sandbox")
    qtbot.waitUntil(lambda: state(again) == "signed_in", timeout=SIGN_IN_TIMEOUT_MS)
    qtbot.waitUntil(lambda: doctor.subject_name_id in texts(again.window.identity_card), timeout=5000)

    qtbot.mouseClick(again.window.header.sign_out_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: state(again) == "signed_out" and not again.controller.busy, timeout=SIGN_IN_TIMEOUT_MS)
    assert not again.window.identity_card.isVisible()
    assert keyring.get_password("desktop-app", "sandbox/current") is None
    again.close()


def test_cancel_in_the_browser_shows_a_french_message_and_loses_nothing(
    app_home: AppHome,
    sandbox: object,
    make_main_window: Any,
    qtbot: Any,
    french: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SCRIPTED_BROWSER_ACTION", "cancel")
    harness = make_main_window(AppServicesProvider(None, AppPaths.default(), "fr"), environment="sandbox")
    qtbot.mouseClick(harness.window.header.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(harness.window.error_banner.isVisible, timeout=SIGN_IN_TIMEOUT_MS)
    assert "annulée" in texts(harness.window.error_banner)
    assert state(harness) == "signed_out"
    qtbot.waitUntil(harness.window.header.sign_in_button.isEnabled, timeout=5000)
    harness.close()
