"""Who is signed in: the practitioner as PSC's userinfo describes them (``scope_all``).

PSC identifies a practitioner by ``SubjectNameID`` (the national id, ``8`` + RPPS), never by ``sub``. Their
professional situation is in ``SubjectRefPro.exercices[]`` (one per profession) →
``activities[]`` (one per place of practice, each with its structure: SIRET/SIREN/FINESS, name, address).
PSC has no "profile" notion: the app shows every activity and lets the user pick one.

Real data is not tidy (``otherIds``/``otherIDs``, empty strings for absent values, numbers as strings):
parsing here is defensive and never raises on an odd field; only a missing national id is an error.
Codes stay codes; the GUI translates them (profession ``10`` → « Médecin »).

This module lives in ``core/auth`` rather than ``core/api`` (as the architecture sketch had it) because the
session, which is below ``core/api`` in the dependency order, keeps the identity; see docs/architecture.md.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop_app.core.errors import ProtocolError


@dataclass(frozen=True)
class Structure:
    """Where an activity takes place (``raisonSocialeSite``, identifiers, address)."""

    name: str
    siret: str = ""
    siren: str = ""
    finess: str = ""
    finess_legal: str = ""
    technical_id: str = ""
    address_lines: tuple[str, ...] = ()
    postal_code: str = ""
    city_code: str = ""
    phone: str = ""
    email: str = ""

    @property
    def identifier(self) -> str:
        """The most specific identifier available: FINESS, else SIRET, else SIREN, else PSC's technical id."""
        for prefix, value in (("FINESS", self.finess), ("SIRET", self.siret), ("SIREN", self.siren)):
            if value:
                return f"{prefix} {value}"
        return self.technical_id


@dataclass(frozen=True)
class Activity:
    """One place and way of practice (``activities[]``): codes from the RPPS nomenclatures."""

    structure: Structure
    mode_code: str = ""  # codeModeExercice: L libéral, S salarié, B bénévole
    sector_code: str = ""  # codeSecteurDactivite, e.g. SA07 cabinet individuel, SA33 officine
    role_code: str = ""
    genre_code: str = ""
    pharmacist_section: str = ""


@dataclass(frozen=True)
class Exercise:
    """One profession of the practitioner (``exercices[]``)."""

    profession_code: str  # codeProfession, e.g. 10 médecin, 21 pharmacien, 60 infirmier
    category_code: str = ""  # codeCategorieProfessionnelle: C civil, M militaire, E étudiant
    civility_code: str = ""
    last_name: str = ""
    first_name: str = ""
    skill_type_code: str = ""
    skill_code: str = ""  # codeSavoirFaire, e.g. SM54 médecine générale
    activities: tuple[Activity, ...] = ()


@dataclass(frozen=True)
class Identity:
    """The signed-in practitioner."""

    subject_name_id: str
    given_name: str = ""
    family_name: str = ""
    civility_code: str = ""
    organization: str = ""
    sector: str = ""
    auth_level: str = ""
    roles: tuple[str, ...] = ()
    exercises: tuple[Exercise, ...] = ()

    @property
    def display_name(self) -> str:
        return " ".join(part for part in (self.given_name, self.family_name) if part) or self.subject_name_id

    @property
    def activities(self) -> tuple[tuple[Exercise, Activity], ...]:
        """Every (profession, activity) pair, in PSC's order: what the user picks a working context from."""
        return tuple((ex, act) for ex in self.exercises for act in ex.activities)


def identity_from_userinfo(claims: Mapping[str, Any]) -> Identity:
    """Build the identity from userinfo claims; the national id comes from ``SubjectNameID``/``preferred_username``."""
    national_id = _text(claims.get("SubjectNameID")) or _text(claims.get("preferred_username"))
    if not national_id:
        raise ProtocolError("userinfo has no SubjectNameID", code="userinfo.no_national_id")
    ref_pro = claims.get("SubjectRefPro")
    ref_pro = ref_pro if isinstance(ref_pro, Mapping) else {}
    return Identity(
        subject_name_id=national_id,
        given_name=_text(claims.get("given_name")),
        family_name=_text(claims.get("family_name")),
        civility_code=_text(ref_pro.get("codeCivilite")),
        organization=_text(claims.get("SubjectOrganization")),
        sector=_code(claims.get("Secteur_Activite")),
        auth_level=_code(claims.get("Palier_Authentification")),
        roles=tuple(_code(role) for role in _list(claims.get("SubjectRole")) if _code(role)),
        exercises=tuple(_exercise(ex) for ex in _list(ref_pro.get("exercices")) if isinstance(ex, Mapping)),
    )


def _exercise(raw: Mapping[str, Any]) -> Exercise:
    return Exercise(
        profession_code=_text(raw.get("codeProfession")),
        category_code=_text(raw.get("codeCategorieProfessionnelle")),
        civility_code=_text(raw.get("codeCiviliteDexercice")),
        last_name=_text(raw.get("nomDexercice")),
        first_name=_text(raw.get("prenomDexercice")),
        skill_type_code=_text(raw.get("codeTypeSavoirFaire")),
        skill_code=_text(raw.get("codeSavoirFaire")),
        activities=tuple(_activity(act) for act in _list(raw.get("activities")) if isinstance(act, Mapping)),
    )


def _activity(raw: Mapping[str, Any]) -> Activity:
    street = " ".join(
        part
        for part in (
            _text(raw.get("numeroVoie")),
            _text(raw.get("indiceRepetitionVoie")),
            _text(raw.get("codeTypeDeVoie")),
            _text(raw.get("libelleVoie")),
        )
        if part
    )
    lines = tuple(
        line
        for line in (
            _text(raw.get("complementDestinataire")),
            _text(raw.get("complementPointGeographique")),
            street,
            _text(raw.get("mentionDistribution")),
            _city_line(_text(raw.get("codePostal")), _text(raw.get("bureauCedex"))),
        )
        if line
    )
    structure = Structure(
        name=_text(raw.get("raisonSocialeSite")) or _text(raw.get("enseigneCommercialeSite")),
        siret=_text(raw.get("numeroSiretSite")),
        siren=_text(raw.get("numeroSirenSite")),
        finess=_text(raw.get("numeroFinessSite")),
        finess_legal=_text(raw.get("numeroFinessetablissementJuridique")),
        technical_id=_text(raw.get("identifiantTechniqueDeLaStructure")),
        address_lines=lines,
        postal_code=_text(raw.get("codePostal")),
        city_code=_text(raw.get("codeCommune")),
        phone=_text(raw.get("telephone")),
        email=_text(raw.get("adresseEMail")),
    )
    return Activity(
        structure=structure,
        mode_code=_text(raw.get("codeModeExercice")),
        sector_code=_text(raw.get("codeSecteurDactivite")),
        role_code=_text(raw.get("codeRole")),
        genre_code=_text(raw.get("codeGenreActivite")),
        pharmacist_section=_text(raw.get("codeSectionPharmacien")),
    )


def _city_line(postal_code: str, bureau: str) -> str:
    """RPPS's ``bureauCedex`` usually already reads "75009 PARIS"; add the postal code only when it does not."""
    if bureau.startswith(postal_code):
        return bureau
    return " ".join(part for part in (postal_code, bureau) if part)


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def _code(value: Any) -> str:
    """PSC writes coded values as ``CODE^OID`` (HL7 style); keep the code."""
    return _text(value).split("^", 1)[0]


def _list(value: Any) -> Sequence[Any]:
    return value if isinstance(value, list) else []
