"""The identity card: who is signed in, their professions and every place they practise.

Passive: it renders an :class:`~desktop_app.core.auth.identity.Identity` (plain data) and never calls the
core. PSC has no "profile" notion, so every exercise and activity is listed as PSC sent it; codes are
worded through :mod:`desktop_app.gui.views.nomenclature`. Identifiers and addresses are selectable, because
practitioners copy them into other software.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from desktop_app.gui.views.nomenclature import auth_mode_label, civility_label, exercise_mode_label, profession_label

if TYPE_CHECKING:
    from desktop_app.core.auth.identity import Activity, Exercise, Identity

_SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard


def _label(text: str, *, role: str | None = None, selectable: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # PSC data is never interpreted as rich text
    if role:
        label.setProperty("role", role)
    if selectable:
        label.setTextInteractionFlags(_SELECTABLE)
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable with Tab, then copy with the keyboard
    return label


class IdentityCard(QFrame):
    """Renders the signed-in practitioner; :meth:`show_identity` replaces the whole content."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setAccessibleName(self.tr("Signed-in practitioner"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(16, 14, 16, 14)
        self._layout.setSpacing(8)
        self._content: QWidget | None = None
        self.show_identity(None)

    def show_identity(self, identity: Identity | None, *, auth_mode: str | None = None, acr: str | None = None) -> None:
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        if identity is None:
            layout.addWidget(_label(self.tr("No practitioner identity to show."), role="muted"))
        else:
            self._fill(layout, identity, auth_mode, acr)
        if self._content is not None:
            self._layout.removeWidget(self._content)
            self._content.hide()  # gone at once, not at the next event-loop turn (deleteLater)
            self._content.deleteLater()
        self._content = content
        self._layout.addWidget(content)
        content.show()  # now: a layout would only queue the show for the next event-loop turn

    def _fill(self, layout: QVBoxLayout, identity: Identity, auth_mode: str | None, acr: str | None) -> None:
        name = _label(identity.display_name, selectable=True)
        name.setObjectName("practitionerName")
        font = name.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)  # relative: the system font size still applies
        font.setBold(True)
        name.setFont(font)
        name.setAccessibleName(self.tr("Practitioner name"))
        layout.addWidget(name)

        facts = QFormLayout()
        facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        facts.addRow(self.tr("National identifier:"), _label(identity.subject_name_id, selectable=True))
        if identity.civility_code:
            facts.addRow(self.tr("Civility:"), _label(civility_label(identity.civility_code)))
        if auth_mode:  # the session's, not the identity's: absent once the session has ended
            facts.addRow(self.tr("Signed in with:"), _label(auth_mode_label(auth_mode)))
        if acr:
            facts.addRow(self.tr("Authentication level (acr):"), _label(acr, selectable=True))
        if identity.organization:
            facts.addRow(self.tr("Organisation:"), _label(identity.organization, selectable=True))
        layout.addLayout(facts)

        layout.addWidget(_label(self.tr("Professions and activities"), role="section"))
        if not identity.exercises:
            layout.addWidget(_label(self.tr("Pro Santé Connect sent no professional activity."), role="muted"))
        for exercise in identity.exercises:
            layout.addWidget(self._exercise(exercise))

    def _exercise(self, exercise: Exercise) -> QWidget:
        box = QFrame(self)
        box.setProperty("role", "card")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(12, 10, 12, 10)
        title = _label(profession_label(exercise.profession_code))
        title.setProperty("role", "section")
        layout.addWidget(title)
        details = []
        if exercise.civility_code:
            details.append(
                self.tr("Civility in practice: {civility}").format(civility=civility_label(exercise.civility_code))
            )
        if exercise.skill_code:
            details.append(self.tr("Skill (savoir-faire): {code}").format(code=exercise.skill_code))
        if details:
            layout.addWidget(_label(" · ".join(details), selectable=True))
        if not exercise.activities:
            layout.addWidget(_label(self.tr("No activity recorded for this profession."), role="muted"))
        for activity in exercise.activities:
            layout.addWidget(self._activity(activity))
        return box

    def _activity(self, activity: Activity) -> QWidget:
        structure = activity.structure
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(8, 4, 0, 4)
        layout.setSpacing(2)
        name = _label(structure.name or self.tr("(unnamed structure)"), selectable=True)
        font = name.font()
        font.setBold(True)
        name.setFont(font)
        layout.addWidget(name)
        if structure.identifier:
            layout.addWidget(
                _label(self.tr("Identifier: {identifier}").format(identifier=structure.identifier), selectable=True)
            )
        if structure.address_lines:
            layout.addWidget(_label(", ".join(structure.address_lines), selectable=True))
        if activity.mode_code:
            layout.addWidget(
                _label(
                    self.tr("Mode of practice: {mode}").format(mode=exercise_mode_label(activity.mode_code)),
                    role="muted",
                )
            )
        return box
