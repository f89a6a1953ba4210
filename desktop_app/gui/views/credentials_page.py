"""The « Certificats » page: the credentials for mTLS, the one in use, the cards, and certificate details.

A practitioner's workstation authenticates to an API Pro Santé Connectée with a certificate: the structure's
IGC Santé software certificate (a .p12 file) or the personal certificate of their CPS card (PKCS#11). This page
lists the configured ones, marks the one in use, lets the user choose another for the session, import a .p12,
list the cards present (without a PIN), and shows the details and expiry of any certificate selected.

Passive: it emits intents and renders the plain data the credentials controller gives it. The only thing it
does itself is ask for a file name (Qt's file dialog), because that is a conversation with the user.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.views.cards_tree import CardsTree
from desktop_app.gui.views.certificate_details import (
    EXPIRED_COLOUR,
    EXPIRING_COLOUR,
    CertificateDetails,
    expiry_level,
)
from desktop_app.gui.views.durations import format_date_time

if TYPE_CHECKING:
    from desktop_app.core.tls.certificate import CertificateInfo
    from desktop_app.gui.controllers.credential_listing import CardListing, CertificateState, CredentialEntry

NAME, KIND, CERTIFICATE, VALID_UNTIL = range(4)
_ROLE = Qt.ItemDataRole.UserRole


def _section(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "section")
    return label


def _tree(headers: list[str], name: str) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(headers)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # a handful of rows: cheap
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setAccessibleName(name)
    return tree


class CredentialsPage(QWidget):
    """Credentials list, actions, cards and details."""

    choose_requested = Signal(str)
    import_requested = Signal(str)  # the chosen .p12 path
    remove_requested = Signal(str)
    unlock_requested = Signal(str)
    reload_requested = Signal()
    refresh_cards_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self._clock = clock or (lambda: datetime.now(UTC))
        self._entries: dict[str, CredentialEntry] = {}
        self._states: dict[str, CertificateState] = {}
        self._active: str | None = None
        self.file_chooser: Callable[[], str] = self._choose_file

        self.credentials_list = _tree(
            [self.tr("Name"), self.tr("Type"), self.tr("Certificate"), self.tr("Valid until")],
            self.tr("Configured certificates"),
        )
        self.credentials_list.currentItemChanged.connect(lambda *_: self._on_credential_selected())
        self.credentials_list.itemDoubleClicked.connect(lambda *_: self._choose())
        self.active_label = QLabel()
        self.active_label.setWordWrap(True)
        self.use_button = QPushButton(self.tr("Use this certificate"))
        self.use_button.setObjectName("primaryButton")
        self.use_button.setAccessibleName(self.tr("Use the selected certificate for API calls"))
        self.import_button = QPushButton(self.tr("Import a software certificate (.p12)…"))
        self.import_button.setAccessibleName(self.tr("Import a software certificate from a PKCS#12 file"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the imported certificate from the list"))
        self.unlock_button = QPushButton(self.tr("Unlock…"))
        self.unlock_button.setAccessibleName(self.tr("Type the password of the selected certificate file"))
        self.unlock_button.clicked.connect(self._unlock)
        self.reload_button = QPushButton(self.tr("Refresh"))
        self.reload_button.setAccessibleName(self.tr("Read the certificates again"))
        self.use_button.clicked.connect(self._choose)
        self.import_button.clicked.connect(self._import)
        self.remove_button.clicked.connect(self._remove)
        self.reload_button.clicked.connect(self.reload_requested)

        self.cards_tree = CardsTree()
        self.cards_tree.certificate_selected.connect(self._show_card_certificate)
        self.cards_button = QPushButton(self.tr("Refresh the cards"))
        self.cards_button.setAccessibleName(self.tr("List the cards and their certificates (no PIN needed)"))
        self.cards_button.clicked.connect(self.refresh_cards_requested)
        self.cards_status = QLabel(self.tr("Insert the card, then choose « Refresh the cards »."))
        self.cards_status.setProperty("role", "muted")
        self.cards_status.setWordWrap(True)

        self.details = CertificateDetails()
        self._layout()
        self._update_buttons()

    def _layout(self) -> None:
        explanation = QLabel(
            self.tr(
                "The certificate in use authenticates this workstation to the APIs (mutual TLS): the structure's "
                "software certificate or the personal certificate of a CPS card."
            )
        )
        explanation.setWordWrap(True)
        explanation.setProperty("role", "muted")
        actions = QHBoxLayout()
        for button in (self.use_button, self.unlock_button, self.import_button, self.remove_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.reload_button)
        cards_actions = QHBoxLayout()
        cards_actions.addWidget(self.cards_button)
        cards_actions.addWidget(self.cards_status, 1)

        lists = QWidget()
        left = QVBoxLayout(lists)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(_section(self.tr("Certificates for API calls")))
        left.addWidget(explanation)
        left.addWidget(self.active_label)
        left.addWidget(self.credentials_list, 3)
        left.addLayout(actions)
        left.addWidget(_section(self.tr("Cards (PKCS#11)")))
        left.addLayout(cards_actions)
        left.addWidget(self.cards_tree, 2)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(lists)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])
        self.details.setMinimumWidth(340)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(splitter)

    # ----------------------------------------------------------------- rendering
    def show_entries(self, entries: tuple[CredentialEntry, ...]) -> None:
        selected = self.selected_name()
        self._entries = {entry.name: entry for entry in entries}
        self._states = {name: state for name, state in self._states.items() if name in self._entries}
        self.credentials_list.clear()
        for entry in entries:
            item = QTreeWidgetItem(self.credentials_list)
            item.setData(NAME, _ROLE, entry.name)
            self._render_item(item)
        if not entries:
            self.details.show_error(self.tr("No certificate is configured. Import a software certificate (.p12)."))
        else:  # keep the user's selection, else show the one in use: the details are never stale
            self.select(selected or self._active)
            if self.selected_name() is None:
                self.details.show_error(self.tr("Choose a certificate in the list to see its details."))
        self._update_buttons()

    def show_active(self, name: str | None) -> None:
        self._active = name
        if name is None:
            self.active_label.setText(self.tr("No certificate is in use: choose one to call the APIs."))
        else:
            self.active_label.setText(self.tr("In use for API calls: {name}").format(name=name))
        for item in self._items():
            self._render_item(item)
        if self.selected_name() is None and name is not None:
            self.select(name)
        self._update_buttons()

    def show_certificate_state(self, state: CertificateState) -> None:
        self._states[state.name] = state
        for item in self._items():
            if item.data(NAME, _ROLE) == state.name:
                self._render_item(item)
        if self.selected_name() == state.name:
            self._on_credential_selected()
        self._update_buttons()

    def _render_item(self, item: QTreeWidgetItem) -> None:
        name = str(item.data(NAME, _ROLE))
        entry = self._entries[name]
        active = name == self._active
        item.setText(NAME, ("● " if active else "") + name)
        font = QFont(item.font(NAME))
        font.setBold(active)
        item.setFont(NAME, font)
        item.setText(KIND, self._kind_text(entry))
        item.setToolTip(KIND, entry.source)
        state = self._states.get(name)
        if state is None:
            item.setText(CERTIFICATE, self.tr("reading…"))
            item.setText(VALID_UNTIL, "")
        elif state.error_code == "credential.locked":
            item.setText(CERTIFICATE, self.tr("locked (password needed)"))
            item.setToolTip(CERTIFICATE, state.error_text)
            item.setText(VALID_UNTIL, "")
        elif state.info is None:
            item.setText(CERTIFICATE, self.tr("unusable"))
            item.setToolTip(CERTIFICATE, state.error_text)
            item.setText(VALID_UNTIL, "")
        else:
            self._render_validity(item, state.info)

    def _render_validity(self, item: QTreeWidgetItem, info: CertificateInfo) -> None:
        item.setText(CERTIFICATE, info.common_name)
        item.setToolTip(CERTIFICATE, info.subject)
        level = expiry_level(info, self._clock())
        until = format_date_time(info.not_after.timestamp())
        if level == "expired":
            item.setText(VALID_UNTIL, self.tr("{date} (expired)").format(date=until))
            item.setForeground(VALID_UNTIL, QBrush(EXPIRED_COLOUR))
        elif level == "expiring":
            item.setText(VALID_UNTIL, self.tr("{date} (expires soon)").format(date=until))
            item.setForeground(VALID_UNTIL, QBrush(EXPIRING_COLOUR))
        else:
            item.setText(VALID_UNTIL, until)
            item.setForeground(VALID_UNTIL, QBrush())
        item.setData(VALID_UNTIL, _ROLE, level)

    def _kind_text(self, entry: CredentialEntry) -> str:
        if entry.kind == "pkcs11":
            return self.tr("Card (PKCS#11)")
        if entry.imported:
            return self.tr("Software certificate (imported)")
        return self.tr("Software certificate (PKCS#12)")

    def show_cards(self, listings: tuple[CardListing, ...]) -> None:
        self.set_cards_busy(False)
        tokens = self.cards_tree.show_cards(listings, now=self._clock())
        if tokens:
            self.cards_status.setText(self.tr("{count} card(s) found.").format(count=tokens))
        else:
            self.cards_status.setText(self.tr("No card found. Check that the card is in the reader."))

    def set_cards_busy(self, busy: bool) -> None:
        self.cards_button.setEnabled(not busy)
        if busy:
            self.cards_status.setText(self.tr("Looking for cards…"))

    # ----------------------------------------------------------------- selection and intents
    def selected_name(self) -> str | None:
        item = self.credentials_list.currentItem()
        return str(item.data(NAME, _ROLE)) if item is not None else None

    def select(self, name: str | None) -> None:
        for item in self._items():
            if item.data(NAME, _ROLE) == name:
                self.credentials_list.setCurrentItem(item)
                return

    def _items(self) -> list[QTreeWidgetItem]:
        root = self.credentials_list.invisibleRootItem()
        return [item for i in range(root.childCount()) if (item := root.child(i)) is not None]

    def _on_credential_selected(self) -> None:
        name = self.selected_name()
        self._update_buttons()
        if name is None:
            return
        state = self._states.get(name)
        if state is None:
            self.details.show_error(self.tr("Reading the certificate…"))
        elif state.info is None:
            self.details.show_error(state.error_text, error=True)
        else:
            self.details.show_certificate(state.info, now=self._clock())

    def _show_card_certificate(self, info: CertificateInfo) -> None:
        self.details.show_certificate(info, now=self._clock())

    def _update_buttons(self) -> None:
        name = self.selected_name()
        entry = self._entries.get(name) if name is not None else None
        self.use_button.setEnabled(entry is not None and name != self._active)
        self.remove_button.setEnabled(entry is not None and entry.imported and name != self._active)
        state = self._states.get(name) if name is not None else None
        self.unlock_button.setVisible(state is not None and state.error_code == "credential.locked")

    def _choose(self) -> None:
        name = self.selected_name()
        if name is not None and name != self._active:
            self.choose_requested.emit(name)

    def _unlock(self) -> None:
        name = self.selected_name()
        if name is not None:
            self.unlock_requested.emit(name)

    def _remove(self) -> None:
        name = self.selected_name()
        if name is not None:
            self.remove_requested.emit(name)

    def _import(self) -> None:
        path = self.file_chooser()
        if path:
            self.import_requested.emit(path)

    def _choose_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a software certificate"),
            "",
            self.tr("PKCS#12 certificates (*.p12 *.pfx);;All files (*)"),
        )
        return path
