"""Qt's own dialogs in Chinese: the file dialog has no English label left, and opens in a
folder that exists (never with "Documents" typed in as the file name)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QLabel

from dangjian_desktop.ui.common import i18n
from dangjian_desktop.ui.roster import files


def test_the_file_dialog_labels_are_chinese(qtbot) -> None:
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "查找范围(&L)："
    assert QCoreApplication.translate("QFileDialog", "Files of &type:") == "文件类型(&T)："
    assert QCoreApplication.translate("QFileDialog", "File &name:").startswith("文件名称")  # from qtbase_zh_CN.qm
    dlg = QFileDialog(None, "选择人员名册")
    dlg.setOption(QFileDialog.Option.DontUseNativeDialog)  # the dialog Linux desktops and the tests get
    qtbot.addWidget(dlg)
    labels = [re.sub(r"\(&\w\)", "", label.text()) for label in dlg.findChildren(QLabel) if label.text()]
    assert len(labels) == 3 and not [t for t in labels if any(c.isascii() and c.isalpha() for c in t)], labels


def test_the_translations_are_found_where_pyside6_keeps_them() -> None:
    assert any((Path(d) / "qtbase_zh_CN.qm").is_file() for d in i18n.translation_dirs())


def test_a_missing_documents_folder_is_not_offered(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(lambda _loc: str(tmp_path / "Documents")))
    assert files.documents_dir() == str(Path.home())
    (tmp_path / "Documents").mkdir()
    assert files.documents_dir() == str(tmp_path / "Documents")
