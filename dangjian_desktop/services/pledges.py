"""安全承诺: campaigns, each member's pledge with its measurable commitments, signing and review.

Each public function is one unit of work: the actor is checked first, the input validated (a
clear Chinese message, nothing written), the change and its audit entry committed together.
Reads return frozen rows. A campaign's status is computed (``domain.pledges.campaign_status``):
进行中, 已结束 once its end date has passed, 已关闭 after the review. A campaign's template
commitments (what "为全部党员生成" copies into each pledge) are kept in the shared ``setting``
table under ``pledge_template:<id>``: the schema has no table for them and they are a few lines.

Fulfilment, participation and the 工作台 items are in ``pledge_progress``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from enum import Enum

from sqlalchemy import Select, delete, func, or_, select
from sqlalchemy.orm import Session, aliased

from dangjian_desktop.domain.base import utcnow
from dangjian_desktop.domain.errors import ConflictError, NotFound, ValidationError
from dangjian_desktop.domain.org import Branch, Person, PoliticalStatus, WorkUnit
from dangjian_desktop.domain.pledges import (
    CampaignBranch,
    CampaignStatus,
    Commitment,
    CommitmentMetric,
    CommitmentPeriod,
    CommitmentProgress,
    Pledge,
    PledgeCampaign,
    PledgeStatus,
    campaign_status,
    fill_template,
)
from dangjian_desktop.domain.security import Setting
from dangjian_desktop.domain.text import clean_text

from . import audit, points
from .audit import AuditAction, AuditEntity
from .records import load_for_edit, raise_problems
from .search import contains, search_text
from .shared_settings import read_setting, write_setting
from .uow import Ctx

PARTY = (PoliticalStatus.MEMBER, PoliticalStatus.PROBATIONARY)
TITLE_MAX, TEXT_MAX, COMMITMENT_MAX, POST_MAX = 100, 4000, 200, 50
CAMPAIGN_NOT_FOUND = "该承诺活动不存在（可能已被删除）。"
PLEDGE_NOT_FOUND = "该承诺书不存在（可能已被删除）。"


def template_key(campaign_id: int) -> str:
    return f"pledge_template:{campaign_id}"


# ---------------------------------------------------------------- inputs and rows


@dataclass(frozen=True)
class CommitmentInput:
    """A measurable commitment as typed: "每月深入现场10次" is (text, 深入现场, 10, 每月).
    ``id``: an existing commitment of the pledge being edited (None: a new one)."""

    text: str
    metric: CommitmentMetric = CommitmentMetric.OTHER
    target: int = 1
    period: CommitmentPeriod = CommitmentPeriod.MONTH
    id: int | None = None

    @property
    def label(self) -> str:
        """“深入现场 每月10次”."""
        return f"{self.metric.value} {self.period.value}{self.target}次"


@dataclass(frozen=True)
class CampaignInput:
    title: str
    starts_on: date | None
    ends_on: date | None
    branch_ids: tuple[int, ...]
    template_text: str = ""
    commitments: tuple[CommitmentInput, ...] = ()


@dataclass(frozen=True)
class CampaignRow:
    id: int
    version: int
    title: str
    starts_on: date
    ends_on: date
    status: CampaignStatus  # computed with the ``today`` it was read with
    branch_ids: tuple[int, ...]
    branch_names: tuple[str, ...]
    template_text: str
    commitments: tuple[CommitmentInput, ...]
    pledges: int

    @property
    def label(self) -> str:
        """“百日安全（进行中）” as a drop-down shows it."""
        return f"{self.title}（{self.status.value}）"

    def to_input(self) -> CampaignInput:
        return CampaignInput(self.title, self.starts_on, self.ends_on, self.branch_ids, self.template_text,
                             self.commitments)


@dataclass(frozen=True)
class PledgeInput:
    """What the pledge dialog edits. ``signed_on`` set makes a draft 已签 (cleared: 待签 again)."""

    text: str
    post: str | None = None
    signed_on: date | None = None
    commitments: tuple[CommitmentInput, ...] = ()


class PledgeSort(str, Enum):
    NAME = "name"
    BRANCH = "branch"
    UNIT = "unit"
    POST = "post"
    STATUS = "status"
    SIGNED = "signed_on"
    REVIEWED = "reviewed_on"


@dataclass(frozen=True)
class PledgeFilter:
    """What the 安全承诺 table filters and sorts by (in SQL). ``campaign_id`` None: none shown."""

    campaign_id: int | None = None
    branch_id: int | None = None
    unit_id: int | None = None  # a 区队 includes its 班组
    status: PledgeStatus | None = None
    text: str = ""  # name, 工号 or post contains; pinyin initials as in the roster
    sort: PledgeSort = PledgeSort.NAME
    descending: bool = False


@dataclass(frozen=True)
class PledgeRow:
    id: int
    version: int
    campaign_id: int
    member_id: int
    name: str
    employee_no: str
    branch_id: int
    branch: str
    unit: str | None
    post: str | None
    status: PledgeStatus
    signed_on: date | None
    reviewed_on: date | None
    broken_reason: str | None
    text: str
    commitments: tuple[CommitmentInput, ...] = field(default=())

    def to_input(self) -> PledgeInput:
        return PledgeInput(self.text, self.post, self.signed_on, self.commitments)


# ---------------------------------------------------------------- campaigns


def _campaign_row(s: Session, c: PledgeCampaign, today: date) -> CampaignRow:
    branches = s.execute(select(Branch.id, Branch.name).join(CampaignBranch, CampaignBranch.branch_id == Branch.id)
                         .where(CampaignBranch.campaign_id == c.id).order_by(Branch.id)).all()
    n = s.scalar(select(func.count(Pledge.id)).where(Pledge.campaign_id == c.id)) or 0
    return CampaignRow(c.id, c.version, c.title, c.starts_on, c.ends_on, campaign_status(c.status, c.ends_on, today),
                       tuple(b for b, _ in branches), tuple(name for _, name in branches), c.template_text or "",
                       _template(s, c.id), n)


def _template(s: Session, campaign_id: int) -> tuple[CommitmentInput, ...]:
    out = []
    for item in read_setting(s, template_key(campaign_id), []) or []:
        try:
            out.append(CommitmentInput(str(item["text"]), CommitmentMetric(item["metric"]), int(item["target"]),
                                       CommitmentPeriod(item["period"])))
        except (KeyError, TypeError, ValueError):
            continue  # a hand-edited or foreign entry: skipped, not fatal
    return tuple(out)


def list_campaigns(ctx: Ctx, today: date | None = None) -> list[CampaignRow]:
    """Every campaign, the latest started first."""
    today = today or date.today()
    with ctx.read() as s:
        rows = s.scalars(select(PledgeCampaign).order_by(PledgeCampaign.starts_on.desc(), PledgeCampaign.id.desc()))
        return [_campaign_row(s, c, today) for c in rows]


def get_campaign(ctx: Ctx, campaign_id: int, today: date | None = None) -> CampaignRow:
    with ctx.read() as s:
        c = s.get(PledgeCampaign, campaign_id)
        if c is None:
            raise NotFound(CAMPAIGN_NOT_FOUND)
        return _campaign_row(s, c, today or date.today())


def campaign_by_title(ctx: Ctx, title: str, today: date | None = None) -> CampaignRow:
    """The campaign called ``title`` (the latest of several); NotFound naming the ones there are."""
    wanted = clean_text(title)
    campaigns = list_campaigns(ctx, today)
    for c in campaigns:
        if c.title == wanted:
            return c
    names = "、".join(f"「{c.title}」" for c in campaigns[:8]) or "（还没有承诺活动）"
    raise NotFound(f"找不到承诺活动“{wanted}”。现有活动：{names}。")


def _commitment_problems(items: tuple[CommitmentInput, ...], where: str = "") -> tuple[list[str], tuple[CommitmentInput, ...]]:
    problems: list[str] = []
    cleaned = []
    for i, c in enumerate(items, start=1):
        text = clean_text(c.text)
        if not text:
            problems.append(f"{where}第{i}项承诺的内容不能为空")
        elif len(text) > COMMITMENT_MAX:
            problems.append(f"{where}第{i}项承诺过长（最多{COMMITMENT_MAX}个字）")
        if not isinstance(c.target, int) or isinstance(c.target, bool) or c.target <= 0:
            problems.append(f"{where}第{i}项承诺“{text or c.metric.value}”的目标数应大于0")
        cleaned.append(replace(c, text=text))
    return problems, tuple(cleaned)


def _check_campaign(s: Session, data: CampaignInput, campaign_id: int | None) -> CampaignInput:
    problems: list[str] = []
    title = clean_text(data.title)
    if not title:
        problems.append("活动名称不能为空")
    elif len(title) > TITLE_MAX:
        problems.append(f"活动名称过长（最多{TITLE_MAX}个字）")
    elif s.scalar(select(PledgeCampaign.id).where(PledgeCampaign.title == title,
                                                 PledgeCampaign.id != (campaign_id or 0))):
        problems.append(f"已有名为“{title}”的承诺活动")
    if data.starts_on is None or data.ends_on is None:
        problems.append("请填写活动的开始和结束日期")
    elif data.ends_on < data.starts_on:
        problems.append("结束日期不能早于开始日期")
    branch_ids = tuple(dict.fromkeys(data.branch_ids))
    if not branch_ids:
        problems.append("请至少选择一个参加的支部")
    else:
        found = set(s.scalars(select(Branch.id).where(Branch.id.in_(branch_ids))))
        if len(found) != len(branch_ids):
            problems.append("所选支部不存在（可能已被删除）")
    template = clean_text(data.template_text, multiline=True) if data.template_text else ""
    if len(template) > TEXT_MAX:
        problems.append(f"承诺书模板过长（最多{TEXT_MAX}个字）")
    more, commitments = _commitment_problems(data.commitments, "模板")
    raise_problems(problems + more)
    return replace(data, title=title, branch_ids=branch_ids, template_text=template, commitments=commitments)


def _write_template(s: Session, campaign_id: int, items: tuple[CommitmentInput, ...]) -> None:
    write_setting(s, template_key(campaign_id), [
        {"text": c.text, "metric": c.metric.value, "target": c.target, "period": c.period.value} for c in items])


def create_campaign(ctx: Ctx, data: CampaignInput, today: date | None = None) -> CampaignRow:
    """A new campaign in the chosen branches, with its template."""
    ctx.actor.require_write()
    with ctx.uow() as s:
        data = _check_campaign(s, data, None)
        assert data.starts_on is not None and data.ends_on is not None  # checked above
        c = PledgeCampaign(title=data.title, starts_on=data.starts_on, ends_on=data.ends_on,
                           template_text=data.template_text or None, status=CampaignStatus.RUNNING)
        c.branches = [CampaignBranch(branch_id=b) for b in data.branch_ids]
        s.add(c)
        s.flush()
        _write_template(s, c.id, data.commitments)
        audit.record(s, ctx.actor, AuditAction.ADD, AuditEntity.PLEDGE_CAMPAIGN, c.id,
                     f"新增承诺活动 {c.title}（{c.starts_on:%Y-%m-%d} 至 {c.ends_on:%Y-%m-%d}）")
        cid = c.id
    return get_campaign(ctx, cid, today)


def update_campaign(ctx: Ctx, campaign_id: int, expected_version: int, data: CampaignInput,
                    today: date | None = None) -> CampaignRow:
    """Change a campaign; a branch that already has pledges in it stays; a closed one is not edited."""
    ctx.actor.require_write()
    with ctx.uow() as s:
        c = load_for_edit(s, PledgeCampaign, campaign_id, expected_version, CAMPAIGN_NOT_FOUND)
        if c.status is CampaignStatus.CLOSED:
            raise ValidationError(f"承诺活动“{c.title}”已关闭，不能再修改。")
        data = _check_campaign(s, data, campaign_id)
        assert data.starts_on is not None and data.ends_on is not None
        problems = []
        dropped = {b.branch_id for b in c.branches} - set(data.branch_ids)
        if dropped:
            held = s.scalars(select(Branch.name).where(Branch.id.in_(
                select(Pledge.branch_id).where(Pledge.campaign_id == c.id, Pledge.branch_id.in_(dropped))))).all()
            if held:
                problems.append(f"{'、'.join(held)}已有承诺书，不能从活动中去掉")
        outside = s.scalar(select(func.count(Pledge.id)).where(
            Pledge.campaign_id == c.id, Pledge.signed_on.is_not(None),
            or_(Pledge.signed_on < data.starts_on, Pledge.signed_on > data.ends_on))) or 0
        if outside:
            problems.append(f"有 {outside} 份承诺书的签订日期会落在新的活动期间之外")
        raise_problems(problems)
        changed = []
        for attr, label in (("title", "名称"), ("starts_on", "开始日期"), ("ends_on", "结束日期")):
            if getattr(c, attr) != getattr(data, attr):
                setattr(c, attr, getattr(data, attr))
                changed.append(label)
        if (c.template_text or "") != data.template_text:
            c.template_text = data.template_text or None
            changed.append("承诺书模板")
        if _template(s, c.id) != data.commitments:
            _write_template(s, c.id, data.commitments)
            changed.append("量化承诺模板")
        current = {b.branch_id: b for b in c.branches}
        if set(current) != set(data.branch_ids):
            c.branches = [current.get(b) or CampaignBranch(branch_id=b) for b in data.branch_ids]
            changed.append("参加支部")
        if changed:
            c.updated_at = utcnow()  # the version moves even when only the template setting changed
            audit.record(s, ctx.actor, AuditAction.EDIT, AuditEntity.PLEDGE_CAMPAIGN, c.id,
                         f"修改承诺活动 {c.title}：{'、'.join(changed)}")
    return get_campaign(ctx, campaign_id, today)


def delete_campaign(ctx: Ctx, campaign_id: int, expected_version: int) -> str:
    """Delete a campaign that has no pledge yet (one with pledges is closed after its review)."""
    ctx.actor.require_write()
    with ctx.uow() as s:
        c = load_for_edit(s, PledgeCampaign, campaign_id, expected_version, CAMPAIGN_NOT_FOUND)
        n = s.scalar(select(func.count(Pledge.id)).where(Pledge.campaign_id == c.id)) or 0
        if n:
            raise ValidationError(f"承诺活动“{c.title}”已有 {n} 份承诺书，不能删除；请在评诺后关闭活动。")
        title = c.title
        s.execute(delete(Setting).where(Setting.key == template_key(c.id)))
        s.delete(c)
        audit.record(s, ctx.actor, AuditAction.DELETE, AuditEntity.PLEDGE_CAMPAIGN, campaign_id, f"删除承诺活动 {title}")
        return title


def close_campaign(ctx: Ctx, campaign_id: int, expected_version: int, today: date | None = None) -> CampaignRow:
    """已结束 → 已关闭, once every signed pledge has been reviewed."""
    ctx.actor.require_write()
    today = today or date.today()
    with ctx.uow() as s:
        c = load_for_edit(s, PledgeCampaign, campaign_id, expected_version, CAMPAIGN_NOT_FOUND)
        status = campaign_status(c.status, c.ends_on, today)
        if status is CampaignStatus.CLOSED:
            raise ValidationError(f"承诺活动“{c.title}”已经关闭。")
        if status is CampaignStatus.RUNNING:
            raise ValidationError(f"承诺活动“{c.title}”尚未结束（{c.ends_on:%Y-%m-%d} 结束），不能关闭。")
        waiting = s.scalar(select(func.count(Pledge.id)).where(Pledge.campaign_id == c.id,
                                                                Pledge.status == PledgeStatus.SIGNED)) or 0
        if waiting:
            raise ValidationError(f"还有 {waiting} 份已签的承诺书未评诺（已践诺或未践诺），评诺后才能关闭活动。")
        c.status, c.closed_at = CampaignStatus.CLOSED, utcnow()
        audit.record(s, ctx.actor, AuditAction.CLOSE, AuditEntity.PLEDGE_CAMPAIGN, c.id, f"关闭承诺活动 {c.title}")
    return get_campaign(ctx, campaign_id, today)


# ---------------------------------------------------------------- pledges


_Unit = aliased(WorkUnit)
_Parent = aliased(WorkUnit)
_ROW = select(Pledge, Person.name, Person.employee_no, Branch.name, _Unit.name, _Parent.name)


def _pledge_query(cols: Select, f: PledgeFilter) -> Select:
    q = (cols.select_from(Pledge).join(Person, Pledge.member_id == Person.id)
         .join(Branch, Pledge.branch_id == Branch.id)
         .outerjoin(_Unit, Person.unit_id == _Unit.id).outerjoin(_Parent, _Unit.parent_id == _Parent.id)
         .where(Pledge.campaign_id == (f.campaign_id if f.campaign_id is not None else -1)))
    if f.branch_id is not None:
        q = q.where(Pledge.branch_id == f.branch_id)
    if f.unit_id is not None:
        q = q.where(or_(Person.unit_id == f.unit_id, _Unit.parent_id == f.unit_id))
    if f.status is not None:
        q = q.where(Pledge.status == f.status)
    text = search_text(f.text)
    if text:
        conditions = [contains(c, text) for c in (Person.name, Person.employee_no, Pledge.post)]
        if text.isascii() and text.isalpha():
            conditions.append(contains(Person.name_pinyin, f"|{text.lower()}"))
        q = q.where(or_(*conditions))
    return q


_SORT = {
    PledgeSort.NAME: Person.name_pinyin, PledgeSort.BRANCH: Branch.name, PledgeSort.UNIT: _Unit.name,
    PledgeSort.POST: Pledge.post, PledgeSort.STATUS: Pledge.status, PledgeSort.SIGNED: Pledge.signed_on,
    PledgeSort.REVIEWED: Pledge.reviewed_on,
}


def count_pledges(ctx: Ctx, f: PledgeFilter) -> int:
    with ctx.read() as s:
        return s.scalar(_pledge_query(select(func.count(Pledge.id)), f)) or 0


def list_pledges(ctx: Ctx, f: PledgeFilter, offset: int = 0, limit: int = 200) -> list[PledgeRow]:
    """One page of the campaign's pledges, filtered and sorted in SQL (commitments not loaded)."""
    col = _SORT[f.sort]
    q = _pledge_query(_ROW, f).order_by(col.desc() if f.descending else col.asc(), Pledge.id)
    with ctx.read() as s:
        return [_pledge_row(*r) for r in s.execute(q.offset(offset).limit(limit))]


