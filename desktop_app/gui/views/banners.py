"""In-window banners: the session ended, the keyring refused, something failed.

Banners, not modal message boxes: the practitioner keeps seeing who was signed in and what they were
doing, and the choice stays on screen until made. Each banner explains what its buttons do, in plain
words, because « trousseau » and « mémoire » mean little without the consequence. Passive: they emit
intents; the main window hands them texts from ``error_messages``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


def _frame(widget: QFrame, role: str, name: str) -> QVBoxLayout:
    widget.setProperty("role", role)
    widget.setAccessibleName(name)
    widget.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(12, 10, 12, 10)
    layout.setSpacing(6)
    return layout


def _text(text: str = "", *, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


class SignInRequiredBanner(QFrame):
    """« Votre session a expiré — reconnectez-vous », with the reason and a sign-in button."""

    sign_in_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = _frame(self, "banner-warning", self.tr("Session expired"))
        self.title = _text(self.tr("Your session has expired — sign in again"), bold=True)
        self.detail = _text()
        self.sign_in_button = QPushButton(self.tr("Sign in again"))
        self.sign_in_button.setAccessibleName(self.tr("Sign in again with Pro Santé Connect"))
        self.sign_in_button.clicked.connect(self.sign_in_requested)
        row = QHBoxLayout()
        row.addWidget(self.detail, 1)
        row.addWidget(self.sign_in_button)
        layout.addWidget(self.title)
        layout.addLayout(row)
        self.hide()

    def show_reason(self, text: str) -> None:
        self.detail.setText(text)
        self.show()


class KeyringBanner(QFrame):
    """The keyring is unavailable or locked: retry it, or keep the session in this process only."""

    retry_requested = Signal()
    memory_only_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = _frame(self, "banner-warning", self.tr("System keyring problem"))
        self.title = _text(self.tr("The session cannot be kept in the system keyring"), bold=True)
        self.detail = _text()
        self.explanation = _text(
            self.tr(
                "« Retry »: unlock the keyring (or start it), then retry; the session will survive a restart of "
                "the application.\n« Keep the session in memory only »: you stay signed in until you close the "
                "application, and nothing is written to disk; you will sign in again next time."
            )
        )
        self.explanation.setProperty("role", "muted")
        self.retry_button = QPushButton(self.tr("Retry"))
        self.retry_button.setAccessibleName(self.tr("Retry the system keyring"))
        self.memory_button = QPushButton(self.tr("Keep the session in memory only"))
        self.memory_button.setAccessibleName(self.tr("Keep the session in memory only, until the application closes"))
        self.retry_button.clicked.connect(self.retry_requested)
        self.memory_button.clicked.connect(self.memory_only_requested)
        row = QHBoxLayout()
        row.addWidget(self.retry_button)
        row.addWidget(self.memory_button)
        row.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        layout.addWidget(self.explanation)
        layout.addLayout(row)
        self.hide()

    def show_problem(self, text: str) -> None:
        self.detail.setText(text)
        self.set_waiting(False)
        self.show()

    def set_waiting(self, waiting: bool) -> None:
        """Buttons are disabled while a retry or the switch to memory runs."""
        self.retry_button.setEnabled(not waiting)
        self.memory_button.setEnabled(not waiting)


class ErrorBanner(QFrame):
    """The last failure, worded by ``error_messages``, until dismissed or replaced."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = _frame(self, "banner-error", self.tr("Error"))
        self.message = _text()
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code = QLabel()
        self.code.setProperty("role", "muted")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the error message"))
        self.dismiss_button.clicked.connect(self.hide)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.dismiss_button)
        layout.addLayout(row)
        layout.addWidget(self.code)
        self.hide()

    def show_error(self, code: str, text: str) -> None:
        """``code`` is shown small: support staff ask for it, users read the sentence."""
        self.message.setText(text)
        self.code.setText(self.tr("Error code: {code}").format(code=code))
        self.show()
