"""A small scene for the hazard tests: two branches, people, a zone in each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dangjian_desktop.domain.org import PoliticalStatus
from dangjian_desktop.domain.roster_rules import PersonInput
from dangjian_desktop.domain.zones import Zone, ZoneKind, ZoneStatus
from dangjian_desktop.services import roster
from dangjian_desktop.services.uow import Ctx

TODAY = date(2026, 11, 24)


@dataclass
class Scene:
    branch: int
    unit: int
    branch2: int
    zone: int
    zone2: int
    finder: int
    rectifier: int
    verifier: int
    member: int
    other_branch_person: int


def build(ctx: Ctx) -> Scene:
    b = roster.create_branch(ctx, "综采二区党支部")
    u = roster.create_unit(ctx, b, "综采二区")
    b2 = roster.create_branch(ctx, "运行部党支部")

    def person(name: str, no: str, branch: int, member: bool = False) -> int:
        status = PoliticalStatus.MEMBER if member else PoliticalStatus.MASSES
        joined = date(2010, 7, 1) if member else None
        return roster.add_person(ctx, PersonInput(name, no, branch, u if branch == b else None,
                                                  political_status=status, joined_party_on=joined), TODAY).id

    finder, rect = person("张发现", "H001", b), person("李整改", "H002", b)
    ver = person("王验收", "H003", b, member=True)
    member = person("赵党员", "H004", b, member=True)
    other = person("钱外支", "H005", b2)
    with ctx.db.uow() as s:
        z = Zone(branch_id=b, unit_id=u, kind=ZoneKind.SAFETY, name="综采工作面", member_id=member,
                 status=ZoneStatus.ACTIVE)
        z2 = Zone(branch_id=b2, kind=ZoneKind.SAFETY, name="运行一值", status=ZoneStatus.ACTIVE)
        s.add_all([z, z2])
        s.flush()
        zone, zone2 = z.id, z2.id
    return Scene(b, u, b2, zone, zone2, finder, rect, ver, member, other)
