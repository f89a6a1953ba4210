"""The command line (a public contract: see README « Ligne de commande » and ../shared/design/contract.md).

``desktop-app [--config FILE] [--env NAME] [-v] [--lang fr|en] COMMAND``. Exit codes: 0 success; 1 operation
failed (one clear line on stderr, no traceback unless ``-v``); 2 usage or configuration error; 3 not signed in /
sign-in required. Nothing secret is ever printed: the authorization URL carries only one-time values.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from desktop_app.core.errors import AppError, ConfigError, SignInRequired
from desktop_app.core.logging_setup import setup_logging
from desktop_app.core.paths import AppPaths

if TYPE_CHECKING:
    from desktop_app.app import Services
    from desktop_app.core.auth.session import SessionStatus

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_SIGN_IN = 0, 1, 2, 3
C = "cli"
LANG_ENV = "DESKTOP_APP_LANG"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desktop-app", description="Pro Santé Connect reference thick client (GUI and command line)."
    )
    parser.add_argument("--config", help="configuration file (also $DESKTOP_APP_CONFIG)")
    parser.add_argument("--env", help="environment to use (default: the config's default_environment, else sandbox)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log to the terminal, show tracebacks")
    parser.add_argument("--lang", choices=("fr", "en"), help="interface language (default fr; $DESKTOP_APP_LANG)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("gui", help="open the main window (default)")
    login = commands.add_parser("login", help="sign in with Pro Santé Connect")
    login.add_argument("--method", choices=("browser", "ciba"), help="sign-in method (default: the environment's)")
    login.add_argument("--national-id", help="CIBA/proxy: the practitioner's national id")
    login.add_argument("--channel", choices=("MOBILE", "CARD"), help="CIBA/proxy: e-CPS app or CPS card")
    login.add_argument("--timeout", type=float, help="seconds to wait for the sign-in (default 300)")
    login.add_argument("--no-browser", action="store_true", help="print the URL instead of opening the browser")
    status = commands.add_parser("status", help="show the session state (never a token)")
    status.add_argument("--json", action="store_true", help="machine-readable output")
    logout = commands.add_parser("logout", help="revoke and end the session, wipe local secrets")
    logout.add_argument("--no-browser", action="store_true", help="do not end the identity provider's session")
    sandbox = commands.add_parser("sandbox", help="run the embedded sandbox servers in the foreground")
    sandbox.add_argument("--host", default="127.0.0.1")
    sandbox.add_argument("--port", type=int, help="first port (default 18443 or $DESKTOP_APP_SANDBOX_PORT)")
    sandbox.add_argument("--access-token-ttl", type=int, help="seconds (default 120, like PSC)")
    sandbox.add_argument("--refresh-token-ttl", type=int, help="seconds (default 1800)")
    sandbox.add_argument("--session-idle", type=int, help="seconds (default 1800)")
    sandbox.add_argument("--session-max", type=int, help="seconds (default 14400)")
    return parser


def run(argv: list[str]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    paths = AppPaths.default()
    setup_logging(paths.log_dir, verbose=args.verbose)
    language = choose_language(args.lang)
    command = args.command or "gui"
    if command == "gui":
        return _gui(args, paths, language)
    _install_cli_translations(language)
    handlers: dict[str, Callable[[argparse.Namespace, AppPaths, str], int]] = {
        "login": _login,
        "status": _status,
        "logout": _logout,
        "sandbox": _sandbox,
    }
    try:
        return handlers[command](args, paths, language)
    except KeyboardInterrupt:
        _say(_t("Interrupted."))
        return EXIT_FAILED
    except AppError as exc:
        return _fail(exc, verbose=args.verbose)
    except Exception as exc:  # a bug: one line for the user, the traceback in the log file (and with -v)
        log.exception("unexpected error in %s", command)
        from desktop_app.gui.error_messages import error_text

        _say(_t("Error: ") + error_text(exc) + _t(" (details in the log file)"))
        return EXIT_FAILED


def _gui(args: argparse.Namespace, paths: AppPaths, language: str) -> int:
    if _no_display():
        _install_cli_translations(language)
        _say(
            _t(
                "No graphical display found (DISPLAY and WAYLAND_DISPLAY are not set). Start the application "
                "from a desktop session, run it on a virtual screen (xvfb-run desktop-app), or use the command "
                "line: desktop-app login, desktop-app status."
            )
        )
        return EXIT_FAILED
    from desktop_app.gui.application import run_gui

    return run_gui(args, paths, language)


def _no_display() -> bool:
    """Linux without X11/Wayland: Qt would abort the process; say what to do instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def choose_language(explicit: str | None) -> str:
    """French by default; English when asked (``--lang en``, ``DESKTOP_APP_LANG=en``).

    Kept here, not in app.py, so that opening the GUI imports nothing heavy before the first paint.
    """
    lang = (explicit or os.environ.get(LANG_ENV) or "fr").lower()
    return "en" if lang.startswith("en") else "fr"


