"""The cards found without a PIN: each PKCS#11 module, its tokens, and the certificates on them.

What a practitioner checks before signing in with a card: is it seen at all, which slot, is its PIN close to
locking, and can it sign RSA-PSS — a CPS3 card cannot, so TLS then runs 1.2 with PKCS#1 v1.5 signatures
(spec §6). Selecting a certificate emits it for the details panel. Passive: renders ``CardListing`` data.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from desktop_app.gui.views.certificate_details import EXPIRED_COLOUR, EXPIRING_COLOUR, expiry_level
from desktop_app.gui.views.durations import format_date_time

if TYPE_CHECKING:
    from desktop_app.core.tls.credentials import TokenInfo
    from desktop_app.gui.controllers.credential_listing import CardListing

_ROLE = Qt.ItemDataRole.UserRole


class CardsTree(QTreeWidget):
    """Module → token → certificate; :meth:`show_cards` replaces the content."""

    certificate_selected = Signal(object)  # CertificateInfo

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels([self.tr("Card or certificate"), self.tr("Details")])
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # a handful of rows
        self.setUniformRowHeights(True)
        self.setAccessibleName(self.tr("Cards"))
        self.currentItemChanged.connect(lambda *_: self._on_selected())

    def show_cards(self, listings: tuple[CardListing, ...], *, now: datetime) -> int:
        """Render ``listings``; returns how many tokens were found."""
        self.clear()
        tokens = 0
        for listing in listings:
            module = QTreeWidgetItem(self, [listing.module, ""])
            module.setToolTip(0, listing.module)
            if listing.error_code:
                module.setText(1, listing.error_text)
                module.setToolTip(1, listing.error_text)
                module.setForeground(1, QBrush(EXPIRED_COLOUR))
            for token in listing.tokens:
                tokens += 1
                self._token_item(module, token, now)
            module.setExpanded(True)
        return tokens

    def _token_item(self, module: QTreeWidgetItem, token: TokenInfo, now: datetime) -> None:
        item = QTreeWidgetItem(module, [token.label, self._token_text(token)])
        item.setToolTip(1, " · ".join(p for p in (token.manufacturer, token.model, token.serial) if p))
        if token.pin_locked or token.pin_final_try:
            item.setForeground(1, QBrush(EXPIRED_COLOUR if token.pin_locked else EXPIRING_COLOUR))
        for label, info in zip(token.certificate_labels, token.certificates, strict=False):
            cert = QTreeWidgetItem(item, [info.common_name, format_date_time(info.not_after.timestamp())])
            cert.setToolTip(0, self.tr("Object label: {label}").format(label=label))
            cert.setData(0, _ROLE, info)
            level = expiry_level(info, now)
            if level != "valid":
                cert.setForeground(1, QBrush(EXPIRED_COLOUR if level == "expired" else EXPIRING_COLOUR))
        if not token.certificates:
            QTreeWidgetItem(item, [self.tr("(no certificate)"), ""])
        item.setExpanded(True)

    def _token_text(self, token: TokenInfo) -> str:
        """Slot, model, PIN state and what the card can sign with (a CPS3 card cannot sign RSA-PSS)."""
        parts = [self.tr("slot {slot}").format(slot=token.slot)]
        if token.model:
            parts.append(token.model)
        if token.pin_locked:
            parts.append(self.tr("PIN LOCKED"))
        elif token.pin_final_try:
            parts.append(self.tr("last PIN try"))
        elif token.pin_count_low:
            parts.append(self.tr("a wrong PIN was entered"))
        parts.append(self.tr("RSA-PSS signatures") if token.supports_pss else self.tr("PKCS#1 v1.5 signatures only"))
        return " · ".join(parts)

    def _on_selected(self) -> None:
        item = self.currentItem()
        info = item.data(0, _ROLE) if item is not None else None
        if info is not None:
            self.certificate_selected.emit(info)