def _pledge_row(p: Pledge, name: str, employee_no: str, branch: str, unit: str | None, parent: str | None,
                commitments: tuple[CommitmentInput, ...] = ()) -> PledgeRow:
    unit_label = f"{parent} / {unit}" if parent and unit else unit
    return PledgeRow(p.id, p.version, p.campaign_id, p.member_id, name, employee_no, p.branch_id, branch, unit_label,
                     p.post, p.status, p.signed_on, p.reviewed_on, p.broken_reason, p.text, commitments)


def get_pledge(ctx: Ctx, pledge_id: int) -> PledgeRow:
    """One pledge with its commitments."""
    with ctx.read() as s:
        r = s.execute(_ROW.select_from(Pledge).join(Person, Pledge.member_id == Person.id)
                      .join(Branch, Pledge.branch_id == Branch.id).outerjoin(_Unit, Person.unit_id == _Unit.id)
                      .outerjoin(_Parent, _Unit.parent_id == _Parent.id).where(Pledge.id == pledge_id)).first()
        if r is None:
            raise NotFound(PLEDGE_NOT_FOUND)
        p = r[0]
        items = tuple(CommitmentInput(c.text, c.metric, c.target_count, c.period, c.id) for c in p.commitments)
        return _pledge_row(p, r[1], r[2], r[3], r[4], r[5], items)


