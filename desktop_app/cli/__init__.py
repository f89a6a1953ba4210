"""The command line: ``desktop-app COMMAND`` (a public contract, see the README and docs/architecture.md).

One module per group of commands, imported only when its command runs (``main._command``), so that opening the
window (``desktop-app`` with no command) imports nothing but the argument parser before the first paint.
"""

from desktop_app.cli.main import choose_language, run

__all__ = ["choose_language", "run"]
