"""帮助 → 使用说明 opens the guide shipped in resources/, offline."""

from __future__ import annotations

from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.ui.help_dialog import HelpDialog, help_path
from dangjian_desktop.ui.main_window import MainWindow


def test_help_menu_shows_the_shipped_guide(qtbot, sqlite_secretary: Ctx) -> None:
    assert help_path().is_file()
    w = MainWindow(sqlite_secretary.db, sqlite_secretary.actor)
    qtbot.addWidget(w)
    w.ui.actionHelp.trigger()
    dlg = w.dialog
    assert isinstance(dlg, HelpDialog) and dlg.isVisible()
    text = dlg.browser.toPlainText()
    for heading in ("第一次启动", "导入人员名册", "备份与恢复", "账号与角色"):
        assert heading in text
    assert not dlg.browser.openExternalLinks()
