"""The window's header: environment picker, architecture, where the session is kept, sign-in/out.

The storage indicator is always visible because it changes what happens at the next start: with the
system keyring the session survives a restart; « Session en mémoire uniquement » means it will not, and
the practitioner must know before closing the app. Passive: emits intents, renders what it is told.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.gui.theme import set_role
from desktop_app.gui.views.nomenclature import environment_label, mode_label


class HeaderBar(QFrame):
    """Title, environment, mode and storage, and the two session buttons."""

    environment_chosen = Signal(str)
    sign_in_requested = Signal()
    sign_out_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "header")
        title = QLabel(self.tr("Pro Santé Connect — reference client"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)

        self.environment_combo = QComboBox()
        self.environment_combo.setAccessibleName(self.tr("Environment"))
        self.environment_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.environment_combo.setEnabled(False)
        self.environment_combo.activated.connect(self._on_activated)
        environment_caption = QLabel(self.tr("&Environment:"))
        environment_caption.setBuddy(self.environment_combo)
        self.mode_label = QLabel()
        self.mode_label.setProperty("role", "badge")
        self.mode_label.setAccessibleName(self.tr("Architecture"))
        self.storage_label = QLabel()
        self.storage_label.setAccessibleName(self.tr("Where the session is kept"))

        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setObjectName("primaryButton")
        self.sign_in_button.setAccessibleName(self.tr("Sign in with Pro Santé Connect"))
        self.sign_in_button.setEnabled(False)
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.sign_out_button.setAccessibleName(self.tr("Sign out and wipe the session from this computer"))
        self.sign_out_button.hide()
        self.sign_in_button.clicked.connect(self.sign_in_requested)
        self.sign_out_button.clicked.connect(self.sign_out_requested)

        facts = QHBoxLayout()
        facts.addWidget(environment_caption)
        facts.addWidget(self.environment_combo)
        facts.addSpacing(12)
        facts.addWidget(self.mode_label)
        facts.addWidget(self.storage_label)
        facts.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(title)
        left.addLayout(facts)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(left, 1)
        layout.addWidget(self.sign_in_button)
        layout.addWidget(self.sign_out_button)
        self.setTabOrder(self.environment_combo, self.sign_in_button)
        self.setTabOrder(self.sign_in_button, self.sign_out_button)
        self.set_mode("")
        self.set_storage("")

    def set_environments(self, names: list[str], current: str) -> None:
        self.environment_combo.blockSignals(True)
        self.environment_combo.clear()
        for name in names:
            self.environment_combo.addItem(environment_label(name), name)
        self.environment_combo.setCurrentIndex(max(0, self.environment_combo.findData(current)))
        self.environment_combo.blockSignals(False)

    def current_environment(self) -> str:
        return str(self.environment_combo.currentData() or "")

    def set_mode(self, mode: str) -> None:
        self.mode_label.setText(self.tr("Mode: {mode}").format(mode=mode_label(mode)) if mode else "")
        self.mode_label.setVisible(bool(mode))

    def set_storage(self, storage: str) -> None:
        """``keyring`` | ``memory`` | ``unsaved`` (the core's ``SessionStatus.storage``), ``unavailable`` (the
        keyring failed before anything was saved) or ``""`` (unknown yet)."""
        texts = {
            "keyring": (self.tr("System keyring"), "badge"),
            "unavailable": (self.tr("System keyring unavailable"), "badge-warning"),
            "memory": (self.tr("Session in memory only"), "badge-warning"),
            "unsaved": (self.tr("Session not saved"), "badge-warning"),
        }
        text, role = texts.get(storage, ("", "badge"))
        set_role(self.storage_label, role)
        self.storage_label.setText(text)
        self.storage_label.setVisible(bool(text))

    def set_session_buttons(
        self, *, show_sign_in: bool, sign_in_enabled: bool, show_sign_out: bool, sign_out_enabled: bool
    ) -> None:
        self.sign_in_button.setVisible(show_sign_in)
        self.sign_in_button.setEnabled(sign_in_enabled)
        self.sign_out_button.setVisible(show_sign_out)
        self.sign_out_button.setEnabled(sign_out_enabled)

    def set_picker_enabled(self, enabled: bool) -> None:
        self.environment_combo.setEnabled(enabled and self.environment_combo.count() > 1)

    def _on_activated(self, index: int) -> None:
        name = self.environment_combo.itemData(index)
        if isinstance(name, str):
            self.environment_chosen.emit(name)
