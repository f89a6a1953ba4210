"""Who the sandbox's client certificates name: the structure « ORG AUTH_CLI » certificate and the card holder.

One place for the subject names, because three rooms must agree on them to the byte: the PKI that issues the
certificates, PSC's ``tls_client_auth`` client (RFC 8705 §2.1.2: the registered subject DN must match
exactly) and the target authorization server's subject DN ↔ client id mapping. DNs are compared as RFC 4514
strings, the form Keycloak's X.509 client authenticator compares.

Everything is fictional: the structure is the first test practitioner's practice (``data.py``), its id is
IGC Santé's ``3`` + SIRET, made of 9s.
"""

from __future__ import annotations

from cryptography import x509
from cryptography.x509.oid import NameOID

from desktop_app.sandbox.data import PRACTITIONERS, Practitioner

#: The first test practitioner holds the soft card, and the structure is her practice.
CARD_HOLDER: Practitioner = PRACTITIONERS[0]
_PRACTICE = CARD_HOLDER.activities[0].structure

#: Like IGC Santé ORG certificates: CN = the software or service, OU = the structure id, O = the structure name.
STRUCTURE_SUBJECT = x509.Name(
    [
        x509.NameAttribute(NameOID.COUNTRY_NAME, "FR"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, _PRACTICE.name),
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, _PRACTICE.technical_id),
        x509.NameAttribute(NameOID.COMMON_NAME, "LOGICIEL DESKTOP-APP BAC A SABLE"),
    ]
)


def card_subject(practitioner: Practitioner) -> x509.Name:
    """A CPS-like personal authentication subject: the structure in O/OU, the person in GN/SN/CN and their
    national id (SubjectNameID) in serialNumber."""
    structure = practitioner.activities[0].structure
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "FR"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, structure.name),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, structure.technical_id),
            x509.NameAttribute(NameOID.TITLE, practitioner.profession_label),
            x509.NameAttribute(NameOID.SURNAME, practitioner.family_name),
            x509.NameAttribute(NameOID.GIVEN_NAME, practitioner.given_name),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, practitioner.subject_name_id),
            x509.NameAttribute(NameOID.COMMON_NAME, f"{practitioner.given_name} {practitioner.family_name}"),
        ]
    )


CARD_SUBJECT = card_subject(CARD_HOLDER)
STRUCTURE_DN = STRUCTURE_SUBJECT.rfc4514_string()
CARD_DN = CARD_SUBJECT.rfc4514_string()
