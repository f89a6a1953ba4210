"""Languages: French by default, English shipped too.

Source strings are English (Qt's convention); ``resources/i18n/desktop_app_fr.ts`` holds the French
translations, compiled to ``.qm`` by ``make`` (``pyside6-lrelease``). Qt's own dialogs are translated with
``qtbase_fr`` from the PySide6 wheel. The CLI uses the same catalogue through a ``QCoreApplication``, so its
messages read the same as the GUI's.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app.core.paths import resource_path

log = logging.getLogger(__name__)

LANGUAGES = ("fr", "en")


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the app's and Qt's catalogues for ``language``; returns them (keep a reference while in use)."""
    QLocale.setDefault(QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English))
    if language != "fr":
        return []  # English is the source language
    translators: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(str(resource_path("i18n", "desktop_app_fr.qm"))):
        translators.append(ours)
    else:
        log.warning("French catalogue not found (run `make i18n`): the interface will be in English")
    qt = QTranslator(app)
    if qt.load("qtbase_fr", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt)
    for translator in translators:
        app.installTranslator(translator)
    return translators


def tr(context: str, text: str) -> str:
    """Translate ``text`` in ``context`` (for code that is not a QObject method: the CLI, error texts)."""
    return QCoreApplication.translate(context, text)
