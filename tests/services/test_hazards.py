"""The hazard ledger's service on SQLite and PostgreSQL: record, edit, the status machine with
its audit entries, the overdue rule with a fixed today, filters and paging, bad input."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from dangjian_desktop.domain.errors import PermissionDenied, ValidationError
from dangjian_desktop.domain.hazard_rules import HazardInput, is_overdue
from dangjian_desktop.domain.hazards import Hazard, HazardLevel, HazardPhoto, HazardStatus, PhotoStage
from dangjian_desktop.domain.security import AuditEntry
from dangjian_desktop.services import hazards
from dangjian_desktop.services.hazards import HazardFilter
from dangjian_desktop.services.uow import Ctx
from tests.conftest import viewer_of

from .hazard_scene import TODAY, Scene, build

S = HazardStatus


@pytest.fixture
def scene(secretary: Ctx) -> Scene:
    return build(secretary)


def _input(sc: Scene, **kw: object) -> HazardInput:
    base = dict(found_on=TODAY - timedelta(days=5), description="皮带机护罩缺失", deadline=TODAY + timedelta(days=5),
                zone_id=sc.zone, finder_id=sc.finder, level=HazardLevel.MAJOR, responsible_dept="机电科",
                responsible_person_id=sc.rectifier, measures="补装护罩")
    base.update(kw)
    return HazardInput(**base)  # type: ignore[arg-type]


def _jpeg(w: int, h: int) -> bytes:
    from io import BytesIO

    from PIL import Image

    buf = BytesIO()
    Image.new("RGB", (w, h), (200, 60, 60)).save(buf, "JPEG")
    return buf.getvalue()


def _audit_count(ctx: Ctx) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count(AuditEntry.id))) or 0


def _hazard_count(ctx: Ctx) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count(Hazard.id))) or 0


def test_overdue_rule_with_a_fixed_today():
    assert not is_overdue(S.OPEN, TODAY, TODAY)  # due today is not overdue
    assert is_overdue(S.IN_PROGRESS, TODAY - timedelta(days=1), TODAY)  # due yesterday, 整改中
    assert is_overdue(S.OPEN, TODAY - timedelta(days=1), TODAY)
    assert not is_overdue(S.AWAITING_CHECK, TODAY - timedelta(days=30), TODAY)  # 待验收 is not
    assert not is_overdue(S.CLOSED, TODAY - timedelta(days=30), TODAY)


def test_record_takes_branch_and_unit_from_the_zone(secretary: Ctx, scene: Scene):
    hid = hazards.create_hazard(secretary, _input(scene), TODAY)
    row = hazards.get_hazard(secretary, hid, TODAY).row
    assert (row.branch_id, row.unit_id, row.zone_id) == (scene.branch, scene.unit, scene.zone)
    assert row.status is S.OPEN and row.finder == "张发现" and row.responsible_person == "李整改"
    assert row.branch == "综采二区党支部" and row.zone == "综采工作面" and not row.overdue


def test_full_loop_with_send_back_is_audited(secretary: Ctx, scene: Scene):
    hid = hazards.create_hazard(secretary, _input(scene), TODAY)
    v = hazards.get_hazard(secretary, hid).row.version
    hazards.start_rectification(secretary, hid, v)
    row = hazards.get_hazard(secretary, hid).row
    assert row.status is S.IN_PROGRESS
    hazards.mark_rectified(secretary, hid, row.version, scene.rectifier, TODAY, TODAY)
    row = hazards.get_hazard(secretary, hid).row
    assert (row.status, row.rectified_by, row.rectified_on) == (S.AWAITING_CHECK, "李整改", TODAY)
    hazards.send_back(secretary, hid, row.version, scene.verifier, "护罩螺栓未紧固")
    row = hazards.get_hazard(secretary, hid).row
    assert row.status is S.IN_PROGRESS and row.rectified_by_id is None
    hazards.mark_rectified(secretary, hid, row.version, scene.rectifier, TODAY, TODAY)
    row = hazards.get_hazard(secretary, hid).row
    hazards.verify(secretary, hid, row.version, scene.verifier, TODAY, TODAY)
    row = hazards.get_hazard(secretary, hid).row
    assert (row.status, row.verified_by, row.verified_on, row.closed_on) == (S.CLOSED, "王验收", TODAY, TODAY)
    with secretary.read() as s:
        entries = list(s.execute(select(AuditEntry.action, AuditEntry.details).where(
            AuditEntry.entity == "hazard", AuditEntry.entity_id == hid).order_by(AuditEntry.id)))
    moves = [tuple(d["status"]) for a, d in entries if a == "变更状态"]
    assert moves == [("待整改", "整改中"), ("整改中", "待验收"), ("待验收", "整改中"), ("整改中", "待验收"),
                     ("待验收", "已闭合")]
    assert any(d.get("reason") == "护罩螺栓未紧固" for a, d in entries if d)


def test_bad_moves_write_nothing(secretary: Ctx, scene: Scene):
    hid = hazards.create_hazard(secretary, _input(scene), TODAY)
    v = hazards.get_hazard(secretary, hid).row.version
    before = _audit_count(secretary)
    with pytest.raises(ValidationError, match="验收后才能闭合"):  # closing without verification
        hazards.verify(secretary, hid, v, scene.verifier, TODAY, TODAY)
    with pytest.raises(ValidationError):  # skipping 整改中
        hazards.mark_rectified(secretary, hid, v, scene.rectifier, TODAY, TODAY)
    hazards.start_rectification(secretary, hid, v)
    v = hazards.get_hazard(secretary, hid).row.version
    hazards.mark_rectified(secretary, hid, v, scene.rectifier, TODAY, TODAY)
    v = hazards.get_hazard(secretary, hid).row.version
    before = _audit_count(secretary)
    with pytest.raises(ValidationError, match="验收人不能是整改人"):
        hazards.verify(secretary, hid, v, scene.rectifier, TODAY, TODAY)
    with pytest.raises(ValidationError, match="请选择验收人"):
        hazards.verify(secretary, hid, v, None, TODAY, TODAY)
    with pytest.raises(ValidationError, match="退回整改的原因"):
        hazards.send_back(secretary, hid, v, scene.verifier, "  ")
    row = hazards.get_hazard(secretary, hid).row
    assert row.status is S.AWAITING_CHECK and row.version == v and _audit_count(secretary) == before


def test_bad_input_is_refused_with_nothing_written(secretary: Ctx, scene: Scene):
    n, a = _hazard_count(secretary), _audit_count(secretary)
    with pytest.raises(ValidationError, match="早于发现日期"):
        hazards.create_hazard(secretary, _input(scene, deadline=TODAY - timedelta(days=6)), TODAY)
    with pytest.raises(ValidationError, match="晚于今天"):
        hazards.create_hazard(secretary, _input(scene, found_on=TODAY + timedelta(days=1),
                                                deadline=TODAY + timedelta(days=9)), TODAY)
    with pytest.raises(ValidationError, match="请填写隐患描述"):
        hazards.create_hazard(secretary, _input(scene, description=" \u200b "), TODAY)
    with pytest.raises(ValidationError, match="请选择责任区"):
        hazards.create_hazard(secretary, _input(scene, zone_id=None), TODAY)
    assert (_hazard_count(secretary), _audit_count(secretary)) == (n, a)


def test_edit_is_audited_and_closed_cannot_be_edited(secretary: Ctx, scene: Scene):
    hid = hazards.create_hazard(secretary, _input(scene), TODAY)
    row = hazards.get_hazard(secretary, hid).row
    changed = hazards.update_hazard(secretary, hid, row.version, replace(row.to_input(), description="护罩破损"), TODAY)
    assert changed and hazards.get_hazard(secretary, hid).row.description == "护罩破损"
    assert not hazards.update_hazard(secretary, hid, row.version + 1, hazards.get_hazard(secretary, hid).row.to_input(),
                                     TODAY)
    with secretary.db.uow() as s:
        s.get(Hazard, hid).status = S.CLOSED  # type: ignore[union-attr]
    row = hazards.get_hazard(secretary, hid).row
    with pytest.raises(ValidationError, match="已闭合"):
        hazards.update_hazard(secretary, hid, row.version, replace(row.to_input(), description="x"), TODAY)


def test_photos_at_most_ten_and_only_images(secretary: Ctx, scene: Scene):
    hid = hazards.create_hazard(secretary, _input(scene), TODAY)
    jpeg = _jpeg(800, 600)
    with pytest.raises(ValidationError, match="不是有效的图片"):
        hazards.add_photo(secretary, hid, PhotoStage.BEFORE, b"%PDF-1.4 not an image" * 10)
    with pytest.raises(ValidationError, match="不是有效的图片"):  # JPEG's first bytes, then nothing
        hazards.add_photo(secretary, hid, PhotoStage.BEFORE, b"\xff\xd8\xff\xe0" + b"\0" * 200)
    with pytest.raises(ValidationError, match="长边最多 1600 像素"):
        hazards.add_photo(secretary, hid, PhotoStage.BEFORE, _jpeg(2000, 100))
    for _ in range(10):
        hazards.add_photo(secretary, hid, PhotoStage.BEFORE, jpeg)
    with pytest.raises(ValidationError, match="最多 10 张"):
        hazards.add_photo(secretary, hid, PhotoStage.AFTER, jpeg)
    detail = hazards.get_hazard(secretary, hid)
    assert len(detail.photos) == 10 and hazards.photo_bytes(secretary, detail.photos[0].id) == jpeg
    hazards.delete_photo(secretary, detail.photos[0].id)
    with secretary.read() as s:
        assert s.scalar(select(func.count(HazardPhoto.id))) == 9


def test_viewer_is_refused_and_nothing_changes(secretary: Ctx, scene: Scene):
    hid = hazards.create_hazard(secretary, _input(scene), TODAY)
    v = hazards.get_hazard(secretary, hid).row.version
    viewer = viewer_of(secretary)
    a = _audit_count(secretary)
    for call in (lambda: hazards.create_hazard(viewer, _input(scene), TODAY),
                 lambda: hazards.start_rectification(viewer, hid, v),
                 lambda: hazards.update_hazard(viewer, hid, v, _input(scene, description="x"), TODAY),
                 lambda: hazards.add_photo(viewer, hid, PhotoStage.BEFORE, _jpeg(10, 10))):
        with pytest.raises(PermissionDenied):
            call()
    assert _audit_count(secretary) == a and hazards.get_hazard(secretary, hid).row.version == v


def _many(ctx: Ctx, sc: Scene) -> dict[str, int]:
    """Hazards in every state, some overdue, over two branches."""
    ids = {}
    ids["overdue_open"] = hazards.create_hazard(ctx, _input(sc, found_on=TODAY - timedelta(days=20),
                                                           deadline=TODAY - timedelta(days=3)), TODAY)
    ids["due_today"] = hazards.create_hazard(ctx, _input(sc, deadline=TODAY), TODAY)
    ids["overdue_progress"] = hazards.create_hazard(ctx, _input(sc, found_on=TODAY - timedelta(days=10),
                                                               deadline=TODAY - timedelta(days=1),
                                                               description="瓦斯探头 100%_失灵"), TODAY)
    hazards.start_rectification(ctx, ids["overdue_progress"], 1)
    ids["awaiting_late"] = hazards.create_hazard(ctx, _input(sc, deadline=TODAY - timedelta(days=2),
                                                            level=HazardLevel.ORDINARY), TODAY)
    hazards.start_rectification(ctx, ids["awaiting_late"], 1)
    hazards.mark_rectified(ctx, ids["awaiting_late"], 2, sc.rectifier, TODAY - timedelta(days=4), TODAY)
    ids["other_branch"] = hazards.create_hazard(ctx, _input(sc, zone_id=sc.zone2, finder_id=sc.other_branch_person,
                                                           found_on=TODAY - timedelta(days=1)), TODAY)
    return ids


def test_filters_and_overdue_first(secretary: Ctx, scene: Scene):
    ids = _many(secretary, scene)
    f = HazardFilter(today=TODAY)
    rows = hazards.list_hazards(secretary, f)
    assert [r.id for r in rows[:2]] == [ids["overdue_progress"], ids["overdue_open"]]  # overdue first, newest found
    assert {r.id for r in rows if r.overdue} == {ids["overdue_open"], ids["overdue_progress"]}
    assert hazards.count_hazards(secretary, f) == 5

    def found(**kw: object) -> set[int]:
        g = replace(f, **kw)
        listed = {r.id for r in hazards.list_hazards(secretary, g)}
        assert len(listed) == hazards.count_hazards(secretary, g)
        return listed

    assert found(overdue=True) == {ids["overdue_open"], ids["overdue_progress"]}
    assert found(statuses=(S.AWAITING_CHECK,)) == {ids["awaiting_late"]}
    assert found(levels=(HazardLevel.ORDINARY,)) == {ids["awaiting_late"]}
    assert found(branch_id=scene.branch2) == {ids["other_branch"]}
    assert found(unit_id=scene.unit) == set(ids.values()) - {ids["other_branch"]}
    assert found(zone_id=scene.zone2) == {ids["other_branch"]}
    assert found(finder_id=scene.other_branch_person) == {ids["other_branch"]}
    assert found(found_from=TODAY - timedelta(days=10), found_to=TODAY - timedelta(days=10)) == {ids["overdue_progress"]}
    assert found(text="100%_") == {ids["overdue_progress"]}  # literal, not a pattern
    assert found(text="%") == {ids["overdue_progress"]}
    assert found(text="不存在的") == set()
    # the day moves on: tomorrow, the one due today is overdue too
    assert found(overdue=True, today=TODAY + timedelta(days=1)) == {ids["overdue_open"], ids["overdue_progress"],
                                                                   ids["due_today"]}


def test_paging_keeps_overdue_first_across_pages(secretary: Ctx, scene: Scene):
    for i in range(7):
        hazards.create_hazard(secretary, _input(scene, found_on=TODAY - timedelta(days=30 - i),
                                                deadline=TODAY - timedelta(days=1)), TODAY)
    for i in range(6):
        hazards.create_hazard(secretary, _input(scene, found_on=TODAY - timedelta(days=20 - i)), TODAY)
    f = HazardFilter(today=TODAY)
    whole = hazards.list_hazards(secretary, f, 0, 100)
    paged = [r for off in range(0, 13, 3) for r in hazards.list_hazards(secretary, f, off, 3)]
    assert [r.id for r in paged] == [r.id for r in whole]
    assert [r.overdue for r in whole] == [True] * 7 + [False] * 6
    by_text = [r.id for off in range(0, 13, 5) for r in hazards.list_hazards(secretary, replace(f, text="护罩"), off, 5)]
    assert by_text == [r.id for r in whole]
    asc = hazards.list_hazards(secretary, replace(f, sort=hazards.SortKey.DEADLINE, descending=False), 0, 100)
    assert [r.overdue for r in asc] == [True] * 7 + [False] * 6


def test_worklist_sources(secretary: Ctx, scene: Scene):
    ids = _many(secretary, scene)
    with secretary.read() as s:
        soon = hazards.due_soon_items(s, secretary.actor, TODAY)
        late = hazards.overdue_items(s, secretary.actor, TODAY)
        waiting = hazards.awaiting_check_items(s, secretary.actor, TODAY)
    assert {i.target.record_id for i in soon if i.target} == {ids["due_today"]}  # other_branch: due in 5 days
    assert [i.title for i in late] == ["综采二区党支部：逾期未整改隐患 2 条"]
    assert [i.target.record_id for i in waiting if i.target] == [ids["awaiting_late"]]


@pytest.mark.parametrize("text, levels", [("", ()), ("护罩", ()), ("", (HazardLevel.MAJOR,))])
def test_first_page_agrees_with_count_and_list(secretary: Ctx, scene: Scene, text: str, levels):
    for i in range(5):
        hazards.create_hazard(secretary, _input(scene, found_on=TODAY - timedelta(days=30 - i),
                                                deadline=TODAY - timedelta(days=2 - i)), TODAY)
    hazards.create_hazard(secretary, _input(scene, description="照明不足"), TODAY)
    for sort, desc in ((hazards.SortKey.FOUND, True), (hazards.SortKey.DEADLINE, False)):
        f = HazardFilter(text=text, levels=levels, today=TODAY, sort=sort, descending=desc)
        page = hazards.first_page(secretary, f, 4)
        assert page.total == hazards.count_hazards(secretary, f) and page.overdue == hazards.count_overdue(secretary, f)
        assert [r.id for r in page.rows] == [r.id for r in hazards.list_hazards(secretary, f, 0, 4)]
        assert page.overdue == 2  # due two days ago and yesterday; due today is not


def test_worklist_sums_up_a_branch_with_many(secretary: Ctx, scene: Scene):
    ids = [hazards.create_hazard(secretary, _input(scene, deadline=TODAY + timedelta(days=i % 3)), TODAY)
           for i in range(hazards.ITEMS_PER_BRANCH + 2)]
    for hid in ids:
        hazards.start_rectification(secretary, hid, 1)
        hazards.mark_rectified(secretary, hid, 2, scene.rectifier, TODAY - timedelta(days=5), TODAY)
    more = [hazards.create_hazard(secretary, _input(scene, deadline=TODAY + timedelta(days=1)), TODAY)
            for _ in range(hazards.ITEMS_PER_BRANCH + 1)]
    with secretary.read() as s:
        waiting = hazards.awaiting_check_items(s, secretary.actor, TODAY)
        soon = hazards.due_soon_items(s, secretary.actor, TODAY)
    assert [(i.title, i.target) for i in waiting] == [
        (f"综采二区党支部：待验收超过3天的隐患 {len(ids)} 条", hazards_target("hazards_awaiting", scene.branch))]
    assert [(i.title, i.target) for i in soon] == [
        (f"综采二区党支部：3 天内到期的隐患 {len(more)} 条", hazards_target("hazards_due_soon", scene.branch))]


def hazards_target(kind: str, record_id: int):  # type: ignore[no-untyped-def]
    from dangjian_desktop.services.worklist import WorkTarget

    return WorkTarget(kind, record_id)
