"""The waiting dialog shown while the practitioner signs in in the system browser.

The sign-in happens in the browser (RFC 8252: the app never sees the credentials), so the app can only
wait, say so, and help: reopen the browser tab, copy the link for another browser, or give up. The
countdown reaches the loopback receiver's deadline, after which the attempt times out on its own.
Passive: it emits intents; the session controller does the work.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from desktop_app.gui.views.durations import format_remaining

TICK_MS = 1000


class SignInDialog(QDialog):
    """« Connexion en cours… » with a countdown, « Rouvrir le navigateur », « Copier le lien », « Annuler »."""

    cancel_requested = Signal()
    reopen_requested = Signal()
    copy_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._clock = clock
        self._deadline = 0.0
        self.setWindowTitle(self.tr("Sign-in in progress"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(460)

        heading = QLabel(self.tr("Sign-in in progress…"))
        heading.setProperty("role", "section")
        explanation = QLabel(
            self.tr(
                "Complete the sign-in in your web browser with Pro Santé Connect: choose your CPS card or "
                "e-CPS. This window closes by itself once you are signed in."
            )
        )
        explanation.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # indeterminate: we cannot know how far the user is in the browser
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Waiting for the browser"))
        self.countdown_label = QLabel()
        self.countdown_label.setProperty("role", "muted")
        self.browser_hint = QLabel(
            self.tr("The web browser could not be opened. Copy the link and paste it into your browser's address bar.")
        )
        self.browser_hint.setWordWrap(True)
        self.browser_hint.setProperty("role", "badge-warning")
        self.browser_hint.hide()
        self.copied_label = QLabel(self.tr("Link copied to the clipboard."))
        self.copied_label.setProperty("role", "muted")
        self.copied_label.hide()

        buttons = self._buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addWidget(self.progress)
        layout.addWidget(self.countdown_label)
        layout.addWidget(self.browser_hint)
        layout.addWidget(self.copied_label)
        layout.addLayout(buttons)
        self.setTabOrder(self.reopen_button, self.copy_button)
        self.setTabOrder(self.copy_button, self.cancel_button)

        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.refresh_countdown)

    def _buttons(self) -> QHBoxLayout:
        self.reopen_button = QPushButton(self.tr("Reopen the browser"))
        self.reopen_button.setAccessibleName(self.tr("Reopen the browser on the sign-in page"))
        self.copy_button = QPushButton(self.tr("Copy the link"))
        self.copy_button.setAccessibleName(self.tr("Copy the sign-in link to the clipboard"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the sign-in"))
        self.reopen_button.clicked.connect(self.reopen_requested)
        self.copy_button.clicked.connect(self.copy_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        for button in (self.reopen_button, self.copy_button, self.cancel_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reopen_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        return buttons

    def start(self, deadline: float, *, browser_failed: bool = False) -> None:
        """Show the dialog for an attempt ending at ``deadline`` (a ``time.monotonic()`` value)."""
        self._deadline = deadline
        self.browser_hint.setVisible(browser_failed)
        self.copied_label.hide()
        self.refresh_countdown()
        self._timer.start()
        self.show()
        self.cancel_button.setFocus()

    def finish(self) -> None:
        """The attempt ended (signed in, failed or cancelled): stop counting and close."""
        self._timer.stop()
        self.hide()

    def show_browser_failed(self) -> None:
        self.browser_hint.show()

    def show_copied(self) -> None:
        self.copied_label.show()

    def refresh_countdown(self) -> None:
        left = self._deadline - self._clock()
        if left <= 0:
            self.countdown_label.setText(self.tr("Time is up: the sign-in is being abandoned."))
            return
        self.countdown_label.setText(self.tr("Time left: {remaining}").format(remaining=format_remaining(left)))

    # Escape and the window's close button mean « Annuler »: the controller decides and then calls finish().
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._timer.isActive():
            event.ignore()
            self.cancel_requested.emit()
            return
        super().closeEvent(event)
