"""``desktop-app sandbox``: run the sandbox in the foreground and tell a newcomer, in French, what is there."""

from __future__ import annotations

import logging
import signal
import sys
from collections.abc import Iterator
from types import FrameType
from typing import TextIO

from desktop_app.sandbox.data import CLIENTS, PRACTITIONERS
from desktop_app.sandbox.runner import SandboxHandle, start_in_thread
from desktop_app.sandbox.settings import (
    API_SCOPE,
    SANDBOX_P12_PASSWORD,
    TARGET_REALMS,
    SandboxSettings,
    ca_bundle_path,
    realm_url,
    structure_p12_path,
)
from desktop_app.sandbox.softcard import softhsm_available
from desktop_app.sandbox.softhsm import CARD_KEY_LABEL, CARD_TOKEN_LABEL, SANDBOX_CARD_PIN


def run_foreground(settings: SandboxSettings) -> int:
    """Start, print the URLs and the test practitioners, block until Ctrl-C (or SIGTERM), stop cleanly, return 0.

    A busy port raises ``SandboxError`` (the command line turns it into one clear line).
    """
    handle = start_in_thread(settings)
    out = sys.stdout
    access = _print_requests(out)
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        out.write("\n".join(banner(handle)) + "\n")
        out.flush()
        while handle.running:
            handle.wait(0.5)
    except KeyboardInterrupt:
        out.write("\nArrêt du bac à sable…\n")
    finally:
        signal.signal(signal.SIGTERM, previous)
        handle.stop()
        logging.getLogger("desktop_app.sandbox.access").removeHandler(access)
    out.write("Bac à sable arrêté.\n")
    return 0


def banner(handle: SandboxHandle) -> list[str]:
    urls = handle.urls
    settings = handle.settings
    lines = [
        "Bac à sable Pro Santé Connect démarré — environnement de test, aucune donnée réelle.",
        "",
        f"  Émetteur (issuer)        {urls['issuer']}",
        f"  Découverte               {urls['wallet_discovery']}",
        f"  Page de connexion        {urls['authorization']}",
        f"  Déconnexion              {urls['end_session']}",
        f"  Autorité de test (CA)    {ca_bundle_path(settings)}",
        f"  Données                  {settings.state_dir}",
        "",
        "Serveur d'autorisation cible (échange de jeton RFC 8693, certificat client exigé) :",
        *(
            f"  {realm:<24} {realm_url(settings, realm)}/protocol/openid-connect/token  (cnf {encoding})"
            for realm, encoding in TARGET_REALMS.items()
        ),
        f"API Pro Santé Connectée de test (certificat client exigé, scope « {API_SCOPE} ») :",
        f"  {urls['api']}  POST /signsessiondata, GET /practitioner, GET /journal?entries=N",
        "",
        "Identifiants de test (valeurs publiées, pas des secrets) :",
        f"  Certificat de structure  {structure_p12_path(settings)}  mot de passe « {SANDBOX_P12_PASSWORD} »",
        *_card_lines(handle),
        "",
        "Professionnels de santé fictifs (SubjectNameID) :",
        *(_practitioner_lines()),
        "",
        "Clients enregistrés :",
        *(f"  {c.client_id:<26} {_client_kind(c.secret, c.auth_methods)}" for c in CLIENTS),
        "",
        f"Durées : jeton d'accès {settings.access_token_ttl} s, rafraîchissement {settings.refresh_token_ttl} s,"
        f" session {settings.session_max} s au plus ou {settings.session_idle} s d'inactivité,"
        f" jeton d'API {settings.api_token_ttl} s.",
        "Ctrl+C pour arrêter.",
        "",
    ]
    return lines


def _card_lines(handle: SandboxHandle) -> list[str]:
    card = handle.card
    if card is None and softhsm_available():
        return ["  Carte CPS de test        indisponible : sa création a échoué (desktop-app sandbox init-card)."]
    if card is None:
        return ["  Carte CPS de test        indisponible : installez le paquet « softhsm2 » pour la créer."]
    return [
        f"  Carte CPS de test        jeton « {CARD_TOKEN_LABEL} », clé « {CARD_KEY_LABEL} », code PIN"
        f" « {SANDBOX_CARD_PIN} » ({card.subject_name_id})",
        f"                           module {card.module}, SOFTHSM2_CONF={card.softhsm_conf}",
    ]


def _practitioner_lines() -> Iterator[str]:
    for p in PRACTITIONERS:
        places = ", ".join(a.structure.name for a in p.activities)
        yield f"  {p.subject_name_id}  {p.given_name} {p.family_name} — {p.profession_label} ({places})"


def _client_kind(secret: str, methods: tuple[str, ...]) -> str:
    if "tls_client_auth" in methods:
        return "confidentiel, mTLS (tls_client_auth) avec le certificat de structure"
    if not secret:
        return "public (PKCE, sans secret)"
    return f"confidentiel, secret de test « {secret} » ({', '.join(methods)})"


def _print_requests(out: TextIO) -> logging.Handler:
    """Show each request's path (never its query string) while the command runs."""
    handler = logging.StreamHandler(out)
    handler.setFormatter(logging.Formatter("%(asctime)s  %(message)s", "%H:%M:%S"))
    logger = logging.getLogger("desktop_app.sandbox.access")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return handler


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt
