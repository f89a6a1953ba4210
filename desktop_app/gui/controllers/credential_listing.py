"""What the « Certificats » page lists, as plain data, and the worker-side reads that produce it.

The functions here do I/O or touch the credential set and run on worker threads (the credentials controller
submits them through the task runner); the dataclasses are what the GUI thread receives. Imported .p12 files
are remembered in ``QSettings`` by their path only (:data:`IMPORTED_KEY`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.gui.error_messages import error_text

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from desktop_app.core.tls.certificate import CertificateInfo
    from desktop_app.core.tls.credentials import TokenInfo
    from desktop_app.gui.controllers.ports import ServicesPort

IMPORTED_KEY = "credentials/imported_p12"


@dataclass(frozen=True)
class CredentialEntry:
    """One configured credential, as listed (no I/O was needed to know this)."""

    name: str
    kind: str  # "pkcs12" | "pkcs11"
    source: str  # the file path, or the token label
    imported: bool  # added from the GUI: may be removed from it


@dataclass(frozen=True)
class CertificateState:
    """The certificate of one credential, or why it could not be read (code + translated text)."""

    name: str
    info: CertificateInfo | None = None
    error_code: str = ""
    error_text: str = ""


@dataclass(frozen=True)
class CardListing:
    """What one PKCS#11 module showed without a PIN: its tokens and their certificates, or an error."""

    module: str
    tokens: tuple[TokenInfo, ...] = ()
    error_code: str = ""
    error_text: str = ""


def read_imported(settings: QSettings) -> list[str]:
    """The remembered .p12 paths (QSettings returns a bare string for a one-element list in some formats)."""
    value = settings.value(IMPORTED_KEY, [])
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value] if isinstance(value, list) else []


def imported_name(path: Path, taken: dict[str, Path | None]) -> str:
    """A stable, readable credential name for an imported file: its stem, made unique against ``taken``."""
    stem = re.sub(r"[^a-z0-9_-]+", "-", path.stem.lower()).strip("-") or "certificate"
    name, suffix = stem, 2
    while name in taken and taken[name] != path:
        name, suffix = f"{stem}-{suffix}", suffix + 1
    return name


def list_entries(services: ServicesPort, imported: list[str]) -> tuple[CredentialEntry, ...]:
    credentials = services.credentials
    rows = []
    for name in credentials.names():
        config = credentials.config(name)
        if config.type == "pkcs11":
            source = config.token_label or config.module
        else:
            source = str(config.path) if config.path is not None else ""
        rows.append(CredentialEntry(name, config.type, source, config.type == "pkcs12" and source in imported))
    return tuple(rows)


def add_imported(services: ServicesPort, paths: list[str]) -> None:
    for path in paths:
        add_p12(services, Path(path))


def add_p12(services: ServicesPort, path: Path) -> str:
    """Add the PKCS#12 file ``path`` under a name derived from it, unless that file is already in the set."""
    from desktop_app.core.config import CredentialConfig

    credentials = services.credentials
    taken = {name: credentials.config(name).path for name in credentials.names()}
    for name, known in taken.items():
        if known is not None and known == path:
            return name
    name = imported_name(path, taken)
    credentials.add(CredentialConfig(name=name, type="pkcs12", path=path))
    return name


def list_cards(services: ServicesPort) -> tuple[CardListing, ...]:
    from desktop_app.core.errors import AppError
    from desktop_app.core.tls.credentials import default_pkcs11_module, list_tokens

    credentials = services.credentials
    modules: list[str] = []
    for name in credentials.names():
        config = credentials.config(name)
        if config.type == "pkcs11":
            module = config.module or default_pkcs11_module()
            if module not in modules:
                modules.append(module)
    if not modules:
        modules.append(default_pkcs11_module())
    listings = []
    for module in modules:
        try:
            tokens = tuple(list_tokens(module, services.credentials.worker))
            listings.append(CardListing(module, tokens))
        except AppError as exc:
            listings.append(CardListing(module, (), exc.code, error_text(exc)))
    return tuple(listings)
