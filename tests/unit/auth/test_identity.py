"""The practitioner's identity from PSC userinfo: defensive parsing of real, untidy data."""

from __future__ import annotations

import pytest

from desktop_app.core.auth.identity import identity_from_userinfo
from desktop_app.core.errors import ProtocolError

USERINFO = {
    "sub": "f:550dc1c8:899900000011",
    "SubjectNameID": "899900000011",
    "preferred_username": "899900000011",
    "given_name": "Camille",
    "family_name": "TESTEUR",
    "SubjectOrganization": "CABINET FICTIF",
    "SubjectRole": ["10^1.2.250.1.213.1.1.5.5", "21^1.2.250.1.213.1.1.5.5", 7],
    "Palier_Authentification": "APPPRIP3^1.2.250.1.213.1.5.1.1.1",
    "Secteur_Activite": "SA07^1.2.250.1.71.4.2.4",
    "otherIDs": [{"identifiant": "899900000011", "origine": "RPPS", "qualite": 1}],
    "SubjectRefPro": {
        "codeCivilite": "MME",
        "exercices": [
            {
                "codeProfession": "10",
                "codeCategorieProfessionnelle": "C",
                "codeCiviliteDexercice": "DR",
                "nomDexercice": "TESTEUR",
                "prenomDexercice": "Camille",
                "codeTypeSavoirFaire": "S",
                "codeSavoirFaire": "SM54",
                "activities": [
                    {
                        "codeModeExercice": "L",
                        "codeSecteurDactivite": "SA07",
                        "numeroSiretSite": "99999999900017",
                        "raisonSocialeSite": "CABINET FICTIF",
                        "numeroVoie": "1",
                        "codeTypeDeVoie": "R",
                        "libelleVoie": "DE L'ESSAI",
                        "codePostal": "75009",
                        "bureauCedex": "75009 PARIS",
                        "telephone": "0100000000",
                    },
                    {
                        "codeModeExercice": "S",
                        "numeroFinessSite": "999000019",
                        "raisonSocialeSite": "",
                        "enseigneCommercialeSite": "CH FICTIF",
                        "codePostal": "69001",
                        "bureauCedex": "LYON",
                    },
                ],
            },
            {"codeProfession": "21", "activities": "not a list"},
            "garbage",
        ],
    },
}


def test_a_full_userinfo() -> None:
    identity = identity_from_userinfo(USERINFO)
    assert identity.subject_name_id == "899900000011"
    assert identity.display_name == "Camille TESTEUR"
    assert identity.civility_code == "MME"
    assert identity.sector == "SA07" and identity.auth_level == "APPPRIP3"
    assert identity.roles == ("10", "21", "7")
    assert [e.profession_code for e in identity.exercises] == ["10", "21"]
    doctor = identity.exercises[0]
    assert doctor.skill_code == "SM54" and doctor.civility_code == "DR"
    first, second = doctor.activities
    assert first.structure.identifier == "SIRET 99999999900017"
    assert first.structure.address_lines == ("1 R DE L'ESSAI", "75009 PARIS")  # no doubled postal code
    assert second.structure.name == "CH FICTIF"  # commercial name when the legal one is empty
    assert second.structure.identifier == "FINESS 999000019"
    assert second.structure.address_lines == ("69001 LYON",)
    assert len(identity.activities) == 2
    assert identity.exercises[1].activities == ()


def test_preferred_username_is_the_fallback_never_sub() -> None:
    minimal = {"sub": "f:1:x", "preferred_username": "899900000011"}
    assert identity_from_userinfo(minimal).subject_name_id == "899900000011"
    with pytest.raises(ProtocolError) as info:
        identity_from_userinfo({"sub": "f:1:899900000011"})
    assert info.value.code == "userinfo.no_national_id"


def test_odd_types_never_raise() -> None:
    odd = {"SubjectNameID": 899900000011, "given_name": None, "SubjectRefPro": [], "SubjectRole": "10"}
    identity = identity_from_userinfo(odd)
    assert identity.subject_name_id == "899900000011"
    assert identity.exercises == () and identity.roles == ()
    assert identity.display_name == "899900000011"
