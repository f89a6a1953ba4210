"""The answer of one API call: status, timing, size, the certificate binding, headers, the body as a tree or text.

Rendering must never freeze the window, whatever the size of the answer (a 5 MB, 50 000-entry document is a
real case): the JSON was parsed by the worker, the tree is a lazy model (:mod:`desktop_app.gui.models.json_tree`)
and the raw text is fed to its editor a slice at a time from the event loop, only when that tab is looked at.
Errors are worded by ``error_messages`` and shown with the answer the server gave, when there was one.
Passive: renders a :class:`~desktop_app.gui.controllers.api_console_controller.CallRecord`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.models.json_tree import JsonTreeModel
from desktop_app.gui.theme import set_role

if TYPE_CHECKING:
    from desktop_app.gui.controllers.api_call import CallRecord, CnfBinding

RAW_SLICE = 16 * 1024  # characters appended to the raw view per event-loop turn (a few ms of layout)
_SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
TREE, RAW, HEADERS = range(3)


def format_size(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def _label(role: str | None = None, *, selectable: bool = False) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        label.setProperty("role", role)
    if selectable:
        label.setTextInteractionFlags(_SELECTABLE)
    return label


def _badge(label: QLabel, text: str, role: str) -> None:
    set_role(label, role)
    label.setText(text)


class ResponseView(QWidget):
    """:meth:`start` while a call runs, :meth:`set_progress` as bytes arrive, :meth:`show_record` at the end."""

    sign_in_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status_label = _label("badge")
        self.status_label.setWordWrap(False)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.summary_label = _label("muted", selectable=True)
        self.error_label = _label("badge-error", selectable=True)
        self.error_code_label = _label("muted", selectable=True)
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setAccessibleName(self.tr("Sign in with Pro Santé Connect"))
        self.sign_in_button.clicked.connect(self.sign_in_requested)
        self.binding_label = _label("badge")
        self.binding_details = _label("muted", selectable=True)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setAccessibleName(self.tr("Receiving the answer"))
        self.progress_label = _label("muted")

        self.tree = QTreeView()
        self.tree.setUniformRowHeights(True)  # row heights computed once: essential for long lists
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName(self.tr("Answer as a JSON tree"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.raw = QPlainTextEdit()
        self.raw.setReadOnly(True)
        self.raw.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.raw.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.raw.setAccessibleName(self.tr("Answer as text"))
        self.headers = QTreeWidget()
        self.headers.setHeaderLabels([self.tr("Header"), self.tr("Value")])
        self.headers.setRootIsDecorated(False)
        self.headers.setAccessibleName(self.tr("Answer headers"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.tree, self.tr("JSON tree"))
        self.tabs.addTab(self.raw, self.tr("Raw text"))
        self.tabs.addTab(self.headers, self.tr("Headers"))
        self.tabs.currentChanged.connect(lambda _: self._feed_raw_if_shown())

        self._record: CallRecord | None = None
        self._raw_offset = 0
        self._raw_timer = QTimer(self)
        self._raw_timer.setInterval(0)
        self._raw_timer.timeout.connect(self._feed_raw_slice)
        self._layout()
        self.clear()

    def _layout(self) -> None:
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label)
        status_row.addWidget(self.summary_label, 1)
        error_row = QHBoxLayout()
        error_row.addWidget(self.error_label, 1)
        error_row.addWidget(self.sign_in_button)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_bar, 1)
        progress_row.addWidget(self.progress_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(status_row)
        layout.addLayout(progress_row)
        layout.addLayout(error_row)
        layout.addWidget(self.error_code_label)
        layout.addWidget(self.binding_label)
        layout.addWidget(self.binding_details)
        layout.addWidget(self.tabs, 1)

    # ----------------------------------------------------------------- states
    def clear(self) -> None:
        self._stop_raw()
        self._record = None
        _badge(self.status_label, self.tr("No answer yet: send a request."), "muted")
        for widget in (self.summary_label, self.error_label, self.error_code_label, self.sign_in_button):
            widget.hide()
        self.binding_label.hide()
        self.binding_details.hide()
        self.progress_bar.hide()
        self.progress_label.hide()
        self.tree.setModel(None)
        self.raw.clear()
        self.headers.clear()

    def start(self) -> None:
        """A call was sent: say so and show a progress until :meth:`show_record`."""
        self.clear()
        self.status_label.setText(self.tr("Sending…"))
        self.progress_bar.show()
        self.progress_label.setText(self.tr("Waiting for the answer…"))
        self.progress_label.show()

    def set_progress(self, received: int) -> None:
        if received:
            self.progress_label.setText(self.tr("{size} received").format(size=format_size(received)))

    def show_record(self, record: CallRecord) -> None:
        self.clear()
        self._record = record
        self._show_status(record)
        self._show_error(record)
        self._show_binding(record.binding)
        for name, value in record.headers:
            QTreeWidgetItem(self.headers, [name, value])
        if record.is_json:
            model = JsonTreeModel(record.document, self.tree)
            self.tree.setModel(model)
            header = self.tree.header()
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the value takes what is left
            self.tree.setColumnWidth(0, 220)
            self.tree.setColumnWidth(2, 90)
        self.tabs.setTabEnabled(TREE, record.is_json)
        self.tabs.setCurrentIndex(TREE if record.is_json else (RAW if record.status is not None else HEADERS))
        self._feed_raw_if_shown()

    def _show_status(self, record: CallRecord) -> None:
        if record.status is None:
            _badge(self.status_label, self.tr("No answer"), "badge-error")
            return
        _badge(
            self.status_label,
            self.tr("HTTP {status}").format(status=record.status),
            "badge-ok" if 200 <= record.status < 300 else "badge-error",
        )
        parts = [
            self.tr("{ms} ms").format(ms=QLocale().toString(round(record.elapsed * 1000))),
            format_size(record.size),
            record.content_type or self.tr("no content type"),
            record.url,
        ]
        self.summary_label.setText(" · ".join(p for p in parts if p))
        self.summary_label.show()

    def _show_error(self, record: CallRecord) -> None:
        if not record.error_code:
            return
        self.error_label.setText(record.error_text)
        self.error_code_label.setText(self.tr("Error code: {code}").format(code=record.error_code))
        self.error_label.show()
        self.error_code_label.show()
        self.sign_in_button.setVisible(record.error_code.startswith("session."))

    def _show_binding(self, binding: CnfBinding | None) -> None:
        if binding is None:
            return
        if binding.token_cnf is None:
            _badge(
                self.binding_label,
                self.tr("— The API token carries no certificate binding (cnf) to check"),
                "badge-warning",
            )
        elif binding.bound:
            _badge(self.binding_label, self.tr("✔ Token bound to the certificate"), "badge-ok")
        else:
            _badge(self.binding_label, self.tr("✘ Token NOT bound to the certificate in use"), "badge-error")
        self.binding_details.setText(
            self.tr("Certificate {credential} (x5t#S256, {encoding}): {thumbprint}\nToken cnf.x5t#S256: {cnf}").format(
                credential=binding.credential,
                encoding=binding.encoding,
                thumbprint=binding.certificate_thumbprint,
                cnf=binding.token_cnf or "—",
            )
        )
        self.binding_label.show()
        self.binding_details.show()

    # ----------------------------------------------------------------- raw text, a slice per event-loop turn
    def _feed_raw_if_shown(self) -> None:
        record = self._record
        if record is None or self.tabs.currentIndex() != RAW or self._raw_timer.isActive():
            return
        if self._raw_offset == 0 and self.raw.document().isEmpty():
            self._raw_timer.start()

    def _feed_raw_slice(self) -> None:
        record = self._record
        if record is None:
            self._stop_raw()
            return
        piece = record.text[self._raw_offset : self._raw_offset + RAW_SLICE]
        if piece:
            cursor = QTextCursor(self.raw.document())
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertText(piece)
            self._raw_offset += len(piece)
        if not piece or self._raw_offset >= len(record.text):
            self._stop_raw()
            if record.lines_cut:
                self.raw.appendPlainText(self.tr("… (lines longer than 2,000 characters are cut for display)"))
            if record.text_truncated:
                self.raw.appendPlainText(self.tr("… (display cut here: the answer is longer)"))
            self.raw.moveCursor(QTextCursor.MoveOperation.Start)

    def _stop_raw(self) -> None:
        self._raw_timer.stop()
        self._raw_offset = 0

    @property
    def raw_complete(self) -> bool:
        """The raw view holds the whole (displayable) answer (tests wait on it)."""
        return self._record is not None and not self._raw_timer.isActive() and not self.raw.document().isEmpty()
