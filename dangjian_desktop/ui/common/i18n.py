"""Qt's own texts in Chinese: standard buttons (确定/取消/是/否), file dialogs, context menus."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

_installed: list[QTranslator] = []  # kept alive: a translator that is garbage-collected stops working


def install_chinese(app: QApplication) -> bool:
    """Load ``qtbase_zh_CN.qm`` shipped with PySide6; return whether it was found."""
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    if _installed:
        return True
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)
    if translator.load("qtbase_zh_CN", folder):
        app.installTranslator(translator)
        _installed.append(translator)
        return True
    return False
