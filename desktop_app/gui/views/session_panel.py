"""The session panel: live expiry of the access and refresh tokens, and when the session started.

PSC access tokens live two minutes and are refreshed in the background, so the countdown visibly jumps
back up: that is the point, it shows the session being kept alive. The panel recomputes its text every
second from the last :class:`SessionStatus` it was given; it reads only a clock, never the core.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from desktop_app.gui.views.durations import format_clock_time, format_date_time, format_remaining

if TYPE_CHECKING:
    from desktop_app.core.auth.session import SessionStatus

TICK_MS = 1000


class SessionPanel(QFrame):
    """Token expiry countdowns. ``clock`` returns seconds since the epoch (tests pass a fake one)."""

    def __init__(self, parent: QWidget | None = None, *, clock: Callable[[], float] = time.time) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setAccessibleName(self.tr("Session"))
        self._clock = clock
        self._status: SessionStatus | None = None

        title = QLabel(self.tr("Session"))
        title.setProperty("role", "section")
        self.access_label = QLabel()
        self.refresh_label = QLabel()
        self.since_label = QLabel()
        for label in (self.access_label, self.refresh_label, self.since_label):
            label.setTextFormat(Qt.TextFormat.PlainText)  # short values: kept on one line, the panel widens
        form = QFormLayout()
        form.addRow(self.tr("Access token:"), self.access_label)
        form.addRow(self.tr("Refresh token:"), self.refresh_label)
        form.addRow(self.tr("Signed in at:"), self.since_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(title)
        layout.addLayout(form)

        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.refresh)
        self.refresh()

    @property
    def ticking(self) -> bool:
        return self._timer.isActive()

    def show_status(self, status: SessionStatus | None) -> None:
        """Render ``status`` now and keep counting down from it (only while signed in)."""
        self._status = status
        if status is not None and status.signed_in:
            self._timer.start()
        else:
            self._timer.stop()
        self.refresh()

    def refresh(self) -> None:
        """Recompute the texts from the last status and the clock (the timer calls it every second)."""
        status = self._status
        if status is None or not status.signed_in:
            ended = status is not None and status.state == "sign_in_required"
            none = self.tr("session expired") if ended else self.tr("not signed in")
            self.access_label.setText(none)
            self.refresh_label.setText(none)
            self.since_label.setText("—")
            return
        now = self._clock()
        self.access_label.setText(self._expiry_text(status.access_token_expires_at, now, renewing=True))
        self.refresh_label.setText(self._expiry_text(status.refresh_token_expires_at, now, renewing=False))
        self.since_label.setText(format_date_time(status.signed_in_at) if status.signed_in_at else "—")

    def _expiry_text(self, expires_at: float | None, now: float, *, renewing: bool) -> str:
        if expires_at is None:
            return self.tr("no expiry announced") if not renewing else self.tr("none held — renewal pending")
        left = expires_at - now
        if left <= 0:
            return self.tr("expired — renewal pending") if renewing else self.tr("expired")
        return self.tr("expires in {remaining} (at {time})").format(
            remaining=format_remaining(left), time=format_clock_time(expires_at)
        )
