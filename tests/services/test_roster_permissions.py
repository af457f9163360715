"""A 查看 account is refused by every roster write, and the database is left exactly as it was.

Every public function of ``roster`` and ``roster_import`` is either a read (listed below) or a
write tried here: a new function must be put in one of the two lists, so none is forgotten.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from sqlalchemy import select

from dangjian_desktop.domain import Base
from dangjian_desktop.domain.errors import PermissionDenied, ValidationError
from dangjian_desktop.domain.roster_rules import PersonInput
from dangjian_desktop.domain.security import Role
from dangjian_desktop.importing.roster_plan import ImportPlan
from dangjian_desktop.services import auth, roster
from dangjian_desktop.services import roster_import as ri
from dangjian_desktop.services.uow import Ctx, Database

from .roster_files import roster_rows, write_xlsx

TODAY = date(2026, 11, 24)
B1 = "综采二区党支部"

READS = {
    roster: {"org_tree", "is_empty", "count_people", "list_people", "get_person", "check_person", "choices",
             "committee_name"},
    ri: {"list_imports"},
}


@dataclass
class Scene:
    """A roster with a person, an archived person, an import to undo and a file to import."""

    org: dict[str, int]
    person: roster.PersonRow
    archived: roster.PersonRow
    file: Path
    plan: ImportPlan


WRITES: dict[str, Callable[[Ctx, Scene], Any]] = {
    "roster.create_branch": lambda v, sc: roster.create_branch(v, "机电队党支部"),
    "roster.create_unit": lambda v, sc: roster.create_unit(v, sc.org["branch"], "掘进一工区"),
    "roster.rename_unit": lambda v, sc: roster.rename_unit(v, sc.org["unit"], "综采三区"),
    "roster.rename_branch": lambda v, sc: roster.rename_branch(v, sc.org["branch"], "机电队党支部"),
    "roster.rename_committee": lambda v, sc: roster.rename_committee(v, "别的党委"),
    "roster.delete_unit": lambda v, sc: roster.delete_unit(v, sc.org["unit2"]),  # empty: a writer may
    "roster.delete_branch": lambda v, sc: (roster.delete_unit(v, sc.org["unit2"]),
                                           roster.delete_branch(v, sc.org["branch2"])),
    "roster.add_person": lambda v, sc: roster.add_person(
        v, PersonInput(name="李娜", employee_no="V2", branch_id=sc.org["branch"]), TODAY),
    "roster.update_person": lambda v, sc: roster.update_person(
        v, sc.person.id, sc.person.version, replace(sc.person.to_input(), post="检修"), TODAY),
    "roster.archive_person": lambda v, sc: roster.archive_person(v, sc.person.id, sc.person.version, "调离"),
    "roster.restore_person": lambda v, sc: roster.restore_person(v, sc.archived.id, sc.archived.version),
    "roster_import.plan_import": lambda v, sc: ri.plan_import(v, sc.file, TODAY),
    "roster_import.apply_import": lambda v, sc: ri.apply_import(v, sc.plan, TODAY),
    "roster_import.import_file": lambda v, sc: ri.import_file(v, sc.file, TODAY),
    "roster_import.undo_last_import": lambda v, sc: ri.undo_last_import(v),
}
PREVIEWS = {"roster_import.plan_import"}  # writes nothing, but only a writer may import: refused too


def _public_functions(module: ModuleType) -> set[str]:
    return {name for name, f in inspect.getmembers(module, inspect.isfunction)
            if not name.startswith("_") and f.__module__ == module.__name__}


def test_every_public_function_is_a_read_or_a_write_tried_below():
    for module, reads in READS.items():
        short = module.__name__.rsplit(".", 1)[1]
        writes = {name.split(".", 1)[1] for name in WRITES if name.startswith(f"{short}.")}
        assert _public_functions(module) == reads | writes, short


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in primary-key order."""
    with db.read() as s:
        return {t.name: [tuple(r) for r in s.execute(select(t).order_by(*t.primary_key.columns))]
                for t in Base.metadata.sorted_tables}


@pytest.fixture
def scene(secretary: Ctx, org, tmp_path) -> Scene:
    person = roster.add_person(secretary, PersonInput(name="张伟", employee_no="V1", branch_id=org["branch"]), TODAY)
    gone = roster.add_person(secretary, PersonInput(name="王强", employee_no="V0", branch_id=org["branch"]), TODAY)
    archived = roster.archive_person(secretary, gone.id, gone.version, "退休")
    ri.import_file(secretary, write_xlsx(tmp_path / "已导入.xlsx", roster_rows(2, B1)), TODAY)  # one to undo
    file = write_xlsx(tmp_path / "新名册.xlsx", roster_rows(3, B1, start=10))
    return Scene(org, person, archived, file, ri.plan_import(secretary, file, TODAY))


@pytest.mark.parametrize("write", sorted(WRITES))
def test_a_viewer_is_refused_by_every_roster_write(secretary, scene, write):
    auth.create_user(secretary, "chakan", "查看员", "secret123", Role.VIEWER)
    viewer = Ctx(secretary.db, auth.login(secretary.db, "chakan", "secret123"))
    before = snapshot(secretary.db)
    with pytest.raises(PermissionDenied, match="只能查看，不能修改数据"):
        WRITES[write](viewer, scene)
    assert snapshot(secretary.db) == before
    WRITES[write](secretary, scene)  # the same call is fine for a writer: the refusal was the role's
    assert (snapshot(secretary.db) == before) is (write in PREVIEWS)


def test_a_parent_unit_of_another_branch_or_a_team_is_refused(secretary, org):
    before = snapshot(secretary.db)
    with pytest.raises(ValidationError, match="上级区队不属于该支部"):
        roster.create_unit(secretary, org["branch"], "运行二班", parent_id=org["unit2"])  # 运行一班 is branch2's
    with pytest.raises(ValidationError, match="班组下不能再设下级"):
        roster.create_unit(secretary, org["branch"], "一组", parent_id=org["team"])  # 检修班 is a team
    with pytest.raises(ValidationError, match="上级区队不属于该支部"):
        roster.create_unit(secretary, org["branch"], "一组", parent_id=999_999)
    assert snapshot(secretary.db) == before
