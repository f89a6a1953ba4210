"""Cold start of the app: the same entry path as ``desktop-app gui`` (``desktop_app.cli.run(["gui"])``) on the
sandbox environment, quit right after the main window's first paint.

The probe is installed from outside: ``create_application`` is wrapped so that the QApplication the app
creates gets the same event filter as the bare window's.
"""

from __future__ import annotations

import sys
from typing import Any

from benchmarks.children._first_paint import FirstPaintProbe
from benchmarks.children._result import current_rss_kib, max_rss_kib, write_result
from desktop_app import cli
from desktop_app.gui import application

_keep: list[Any] = []


def _with_probe(create: Any) -> Any:
    def create_application(language: str) -> Any:
        app, translators = create(language)

        def painted(paint_ns: int, frame_ns: int) -> None:
            write_result(
                {
                    "paint_ns": paint_ns,
                    "frame_ns": frame_ns,
                    "maxrss_kib": max_rss_kib(),
                    "rss_kib": current_rss_kib(),
                }
            )
            app.quit()

        _keep.append(FirstPaintProbe(app, painted))
        return app, translators

    return create_application


def main() -> int:
    application.create_application = _with_probe(application.create_application)
    return cli.run(["gui"])


if __name__ == "__main__":
    sys.exit(main())
