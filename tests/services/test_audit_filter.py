"""The audit log narrowed by dates, user and area, and exported to xlsx (secretary only)."""

from __future__ import annotations

from datetime import date, datetime, time, timezone

import pytest
from openpyxl import load_workbook

from dangjian_desktop.domain.errors import PermissionDenied
from dangjian_desktop.services import audit
from dangjian_desktop.services.audit import AuditAction, AuditEntity, AuditFilter
from dangjian_desktop.services.uow import Actor

from ..conftest import viewer_of


def _at(day: date, hour: int) -> datetime:
    """Stored (UTC) time of ``hour`` o'clock local on ``day``."""
    return datetime.combine(day, time(hour)).astimezone(timezone.utc).replace(tzinfo=None)


@pytest.fixture
def entries(secretary):
    other = Actor(None, "liwei", "李委员", secretary.actor.role)
    with secretary.uow() as s:
        audit.record(s, secretary.actor, AuditAction.ADD, AuditEntity.PERSON, 1, "新增人员 张伟", at=_at(date(2026, 11, 1), 0))
        audit.record(s, other, AuditAction.ADD, AuditEntity.HAZARD, 2, "新增隐患 =1+1", at=_at(date(2026, 11, 2), 23))
        audit.record(s, secretary.actor, AuditAction.EDIT, AuditEntity.PERSON, 1, "修改人员 张伟",
                     at=_at(date(2026, 11, 3), 12))
    return secretary


def test_filter_by_dates_user_and_area(entries):
    ctx = entries

    def summaries(**kw) -> list[str]:
        f = AuditFilter(**kw)
        rows = audit.list_entries(ctx, f)
        assert audit.count_entries(ctx, f) == len(rows)
        return [r.summary for r in rows]

    assert summaries(date_from=date(2026, 11, 2), date_to=date(2026, 11, 2)) == ["新增隐患 =1+1"]  # a whole local day
    assert summaries(date_from=date(2026, 11, 1), date_to=date(2026, 11, 3)) == [
        "修改人员 张伟", "新增隐患 =1+1", "新增人员 张伟"]
    users, areas = audit.filter_choices(ctx)
    li = next(u for u in users if "李委员" in u)  # as the log names him (Actor.label)
    assert ("hazard", "隐患") in areas and ("person", "人员") in areas
    assert summaries(username=li) == ["新增隐患 =1+1"]
    assert summaries(entity="person", text="修改") == ["修改人员 张伟"]
    with pytest.raises(PermissionDenied):
        audit.count_entries(viewer_of(ctx), AuditFilter(entity="person"))


def test_export_writes_the_filtered_entries(entries, tmp_path):
    ctx = entries
    out = tmp_path / "审计.xlsx"
    assert audit.export_entries(ctx, out, AuditFilter(date_from=date(2026, 11, 2), date_to=date(2026, 11, 3))) == 2
    ws = load_workbook(out).worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][0] == "审计日志" and "2026-11-02 至 2026-11-03" in rows[1][0]
    assert list(rows[2]) == ["时间", "用户", "操作", "对象", "内容"]
    assert [r[4] for r in rows[3:]] == ["修改人员 张伟", "新增隐患 =1+1"]
    assert rows[3][0] == datetime(2026, 11, 3, 12) and rows[3][3] == "人员 #1"
    assert ws.cell(5, 5).data_type == "s"  # “=1+1” is text, not a formula
    assert audit.list_entries(ctx, AuditFilter(text="导出审计日志"))[0].action == "导出"
    with pytest.raises(PermissionDenied):
        audit.export_entries(viewer_of(ctx), tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()
