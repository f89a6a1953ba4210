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
from desktop_app.sandbox.settings import SandboxSettings, ca_bundle_path


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
        "Professionnels de santé fictifs (SubjectNameID) :",
        *(_practitioner_lines()),
        "",
        "Clients enregistrés :",
        *(f"  {c.client_id:<26} {_client_kind(c.secret, c.auth_methods)}" for c in CLIENTS),
        "",
        f"Durées : jeton d'accès {settings.access_token_ttl} s, rafraîchissement {settings.refresh_token_ttl} s,"
        f" session {settings.session_max} s au plus ou {settings.session_idle} s d'inactivité.",
        "Ctrl+C pour arrêter.",
        "",
    ]
    return lines


def _practitioner_lines() -> Iterator[str]:
    for p in PRACTITIONERS:
        places = ", ".join(a.structure.name for a in p.activities)
        yield f"  {p.subject_name_id}  {p.given_name} {p.family_name} — {p.profession_label} ({places})"


def _client_kind(secret: str, methods: tuple[str, ...]) -> str:
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
