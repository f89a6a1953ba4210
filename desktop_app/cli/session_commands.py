"""``login``, ``status`` and ``logout``: the PSC session from the command line."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from desktop_app.cli.terminal import EXIT_FAILED, EXIT_OK, _t, iso, say
from desktop_app.core.errors import ConfigError
from desktop_app.core.paths import AppPaths

if TYPE_CHECKING:
    from desktop_app.app import Services
    from desktop_app.core.auth.session import SessionStatus


def open_services(args: argparse.Namespace, paths: AppPaths, language: str, **kwargs: Any) -> Services:
    """The services of ``--env`` (or the default environment), from ``--config`` (or the default file)."""
    from desktop_app.app import build_services, read_config

    config = read_config(args.config, paths)
    return build_services(config, args.env, paths, language=language, **kwargs)


def login(args: argparse.Namespace, paths: AppPaths, language: str) -> int:
    from desktop_app.app import ensure_sandbox

    if args.method == "ciba" or args.national_id or args.channel:
        raise ConfigError("CIBA sign-in is not available yet", code="config.invalid", detail="--method ciba")
    services = open_services(args, paths, language, login_timeout=args.timeout)
    try:
        ensure_sandbox(services)
        attempt = services.auth.begin_sign_in(open_browser=not args.no_browser)
        say(_t("Open this address in your browser to sign in:") + f"\n  {attempt.url}")
        if not args.no_browser:
            say(_t("Waiting for the browser (up to {seconds} s)…").format(seconds=int(attempt.seconds_left())))
        try:
            attempt.wait()
        except KeyboardInterrupt:
            attempt.cancel()
            raise
        services.session.flush()  # the keyring write happens in the background: wait for it before exiting
        status = services.session.status
        if status.storage == "unsaved":
            # A command-line session lives only as long as the process: one that cannot be kept is revoked now
            # rather than left valid at the identity provider with nobody holding it.
            services.auth.sign_out(end_idp_session=False)
            say(_t("Signed in, but the session could not be saved in the system keyring, so it was closed:"))
            from desktop_app.gui.error_messages import text_for

            say("  " + text_for(status.reason or "vault.error", {}))
            return EXIT_FAILED
        who = status.identity.display_name if status.identity else "?"
        national_id = status.identity.subject_name_id if status.identity else "?"
        print(_t("Signed in: {name} ({national_id}).").format(name=who, national_id=national_id))
        return EXIT_OK
    finally:
        services.close()


def status(args: argparse.Namespace, paths: AppPaths, language: str) -> int:
    services = open_services(args, paths, language)
    try:
        status = services.session.resume()
    finally:
        services.close()
    if args.json:
        print(json.dumps(status_document(status), ensure_ascii=False, indent=2))
        return EXIT_OK
    if not status.signed_in:
        print(_t("Not signed in ({environment}).").format(environment=status.environment))
        return EXIT_OK
    identity = status.identity
    print(
        _t("Signed in ({environment}): {name} ({national_id})").format(
            environment=status.environment,
            name=identity.display_name if identity else "?",
            national_id=identity.subject_name_id if identity else "?",
        )
    )
    print(_t("  access token expires:  {when}").format(when=iso(status.access_token_expires_at) or "—"))
    print(_t("  refresh token expires: {when}").format(when=iso(status.refresh_token_expires_at) or "—"))
    return EXIT_OK


def status_document(status: SessionStatus) -> dict[str, object]:
    """The ``status --json`` document (contract keys first; extra keys are additions, never renames)."""
    identity = status.identity if status.signed_in else None
    return {
        "environment": status.environment,
        "signed_in": status.signed_in,
        "subject_name_id": identity.subject_name_id if identity else None,
        "given_name": identity.given_name if identity else None,
        "family_name": identity.family_name if identity else None,
        "access_token_expires_at": iso(status.access_token_expires_at) if status.signed_in else None,
        "refresh_token_expires_at": iso(status.refresh_token_expires_at) if status.signed_in else None,
        "state": status.state.value,
        "auth_mode": status.auth_mode if status.signed_in else None,
        "acr": status.acr if status.signed_in else None,
        "storage": status.storage,
    }


def logout(args: argparse.Namespace, paths: AppPaths, language: str) -> int:
    from desktop_app.app import ensure_sandbox

    services = open_services(args, paths, language)
    try:
        status = services.session.resume()
        if not status.signed_in:
            services.auth.sign_out(end_idp_session=False)
            print(_t("Not signed in: local secrets wiped."))
            return EXIT_OK
        if not args.no_browser:
            ensure_sandbox(services)
        report = services.auth.sign_out(end_idp_session=not args.no_browser)
    finally:
        services.close()
    print(_t("Signed out. Local secrets wiped."))
    if report.revoked:
        print(_t("  refresh token revoked at the identity provider"))
    if report.idp_session_ended:
        print(_t("  identity provider session ended"))
    return EXIT_OK
