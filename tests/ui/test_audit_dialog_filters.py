"""审计日志: narrowed by dates, user and area, and 导出… writes what is shown."""

from __future__ import annotations

from datetime import date, datetime, time, timezone

from openpyxl import load_workbook
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog

from dangjian_desktop.domain.errors import AuthError
from dangjian_desktop.services import audit, auth, roster
from dangjian_desktop.services.audit import AuditAction, AuditEntity
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.ui.admin.audit_dialog import AuditDialog


def test_filters_and_export(sqlite_secretary: Ctx, qtbot, monkeypatch, tmp_path) -> None:
    ctx = sqlite_secretary
    roster.create_branch(ctx, "综采二区党支部")
    old = datetime.combine(date(2026, 1, 5), time(9)).astimezone(timezone.utc).replace(tzinfo=None)
    with ctx.uow() as s:
        audit.record(s, ctx.actor, AuditAction.ADD, AuditEntity.HAZARD, 7, "新增隐患 皮带跑偏", at=old)
    dlg = AuditDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    ui = dlg.ui
    total = dlg.model.total
    assert total >= 3 and not ui.fromDate.isEnabled()

    ui.entityCombo.setCurrentIndex(ui.entityCombo.findText("隐患"))
    assert dlg.model.total == 1 and "皮带跑偏" in dlg.model.row_at(0).summary
    ui.entityCombo.setCurrentIndex(0)
    ui.dateCheck.setChecked(True)
    ui.fromDate.setDate(QDate(2026, 1, 1))
    ui.toDate.setDate(QDate(2026, 1, 31))
    assert dlg.model.total == 1
    ui.dateCheck.setChecked(False)
    ui.userCombo.setCurrentIndex(1)
    assert dlg.model.total == total  # one user wrote them all

    out = tmp_path / "日志"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    ui.entityCombo.setCurrentIndex(ui.entityCombo.findText("隐患"))
    ui.exportButton.click()
    qtbot.waitUntil(lambda: "已导出 1 条" in ui.countLabel.text(), timeout=10_000)
    rows = list(load_workbook(tmp_path / "日志.xlsx").worksheets[0].iter_rows(min_row=4, values_only=True))
    assert [r[4] for r in rows] == ["新增隐患 皮带跑偏"]


def test_the_log_shows_a_name_without_an_account_masked(sqlite_secretary: Ctx, qtbot) -> None:
    """A password typed into the name box is not shown (nor kept): 用户 and 内容 show it masked."""
    ctx = sqlite_secretary
    try:
        auth.login(ctx.db, "Mima#2024xyz", "")
    except AuthError:
        pass
    dlg = AuditDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    shown = [dlg.model.data(dlg.model.index(0, col)) for col in range(dlg.model.columnCount())]
    assert shown[1:] == ["M＊＊＊（12位）", "登录失败", "账号", "用户名“M＊＊＊（12位）”登录失败：账号不存在（图形界面）"]
    combo = dlg.ui.userCombo
    assert "M＊＊＊（12位）" in [combo.itemText(i) for i in range(combo.count())]
    assert not any("Mima" in combo.itemText(i) for i in range(combo.count()))
