"""``python -m desktop_app`` and the ``desktop-app`` entry point."""

from __future__ import annotations

import sys


def main() -> int:
    from desktop_app.app import main as app_main

    return app_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
