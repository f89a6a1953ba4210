"""The PIN / password dialog: the card's PIN or the .p12 file's password, asked when a credential is opened.

The core asks for a secret only through its ``PinProvider`` (``GuiPinProvider`` shows this dialog); this view
only renders one :class:`~desktop_app.core.tls.pin.SecretRequest` and hands the typed text back once. It says
which credential and which token or file the secret is for, that the previous attempt was wrong, and how many
tries the card has left when the card reports it: a CPS card locks itself after three wrong PINs, so the last
try is worded as a warning. The field echoes nothing, Qt then refuses to copy it, and it is cleared as soon as
it was read or the dialog closes: the secret lives in this widget only while the user types it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from desktop_app.core.tls.pin import SecretRequest


def _label(role: str | None = None) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # labels come from the token or a file name: never rich text
    if role:
        label.setProperty("role", role)
    return label


class SecretDialog(QDialog):
    """One request for a PIN or a password; :meth:`take_secret` returns the text once and clears the field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(420)
        self.heading = _label("section")
        self.credential_label = _label("muted")
        self.retry_label = _label("badge-error")
        self.tries_label = _label("badge-warning")
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.field.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhHiddenText
        )
        self.field_caption = QLabel()
        self.field_caption.setBuddy(self.field)
        self.note = _label("muted")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button.setText(self.tr("Confirm"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.field.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text)))
        self.ok_button.setEnabled(False)

        form = QFormLayout()
        form.addRow(self.field_caption, self.field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.credential_label)
        layout.addWidget(self.retry_label)
        layout.addWidget(self.tries_label)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)

    def present(self, request: SecretRequest) -> None:
        """Fill the texts for ``request`` (the field starts empty)."""
        pin = request.kind == "pin"
        self.field.clear()
        if pin:
            self.setWindowTitle(self.tr("Card PIN"))
            self.heading.setText(self.tr("Enter the PIN of the card « {label} »").format(label=request.label))
            self.field_caption.setText(self.tr("&PIN:"))
            self.field.setAccessibleName(self.tr("Card PIN"))
            self.note.setText(self.tr("The PIN is used for this connection only; it is never saved."))
            self.retry_label.setText(self.tr("Incorrect PIN. Try again."))
        else:
            self.setWindowTitle(self.tr("Certificate password"))
            self.heading.setText(
                self.tr("Enter the password of the certificate file « {label} »").format(label=request.label)
            )
            self.field_caption.setText(self.tr("&Password:"))
            self.field.setAccessibleName(self.tr("Certificate file password"))
            self.note.setText(self.tr("The password is used to open the file only; it is never saved."))
            self.retry_label.setText(self.tr("Incorrect password. Try again."))
        self.credential_label.setText(self.tr("Credential: {name}").format(name=request.credential))
        self.retry_label.setVisible(request.retry)
        hint = self._tries_text(request)
        self.tries_label.setText(hint)
        self.tries_label.setVisible(bool(hint))
        self.field.setFocus()

    def _tries_text(self, request: SecretRequest) -> str:
        """What the token said of the tries left (CKF_USER_PIN_FINAL_TRY / COUNT_LOW), or nothing."""
        if request.tries_left is not None:
            if request.tries_left <= 1:
                return self.tr("Last try: a wrong PIN will lock the card.")
            return self.tr("{count} tries left before the card locks.").format(count=request.tries_left)
        if request.kind == "pin" and request.pin_count_low and not request.retry:
            return self.tr("A wrong PIN was already entered on this card: type it carefully.")
        return ""

    def take_secret(self) -> str:
        """The typed text, once: the field is cleared at the same time."""
        text = self.field.text()
        self.field.clear()
        return text
