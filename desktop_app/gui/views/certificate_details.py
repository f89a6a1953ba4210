"""The details of one X.509 certificate, and how soon it expires.

What a practitioner or a support technician needs to recognise a certificate and check it against what the
authorities registered: subject and issuer (RFC 4514 strings), serial number, validity, the structure
identifier (the subject's OU on IGC Santé ORG certificates), and its thumbprints — the SHA-256 of the DER
and the RFC 8705 ``x5t#S256`` that a certificate-bound token carries in ``cnf``. An expired certificate is
shown in red (mTLS refuses it); one expiring within 30 days in amber, so it is renewed in time. Passive:
renders a ``CertificateInfo`` (plain data).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QFontDatabase
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from desktop_app.gui.theme import set_role
from desktop_app.gui.views.durations import format_date_time

if TYPE_CHECKING:
    from desktop_app.core.tls.certificate import CertificateInfo

EXPIRY_WARNING_DAYS = 30
EXPIRED_COLOUR = QColor("#b42318")  # text colours in lists (the details use the theme's badges)
EXPIRING_COLOUR = QColor("#9a5b00")


def expiry_level(info: CertificateInfo, now: datetime | None = None) -> str:
    """``"expired"``, ``"expiring"`` (within 30 days) or ``"valid"``."""
    if info.expired(now):
        return "expired"
    if info.expires_within(EXPIRY_WARNING_DAYS, now):
        return "expiring"
    return "valid"


def _value(*, fixed: bool = False) -> QLineEdit:
    """One line that scrolls when the value is long (a DN, a thumbprint): selectable, copyable, never cut."""
    field = QLineEdit()
    field.setReadOnly(True)
    field.setFrame(False)
    if fixed:
        field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    return field


class CertificateDetails(QFrame):
    """:meth:`show_certificate` fills it; :meth:`show_error` says why there is nothing to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setAccessibleName(self.tr("Certificate details"))
        self.title = QLabel(self.tr("Certificate details"))
        self.title.setProperty("role", "section")
        self.expiry_badge = QLabel()
        self.expiry_badge.setWordWrap(True)
        self.expiry_badge.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setProperty("role", "muted")
        self.subject = _value()
        self.issuer = _value()
        self.serial = _value(fixed=True)
        self.not_before = _value()
        self.not_after = _value()
        self.structure_id = _value()
        self.sha256 = _value(fixed=True)
        self.x5t_s256 = _value(fixed=True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.tr("Subject:"), self.subject)
        self.form.addRow(self.tr("Issuer:"), self.issuer)
        self.form.addRow(self.tr("Serial number:"), self.serial)
        self.form.addRow(self.tr("Valid from:"), self.not_before)
        self.form.addRow(self.tr("Valid until:"), self.not_after)
        self.form.addRow(self.tr("Structure identifier:"), self.structure_id)
        self.form.addRow(self.tr("SHA-256 thumbprint:"), self.sha256)
        self.form.addRow(self.tr("x5t#S256 (RFC 8705):"), self.x5t_s256)
        self._fields = QWidget()
        self._fields.setLayout(self.form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(self.title)
        layout.addWidget(self.expiry_badge)
        layout.addWidget(self.message)
        layout.addWidget(self._fields)
        layout.addStretch(1)
        self.show_error(self.tr("Choose a certificate to see its details."))

    def show_certificate(self, info: CertificateInfo, *, now: datetime | None = None) -> None:
        self.message.hide()
        self._fields.show()
        self.subject.setText(info.subject)
        self.issuer.setText(info.issuer)
        self.serial.setText(info.serial_hex)
        self.not_before.setText(format_date_time(info.not_before.timestamp()))
        self.not_after.setText(format_date_time(info.not_after.timestamp()))
        self.structure_id.setText(info.structure_id or self.tr("none (not a structure certificate)"))
        self.sha256.setText(info.sha256_hex)
        self.x5t_s256.setText(info.x5t_s256)
        for field in self._values():
            field.setCursorPosition(0)  # long values show their beginning
            field.setToolTip(field.text())
        self._show_expiry(info, now or datetime.now(UTC))

    def _values(self) -> tuple[QLineEdit, ...]:
        return (
            self.subject,
            self.issuer,
            self.serial,
            self.not_before,
            self.not_after,
            self.structure_id,
            self.sha256,
            self.x5t_s256,
        )

    def _show_expiry(self, info: CertificateInfo, now: datetime) -> None:
        level = expiry_level(info, now)
        if level == "expired":
            self._badge(self.tr("Expired: this certificate can no longer be used for mTLS."), "badge-error")
        elif level == "expiring":
            days = max(0, (info.not_after - now).days)
            self._badge(self.tr("Expires in {days} days: ask for its renewal now.").format(days=days), "badge-warning")
        else:
            self._badge(self.tr("Valid"), "badge-ok")
        self.expiry_badge.setProperty("level", level)

    def _badge(self, text: str, role: str) -> None:
        set_role(self.expiry_badge, role)
        self.expiry_badge.setText(text)
        self.expiry_badge.show()

    def show_error(self, text: str, *, error: bool = False) -> None:
        """No certificate to show: ``text`` says why (an error worded by ``error_messages``, or a hint)."""
        self._fields.hide()
        self.expiry_badge.hide()
        set_role(self.message, "badge-error" if error else "muted")
        self.message.setText(text)
        self.message.show()
