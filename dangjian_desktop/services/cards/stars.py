"""Data of the 党员之星 · 优质责任区 board: a quarter's confirmed ones, per branch.

Without a period: the current quarter, or, when nothing is confirmed for it yet (the review
comes after the quarter ends), the latest quarter that has confirmed ones, said in ``notice``.
"""

from __future__ import annotations

from sqlalchemy import select

from dangjian_desktop.domain.assessment import Commendation, CommendationKind, CommendationStatus
from dangjian_desktop.domain.periods import PeriodKind, parse_period, quarter_of
from dangjian_desktop.domain.zones import Zone
from dangjian_desktop.printing.data import CardData, StarBoard, StarEntry

from ..uow import Ctx
from .scope import CardSelection, Names, NothingToPrint, load_names, period_text, photos, resolve, scope_text

KINDS = (CommendationKind.MEMBER_STAR, CommendationKind.BEST_ZONE)


def load_star_board(ctx: Ctx, sel: CardSelection) -> CardData[StarBoard]:
    today = sel.day
    with ctx.read() as s:
        scopes = resolve(s, sel, use_unit=False)
        by_id = {sc.id: sc for sc in scopes}
        confirmed = (select(Commendation).where(Commendation.branch_id.in_(list(by_id)), Commendation.kind.in_(KINDS),
                                                Commendation.status == CommendationStatus.CONFIRMED))
        notice = None
        if sel.period:
            period = parse_period(sel.period, PeriodKind.QUARTER)
        else:
            period = quarter_of(today)
            labels = {c.period for c in s.scalars(confirmed)}
            if period.label not in labels:
                earlier = sorted(label for label in labels if label < period.label)
                if not earlier:
                    raise NothingToPrint("还没有已确认的党员之星或优质责任区，没有可打印的内容。")
                latest = parse_period(earlier[-1])
                notice = (f"{period_text(period)}的党员之星、优质责任区尚未评出，"
                          f"打印最近一期：{period_text(latest)}（{latest.label}）。")
                period = latest
        rows = list(s.scalars(confirmed.where(Commendation.period == period.label)))
        if not rows:
            where = scope_text(sel, scopes)
            raise NothingToPrint(f"{where}{period_text(period)}没有已确认的党员之星或优质责任区，没有可打印的内容。")
        zones = {z.id: z for z in s.scalars(select(Zone).where(Zone.id.in_([c.zone_id for c in rows if c.zone_id])))}
        people = [c.person_id for c in rows] + [z.member_id for z in zones.values()]
        names = load_names(s, people, by_id)
        pictures = photos(s, people)
        boards = []
        for sc in scopes:
            mine = sorted((c for c in rows if c.branch_id == sc.id),
                          key=lambda c: (KINDS.index(c.kind), -(c.score or 0), c.id))
            entries = [_entry(c, zones, names, pictures) for c in mine]
            if entries:
                boards.append(StarBoard(sc.info, period_text(period), period.label, tuple(entries)))
        # A veto recorded after a confirmation (an accident later): printed all the same, but said.
        from ..assessment import vetoes_of

        late = [f"{c.kind.value}“{_entry(c, zones, names, {}).title}”：{'；'.join(reasons)}"
                for c in rows if (reasons := vetoes_of(s, c))]
        if late:
            notice = "　".join(filter(None, [notice, "注意：以下已确认的评选确认后发现否决情形，请复核后再张贴——"
                                             + "；".join(late) + "。"]))
    return CardData(tuple(boards), today, notice)


def _entry(c: Commendation, zones: dict[int, Zone], names: Names, pictures: dict[int, bytes]) -> StarEntry:
    if c.kind is CommendationKind.BEST_ZONE and c.zone_id in zones:
        z = zones[c.zone_id]
        member = names.name(z.member_id)
        subtitle = "　".join(x for x in (f"{z.category.value}（{z.kind.value}）", f"责任人：{member}" if member else "") if x)
        photo = pictures.get(z.member_id) if z.member_id is not None else None
        return StarEntry(c.kind.value, z.name, subtitle, c.achievements, c.score, photo)
    person = names.people.get(c.person_id) if c.person_id is not None else None
    parts = [person.political_status.value if person else None, names.unit(person.unit_id) if person else None,
             person.post if person else None]
    return StarEntry(c.kind.value, person.name if person else "—", "　".join(p for p in parts if p) or None,
                     c.achievements, c.score, pictures.get(c.person_id) if c.person_id is not None else None)
