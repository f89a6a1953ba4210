"""The main window over fake services: sign-in, cancel, sign-out, banners, environment switch, cold start."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from desktop_app.core.errors import AuthFlowError, ConfigError, IdpError, VaultLocked
from desktop_app.sandbox.errors import SandboxError
from tests.gui.fakes import FakeProvider, FakeServices

TIMEOUT = 3000


def visible_texts(widget: Any) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisible() and label.text()]


def next_tab_stop(widget: Any) -> Any:
    candidate = widget.nextInFocusChain()
    while not (candidate.focusPolicy() & Qt.FocusPolicy.TabFocus and candidate.isVisible()):
        candidate = candidate.nextInFocusChain()
    return candidate


def click(qtbot: Any, button: Any) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def start_sign_in(qtbot: Any, harness: Any, services: FakeServices) -> Any:
    click(qtbot, harness.window.header.sign_in_button)
    qtbot.waitUntil(harness.window.sign_in_dialog.isVisible, timeout=TIMEOUT)
    return services.auth.attempts[-1]


def sign_in(qtbot: Any, harness: Any, services: FakeServices) -> None:
    attempt = start_sign_in(qtbot, harness, services)
    attempt.complete()
    qtbot.waitUntil(lambda: harness.controller.status.signed_in, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not harness.window.sign_in_dialog.isVisible(), timeout=TIMEOUT)


def test_window_fills_in_when_the_services_arrive(qtbot: Any, make_main_window: Any, provider: FakeProvider) -> None:
    harness = make_main_window(provider)
    window = harness.window
    assert provider.opened == ["sandbox"] and provider.prepared == ["sandbox"]
    combo = window.header.environment_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["sandbox", "psc-bas"]
    assert combo.currentData() == "sandbox" and combo.isEnabled()
    assert window.header.mode_label.text() == "Mode: Direct"
    assert window.header.storage_label.text() == "System keyring"
    assert window.signed_out_label.isVisible() and not window.identity_card.isVisible()
    assert window.header.sign_in_button.isEnabled() and not window.header.sign_out_button.isVisible()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Ready.", timeout=TIMEOUT)
    assert provider.services["sandbox"].session.calls == ["resume"]


def test_sign_in_shows_who_is_signed_in_and_the_live_session(
    qtbot: Any, make_main_window: Any, provider: FakeProvider
) -> None:
    harness = make_main_window(provider)
    services = provider.services["sandbox"]
    attempt = start_sign_in(qtbot, harness, services)
    assert attempt.browser_opens == 1
    assert harness.window.sign_in_dialog.countdown_label.text().startswith("Time left: ")
    assert not harness.window.header.environment_combo.isEnabled()  # no switch in the middle of a sign-in
    attempt.complete()
    qtbot.waitUntil(lambda: not harness.window.sign_in_dialog.isVisible(), timeout=TIMEOUT)
    window = harness.window
    qtbot.waitUntil(window.identity_card.isVisible, timeout=TIMEOUT)
    assert "Camille Fictive" in visible_texts(window.identity_card)
    assert window.session_panel.isVisible() and window.session_panel.ticking
    assert window.session_panel.access_label.text().startswith("expires in ")
    assert window.header.sign_out_button.isVisible() and not window.header.sign_in_button.isVisible()
    assert not window.signed_out_label.isVisible()
    assert window.statusBar().currentMessage() == "Signed in: Camille Fictive."


def test_cancel_closes_the_dialog_and_frees_the_attempt(
    qtbot: Any, make_main_window: Any, provider: FakeProvider
) -> None:
    harness = make_main_window(provider)
    attempt = start_sign_in(qtbot, harness, provider.services["sandbox"])
    click(qtbot, harness.window.sign_in_dialog.cancel_button)
    assert attempt.cancelled
    assert not harness.window.sign_in_dialog.isVisible()
    assert harness.window.header.sign_in_button.isEnabled()
    qtbot.waitUntil(lambda: harness.tasks.pending() == 0, timeout=TIMEOUT)
    assert not harness.window.error_banner.isVisible()  # the user's own cancel is not an error
    assert harness.window.statusBar().currentMessage() == "Sign-in cancelled."


def test_cancel_before_the_attempt_exists_releases_it_when_it_arrives(
    qtbot: Any, make_main_window: Any, provider: FakeProvider
) -> None:
    harness = make_main_window(provider)
    services = provider.services["sandbox"]
    services.auth.begin_gate = threading.Event()
    click(qtbot, harness.window.header.sign_in_button)
    harness.controller.cancel_sign_in()
    services.auth.begin_gate.set()
    qtbot.waitUntil(lambda: bool(services.auth.attempts) and services.auth.attempts[0].cancelled, timeout=TIMEOUT)
    assert not harness.window.sign_in_dialog.isVisible()
    assert services.auth.attempts[0].browser_opens == 0


def test_copy_link_and_reopen_browser(qtbot: Any, make_main_window: Any, provider: FakeProvider) -> None:
    harness = make_main_window(provider)
    attempt = start_sign_in(qtbot, harness, provider.services["sandbox"])
    dialog = harness.window.sign_in_dialog
    click(qtbot, dialog.copy_button)
    assert QGuiApplication.clipboard().text() == attempt.url
    assert dialog.copied_label.isVisible()
    click(qtbot, dialog.reopen_button)
    assert attempt.browser_opens == 2


def test_browser_failure_shows_the_copy_hint(qtbot: Any, make_main_window: Any, provider: FakeProvider) -> None:
    provider.services["sandbox"].auth.browser_ok = False
    harness = make_main_window(provider)
    start_sign_in(qtbot, harness, provider.services["sandbox"])
    qtbot.waitUntil(harness.window.sign_in_dialog.browser_hint.isVisible, timeout=TIMEOUT)


def test_an_idp_refusal_is_worded_in_the_error_banner(
    qtbot: Any, make_main_window: Any, provider: FakeProvider
) -> None:
    harness = make_main_window(provider)
    attempt = start_sign_in(qtbot, harness, provider.services["sandbox"])
    attempt.fail(IdpError("denied", error="access_denied"))
    banner = harness.window.error_banner
    qtbot.waitUntil(banner.isVisible, timeout=TIMEOUT)
    assert banner.message.text() == "Sign-in was cancelled in the browser. You can try again."
    assert banner.code.text() == "Error code: idp.error"
    assert not harness.window.sign_in_dialog.isVisible()
    assert harness.window.header.sign_in_button.isEnabled()
    click(qtbot, banner.dismiss_button)
    assert not banner.isVisible()


def test_a_failure_before_the_browser_opens(qtbot: Any, make_main_window: Any, provider: FakeProvider) -> None:
    harness = make_main_window(provider)
    services = provider.services["sandbox"]
    services.auth.begin_error = AuthFlowError("busy", code="auth.loopback_unavailable", ports="8080, 8081")
    click(qtbot, harness.window.header.sign_in_button)
    qtbot.waitUntil(harness.window.error_banner.isVisible, timeout=TIMEOUT)
    assert "8080, 8081" in harness.window.error_banner.message.text()
    assert not harness.window.sign_in_dialog.isVisible()
    assert harness.window.header.sign_in_button.isEnabled()


def test_session_end_keeps_the_identity_and_offers_to_sign_in_again(
    qtbot: Any, make_main_window: Any, provider: FakeProvider
) -> None:
    harness = make_main_window(provider)
    services = provider.services["sandbox"]
    sign_in(qtbot, harness, services)
    # The refresher runs on its own thread: the status change must come back to the GUI thread.
    worker = threading.Thread(target=services.session.require_sign_in, args=("session.refresh_refused",))
    worker.start()
    worker.join(2)
    window = harness.window
    banner = window.sign_in_required_banner
    qtbot.waitUntil(banner.isVisible, timeout=TIMEOUT)
    assert banner.title.text() == "Your session has expired — sign in again"
    assert banner.detail.text() == "Pro Santé Connect ended your session. Please sign in again."
    assert "Camille Fictive" in visible_texts(window.identity_card)
    assert window.session_panel.access_label.text() == "session expired"
    click(qtbot, banner.sign_in_button)
    qtbot.waitUntil(lambda: len(services.auth.attempts) == 2, timeout=TIMEOUT)
    services.auth.attempts[-1].complete()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=TIMEOUT)


def test_locked_keyring_at_start_offers_memory_only(qtbot: Any, make_main_window: Any, provider: FakeProvider) -> None:
    session = provider.services["sandbox"].session
    session.keyring_error = VaultLocked("locked")
    harness = make_main_window(provider)
    banner = harness.window.keyring_banner
    qtbot.waitUntil(banner.isVisible, timeout=TIMEOUT)
    assert banner.detail.text() == "The system keyring is locked. Unlock it, or keep the session in memory only."
    assert "« Retry »" in banner.explanation.text() and "memory only" in banner.explanation.text()
    assert harness.window.header.storage_label.text() == "System keyring unavailable"
    click(qtbot, banner.memory_button)
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=TIMEOUT)
    assert "use_memory_only" in session.calls
    assert harness.window.header.storage_label.text() == "Session in memory only"


def test_locked_keyring_at_start_then_retry(qtbot: Any, make_main_window: Any, provider: FakeProvider) -> None:
    session = provider.services["sandbox"].session
    session.keyring_error = VaultLocked("locked")
    harness = make_main_window(provider)
    banner = harness.window.keyring_banner
    qtbot.waitUntil(banner.isVisible, timeout=TIMEOUT)
    click(qtbot, banner.retry_button)  # still locked: the banner stays
    qtbot.waitUntil(lambda: session.calls.count("resume") == 2 and banner.retry_button.isEnabled(), timeout=TIMEOUT)
    assert banner.isVisible()
    session.keyring_error = None  # the user unlocked it
    click(qtbot, banner.retry_button)
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=TIMEOUT)
    assert harness.window.header.storage_label.text() == "System keyring"


def test_unsaved_session_after_sign_in_can_be_retried(
    qtbot: Any, make_main_window: Any, provider: FakeProvider
) -> None:
    harness = make_main_window(provider)
    services = provider.services["sandbox"]
    services.session.keyring_error = VaultLocked("locked")
    sign_in(qtbot, harness, services)
    banner = harness.window.keyring_banner
    qtbot.waitUntil(banner.isVisible, timeout=TIMEOUT)
    assert harness.window.header.storage_label.text() == "Session not saved"
    services.session.keyring_error = None
    click(qtbot, banner.retry_button)
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=TIMEOUT)
    assert "retry_persist" in services.session.calls
    assert harness.window.header.storage_label.text() == "System keyring"
    assert harness.controller.status.signed_in


def test_sign_out(qtbot: Any, make_main_window: Any, provider: FakeProvider) -> None:
    harness = make_main_window(provider)
    services = provider.services["sandbox"]
    sign_in(qtbot, harness, services)
    click(qtbot, harness.window.header.sign_out_button)
    qtbot.waitUntil(lambda: not harness.controller.status.signed_in and not harness.controller.busy, timeout=TIMEOUT)
    assert services.auth.sign_outs == [True]
    window = harness.window
    assert window.signed_out_label.isVisible() and not window.identity_card.isVisible()
    assert window.header.sign_in_button.isVisible() and not window.header.sign_out_button.isVisible()
    assert window.statusBar().currentMessage() == "Signed out, also at Pro Santé Connect."


def test_environment_switch_rebuilds_the_services(qtbot: Any, make_main_window: Any, provider: FakeProvider) -> None:
    stopped: list[str] = []

    class RecordingScheduler:
        def __init__(self, services: Any) -> None:
            self.name = services.env.name

        def start(self) -> None: ...

        def poke(self) -> None: ...

        def stop(self, timeout: float = 5.0) -> None:
            stopped.append(self.name)

    harness = make_main_window(provider, scheduler_factory=RecordingScheduler)
    sandbox, bas = provider.services["sandbox"], provider.services["psc-bas"]
    bas.env.mode = "proxy"
    combo = harness.window.header.environment_combo
    index = combo.findData("psc-bas")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    qtbot.waitUntil(lambda: harness.controller.ready and harness.controller.services is bas, timeout=TIMEOUT)
    assert provider.opened == ["sandbox", "psc-bas"] and provider.prepared == ["sandbox", "psc-bas"]
    assert sandbox.closed and stopped == ["sandbox"]
    assert harness.window.header.mode_label.text() == "Mode: Proxy e-Santé"
    # A late status from the environment left behind is ignored.
    sandbox.session.require_sign_in("session.expired")
    qtbot.wait(50)
    assert not harness.window.sign_in_required_banner.isVisible()


def test_switching_during_a_sign_in_cancels_it(qtbot: Any, make_main_window: Any, provider: FakeProvider) -> None:
    harness = make_main_window(provider)
    attempt = start_sign_in(qtbot, harness, provider.services["sandbox"])
    harness.controller.switch_environment("psc-bas")
    assert attempt.cancelled and not harness.window.sign_in_dialog.isVisible()
    qtbot.waitUntil(lambda: harness.controller.ready, timeout=TIMEOUT)
    assert not harness.window.error_banner.isVisible()


def test_a_configuration_error_is_shown(qtbot: Any, make_main_window: Any) -> None:
    provider = FakeProvider(FakeServices("sandbox"))
    provider.open_error = ConfigError("bad", code="config.unknown_key", key="colour", file="/etc/app.toml")
    harness = make_main_window(provider, wait_ready=False)
    banner = harness.window.error_banner
    qtbot.waitUntil(banner.isVisible, timeout=TIMEOUT)
    assert banner.message.text() == "Unknown setting colour in /etc/app.toml. Check its spelling."
    assert not harness.window.header.sign_in_button.isEnabled()


def test_a_sandbox_that_cannot_start_can_be_retried(qtbot: Any, make_main_window: Any, provider: FakeProvider) -> None:
    provider.prepare_error = SandboxError("Le port 18443 est occupé [port busy]", code="sandbox.port_busy", port=18443)
    harness = make_main_window(provider, wait_ready=False)
    banner = harness.window.error_banner
    qtbot.waitUntil(banner.isVisible, timeout=TIMEOUT)
    assert banner.message.text().startswith("The embedded sandbox cannot start: port 18443 is already in use.")
    assert not harness.window.header.sign_in_button.isEnabled()
    provider.prepare_error = None
    harness.controller.switch_environment("sandbox")  # choosing it again retries
    qtbot.waitUntil(lambda: harness.controller.ready, timeout=TIMEOUT)
    assert harness.window.header.sign_in_button.isEnabled()


def test_a_stale_environment_is_closed_when_it_arrives_late(qtbot: Any, make_main_window: Any) -> None:
    gate = threading.Event()

    class SlowProvider(FakeProvider):
        def open(self, environment: str | None) -> FakeServices:
            if (environment or self.default) == "sandbox":
                gate.wait(5)
            return super().open(environment)

    provider = SlowProvider(FakeServices("sandbox"), FakeServices("psc-bas"))
    harness = make_main_window(provider, wait_ready=False)
    harness.controller.switch_environment("psc-bas")
    qtbot.waitUntil(lambda: harness.controller.ready, timeout=TIMEOUT)
    gate.set()
    qtbot.waitUntil(lambda: provider.services["sandbox"].closed, timeout=TIMEOUT)
    assert harness.controller.services is provider.services["psc-bas"]


def test_keyboard_and_accessibility(qtbot: Any, make_main_window: Any, provider: FakeProvider) -> None:
    harness = make_main_window(provider)
    header = harness.window.header
    assert next_tab_stop(header.environment_combo) is header.sign_in_button
    for button in (header.sign_in_button, header.sign_out_button):
        assert button.accessibleName()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    for banner in (harness.window.keyring_banner, harness.window.sign_in_required_banner):
        assert banner.accessibleName()


def test_french_main_window(qtbot: Any, french: Any, make_main_window: Any, provider: FakeProvider) -> None:
    provider.services["sandbox"].session.keyring_error = VaultLocked("locked")
    harness = make_main_window(provider)
    header = harness.window.header
    assert header.sign_in_button.text() == "Se connecter"
    assert header.sign_out_button.text() == "Se déconnecter"
    assert header.mode_label.text() == "Mode : Direct"
    assert header.environment_combo.itemText(0) == "Bac à sable (local)"
    banner = harness.window.keyring_banner
    qtbot.waitUntil(banner.isVisible, timeout=TIMEOUT)
    assert header.storage_label.text() == "Trousseau système indisponible"
    assert banner.retry_button.text() == "Réessayer"
    assert banner.memory_button.text() == "Garder la session en mémoire uniquement"
    click(qtbot, banner.memory_button)
    qtbot.waitUntil(lambda: header.storage_label.text() == "Session en mémoire uniquement", timeout=TIMEOUT)
    assert harness.window.sign_in_required_banner.title.text() == "Votre session a expiré — reconnectez-vous"
