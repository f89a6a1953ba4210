"""The sandbox's fictional world: test practitioners and registered OAuth clients.

Everything here is invented. Names are obviously fictional, RPPS numbers sit in the ``99…`` test range with a
valid Luhn check digit (computed on the 11 RPPS digits, as in the RPPS register; the national id
``SubjectNameID`` is ``"8" + RPPS`` and so does *not* pass Luhn itself), structure ids are made of 9s. The
nomenclature codes (profession, savoir-faire, secteur d'activité…) are plausible values from the ANS
repositories, not a reference. The client secrets are published test values, not secrets.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Structure:
    """Where an activity takes place (the structure fields of a ``SubjectRefPro`` activity)."""

    name: str
    siret: str = ""
    finess: str = ""
    street_number: str = ""
    street_type: str = "R"
    street_name: str = ""
    postcode: str = ""
    commune_code: str = ""
    city: str = ""
    phone: str = ""

    @property
    def technical_id(self) -> str:
        """IGC Santé's structure id (the ``OU`` of ORG certificates): ``3`` + SIRET, else ``1`` + FINESS."""
        return "3" + self.siret if self.siret else "1" + self.finess


@dataclass(frozen=True)
class Activity:
    structure: Structure
    mode: str  # codeModeExercice: L libéral, S salarié
    sector: str  # codeSecteurDactivite
    sector_label: str
    pharmacist_section: str = ""


@dataclass(frozen=True)
class Practitioner:
    rpps: str
    user_uuid: str  # the middle part of PSC's "f:<uuid>:<SubjectNameID>" subject
    civility: str  # codeCivilite
    exercise_civility: str  # codeCiviliteDexercice
    given_name: str
    family_name: str
    profession_code: str
    profession_label: str  # French, shown on the login page
    category_code: str  # codeCategorieProfessionnelle: C civil
    savoir_faire_type: str
    savoir_faire_code: str
    activities: tuple[Activity, ...]

    @property
    def subject_name_id(self) -> str:
        return "8" + self.rpps

    @property
    def sub(self) -> str:
        return f"f:{self.user_uuid}:{self.subject_name_id}"


_CABINET = Structure(
    name="CABINET MEDICAL DU BAC A SABLE",
    siret="99999999900017",
    street_number="1",
    street_name="DE L'EXEMPLE",
    postcode="75009",
    commune_code="75109",
    city="PARIS",
    phone="0100000001",
)
_HOPITAL = Structure(
    name="CENTRE HOSPITALIER FICTIF DE TESTVILLE",
    finess="999000019",
    street_number="20",
    street_type="AV",
    street_name="DES ESSAIS",
    postcode="75020",
    commune_code="75120",
    city="PARIS",
    phone="0100000002",
)
_PHARMACIE = Structure(
    name="PHARMACIE DU JEU D'ESSAI",
    siret="99999999900025",
    street_number="3",
    street_type="PL",
    street_name="DU SIMULACRE",
    postcode="69001",
    commune_code="69381",
    city="LYON",
    phone="0400000003",
)
_CABINET_INFIRMIER = Structure(
    name="CABINET INFIRMIER DES ESSAIS",
    siret="99999999900033",
    street_number="7",
    street_name="DU PROTOTYPE",
    postcode="33000",
    commune_code="33063",
    city="BORDEAUX",
)
_EHPAD = Structure(
    name="EHPAD LES TESTS FLEURIS",
    finess="999000027",
    street_number="12",
    street_type="CHE",
    street_name="DE LA MAQUETTE",
    postcode="33000",
    commune_code="33063",
    city="BORDEAUX",
)

