"""The waiting dialog: countdown to the attempt's deadline, and its three intents."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop_app.gui.views.sign_in_dialog import SignInDialog


class FakeClock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def make_dialog(qtbot: Any, clock: FakeClock) -> SignInDialog:
    dialog = SignInDialog(clock=clock)
    qtbot.addWidget(dialog)
    return dialog


def test_countdown_follows_the_deadline_each_second(qtbot: Any) -> None:
    clock = FakeClock()
    dialog = make_dialog(qtbot, clock)
    dialog.start(clock.now + 300)
    assert dialog.isVisible()
    assert dialog.countdown_label.text() == "Time left: 5 min 00 s"
    assert dialog._timer.isActive() and dialog._timer.interval() == 1000
    clock.now += 1.5
    dialog._timer.timeout.emit()
    assert dialog.countdown_label.text() == "Time left: 4 min 59 s"
    clock.now += 298.5
    dialog._timer.timeout.emit()
    assert dialog.countdown_label.text() == "Time is up: the sign-in is being abandoned."


def test_countdown_ticks_by_itself(qtbot: Any) -> None:
    dialog = SignInDialog()  # the real monotonic clock
    qtbot.addWidget(dialog)
    import time

    dialog.start(time.monotonic() + 3)
    first = dialog.countdown_label.text()
    qtbot.waitUntil(lambda: dialog.countdown_label.text() != first, timeout=2500)


def test_buttons_emit_their_intents(qtbot: Any) -> None:
    clock = FakeClock()
    dialog = make_dialog(qtbot, clock)
    dialog.start(clock.now + 60)
    with qtbot.waitSignal(dialog.reopen_requested, timeout=1000):
        qtbot.mouseClick(dialog.reopen_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.copy_requested, timeout=1000):
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.cancel_requested, timeout=1000):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)


def test_escape_and_closing_the_window_mean_cancel(qtbot: Any) -> None:
    clock = FakeClock()
    dialog = make_dialog(qtbot, clock)
    dialog.start(clock.now + 60)
    with qtbot.waitSignal(dialog.cancel_requested, timeout=1000):
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # the controller decides, then calls finish()
    with qtbot.waitSignal(dialog.cancel_requested, timeout=1000):
        dialog.close()
    assert dialog.isVisible()
    dialog.finish()
    assert not dialog.isVisible() and not dialog._timer.isActive()


def test_browser_failure_hint_and_copied_feedback(qtbot: Any) -> None:
    clock = FakeClock()
    dialog = make_dialog(qtbot, clock)
    dialog.start(clock.now + 60)
    assert dialog.browser_hint.isHidden() and dialog.copied_label.isHidden()
    dialog.show_browser_failed()
    dialog.show_copied()
    assert dialog.browser_hint.isVisible() and dialog.copied_label.isVisible()
    dialog.finish()
    dialog.start(clock.now + 60, browser_failed=False)  # a new attempt starts clean
    assert dialog.browser_hint.isHidden() and dialog.copied_label.isHidden()


def test_keyboard_focus_starts_on_cancel_and_tabs_through_the_buttons(qtbot: Any) -> None:
    clock = FakeClock()
    dialog = make_dialog(qtbot, clock)
    dialog.start(clock.now + 60)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.cancel_button.hasFocus, timeout=1000)
    assert dialog.reopen_button.nextInFocusChain() is dialog.copy_button
    for button in (dialog.reopen_button, dialog.copy_button, dialog.cancel_button):
        assert button.accessibleName()


def test_french_wording(qtbot: Any, french: Any) -> None:
    clock = FakeClock()
    dialog = make_dialog(qtbot, clock)
    dialog.start(clock.now + 102)
    assert dialog.windowTitle() == "Connexion en cours"
    assert dialog.countdown_label.text() == "Temps restant : 1 min 42 s"
    assert dialog.reopen_button.text() == "Rouvrir le navigateur"
    assert dialog.copy_button.text() == "Copier le lien"
    assert dialog.cancel_button.text() == "Annuler"
