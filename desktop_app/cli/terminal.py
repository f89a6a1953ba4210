"""What every command shares: the French-first catalogue, stderr lines, exit codes, dates.

The catalogue is the GUI's (context "cli"), loaded through a ``QCoreApplication``, so the command line reads the
same as the window. ``_t`` is the marker ``tools/i18n-update.sh`` scans for in this package.
"""

from __future__ import annotations

import logging
import sys
from datetime import UTC, datetime

from desktop_app.core.errors import AppError, ConfigError, SignInRequired

log = logging.getLogger("desktop_app.cli")

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_SIGN_IN = 0, 1, 2, 3
C = "cli"


def install_translations(language: str) -> None:
    from PySide6.QtCore import QCoreApplication

    from desktop_app.gui.i18n import install_translators

    app = QCoreApplication.instance() or QCoreApplication(["desktop-app"])
    install_translators(app, language)


def _t(text: str) -> str:
    from desktop_app.gui.i18n import tr

    return tr(C, text)


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def iso(timestamp: float | None) -> str | None:
    if timestamp is None:
        return None
    return datetime.fromtimestamp(timestamp, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def fail(exc: AppError, *, verbose: bool) -> int:
    from desktop_app.gui.error_messages import error_text

    say(_t("Error: ") + error_text(exc) + f" [{exc.code}]")
    if verbose:
        log.exception("command failed")
    if isinstance(exc, ConfigError) or exc.code in ("api.unknown", "api.bad_url"):
        return EXIT_USAGE
    if isinstance(exc, SignInRequired):
        return EXIT_SIGN_IN
    return EXIT_FAILED
