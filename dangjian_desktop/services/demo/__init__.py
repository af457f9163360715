"""演示数据: fill an empty database with a realistic committee and a year of history.

``load_demo`` is what ``dangjian-desktop demo`` and the GUI's "载入演示数据" call. The normal
size is two branches (综采二区, 运行部) with about 220 people; ``size="large"`` is the benchmark
database of issue 2 (15 branches, 3,000 people, 100,000 hazards …). Everything comes from
``random.Random(seed)`` and the given ``today``, so one seed always gives the same data.
Rows are written with Core bulk inserts in one transaction: a cancel or an error writes nothing.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select

from dangjian_desktop.domain.base import utcnow
from dangjian_desktop.domain.errors import DomainError, ValidationError
from dangjian_desktop.domain.org import Branch, Person
from dangjian_desktop.domain.security import Setting

from .. import assessment as assessment_service
from .. import audit, points
from ..audit import AuditAction, AuditEntity
from ..auth import cli_actor
from ..demo_data import DEMO_SETTING
from ..uow import Actor, Database
from . import assessment, care, pledges, roster, safety, zones
from .names import NameMaker
from .roster import DEMO_PASSWORD, DemoAccount
from .state import SIZES, DemoState
from .writer import BulkWriter

__all__ = ["DEMO_PASSWORD", "DEMO_SETTING", "SIZES", "DemoAccount", "DemoCancelled", "DemoSummary", "load_demo"]


# Chinese label → table, in the order the command line prints them.
_COUNTED = (
    ("支部", "branch"), ("区队/班组", "work_unit"), ("人员", "person"), ("责任区/示范岗", "zone"),
    ("承诺书", "pledge"), ("责任区周报", "zone_report"), ("合理化建议", "suggestion"), ("隐患", "hazard"),
    ("三违", "violation"), ("党代表巡视", "inspection"), ("思想动态档案", "mood_file"),
    ("红黄蓝预警", "mood_warning"), ("结对", "pairing"), ("结对回访", "follow_up"),
    ("周检查评分", "weekly_score"), ("评先选优", "commendation"), ("积分记录", "point_entry"),
)


class DemoCancelled(DomainError):
    def __init__(self) -> None:
        super().__init__("已取消载入演示数据，数据库未做任何改动。")


@dataclass(frozen=True)
class DemoSummary:
    username: str  # the demo secretary's login
    password: str | None  # None when that account already existed (its password was kept)
    counts: dict[str, int]  # Chinese label → rows, for the command line and the GUI message
    accounts: tuple[DemoAccount, ...] = field(default=())  # 书记, 委员, 查看
    total_rows: int = 0


def load_demo(
    db: Database,
    size: str = "normal",
    seed: int = 2026,
    today: date | None = None,
    progress: Callable[[int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    actor: Actor | None = None,
) -> DemoSummary:
    """Fill an empty roster with demo data; refused when the database already has people.

    ``actor`` is who the audit log names (the logged-in user in the GUI); by default the
    command line's OS user. Existing user accounts are kept.
    """
    if size not in SIZES:
        raise ValidationError(f"演示数据规模只能是 {' / '.join(SIZES)}，不能是“{size}”。")
    actor = actor or cli_actor()
    actor.require_write()
    today = today or date.today()
    report = progress or (lambda _pct, _step: None)
    with db.uow() as s:
        if s.scalar(select(Person.id).limit(1)) is not None or s.scalar(select(Branch.id).limit(1)) is not None:
            raise ValidationError("数据库中已有人员名册（支部或人员），不能再载入演示数据；"
                                  "请用一个新的空数据库（例如 --db 指定一个新文件）。")
        rng = random.Random(seed)
        st = DemoState(rng=rng, today=today, size=SIZES[size], w=BulkWriter(s), names=NameMaker(rng))
        sources: dict[str, list] = {}
        adopted: set[int] = set()
        accounts: list[DemoAccount] = []
        weekly: dict = {}
        quarters: list[str] = []

        def people() -> None:
            roster.build_people(st)
            accounts.extend(roster.build_accounts(st))
            roster.build_recent_import(st)

        def zone_records() -> None:
            sources["zone_report"] = zones.build_reports(st)
            suggestions = zones.build_suggestions(st)
            recent = date.fromordinal(today.toordinal() - 90)
            sources["suggestion"] = [(i, m, d) for i, m, d, _a in suggestions if d >= recent]
            adopted.update(i for i, _m, _d, a in suggestions if a)

        def hazards() -> None:
            found = safety.build_inspections(st, safety.build_checklists(st))
            safety.build_hazards(st, found)
            sources["hazard_found"] = [(i, p, d) for p, items in st.hazard_ids_by_finder.items() for i, d in items]

        def violations() -> None:
            sources["violation_in_zone"] = safety.build_violations(st)
            sources["accident"] = safety.build_accidents(st)

        def scores() -> None:
            weekly.update(assessment.build_scores(st))
            assessment.build_supervision(st)
            quarters.extend(assessment.build_reviews(st))

        steps: list[tuple[int, str, Callable[[], None]]] = [
            (0, "建立组织机构", lambda: roster.build_org(st)),
            (2, "生成人员名册与演示账号", people),
            (6, "设立党员责任区和示范岗", lambda: zones.build_zones(st)),
            (9, "生成责任区周报与合理化建议", zone_records),
            (16, "生成党代表巡视与隐患排查台账", hazards),
            (50, "生成“三违”与事故记录", violations),
            (52, "生成安全承诺", lambda: sources.__setitem__("pledge_kept", pledges.build_pledges(st))),
            (58, "生成职工思想动态与红黄蓝预警", lambda: care.build_mood(st)),
            (70, "生成结对帮扶与安全联保", lambda: sources.__setitem__("follow_up", care.build_pairing(st))),
            (80, "生成周检查、季讲评与评先选优", scores),
            (92, "生成党员积分规则", lambda: assessment.build_point_rules(st)),
        ]
        for pct, label, step in steps:
            if cancelled is not None and cancelled():
                raise DemoCancelled()
            report(pct, label)
            step()
        if cancelled is not None and cancelled():
            raise DemoCancelled()
        report(93, "写入数据库")
        st.w.finish()
        report(95, "按积分规则计算党员积分")
        st.w.written["point_entry"] = points.sync_log(s, None, today)
        report(97, "季讲评与评先选优")  # stars are proposed by their points: after the log
        st.w.written["commendation"] = assessment_service.close_quarters_in(
            s, quarters, lambda q: min(q.end + timedelta(days=10), today), today)
        st.w.written["point_entry"] += points.sync_log(s, None, today, codes=("commendation",))
        marker = {"seed": seed, "size": size, "today": today.isoformat(), "loaded_at": utcnow().isoformat()}
        setting = s.scalar(select(Setting).where(Setting.key == DEMO_SETTING))
        if setting is None:
            s.add(Setting(key=DEMO_SETTING, value=marker))
        else:
            setting.value = marker
        written = dict(st.w.written)
        counts = {label: written.get(table, 0) for label, table in _COUNTED}
        counts["党员"] = sum(len(b.members) for b in st.branches)
        counts = {k: counts[k] for k in [*list(counts)[:3], "党员", *list(counts)[3:-1]]}  # 党员 after 人员
        audit.record(s, actor, AuditAction.LOAD_DEMO, AuditEntity.DATABASE, None,
                     f"载入演示数据（{size}，种子 {seed}）：{counts['支部']}个支部、{counts['人员']}人、{counts['隐患']}条隐患",
                     {"size": size, "seed": seed, "today": today.isoformat(), "rows": written})
    report(100, "完成")
    secretary = next(a for a in accounts if a.username == "demo")
    return DemoSummary(secretary.username, secretary.password, counts, tuple(accounts), sum(written.values()))
