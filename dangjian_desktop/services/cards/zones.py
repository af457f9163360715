"""Data of the zone / post cards: every 在岗 党员责任区 and 党员示范岗 of the selection."""

from __future__ import annotations

from sqlalchemy import or_, select

from dangjian_desktop.domain.zones import Zone, ZoneStatus
from dangjian_desktop.printing.data import CardData, ZoneCard

from ..uow import Ctx
from .scope import CardSelection, NothingToPrint, load_names, photos, resolve, scope_text


def load_zone_cards(ctx: Ctx, sel: CardSelection) -> CardData[ZoneCard]:
    """One card per active zone or post; drafts (草稿), revoked (摘牌) and ended (期满: stored so, or past
    ``ends_on`` on the selection's day though still stored 在岗) ones are not printed."""
    with ctx.read() as s:
        scopes = resolve(s, sel)
        by_id = {sc.id: sc for sc in scopes}
        # 期满 is computed from the day, not only stored: a zone past its end date whose status
        # nobody changed yet is not on the wall any more.
        q = select(Zone).where(Zone.branch_id.in_(list(by_id)), Zone.status == ZoneStatus.ACTIVE,
                               or_(Zone.ends_on.is_(None), Zone.ends_on >= sel.day))
        if sel.zone_ids:
            q = q.where(Zone.id.in_(sel.zone_ids))
        zones = list(s.scalars(q.order_by(Zone.branch_id, Zone.unit_id, Zone.id)))
        names = load_names(s, [z.member_id for z in zones] + [z.assessor_id for z in zones], by_id)
        # A zone without a unit of its own belongs to its member's.
        zones = [z for z in zones if by_id[z.branch_id].holds_unit(z.unit_id if z.unit_id is not None else (
            names.people[z.member_id].unit_id if z.member_id in names.people else None))]
        if not zones:
            where = scope_text(sel, scopes)
            raise NothingToPrint(f"{where}没有在岗的党员责任区或示范岗，没有可打印的卡片。")
        pictures = photos(s, [z.member_id for z in zones])
        cards = []
        for z in zones:
            member = names.people.get(z.member_id) if z.member_id is not None else None
            cards.append(ZoneCard(
                branch=by_id[z.branch_id].info, category=z.category.value, kind=z.kind.value, name=z.name,
                location=z.location, unit=names.unit(z.unit_id) or (names.unit(member.unit_id) if member else None),
                area=z.area, member=member.name if member else None,
                member_status=member.political_status.value if member else None,
                basis_and_standard=z.basis_and_standard, assessor=names.name(z.assessor_id),
                assessment_standard=z.assessment_standard, starts_on=z.starts_on, ends_on=z.ends_on,
                identity=z.identity, post=z.post_text, duties=z.duties, standard=z.standard,
                achievements=z.achievements, photo=pictures.get(z.member_id) if z.member_id is not None else None,
            ))
    return CardData(tuple(cards), sel.day)