def _unit_label(s: Session, unit_id: int | None) -> str | None:
    if unit_id is None:
        return None
    u = s.get(WorkUnit, unit_id)
    if u is None:
        return None
    parent = s.get(WorkUnit, u.parent_id) if u.parent_id is not None else None
    return f"{parent.name}{u.name}" if parent else u.name


def _check_member(s: Session, c: PledgeCampaign, member_id: int) -> Person:
    """The member may pledge in this campaign: a 党员 or 预备党员 on the roster of a branch taking part."""
    m = s.get(Person, member_id)
    if m is None:
        raise NotFound("该人员不存在（可能已被删除）。")
    branches = {b.branch_id for b in c.branches}
    if m.archived_at is not None or m.political_status not in PARTY or m.branch_id not in branches:
        raise ValidationError(f"{m.name}不是参加“{c.title}”的支部的党员（或已归档），不能为其建立承诺书。")
    if s.scalar(select(Pledge.id).where(Pledge.campaign_id == c.id, Pledge.member_id == member_id)):
        raise ValidationError(f"{m.name}在“{c.title}”中已有承诺书，每名党员每次活动只有一份。")
    return m


def _check_pledge(c: PledgeCampaign, data: PledgeInput) -> PledgeInput:
    problems: list[str] = []
    text = clean_text(data.text, multiline=True)
    if not text:
        problems.append("承诺书内容不能为空")
    elif len(text) > TEXT_MAX:
        problems.append(f"承诺书内容过长（最多{TEXT_MAX}个字）")
    post = clean_text(data.post) or None
    if post and len(post) > POST_MAX:
        problems.append(f"岗位过长（最多{POST_MAX}个字）")
    if data.signed_on is not None and not c.starts_on <= data.signed_on <= c.ends_on:
        problems.append(f"签订日期 {data.signed_on:%Y-%m-%d} 不在活动期间（{c.starts_on:%Y-%m-%d} 至 "
                        f"{c.ends_on:%Y-%m-%d}）内")
    more, commitments = _commitment_problems(data.commitments)
    raise_problems(problems + more)
    return PledgeInput(text, post, data.signed_on, commitments)


