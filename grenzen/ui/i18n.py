"""Loading translations: Grenzen's own catalogue plus Qt's for its standard dialogs.

Source strings are English; German comes from ``resources/translations/grenzen_de.qm``.
Outside QObjects use ``translate("Context", "text")`` from here: pyside6-lupdate reads
that name (and ``self.tr``) with its context; a wrapper named ``tr`` would be misread.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from grenzen.resources import resource

_installed: list[QTranslator] = []


def install_language(language: str) -> bool:
    """Replace the installed translators; returns False if Grenzen's catalogue is missing."""
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(QLocale.Language.German if language == "de" else QLocale.Language.English)
    )
    ours = QTranslator(app)
    found = ours.load(str(resource("translations", f"grenzen_{language}.qm")))
    if found:
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt)
        _installed.append(qt)
    return found or language == "en"


# The name matters: lupdate extracts translate("Context", "text") calls by this name.
translate = QCoreApplication.translate
