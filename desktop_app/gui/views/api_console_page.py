"""The « Console API » page: build a request to an API Pro Santé Connectée, send it, read the answer.

The request (API, method, path, JSON body — prefilled with a SessionData example for the signed-in
practitioner, the body of ANS's conformance API ``POST /signsessiondata``) stays as typed whatever happens:
a refused call, an expired session or a cancelled PIN never costs the practitioner what they wrote. Each
call of the session goes to the history; clicking one shows its answer again, « Reuse this request » puts
its request back in the form. Passive: emits :class:`ApiRequest` intents, renders what it is given.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.controllers.api_call import DEFAULT_PATH, METHODS, ApiRequest
from desktop_app.gui.views.durations import format_clock_time
from desktop_app.gui.views.response_view import ResponseView

if TYPE_CHECKING:
    from desktop_app.gui.controllers.api_call import CallRecord

_ROLE = Qt.ItemDataRole.UserRole


def _section(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "section")
    return label


class ApiConsolePage(QWidget):
    """Request form, history and answer."""

    send_requested = Signal(object)  # ApiRequest
    example_requested = Signal()
    sign_in_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._records: dict[int, CallRecord] = {}
        self._example = ""
        self._busy = False
        self.api_combo = QComboBox()
        self.api_combo.setAccessibleName(self.tr("API"))
        self.method_combo = QComboBox()
        self.method_combo.addItems(list(METHODS))
        self.method_combo.setCurrentText("POST")
        self.method_combo.setAccessibleName(self.tr("HTTP method"))
        self.path_edit = QLineEdit(DEFAULT_PATH)
        self.path_edit.setAccessibleName(self.tr("Path or address"))
        self.path_edit.setPlaceholderText(self.tr("/path, or a full address on the API's server"))
        self.body_edit = QPlainTextEdit()
        self.body_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.body_edit.setAccessibleName(self.tr("Request body (JSON)"))
        self.body_edit.setTabChangesFocus(True)
        self.credential_label = QLabel()
        self.credential_label.setWordWrap(True)
        self.credential_label.setProperty("role", "muted")
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setObjectName("primaryButton")
        self.send_button.setAccessibleName(self.tr("Send the request (Ctrl+Enter)"))
        self.example_button = QPushButton(self.tr("SessionData example"))
        self.example_button.setAccessibleName(self.tr("Replace the body with a SessionData example"))
        self.no_api_label = QLabel(self.tr("No API is configured for this environment."))
        self.no_api_label.setProperty("role", "badge-warning")
        self.no_api_label.hide()
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Calls of this session"))
        self.reuse_button = QPushButton(self.tr("Reuse this request"))
        self.reuse_button.setAccessibleName(self.tr("Put the selected call's request back in the form"))
        self.reuse_button.setEnabled(False)
        self.response = ResponseView()

        self.send_button.clicked.connect(self._send)
        self.example_button.clicked.connect(self.example_requested)
        self.history.currentItemChanged.connect(lambda *_: self._on_history_selected())
        self.reuse_button.clicked.connect(self._reuse)
        self.response.sign_in_requested.connect(self.sign_in_requested)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._send)
        self._layout()
        self.show_credential(None)

    def _layout(self) -> None:
        target = QHBoxLayout()
        target.addWidget(self.method_combo)
        target.addWidget(self.path_edit, 1)
        request_caption = QLabel(self.tr("&Request:"))
        request_caption.setBuddy(self.path_edit)
        form = QFormLayout()
        form.addRow(self.tr("A&PI:"), self.api_combo)
        form.addRow(request_caption, target)
        buttons = QHBoxLayout()
        buttons.addWidget(self.example_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)

        request = QWidget()
        left = QVBoxLayout(request)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(_section(self.tr("Request")))
        left.addWidget(self.no_api_label)
        left.addLayout(form)
        left.addWidget(QLabel(self.tr("Body (JSON):")))
        left.addWidget(self.body_edit, 2)
        left.addWidget(self.credential_label)
        left.addLayout(buttons)
        left.addWidget(_section(self.tr("History")))
        left.addWidget(self.history, 1)
        left.addWidget(self.reuse_button)

        answer = QWidget()
        right = QVBoxLayout(answer)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(_section(self.tr("Answer")))
        right.addWidget(self.response, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(request)
        splitter.addWidget(answer)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(splitter)

    # ----------------------------------------------------------------- rendering
    def show_apis(self, names: tuple[str, ...]) -> None:
        current = self.api_combo.currentText()
        self.api_combo.clear()
        self.api_combo.addItems(list(names))
        if current in names:
            self.api_combo.setCurrentText(current)
        self.no_api_label.setVisible(not names)
        self.api_combo.setEnabled(bool(names))
        self._update_send()

    def show_example(self, body: str) -> None:
        """Prefill the body, unless the user typed something of their own (it is never overwritten)."""
        current = self.body_edit.toPlainText()
        if not current.strip() or current == self._example:
            self.body_edit.setPlainText(body)
        self._example = body

    def reset_example(self, body: str) -> None:
        """« SessionData example »: the user asked for it, so the body is replaced."""
        self._example = body
        self.body_edit.setPlainText(body)

    def show_credential(self, name: str | None) -> None:
        if name:
            self.credential_label.setText(self.tr("Certificate for this call: {name}").format(name=name))
        else:
            self.credential_label.setText(self.tr("No certificate in use: choose one on the « Certificates » page."))

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_send()
        if busy:
            self.response.start()

    def show_progress(self, received: int) -> None:
        self.response.set_progress(received)

    def show_history(self, records: tuple[CallRecord, ...]) -> None:
        if not records:
            self.response.clear()
            self.reuse_button.setEnabled(False)
        self._records = {record.number: record for record in records}
        self.history.blockSignals(True)
        self.history.clear()
        for record in reversed(records):  # newest first
            item = QListWidgetItem(self._history_text(record))
            item.setData(_ROLE, record.number)
            item.setToolTip(record.url or record.request.path)
            self.history.addItem(item)
        self.history.blockSignals(False)

    def show_record(self, record: CallRecord) -> None:
        """A call just finished: show its answer and select it in the history."""
        self.response.show_record(record)
        for row in range(self.history.count()):
            item = self.history.item(row)
            if item.data(_ROLE) == record.number:
                self.history.blockSignals(True)
                self.history.setCurrentItem(item)
                self.history.blockSignals(False)
        self.reuse_button.setEnabled(True)

    def _history_text(self, record: CallRecord) -> str:
        request = record.request
        outcome = str(record.status) if record.status is not None else self.tr("failed")
        return self.tr("{time}  {method} {path} → {outcome} · {ms} ms").format(
            time=format_clock_time(record.started_at),
            method=request.method,
            path=request.path,
            outcome=outcome,
            ms=round(record.elapsed * 1000),
        )

    # ----------------------------------------------------------------- intents
    def current_request(self) -> ApiRequest:
        return ApiRequest(
            self.api_combo.currentText(),
            self.method_combo.currentText(),
            self.path_edit.text().strip(),
            self.body_edit.toPlainText(),
        )

    def _send(self) -> None:
        if self.send_button.isEnabled():
            self.send_requested.emit(self.current_request())

    def _update_send(self) -> None:
        self.send_button.setEnabled(not self._busy and self.api_combo.count() > 0)

    def _selected_record(self) -> CallRecord | None:
        item = self.history.currentItem()
        return self._records.get(item.data(_ROLE)) if item is not None else None

    def _on_history_selected(self) -> None:
        record = self._selected_record()
        self.reuse_button.setEnabled(record is not None)
        if record is not None:
            self.response.show_record(record)

    def _reuse(self) -> None:
        record = self._selected_record()
        if record is None:
            return
        request = record.request
        if self.api_combo.findText(request.api) >= 0:
            self.api_combo.setCurrentText(request.api)
        self.method_combo.setCurrentText(request.method)
        self.path_edit.setText(request.path)
        self.body_edit.setPlainText(request.body)