PRACTITIONERS: tuple[Practitioner, ...] = (
    Practitioner(
        rpps="99700001011",
        user_uuid="5a4db0c5-0000-4000-8000-000000000001",
        civility="MME",
        exercise_civility="DR",
        given_name="Alice",
        family_name="TESTEUR",
        profession_code="10",
        profession_label="Médecin généraliste",
        category_code="C",
        savoir_faire_type="S",
        savoir_faire_code="SM54",
        activities=(
            Activity(_CABINET, mode="L", sector="SA07", sector_label="Cabinet individuel"),
            Activity(_HOPITAL, mode="S", sector="SA01", sector_label="Établissement public de santé"),
        ),
    ),
    Practitioner(
        rpps="99700002027",
        user_uuid="5a4db0c5-0000-4000-8000-000000000002",
        civility="M",
        exercise_civility="DR",
        given_name="Bruno",
        family_name="EXEMPLE",
        profession_code="21",
        profession_label="Pharmacien titulaire d'officine",
        category_code="C",
        savoir_faire_type="",
        savoir_faire_code="",
        activities=(
            Activity(_PHARMACIE, mode="L", sector="SA33", sector_label="Pharmacie d'officine", pharmacist_section="A"),
        ),
    ),
    Practitioner(
        rpps="99700003033",
        user_uuid="5a4db0c5-0000-4000-8000-000000000003",
        civility="MME",
        exercise_civility="MME",
        given_name="Chloé",
        family_name="DEMO",
        profession_code="60",
        profession_label="Infirmière",
        category_code="C",
        savoir_faire_type="",
        savoir_faire_code="",
        activities=(
            Activity(_CABINET_INFIRMIER, mode="L", sector="SA08", sector_label="Cabinet de groupe"),
            Activity(_EHPAD, mode="S", sector="SA17", sector_label="Établissement pour personnes âgées"),
        ),
    ),
)


def find_practitioner(subject_name_id: str) -> Practitioner | None:
    return next((p for p in PRACTITIONERS if p.subject_name_id == subject_name_id), None)


@dataclass(frozen=True)
class ClientRegistration:
    """One registered OAuth client, as PSC's Keycloak would hold it.

    Redirect URIs are registered WITHOUT a port: per RFC 8252 §7.3 any port is accepted on a loopback IP, the
    path must match exactly (Keycloak's rule for a registered loopback URI without port).
    """

    client_id: str
    auth_methods: tuple[str, ...]  # token, revocation and introspection endpoints alike
    secret: str = ""
    redirect_uris: tuple[str, ...] = ()
    post_logout_redirect_uris: tuple[str, ...] = ()
    grant_types: tuple[str, ...] = ()
    may_introspect: bool = False


_LOOPBACKS = ("http://127.0.0.1", "http://[::1]")
_APP_REDIRECTS = tuple(base + "/callback" for base in _LOOPBACKS)
_APP_LOGOUT_REDIRECTS = tuple(base + path for base in _LOOPBACKS for path in ("/logout", "/callback"))
_APP_GRANTS = ("authorization_code", "refresh_token")

CLIENTS: tuple[ClientRegistration, ...] = (
    ClientRegistration(
        client_id="desktop-app",
        auth_methods=("none",),
        redirect_uris=_APP_REDIRECTS,
        post_logout_redirect_uris=_APP_LOGOUT_REDIRECTS,
        grant_types=_APP_GRANTS,
    ),
    ClientRegistration(
        client_id="desktop-app-confidential",
        auth_methods=("client_secret_basic", "client_secret_post"),
        secret="sandbox-secret",
        redirect_uris=_APP_REDIRECTS,
        post_logout_redirect_uris=_APP_LOGOUT_REDIRECTS,
        grant_types=_APP_GRANTS,
        may_introspect=True,
    ),
    ClientRegistration(
        # RFC 8705 §2.1: authenticates with the structure certificate (the registered subject DN is in
        # psc/clients.py, which may import the certificate names); its tokens are certificate-bound.
        client_id="desktop-app-mtls",
        auth_methods=("tls_client_auth",),
        redirect_uris=_APP_REDIRECTS,
        post_logout_redirect_uris=_APP_LOGOUT_REDIRECTS,
        grant_types=_APP_GRANTS,
    ),
    ClientRegistration(
        client_id="sandbox-api",
        auth_methods=("client_secret_basic",),
        secret="sandbox-api-secret",
        may_introspect=True,
    ),
)


def find_client(client_id: str) -> ClientRegistration | None:
    return next((c for c in CLIENTS if c.client_id == client_id), None)