def _require_open(c: PledgeCampaign) -> None:
    if c.status is CampaignStatus.CLOSED:
        raise ValidationError(f"承诺活动“{c.title}”已关闭，不能再修改其承诺书。")


def create_pledge(ctx: Ctx, campaign_id: int, member_id: int, data: PledgeInput) -> PledgeRow:
    """One member's pledge (待签, or 已签 with a signed date)."""
    ctx.actor.require_write()
    with ctx.uow() as s:
        c = s.get(PledgeCampaign, campaign_id)
        if c is None:
            raise NotFound(CAMPAIGN_NOT_FOUND)
        _require_open(c)
        m = _check_member(s, c, member_id)
        data = _check_pledge(c, data)
        p = Pledge(campaign_id=c.id, member_id=m.id, branch_id=m.branch_id, post=data.post or m.post, text=data.text,
                   signed_on=data.signed_on, status=PledgeStatus.SIGNED if data.signed_on else PledgeStatus.DRAFT)
        p.commitments = [Commitment(position=i, text=x.text, metric=x.metric, target_count=x.target, period=x.period)
                         for i, x in enumerate(data.commitments)]
        s.add(p)
        s.flush()
        audit.record(s, ctx.actor, AuditAction.ADD, AuditEntity.PLEDGE, p.id,
                     f"新增承诺书 {m.name}（{c.title}，{p.status.value}）")
        pid = p.id
    return get_pledge(ctx, pid)


