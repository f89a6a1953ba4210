"""The identity card renders a multi-exercise practitioner, worded in French with the catalogue, English without."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop_app.gui.views.identity_card import IdentityCard
from tests.gui.fakes import practitioner


def card_texts(card: IdentityCard) -> list[str]:
    return [label.text() for label in card.findChildren(QLabel) if label.text()]


def make_card(qtbot: Any, *, auth_mode: str | None = "CARD") -> IdentityCard:
    card = IdentityCard()
    qtbot.addWidget(card)
    card.show_identity(practitioner(), auth_mode=auth_mode, acr="eidas1")
    return card


def test_english_without_catalogue(qtbot: Any) -> None:
    texts = card_texts(make_card(qtbot))
    for expected in (
        "Camille Fictive",
        "899999990017",
        "Mrs",
        "CPS card",
        "eidas1",
        "Physician",
        "Civility in practice: Doctor · Skill (savoir-faire): SM54",
        "CABINET DES TILLEULS",
        "Identifier: SIRET 99999999900011",
        "Mode of practice: Self-employed",
        "CENTRE HOSPITALIER DE TEST",
        "Identifier: FINESS 999000017",
        "Mode of practice: Salaried",
        "Nurse",
        "ASSOCIATION DE SOINS FICTIVE",
        "Mode of practice: Volunteer",
        "99",  # an unknown profession code is shown as is
        "No activity recorded for this profession.",
    ):
        assert expected in texts, expected
    assert "12 R DES TILLEULS, 99001" in texts


def test_french_with_catalogue(qtbot: Any, french: Any) -> None:
    texts = card_texts(make_card(qtbot, auth_mode="MOBILE"))
    for expected in (
        "Madame",
        "e-CPS",
        "Médecin",
        "Civilité d'exercice : Docteur · Savoir-faire : SM54",
        "Identifiant : SIRET 99999999900011",
        "Mode d'exercice : Libéral",
        "Mode d'exercice : Salarié",
        "Infirmier",
        "Mode d'exercice : Bénévole",
        "Professions et activités",
    ):
        assert expected in texts, expected


def test_identifiers_are_selectable_and_data_is_never_rich_text(qtbot: Any) -> None:
    card = make_card(qtbot)
    national_id = next(label for label in card.findChildren(QLabel) if label.text() == "899999990017")
    assert national_id.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert national_id.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert all(
        label.textFormat() == Qt.TextFormat.PlainText
        for label in card.findChildren(QLabel)
        if label.text() == "CABINET DES TILLEULS"
    )


def test_replacing_the_identity_replaces_the_content(qtbot: Any) -> None:
    card = make_card(qtbot)
    card.show_identity(None)
    qtbot.waitUntil(
        lambda: "Camille Fictive" not in [w.text() for w in card.findChildren(QLabel) if w.isVisibleTo(card)]
    )
    assert "No practitioner identity to show." in card_texts(card)


def test_auth_mode_row_only_when_the_session_says_it(qtbot: Any) -> None:
    assert "Signed in with:" not in card_texts(make_card(qtbot, auth_mode=None))
    texts = card_texts(make_card(qtbot, auth_mode="OTP"))
    assert "Signed in with:" in texts and "OTP" in texts  # an unknown mode is shown as its code
