"""Cold-start baseline: the cheapest PySide6 window, measured exactly as the app is (see cold_start.py).

A QMainWindow of the app's size with one label — what any Qt app must at least show — then quit right after
its first paint.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from benchmarks.children._first_paint import FirstPaintProbe
from benchmarks.children._result import current_rss_kib, max_rss_kib, write_result


def main() -> int:
    app = QApplication(sys.argv[:1])

    def painted(paint_ns: int, frame_ns: int) -> None:
        write_result(
            {"paint_ns": paint_ns, "frame_ns": frame_ns, "maxrss_kib": max_rss_kib(), "rss_kib": current_rss_kib()}
        )
        app.quit()

    probe = FirstPaintProbe(app, painted)
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(880, 680)
    window.setCentralWidget(QLabel("Chargement…"))
    window.show()
    code = app.exec()
    del probe
    return code


if __name__ == "__main__":
    sys.exit(main())
