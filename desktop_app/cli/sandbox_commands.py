"""``sandbox`` and ``sandbox init-card``: the embedded sandbox from the command line."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from desktop_app.cli.terminal import EXIT_FAILED, EXIT_OK, _t, say
from desktop_app.core.paths import AppPaths

if TYPE_CHECKING:
    from desktop_app.sandbox import SandboxSettings


def sandbox(args: argparse.Namespace, paths: AppPaths, language: str) -> int:
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
    if args.action == "init-card":
        return _init_card(settings)
    return run_foreground(settings)


def _init_card(settings: SandboxSettings) -> int:
    """``sandbox init-card``: the soft CPS card (SoftHSM2), and how to point a configuration at it."""
    from desktop_app.sandbox import SandboxError, init_card

    try:
        card = init_card(settings)
    except SandboxError as exc:  # the sandbox cannot raise the core's errors: its message is French first
        say(_t("Error: ") + str(exc) + f" [{exc.code}]")
        return EXIT_FAILED
    print(
        _t("Sandbox CPS card ready: token « {token} », key « {key} », test PIN {pin}.").format(
            token=card.token_label, key=card.key_label, pin=card.pin
        )
    )
    print(_t("  holder:        {subject}").format(subject=card.subject))
    print(_t("  PKCS#11 module: {module}").format(module=card.module))
    print(_t("  SOFTHSM2_CONF: {conf}").format(conf=card.softhsm_conf))
    return EXIT_OK