@dataclass(frozen=True)
class Draft:
    text: str
    post: str | None


def draft_for(ctx: Ctx, campaign_id: int, member_id: int) -> Draft:
    """What 为全部党员生成 drafts for this member: the campaign's template with his name, post and
    unit put in, and his post (新建承诺书 fills them in when he is chosen)."""
    with ctx.read() as s:
        c = s.get(PledgeCampaign, campaign_id)
        if c is None:
            raise NotFound(CAMPAIGN_NOT_FOUND)
        m = s.get(Person, member_id)
        if m is None:
            raise NotFound("该人员不存在（可能已被删除）。")
        return Draft(fill_template(c.template_text, m.name, m.post, _unit_label(s, m.unit_id)), m.post)


def generate_pledges(ctx: Ctx, campaign_id: int) -> int:
    """为全部党员生成: a draft from the template for every member who should pledge and has none.
    Returns how many were drafted (0 when everyone has one)."""
    ctx.actor.require_write()
    with ctx.uow() as s:
        c = s.get(PledgeCampaign, campaign_id)
        if c is None:
            raise NotFound(CAMPAIGN_NOT_FOUND)
        _require_open(c)
        template = _template(s, c.id)
        have = select(Pledge.member_id).where(Pledge.campaign_id == c.id)
        members = s.scalars(select(Person).where(
            Person.branch_id.in_([b.branch_id for b in c.branches]), Person.archived_at.is_(None),
            Person.political_status.in_(PARTY), Person.id.not_in(have)).order_by(Person.id)).all()
        units: dict[int | None, str | None] = {}
        for m in members:
            if m.unit_id not in units:
                units[m.unit_id] = _unit_label(s, m.unit_id)
            p = Pledge(campaign_id=c.id, member_id=m.id, branch_id=m.branch_id, post=m.post,
                       text=fill_template(c.template_text, m.name, m.post, units[m.unit_id]),
                       status=PledgeStatus.DRAFT)
            p.commitments = [Commitment(position=i, text=x.text, metric=x.metric, target_count=x.target,
                                        period=x.period) for i, x in enumerate(template)]
            s.add(p)
        if members:
            audit.record(s, ctx.actor, AuditAction.ADD, AuditEntity.PLEDGE_CAMPAIGN, c.id,
                         f"为“{c.title}”生成承诺书 {len(members)} 份（待签）", {"members": [m.id for m in members]})
        return len(members)


