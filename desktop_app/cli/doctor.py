"""``doctor``: configuration, DNS, TLS and trust, clock, keyring, credentials and cards, one line each."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from desktop_app.cli.session_commands import open_services
from desktop_app.cli.terminal import EXIT_FAILED, EXIT_OK, _t
from desktop_app.core.paths import AppPaths

if TYPE_CHECKING:
    from desktop_app.core.api.checks import Check


def doctor(args: argparse.Namespace, paths: AppPaths, language: str) -> int:
    """``doctor``: one line per check (✔ passed, ⚠ worth a look, ✘ failed); exit 0 when nothing failed.

    Never prompts: a password or PIN is used only when its ``*_env`` variable is set (a card has few tries)."""
    from desktop_app.app import ensure_sandbox
    from desktop_app.core.api.checks import Check
    from desktop_app.core.api.doctor import run_doctor
    from desktop_app.core.tls.credentials import list_tokens
    from desktop_app.core.tls.pin import EnvPinProvider
    from desktop_app.core.vault import KeyringVault

    services = open_services(args, paths, language, pin_provider=EnvPinProvider())
    failed = False

    def show(check: Check) -> None:
        nonlocal failed
        failed = failed or check.status == "fail"
        print(f"{_MARKS[check.status]} {_check_text(check)}", flush=True)

    try:
        file = services.config.source
        source = str(file) if file is not None and file.is_file() else _t("built-in configuration")
        show(Check("ok", "config.ok", {"file": source, "environment": services.env.name}))
        ensure_sandbox(services)
        vault = KeyringVault(paths.data_dir)
        credential = services.credential() if services.active_credential else None
        cards = [c for c in services.config.credentials.values() if c.type == "pkcs11"]
        for check in run_doctor(
            services.env,
            http=services.http,
            pool=services.pool,
            credential=credential,
            cards=cards,
            list_cards=lambda module: list_tokens(module, services.credentials.worker),
            keyring_probe=vault.check,
            keyring_backend=lambda: vault.backend_name,
        ):
            show(check)
    finally:
        services.close()
    return EXIT_FAILED if failed else EXIT_OK


_MARKS = {"ok": "✔", "warn": "⚠", "fail": "✘"}


def _check_text(check: Check) -> str:
    """The French (or English) line of one check, with the worded error behind it when there is one."""
    from desktop_app.gui.error_messages import error_text

    texts = {
        "config.ok": _t("Configuration: {file}, environment {environment}"),
        "dns.ok": _t("Name {host} resolves ({addresses})"),
        "dns.failed": _t("Name {host} does not resolve: {reason}"),
        "tls.ok": _t("TLS with {origin}: server certificate trusted ({version})"),
        "tls.ok_client_certificate": _t(
            "TLS with {origin}: server certificate trusted (the server requires a client certificate)"
        ),
        "tls.untrusted": _t("TLS with {origin}: server certificate NOT trusted ({reason}). Check ca_bundle."),
        "tls.refused": _t("TLS with {origin} refused: {reason}"),
        "tls.unreachable": _t("{origin} cannot be reached: {reason}"),
        "tls.bad_bundle": _t("TLS with {origin} not checked: the CA bundle cannot be read"),
        "clock.ok": _t("Clock: within {seconds} s of the identity provider"),
        "clock.skewed": _t("Clock: {seconds} s {direction} of the identity provider. Set this computer's time."),
        "clock.unchecked": _t("Clock: not checked (no answer with a date from {url})"),
        "keyring.ok": _t("System keyring usable ({backend})"),
        "keyring.failed": _t("System keyring unusable"),
        "credential.none": _t("No certificate is chosen for API calls in the environment {environment}"),
        "credential.unusable": _t("Certificate « {credential} » not readable"),
        "credential.loaded": _t("Certificate « {credential} » ({kind}): {subject}, issued by {issuer}"),
        "credential.valid": _t("Certificate « {credential} » valid until {not_after}"),
        "credential.expires_soon": _t("Certificate « {credential} » expires on {not_after}: renew it"),
        "credential.expired": _t("Certificate « {credential} » EXPIRED on {not_after}"),
        "credential.not_yet_valid": _t("Certificate « {credential} » not valid before {not_before}"),
        "chain.ok": _t("Certificate chain verified up to {root}"),
        "chain.incomplete": _t(
            "Certificate chain not verifiable here: {issuer} is not in {file} (the servers will check it)"
        ),
        "chain.accepted": _t("Certificate chain verified by {origin}"),
        "chain.no_bundle": _t("Certificate chain not checked: the environment has no ca_bundle"),
        "chain.bad_bundle": _t("Certificate chain not checked: {file} cannot be read"),
        "mtls.ok": _t("Mutual TLS with {origin}: certificate « {credential} » accepted"),
        "mtls.no_secret": _t(
            "Mutual TLS with {origin} not tried: the secret of « {credential} » is not in the environment "
            "(password_env / pin_env)"
        ),
        "mtls.credential": _t("Mutual TLS with {origin}: certificate « {credential} » unusable"),
        "mtls.refused": _t("Mutual TLS with {origin}: certificate « {credential} » refused"),
        "card.present": _t("Card « {label} » present: {subject} (signatures {signatures})"),
        "card.absent": _t("Card « {label} » not found (tokens present: {found})"),
        "card.pin_locked": _t("Card « {label} »: PIN LOCKED"),
        "card.no_certificate": _t("Card « {label} »: no certificate « {key} »"),
        "card.unusable": _t("Cards of {module} cannot be listed"),
        "card.failed": _t("Cards of {module} cannot be listed: {reason} (details in the log file)"),
    }
    values = {k: "" if v is None else str(v) for k, v in check.params.items()}
    if "direction" in values:
        values["direction"] = _t("ahead") if values["direction"] == "ahead" else _t("behind")
    text = texts.get(check.code, check.code).format_map(_Unknown(values))
    return text + (f" — {error_text(check.error)} [{check.error.code}]" if check.error is not None else "")


class _Unknown(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "?"
