"""Qt's own texts in Chinese: standard buttons (确定/取消/是/否), file dialogs, context menus.

``qtbase_zh_CN.qm`` ships with PySide6 (``PySide6/Qt/translations``; the bundle carries it,
see ``build.spec``). It lags behind Qt's sources: Qt 6 gave the file dialog's labels
mnemonics ("&Look in:", "Files of &type:") and the Chinese file still has only the old texts,
so those two stayed English beside Chinese ones. :class:`_Missing` supplies what is missing.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

_installed: list[QTranslator] = []  # kept alive: a translator that is garbage-collected stops working

#: (context, source) → Chinese, for texts of Qt's that qtbase_zh_CN.qm does not translate.
MISSING: dict[tuple[str, str], str] = {
    ("QFileDialog", "&Look in:"): "查找范围(&L)：",
    ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
}


class _Missing(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        return MISSING.get((context, source))  # None (a null string): the next translator is asked

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False


def translation_dirs() -> list[str]:
    """Where ``qtbase_zh_CN.qm`` may be: Qt's own path, then PySide6's folder (a bundle's
    ``qt.conf`` may point elsewhere), then the bundle's root."""
    import PySide6

    dirs = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        dirs += [str(Path(bundle) / "PySide6" / "Qt" / "translations"), str(Path(bundle) / "translations")]
    return list(dict.fromkeys(d for d in dirs if d))


def install_chinese(app: QApplication) -> bool:
    """Load ``qtbase_zh_CN.qm`` shipped with PySide6, and the texts it lacks; return whether
    the file was found."""
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    if _installed:
        return True
    translator = QTranslator(app)
    for folder in translation_dirs():
        if translator.load("qtbase_zh_CN", folder):
            app.installTranslator(translator)
            _installed.append(translator)
            break
    missing = _Missing(app)
    app.installTranslator(missing)  # installed last: asked first
    _installed.append(missing)
    return len(_installed) == 2
