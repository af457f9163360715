"""The five cards: their keys, Chinese titles, what a selection of each needs, default paper.

The print dialog and the command line both read ``CARDS``: the dialog shows ``title`` and the
fields of ``fields``, the command line takes ``key`` as its CARD argument. Loading a card's
data is ``services.cards.load(key, ctx, selection)``; printing it ``printing.render(key, …)``.
"""

from __future__ import annotations

from dataclasses import dataclass

from .paper import Paper

# Selection fields (services.cards.CardSelection): which a card uses.
BRANCH, UNIT, CAMPAIGN, PERIOD = "branch", "unit", "campaign", "period"
MONTH, QUARTER = "month", "quarter"


@dataclass(frozen=True)
class CardSpec:
    key: str  # zone-cards …: the command line's CARD
    title: str  # what a menu or dialog shows
    description: str  # one line for a tooltip or --help
    fields: tuple[str, ...]  # selection fields the card uses, in the order a dialog shows them
    paper: Paper  # the default paper
    per_sheet: tuple[int, ...] = (1,)  # cards a sheet may hold
    period_kinds: tuple[str, ...] = ()  # MONTH and/or QUARTER, when it takes a period
    default_period: str = ""  # what an empty period means, said in Chinese
    module: str = ""  # printing.cards.<module>: the layout

    def uses(self, field: str) -> bool:
        return field in self.fields


CARDS: dict[str, CardSpec] = {spec.key: spec for spec in (
    CardSpec("zone-cards", "党员责任区 / 示范岗牌", "每个在岗的党员责任区、党员示范岗一张：五明确、五亮、接受监督",
             (BRANCH, UNIT), Paper.A4, module="zone_cards"),
    CardSpec("pledge-cards", "安全承诺书", "一次承诺活动中每名党员的安全承诺书，带签名栏；可每张纸印两份",
             (BRANCH, UNIT, CAMPAIGN), Paper.A4, per_sheet=(1, 2), module="pledge_cards"),
    CardSpec("pairing-board", "结对子 · 安全联保 公示", "支部（或区队）当前有效的结对和安全联保责任书",
             (BRANCH, UNIT), Paper.A4, module="pairing_board"),
    CardSpec("supervision-board", "公开监督栏", "一区一岗、安全联保考核结果（只列数字，不列职工姓名）",
             (BRANCH, UNIT, PERIOD), Paper.A4, period_kinds=(MONTH, QUARTER),
             default_period="本月", module="supervision_board"),
    CardSpec("star-board", "党员之星 · 优质责任区", "本季度已确认的党员之星和优质责任区（本季度尚未评出时为最近一期）",
             (BRANCH, PERIOD), Paper.A4_LANDSCAPE, period_kinds=(QUARTER,),
             default_period="本季度；尚未评出时为最近已评出的季度", module="star_board"),
)}

FIELD_LABELS = {BRANCH: "支部", UNIT: "区队/班组", CAMPAIGN: "承诺活动", PERIOD: "期间"}


def spec(key: str) -> CardSpec:
    """The card of that key; KeyError with a Chinese message listing the cards otherwise."""
    try:
        return CARDS[key]
    except KeyError:
        raise KeyError(f"没有名为“{key}”的卡片，可选：{'、'.join(CARDS)}。") from None
