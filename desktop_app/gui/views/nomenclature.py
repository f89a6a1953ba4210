"""RPPS and PSC codes → the words a practitioner reads (French through the catalogue, English source).

The core keeps codes as PSC sends them (``10``, ``L``, ``CARD``); wording them is the GUI's job. Unknown
codes are shown as they are, so a new profession code is visible rather than hidden. Sources: the RPPS
nomenclatures (TRE_G15 professions, TRE_R23 modes d'exercice, TRE_R81/TRE_R11 civilités) and PSC's
``authMode`` claim.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def profession_label(code: str) -> str:
    """``codeProfession`` (TRE_G15) → « Médecin »; an unknown code is returned unchanged."""
    labels = {
        "10": QCoreApplication.translate("nomenclature", "Physician"),
        "21": QCoreApplication.translate("nomenclature", "Pharmacist"),
        "26": QCoreApplication.translate("nomenclature", "Hearing-aid specialist"),
        "28": QCoreApplication.translate("nomenclature", "Optician"),
        "40": QCoreApplication.translate("nomenclature", "Dental surgeon"),
        "50": QCoreApplication.translate("nomenclature", "Midwife"),
        "60": QCoreApplication.translate("nomenclature", "Nurse"),
        "70": QCoreApplication.translate("nomenclature", "Physiotherapist"),
        "80": QCoreApplication.translate("nomenclature", "Podiatrist"),
        "91": QCoreApplication.translate("nomenclature", "Speech therapist"),
        "92": QCoreApplication.translate("nomenclature", "Orthoptist"),
        "94": QCoreApplication.translate("nomenclature", "Occupational therapist"),
        "95": QCoreApplication.translate("nomenclature", "Psychomotor therapist"),
        "96": QCoreApplication.translate("nomenclature", "Radiographer"),
    }
    return labels.get(code, code)


def exercise_mode_label(code: str) -> str:
    """``codeModeExercice`` (TRE_R23): L libéral, S salarié, B bénévole."""
    labels = {
        "L": QCoreApplication.translate("nomenclature", "Self-employed"),
        "S": QCoreApplication.translate("nomenclature", "Salaried"),
        "B": QCoreApplication.translate("nomenclature", "Volunteer"),
    }
    return labels.get(code, code)


def civility_label(code: str) -> str:
    """``codeCivilite`` / ``codeCiviliteDexercice``: M, MME, MLLE, DR, PR."""
    labels = {
        "M": QCoreApplication.translate("nomenclature", "Mr"),
        "MME": QCoreApplication.translate("nomenclature", "Mrs"),
        "MLLE": QCoreApplication.translate("nomenclature", "Miss"),
        "DR": QCoreApplication.translate("nomenclature", "Doctor"),
        "PR": QCoreApplication.translate("nomenclature", "Professor"),
    }
    return labels.get(code.upper(), code)


def auth_mode_label(code: str | None) -> str:
    """PSC's ``authMode`` claim: CARD → « Carte CPS », MOBILE → « e-CPS »."""
    if not code:
        return QCoreApplication.translate("nomenclature", "Unknown")
    labels = {
        "CARD": QCoreApplication.translate("nomenclature", "CPS card"),
        "MOBILE": QCoreApplication.translate("nomenclature", "e-CPS"),
    }
    return labels.get(code.upper(), code)


def environment_label(name: str) -> str:
    """The built-in environments get a readable name; configured ones keep theirs."""
    labels = {
        "sandbox": QCoreApplication.translate("nomenclature", "Sandbox (local)"),
        "psc-bas": QCoreApplication.translate("nomenclature", "PSC test (BAS)"),
        "psc-prod": QCoreApplication.translate("nomenclature", "PSC production"),
    }
    return labels.get(name, name)


def mode_label(mode: str) -> str:
    """The environment's architecture: the app is PSC's client (direct) or a Proxy e-Santé's."""
    labels = {
        "direct": QCoreApplication.translate("nomenclature", "Direct"),
        "proxy": QCoreApplication.translate("nomenclature", "Proxy e-Santé"),
    }
    return labels.get(mode, mode)