def _services(args: argparse.Namespace, paths: AppPaths, language: str, **kwargs: float | None) -> Services:
    from desktop_app.app import build_services, read_config

    config = read_config(args.config, paths)
    return build_services(config, args.env, paths, language=language, **kwargs)  # type: ignore[arg-type]


def _login(args: argparse.Namespace, paths: AppPaths, language: str) -> int:
    from desktop_app.app import ensure_sandbox

    if args.method == "ciba" or args.national_id or args.channel:
        raise ConfigError("CIBA sign-in is not available yet", code="config.invalid", detail="--method ciba")
    services = _services(args, paths, language, login_timeout=args.timeout)
    try:
        ensure_sandbox(services)
        attempt = services.auth.begin_sign_in(open_browser=not args.no_browser)
        _say(_t("Open this address in your browser to sign in:") + f"\n  {attempt.url}")
        if not args.no_browser:
            _say(_t("Waiting for the browser (up to {seconds} s)…").format(seconds=int(attempt.seconds_left())))
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
            _say(_t("Signed in, but the session could not be saved in the system keyring, so it was closed:"))
            from desktop_app.gui.error_messages import text_for

            _say("  " + text_for(status.reason or "vault.error", {}))
            return EXIT_FAILED
        who = status.identity.display_name if status.identity else "?"
        national_id = status.identity.subject_name_id if status.identity else "?"
        print(_t("Signed in: {name} ({national_id}).").format(name=who, national_id=national_id))
        return EXIT_OK
    finally:
        services.close()


def _status(args: argparse.Namespace, paths: AppPaths, language: str) -> int:
    services = _services(args, paths, language)
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
    print(_t("  access token expires:  {when}").format(when=_iso(status.access_token_expires_at) or "—"))
    print(_t("  refresh token expires: {when}").format(when=_iso(status.refresh_token_expires_at) or "—"))
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
        "access_token_expires_at": _iso(status.access_token_expires_at) if status.signed_in else None,
        "refresh_token_expires_at": _iso(status.refresh_token_expires_at) if status.signed_in else None,
        "state": status.state.value,
        "auth_mode": status.auth_mode if status.signed_in else None,
        "acr": status.acr if status.signed_in else None,
        "storage": status.storage,
    }


def _logout(args: argparse.Namespace, paths: AppPaths, language: str) -> int:
    from desktop_app.app import ensure_sandbox

    services = _services(args, paths, language)
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


def _sandbox(args: argparse.Namespace, paths: AppPaths, language: str) -> int:
    from dataclasses import replace

    from desktop_app.app import sandbox_settings
    from desktop_app.sandbox import run_foreground

    settings = replace(sandbox_settings(paths), host=args.host)
    overrides = {
        "port": args.port,
        "access_token_ttl": args.access_token_ttl,
        "refresh_token_ttl": args.refresh_token_ttl,
        "session_idle": args.session_idle,
        "session_max": args.session_max,
    }
    settings = replace(settings, **{k: v for k, v in overrides.items() if v is not None})
    return run_foreground(settings)


def _fail(exc: AppError, *, verbose: bool) -> int:
    from desktop_app.gui.error_messages import error_text

    _say(_t("Error: ") + error_text(exc) + f" [{exc.code}]")
    if verbose:
        log.exception("command failed")
    if isinstance(exc, ConfigError):
        return EXIT_USAGE
    if isinstance(exc, SignInRequired):
        return EXIT_SIGN_IN
    return EXIT_FAILED


def _install_cli_translations(language: str) -> None:
    from PySide6.QtCore import QCoreApplication

    from desktop_app.gui.i18n import install_translators

    app = QCoreApplication.instance() or QCoreApplication(["desktop-app"])
    install_translators(app, language)


def _t(text: str) -> str:
    from desktop_app.gui.i18n import tr

    return tr(C, text)


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _iso(timestamp: float | None) -> str | None:
    if timestamp is None:
        return None
    return datetime.fromtimestamp(timestamp, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
