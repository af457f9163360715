"""Data of the 安全承诺书 cards: each pledge of one campaign, in the selected branches and units."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from dangjian_desktop.domain.errors import NotFound
from dangjian_desktop.domain.org import Person
from dangjian_desktop.domain.pledges import CampaignStatus, CommitmentMetric, Pledge, PledgeCampaign
from dangjian_desktop.domain.text import clean_text
from dangjian_desktop.printing.data import CardData, CommitmentLine, PledgeCard

from ..uow import Ctx
from .scope import CardSelection, NothingToPrint, load_names, resolve, scope_text

# How a target is counted, by what the commitment measures.
_UNIT = {CommitmentMetric.SUGGESTION: "条", CommitmentMetric.HAZARD_FOUND: "条"}


def pick_campaign(campaigns: list[PledgeCampaign], title: str | None) -> tuple[PledgeCampaign, str | None]:
    """The campaign of that title (the latest of several), or by default the running one (the
    latest started), else the latest; with a sentence when the choice was not the running one."""
    if not campaigns:
        raise NothingToPrint("还没有安全承诺活动，没有可打印的承诺书。")
    newest_first = sorted(campaigns, key=lambda c: (c.starts_on, c.id), reverse=True)
    wanted = clean_text(title) if title else ""
    if wanted:
        for c in newest_first:
            if c.title == wanted:
                return c, None
        names = "、".join(f"「{c.title}」" for c in newest_first[:8])
        raise NotFound(f"找不到承诺活动“{wanted}”。现有活动：{names}。")
    running = [c for c in newest_first if c.status is CampaignStatus.RUNNING]
    if running:
        return running[0], None
    c = newest_first[0]
    return c, f"没有进行中的承诺活动，打印最近的活动「{c.title}」。"


def load_pledge_cards(ctx: Ctx, sel: CardSelection) -> CardData[PledgeCard]:
    """Every pledge of the campaign made in the selected branches (by members still on the roster)."""
    with ctx.read() as s:
        scopes = resolve(s, sel)
        by_id = {sc.id: sc for sc in scopes}
        campaign, notice = pick_campaign(list(s.scalars(select(PledgeCampaign))), sel.campaign)
        rows = s.execute(
            select(Pledge, Person).join(Person, Pledge.member_id == Person.id)
            .where(Pledge.campaign_id == campaign.id, Pledge.branch_id.in_(list(by_id)), Person.archived_at.is_(None))
            .options(selectinload(Pledge.commitments))
            .order_by(Pledge.branch_id, Person.unit_id, Person.name_pinyin, Person.id)
        ).all()
        rows = [(p, m) for p, m in rows if by_id[p.branch_id].holds_unit(m.unit_id)]
        if not rows:
            where = scope_text(sel, scopes)
            raise NothingToPrint(f"承诺活动「{campaign.title}」在{where}没有承诺书，没有可打印的内容。")
        names = load_names(s, [], by_id)
        cards = tuple(
            PledgeCard(
                branch=by_id[p.branch_id].info, campaign=campaign.title, campaign_starts=campaign.starts_on,
                campaign_ends=campaign.ends_on, member=m.name, post=p.post or m.post, unit=names.unit(m.unit_id),
                text=p.text,
                commitments=tuple(CommitmentLine(c.text, f"{c.target_count}{_UNIT.get(c.metric, '次')}", c.period.value)
                                  for c in p.commitments),
                signed_on=p.signed_on,
            )
            for p, m in rows
        )
    return CardData(cards, sel.day, notice)
