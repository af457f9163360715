"""The audit log's actions and entities: enums whose values are the strings stored before them."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from dangjian_desktop.domain import Base
from dangjian_desktop.domain.security import AuditEntry
from dangjian_desktop.services import audit, roster
from dangjian_desktop.services.audit import AuditAction, AuditEntity


def test_stored_strings_are_those_of_the_entries_written_before_the_enums():
    assert [a.value for a in AuditAction][:9] == ["新增", "修改", "归档", "导入", "撤销导入", "登录", "备份", "恢复", "载入演示数据"]
    assert AuditAction.VIEW.value == "查看"
    assert {e.value: e.label for e in AuditEntity if e.value in
            ("app_user", "person", "branch", "work_unit", "database", "import_batch")} == {
        "app_user": "账号", "person": "人员", "branch": "支部", "work_unit": "区队/班组",
        "database": "数据库", "import_batch": "名册导入"}
    assert all(len(a.value) <= 20 for a in AuditAction)  # audit_entry.action is VARCHAR(20)


def test_every_entity_but_the_database_is_a_table_and_has_a_label():
    tables = set(Base.metadata.tables)
    assert {e.value for e in AuditEntity} - tables == {"database"}
    assert all(e.label and e.label != e.value for e in AuditEntity)
    assert AuditEntity.label_of("mood_warning") == "红黄蓝预警"
    assert AuditEntity.label_of("table_of_a_newer_program") == "table_of_a_newer_program"


def test_record_stores_the_values_and_refuses_an_unknown_string(secretary, org):
    with secretary.db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "work_unit")).first()
        assert entry is not None and (entry.action, entry.entity) == ("新增", "work_unit")
    with secretary.db.uow() as s:
        with pytest.raises(ValueError):
            audit.record(s, secretary.actor, "删库", AuditEntity.BRANCH, None, "不会写入")  # type: ignore[arg-type]
    roster.rename_unit(secretary, org["unit"], "综采三区")
    assert audit.list_entries(secretary, "改名")[0].action == AuditAction.EDIT == "修改"
