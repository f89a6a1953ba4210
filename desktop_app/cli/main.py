"""The command line (a public contract: see README « Ligne de commande » and ../shared/design/contract.md).

``desktop-app [--config FILE] [--env NAME] [-v] [--lang fr|en] COMMAND``. Exit codes: 0 success; 1 operation
failed (one clear line on stderr, no traceback unless ``-v``); 2 usage or configuration error; 3 not signed in /
sign-in required. Nothing secret is ever printed: the authorization URL carries only one-time values.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Callable

from desktop_app.cli.terminal import EXIT_FAILED, _t, fail, install_translations, say
from desktop_app.core.errors import AppError
from desktop_app.core.logging_setup import setup_logging
from desktop_app.core.paths import AppPaths

log = logging.getLogger(__name__)

LANG_ENV = "DESKTOP_APP_LANG"
Command = Callable[[argparse.Namespace, AppPaths, str], int]


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
    call = commands.add_parser("call", help="call a Pro Santé Connected API (token exchange + bearer + mTLS)")
    call.add_argument("--api", help="API name (default: the environment's only or first API)")
    call.add_argument("--credential", help="credential for mTLS and the token exchange (default: the environment's)")
    body = call.add_mutually_exclusive_group()
    body.add_argument("--data", help="request body: @FILE, - (standard input) or the text itself")
    body.add_argument("--json", help="request body as JSON text (sent as application/json)")
    call.add_argument(
        "-H", "--header", action="append", default=[], metavar="'NAME: VALUE'", help="extra request header"
    )
    call.add_argument("method", metavar="METHOD", help="GET, POST, PUT, PATCH, DELETE, HEAD or OPTIONS")
    call.add_argument("path", metavar="PATH_OR_URL", help="path joined to the API's base_url, or a URL of its origin")
    commands.add_parser("doctor", help="check configuration, network, TLS, clock, keyring and credentials")
    sandbox = commands.add_parser("sandbox", help="run the embedded sandbox servers in the foreground")
    sandbox.add_argument(
        "action", nargs="?", choices=("init-card",), help="init-card: create the sandbox's soft CPS card and exit"
    )
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
    install_translations(language)
    handler = _command(command)
    try:
        return handler(args, paths, language)
    except KeyboardInterrupt:
        say(_t("Interrupted."))
        return EXIT_FAILED
    except AppError as exc:
        return fail(exc, verbose=args.verbose)
    except Exception as exc:  # a bug: one line for the user, the traceback in the log file (and with -v)
        log.exception("unexpected error in %s", command)
        from desktop_app.gui.error_messages import error_text

        say(_t("Error: ") + error_text(exc) + _t(" (details in the log file)"))
        return EXIT_FAILED


_COMMAND_MODULES = {
    "login": "session_commands",
    "status": "session_commands",
    "logout": "session_commands",
    "call": "api_commands",
    "doctor": "doctor",
    "sandbox": "sandbox_commands",
}


def _command(name: str) -> Command:
    """The command's function, imported only when it runs (the GUI path must stay light)."""
    module = importlib.import_module(f"desktop_app.cli.{_COMMAND_MODULES[name]}")
    function: Command = getattr(module, name)
    return function


def _gui(args: argparse.Namespace, paths: AppPaths, language: str) -> int:
    if _no_display():
        install_translations(language)
        say(
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
