"""The userinfo endpoint (OpenID Connect Core §5.3), PSC-shaped.

Hand-written rather than authlib's ``UserInfoEndpoint``: that one takes the bearer token through a
framework-bound ``ResourceProtector`` (Flask/Django only) and decides JSON vs JWT from client metadata, while PSC
answers ``application/jwt`` when the caller asks for it in ``Accept``, and its claims (``SubjectRefPro``…) are
not standard ones authlib's ``UserInfo`` would filter by scope.
"""

from __future__ import annotations

import hmac
import time
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from desktop_app.sandbox.cnf import thumbprint
from desktop_app.sandbox.data import Activity, Practitioner
from desktop_app.sandbox.psc.authorization_server import HttpRequest, PscAuthorizationServer
from desktop_app.sandbox.psc.tokens import identity_claims

_NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}
# OIDs PSC appends to its coded values (nomenclatures of the RPPS and of authentication levels).
_ROLE_OID = "1.2.250.1.213.1.1.5.5"
_SECTOR_OID = "1.2.250.1.71.4.2.4"
_LEVEL = "APPPRIP3^1.2.250.1.213.1.5.1.1.1"


async def userinfo(request: Request, server: PscAuthorizationServer) -> Response:
    """GET or POST with ``Authorization: Bearer``; RFC 6750 §3.1 ``invalid_token`` on anything not live."""
    http = await HttpRequest.read(request)
    token = _bearer(http)
    if token is None:
        return _unauthorized('Bearer realm="esante-wallet"')
    record = server.tokens.find_access_token(token)
    if record is None or record.is_expired() or record.is_revoked() or record.claims is None:
        return _unauthorized('Bearer realm="esante-wallet", error="invalid_token"')
    principal = server.principal(record.sid, record.grant_id)
    if principal is None or not _holder_presented(record.claims, http.peer_cert):
        return _unauthorized('Bearer realm="esante-wallet", error="invalid_token"')
    claims = userinfo_claims(principal.practitioner)
    if "application/jwt" in http.headers.get("accept", ""):
        # OpenID Connect Core §5.3.2: a signed response carries iss and aud (the client id).
        signed = server.tokens.sign({**claims, "iss": server.issuer, "aud": record.client_id, "iat": int(time.time())})
        return Response(signed, media_type="application/jwt", headers=_NO_STORE)
    return JSONResponse(claims, headers=_NO_STORE)


def userinfo_claims(practitioner: Practitioner) -> dict[str, Any]:
    """``scope_all`` userinfo, shaped like PSC's (see docs/sandbox.md for the fields)."""
    main = practitioner.activities[0]
    return {
        "sub": practitioner.sub,
        **identity_claims(practitioner),
        "email_verified": False,
        "SubjectOrganization": main.structure.name,
        "SubjectOrganizationID": main.structure.technical_id,
        "SubjectRole": [f"{practitioner.profession_code}^{_ROLE_OID}"],
        "Secteur_Activite": f"{main.sector}^{_SECTOR_OID}",
        "Palier_Authentification": _LEVEL,
        "Mode_Acces_Raison": "",
        "Acces_Regulation_Medicale": "FAUX",
        "UITVersion": "1.0",
        "PSI_Locale": "1.2.250.1.213.1.3.1.1",
        "otherIds": [{"identifiant": practitioner.subject_name_id, "origine": "RPPS", "qualite": 1}],
        "SubjectRefPro": {
            "codeCivilite": practitioner.civility,
            "exercices": [
                {
                    "codeProfession": practitioner.profession_code,
                    "codeCategorieProfessionnelle": practitioner.category_code,
                    "codeCiviliteDexercice": practitioner.exercise_civility,
                    "nomDexercice": practitioner.family_name,
                    "prenomDexercice": practitioner.given_name,
                    "codeTypeSavoirFaire": practitioner.savoir_faire_type,
                    "codeSavoirFaire": practitioner.savoir_faire_code,
                    "activities": [_activity(a) for a in practitioner.activities],
                }
            ],
        },
    }


def _activity(activity: Activity) -> dict[str, str]:
    s = activity.structure
    return {
        "codeModeExercice": activity.mode,
        "codeSecteurDactivite": activity.sector,
        "codeSectionPharmacien": activity.pharmacist_section,
        "codeRole": "",
        "codeGenreActivite": "GENR01",
        "numeroSiretSite": s.siret,
        "numeroSirenSite": s.siret[:9],
        "numeroFinessSite": s.finess,
        "numeroFinessetablissementJuridique": "",
        "identifiantTechniqueDeLaStructure": s.technical_id,
        "raisonSocialeSite": s.name,
        "enseigneCommercialeSite": "",
        "complementDestinataire": "",
        "complementPointGeographique": "",
        "numeroVoie": s.street_number,
        "indiceRepetitionVoie": "",
        "codeTypeDeVoie": s.street_type,
        "libelleVoie": s.street_name,
        "mentionDistribution": "",
        "bureauCedex": f"{s.postcode} {s.city}",
        "codePostal": s.postcode,
        "codeCommune": s.commune_code,
        "codePays": "",
        "telephone": s.phone,
        "telephone2": "",
        "telecopie": "",
        "adresseEMail": "",
        "codeDepartement": s.postcode[:2],
        "ancienIdentifiantDeLaStructure": "",
        "autoriteDenregistrement": "",
    }


def _holder_presented(claims: dict[str, Any], der: bytes | None) -> bool:
    """RFC 8705 §3: a certificate-bound token is accepted only over a connection with that certificate."""
    cnf = claims.get("cnf")
    if not isinstance(cnf, dict):
        return True
    expected = cnf.get("x5t#S256")
    return der is not None and isinstance(expected, str) and hmac.compare_digest(expected, thumbprint(der, "rfc8705"))


def _bearer(http: HttpRequest) -> str | None:
    """RFC 6750 §2.1 header, or §2.2 form parameter on POST."""
    scheme, _, value = http.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return dict(http.form).get("access_token") or None


def _unauthorized(challenge: str) -> Response:
    return JSONResponse(
        {"error": "invalid_token", "error_description": "Token verification failed"}
        if "error=" in challenge
        else {"error": "invalid_request", "error_description": "Missing bearer token"},
        status_code=401,
        headers={"WWW-Authenticate": challenge, **_NO_STORE},
    )