def update_pledge(ctx: Ctx, pledge_id: int, expected_version: int, data: PledgeInput) -> PledgeRow:
    """Save the text, post, signed date and commitments. A reviewed pledge is not edited; a
    commitment with typed progress is not removed."""
    ctx.actor.require_write()
    with ctx.uow() as s:
        p = load_for_edit(s, Pledge, pledge_id, expected_version, PLEDGE_NOT_FOUND)
        c = s.get(PledgeCampaign, p.campaign_id)
        assert c is not None
        _require_open(c)
        if p.status in (PledgeStatus.KEPT, PledgeStatus.BROKEN):
            raise ValidationError(f"该承诺书已评诺（{p.status.value}），不能再修改；如需更正请重新评诺。")
        data = _check_pledge(c, data)
        existing = {x.id: x for x in p.commitments}
        kept_ids = {x.id for x in data.commitments if x.id is not None}
        unknown = kept_ids - set(existing)
        if unknown:
            raise ValidationError("承诺项已被他人修改，请刷新后重试。")
        removed = set(existing) - kept_ids
        if removed and s.scalar(select(CommitmentProgress.id).where(CommitmentProgress.commitment_id.in_(removed),
                                                                    CommitmentProgress.count > 0).limit(1)):
            raise ValidationError("已录入完成情况的承诺项不能删除。")
        if removed:
            s.execute(delete(CommitmentProgress).where(CommitmentProgress.commitment_id.in_(removed)))
        items = []
        for i, x in enumerate(data.commitments):
            row = existing[x.id] if x.id is not None else Commitment()
            row.position, row.text, row.metric, row.target_count, row.period = i, x.text, x.metric, x.target, x.period
            items.append(row)
        before = (p.text, p.post, p.signed_on, p.status)
        p.commitments = items
        p.text, p.post, p.signed_on = data.text, data.post, data.signed_on
        p.status = PledgeStatus.SIGNED if data.signed_on else PledgeStatus.DRAFT
        p.updated_at = utcnow()
        name = s.scalar(select(Person.name).where(Person.id == p.member_id))
        what = "签订" if before[3] is PledgeStatus.DRAFT and p.status is PledgeStatus.SIGNED else "修改"
        audit.record(s, ctx.actor, AuditAction.EDIT, AuditEntity.PLEDGE, p.id,
                     f"{what}承诺书 {name}（{c.title}）", {"status": [before[3].value, p.status.value],
                                                          "signed_on": [str(before[2] or ""), str(p.signed_on or "")]})
    return get_pledge(ctx, pledge_id)


