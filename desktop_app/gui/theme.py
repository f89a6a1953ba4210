"""The app's look: Fusion, a light palette with health-sector blue accents, and a little style sheet.

Fusion looks the same on every platform, which keeps screenshots and the documentation true everywhere.
The style sheet sets colours and spacing only, never a font size: the system font size (and the user's
accessibility settings) must apply. Widgets opt in to the styled roles through ``objectName`` or the
``role`` dynamic property, so the views stay free of colour code.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.core.paths import resource_path

BLUE = "#0b5cad"
BLUE_DARK = "#084584"
INK = "#1b2430"
MUTED = "#5a6675"
SURFACE = "#f4f6f9"
CARD = "#ffffff"
BORDER = "#d5dbe3"
WARNING_BG, WARNING_BORDER = "#fff4e0", "#e0a030"
ERROR_BG, ERROR_BORDER = "#fdecec", "#d14343"
INFO_BG, INFO_BORDER = "#e8f1fb", "#6a9fd8"
OK_BG, OK_BORDER = "#e7f5ea", "#4f9d62"

_STYLE_SHEET = f"""
QMainWindow, QDialog {{ background: {SURFACE}; }}
QFrame[role="card"] {{ background: {CARD}; border: 1px solid {BORDER}; border-radius: 8px; }}
QFrame[role="header"] {{ background: {CARD}; border-bottom: 1px solid {BORDER}; }}
QFrame[role="banner-warning"] {{ background: {WARNING_BG}; border: 1px solid {WARNING_BORDER}; border-radius: 6px; }}
QFrame[role="banner-error"] {{ background: {ERROR_BG}; border: 1px solid {ERROR_BORDER}; border-radius: 6px; }}
QFrame[role="banner-info"] {{ background: {INFO_BG}; border: 1px solid {INFO_BORDER}; border-radius: 6px; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="section"] {{ color: {BLUE_DARK}; font-weight: bold; }}
QLabel[role="badge"] {{ background: {INFO_BG}; color: {BLUE_DARK}; border-radius: 4px; padding: 2px 8px; }}
QLabel[role="badge-warning"] {{ background: {WARNING_BG}; color: #7a4b00; border: 1px solid {WARNING_BORDER};
    border-radius: 4px; padding: 2px 8px; font-weight: bold; }}
QLabel[role="badge-error"] {{ background: {ERROR_BG}; color: #8a1f1f; border: 1px solid {ERROR_BORDER};
    border-radius: 4px; padding: 2px 8px; font-weight: bold; }}
QLabel[role="badge-ok"] {{ background: {OK_BG}; color: #1d5a2c; border: 1px solid {OK_BORDER};
    border-radius: 4px; padding: 2px 8px; font-weight: bold; }}
QPushButton {{ padding: 5px 14px; }}
QPushButton#primaryButton {{ background: {BLUE}; color: white; border: 1px solid {BLUE_DARK}; border-radius: 4px;
    padding: 6px 18px; font-weight: bold; }}
QPushButton#primaryButton:hover {{ background: {BLUE_DARK}; }}
QPushButton#primaryButton:focus {{ border: 2px solid {INK}; }}
QPushButton#primaryButton:disabled {{ background: #9db5d0; border-color: #9db5d0; }}
"""


def apply_theme(app: QApplication) -> None:
    """Fusion style, the palette and the style sheet, on the whole application."""
    if app.style().name().lower() != "fusion":  # creating a style costs a few ms of cold start: only if needed
        app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(SURFACE))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(INK))
    palette.setColor(QPalette.ColorRole.Base, QColor(CARD))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor(SURFACE))
    palette.setColor(QPalette.ColorRole.Text, QColor(INK))
    palette.setColor(QPalette.ColorRole.Button, QColor("#e9edf2"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(INK))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(BLUE))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Link, QColor(BLUE))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor(CARD))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor(INK))
    app.setPalette(palette)
    app.setStyleSheet(_STYLE_SHEET)


def set_role(widget: QWidget, role: str) -> None:
    """Give ``widget`` another styled role now (a badge turning red, say), sizes included.

    Re-polishing alone updates colours and fonts but leaves the previous role's padding until the next style
    change, so the label would be sized for the old role: a ``StyleChange`` event recomputes both at once.
    """
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    QApplication.sendEvent(widget, QEvent(QEvent.Type.StyleChange))
    widget.updateGeometry()


def app_icon() -> QIcon:
    """The window icon (an SVG: sharp at every size; Qt's SVG icon engine ships with PySide6-Essentials)."""
    return QIcon(str(resource_path("icons", "desktop-app.svg")))
