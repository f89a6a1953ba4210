"""The session panel counts down from the last status, every second, without asking the core."""

from __future__ import annotations

from typing import Any

from desktop_app.core.auth.session import SessionState, SessionStatus
from desktop_app.gui.views.durations import format_remaining
from desktop_app.gui.views.session_panel import SessionPanel


class FakeClock:
    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def signed_in(now: float, *, access: float = 102.0, refresh: float | None = 1800.0) -> SessionStatus:
    return SessionStatus(
        "sandbox",
        SessionState.SIGNED_IN,
        access_token_expires_at=now + access,
        refresh_token_expires_at=None if refresh is None else now + refresh,
        signed_in_at=now - 10,
    )


def test_counts_down_each_second(qtbot: Any) -> None:
    clock = FakeClock()
    panel = SessionPanel(clock=clock)
    qtbot.addWidget(panel)
    panel.show_status(signed_in(clock.now))
    assert panel.access_label.text().startswith("expires in 1 min 42 s (at ")
    assert panel.refresh_label.text().startswith("expires in 30 min 00 s")
    assert panel.ticking
    clock.now += 1
    panel._timer.timeout.emit()
    assert panel.access_label.text().startswith("expires in 1 min 41 s")
    clock.now += 101
    panel._timer.timeout.emit()
    assert panel.access_label.text() == "expired — renewal pending"


def test_ticks_by_itself_with_the_real_clock(qtbot: Any) -> None:
    import time

    panel = SessionPanel()
    qtbot.addWidget(panel)
    panel.show_status(signed_in(time.time(), access=100.2))
    first = panel.access_label.text()
    qtbot.waitUntil(lambda: panel.access_label.text() != first, timeout=2500)


def test_a_refresh_moves_the_countdown_back_up(qtbot: Any) -> None:
    clock = FakeClock()
    panel = SessionPanel(clock=clock)
    qtbot.addWidget(panel)
    panel.show_status(signed_in(clock.now, access=20))
    assert panel.access_label.text().startswith("expires in 20 s")
    panel.show_status(signed_in(clock.now, access=120))
    assert panel.access_label.text().startswith("expires in 2 min 00 s")


def test_no_refresh_expiry_and_signed_out_and_expired(qtbot: Any) -> None:
    clock = FakeClock()
    panel = SessionPanel(clock=clock)
    qtbot.addWidget(panel)
    panel.show_status(signed_in(clock.now, refresh=None))
    assert panel.refresh_label.text() == "no expiry announced"
    panel.show_status(SessionStatus("sandbox"))
    assert panel.access_label.text() == "not signed in" and not panel.ticking
    panel.show_status(SessionStatus("sandbox", SessionState.SIGN_IN_REQUIRED, reason="session.refresh_expired"))
    assert panel.access_label.text() == "session expired" and not panel.ticking


def test_french_wording(qtbot: Any, french: Any) -> None:
    clock = FakeClock()
    panel = SessionPanel(clock=clock)
    qtbot.addWidget(panel)
    panel.show_status(signed_in(clock.now))
    assert panel.access_label.text().startswith("expire dans 1 min 42 s (à ")
    from PySide6.QtWidgets import QFormLayout, QLabel

    form = panel.findChild(QFormLayout)
    captions = [form.labelForField(field).text() for field in (panel.access_label, panel.refresh_label)]
    assert captions == ["Jeton d'accès :", "Jeton de rafraîchissement :"]
    assert isinstance(form.labelForField(panel.since_label), QLabel)


def test_format_remaining() -> None:
    assert format_remaining(0) == "0 s"
    assert format_remaining(0.2) == "1 s"  # rounded up: « 0 s » only when really over
    assert format_remaining(59) == "59 s"
    assert format_remaining(60) == "1 min 00 s"
    assert format_remaining(102) == "1 min 42 s"
    assert format_remaining(3600 + 5 * 60 + 30) == "1 h 05 min"
    assert format_remaining(-5) == "0 s"
