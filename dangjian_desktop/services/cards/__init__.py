"""Card data for printing: read the public tables, return ``printing.data`` dataclasses.

``load(card_key, ctx, selection)`` is what the print dialog and the command line call; each
card also has its own ``load_<card>(ctx, selection)``. A selection naming a branch, unit or
campaign that is not there raises ``NotFound``; one with nothing to print raises
``NothingToPrint`` (both ``DomainError``: one Chinese sentence). Reading needs no write
permission: a 查看 account may print. Nothing here reads the mood files (a test checks the
imports and prints every card of the demo looking for their texts).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from dangjian_desktop.domain.errors import NotFound
from dangjian_desktop.domain.org import Branch, WorkUnit
from dangjian_desktop.domain.periods import month_of, quarter_of
from dangjian_desktop.domain.pledges import CampaignStatus, PledgeCampaign
from dangjian_desktop.printing.data import CardData
from dangjian_desktop.printing.registry import CARDS

from ..uow import Ctx
from .pairing import load_pairing_board
from .pledges import load_pledge_cards, pick_campaign
from .scope import CardSelection, NothingToPrint
from .stars import load_star_board
from .supervision import load_supervision_board
from .zones import load_zone_cards

__all__ = ["LOADERS", "CampaignChoice", "CardSelection", "NothingToPrint", "SelectionChoices", "choices", "load",
           "load_pairing_board", "load_pledge_cards", "load_star_board", "load_supervision_board", "load_zone_cards"]

Loader = Callable[[Ctx, CardSelection], CardData[Any]]

LOADERS: dict[str, Loader] = {
    "zone-cards": load_zone_cards,
    "pledge-cards": load_pledge_cards,
    "pairing-board": load_pairing_board,
    "supervision-board": load_supervision_board,
    "star-board": load_star_board,
}
assert set(LOADERS) == set(CARDS), "every card of the registry has its loader"


def load(card_key: str, ctx: Ctx, selection: CardSelection) -> CardData[Any]:
    """The data of card ``card_key`` (a key of ``printing.CARDS``) for the selection."""
    loader = LOADERS.get(card_key)
    if loader is None:
        raise NotFound(f"没有名为“{card_key}”的卡片，可选：{'、'.join(LOADERS)}。")
    return loader(ctx, selection)


@dataclass(frozen=True)
class CampaignChoice:
    title: str
    starts_on: date
    ends_on: date
    running: bool


@dataclass(frozen=True)
class SelectionChoices:
    """What a print dialog offers: branches, their units, campaigns (newest first) and the defaults."""

    branches: tuple[str, ...]
    units: dict[str, tuple[str, ...]]  # branch → its 区队 and 班组 names
    campaigns: tuple[CampaignChoice, ...]
    default_campaign: str | None
    this_month: str  # 2026-11
    this_quarter: str  # 2026Q4


def choices(ctx: Ctx, today: date | None = None) -> SelectionChoices:
    day = today or date.today()
    with ctx.read() as s:
        branches = list(s.scalars(select(Branch).where(Branch.archived_at.is_(None)).order_by(Branch.id)))
        units: dict[str, list[str]] = {b.name: [] for b in branches}
        names = {b.id: b.name for b in branches}
        for u in s.scalars(select(WorkUnit).where(WorkUnit.archived_at.is_(None)).order_by(WorkUnit.id)):
            if u.branch_id in names and u.name not in units[names[u.branch_id]]:
                units[names[u.branch_id]].append(u.name)
        campaigns = sorted(s.scalars(select(PledgeCampaign)), key=lambda c: (c.starts_on, c.id), reverse=True)
        default = None
        if campaigns:
            default = pick_campaign(campaigns, None)[0].title
        return SelectionChoices(
            tuple(names.values()), {k: tuple(v) for k, v in units.items()},
            tuple(CampaignChoice(c.title, c.starts_on, c.ends_on, c.status is CampaignStatus.RUNNING) for c in campaigns),
            default, month_of(day).label, quarter_of(day).label)