def sign_pledge(ctx: Ctx, pledge_id: int, expected_version: int, signed_on: date) -> PledgeRow:
    """待签 → 已签 on ``signed_on`` (inside the campaign), the rest unchanged."""
    current = get_pledge(ctx, pledge_id)
    if current.version != expected_version:
        raise ConflictError()
    if current.status is not PledgeStatus.DRAFT:
        raise ValidationError(f"{current.name}的承诺书已是“{current.status.value}”。")
    return update_pledge(ctx, pledge_id, expected_version, replace(current.to_input(), signed_on=signed_on))


def review_pledge(ctx: Ctx, pledge_id: int, expected_version: int, kept: bool, reason: str = "",
                  reviewed_on: date | None = None) -> PledgeRow:
    """评诺: a signed pledge marked 已践诺, or 未践诺 with a reason (required). A pledge already
    reviewed may be reviewed again (a correction); a draft was never signed and is not reviewed."""
    ctx.actor.require_write()
    reviewed_on = reviewed_on or date.today()
    reason = clean_text(reason, multiline=True) if reason else ""
    with ctx.uow() as s:
        p = load_for_edit(s, Pledge, pledge_id, expected_version, PLEDGE_NOT_FOUND)
        c = s.get(PledgeCampaign, p.campaign_id)
        assert c is not None
        _require_open(c)
        problems = []
        if p.status is PledgeStatus.DRAFT:
            problems.append("该承诺书尚未签订，不能评诺")
        if not kept and not reason:
            problems.append("评为“未践诺”时必须填写原因")
        if len(reason) > TEXT_MAX:
            problems.append(f"原因过长（最多{TEXT_MAX}个字）")
        if p.signed_on is not None and reviewed_on < p.signed_on:
            problems.append("评诺日期不能早于签订日期")
        raise_problems(problems)
        before = p.status
        p.status = PledgeStatus.KEPT if kept else PledgeStatus.BROKEN
        p.broken_reason = None if kept else reason
        p.reviewed_on = reviewed_on
        p.reviewer_id = ctx.actor.person_id
        name = s.scalar(select(Person.name).where(Person.id == p.member_id))
        audit.record(s, ctx.actor, AuditAction.REVIEW, AuditEntity.PLEDGE, p.id,
                     f"评诺 {name}（{c.title}）：{p.status.value}" + (f"，原因：{reason}" if reason else ""),
                     {"status": [before.value, p.status.value]})
        points.record_for(s, "pledge", p.id)  # 党员积分: kept (+) or broken (−)
    return get_pledge(ctx, pledge_id)


def broken_pledges_in(s: Session, member_ids: Iterable[int], starts_on: date,
                      ends_on: date) -> list[tuple[int, str | None]]:
    """For the assessment's veto, inside its unit of work: (member, reason) of each pledge of
    ``member_ids`` reviewed 未践诺 within the period, in the order reviewed."""
    members = set(member_ids)
    if not members:
        return []
    return [(pid, reason) for pid, reason in s.execute(
        select(Pledge.member_id, Pledge.broken_reason).where(
            Pledge.member_id.in_(members), Pledge.status == PledgeStatus.BROKEN, Pledge.reviewed_on.is_not(None),
            Pledge.reviewed_on >= starts_on, Pledge.reviewed_on <= ends_on).order_by(Pledge.reviewed_on, Pledge.id))]
