"""Demo organisation: the committee, branches, units and teams, people, accounts, an import."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from dangjian_desktop.domain.org import Committee, Gender, PoliticalStatus, UnitKind
from dangjian_desktop.domain.pinyin import name_key
from dangjian_desktop.domain.security import Role, User

from .. import passwords
from .catalog import BRANCHES, COMMITTEE, COMPANY
from .state import BranchInfo, DemoState, PersonInfo
from .state import committee_member as demo_committee_member

DEMO_PASSWORD = "demo1234"
NEW_HIRES = 3


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str | None  # None: the account already existed and was left as it was
    display_name: str
    role: Role


def build_org(st: DemoState) -> None:
    """Committee (reused if one exists), branches, their 区队 and 班组."""
    s = st.w.session
    existing = s.scalar(select(Committee.id).order_by(Committee.id))
    if existing is None:
        st.committee_id = st.w.next_id("committee")
        st.w.add("committee", [{"id": st.committee_id, "name": COMMITTEE, "company": COMPANY}])
    else:
        st.committee_id = existing
    branch_rows, unit_rows, team_rows = [], [], []
    for i, spec in enumerate(BRANCHES[: st.size.branches]):
        info = BranchInfo(st.w.next_id("branch"), spec)
        st.branches.append(info)
        branch_rows.append({"id": info.id, "committee_id": st.committee_id, "name": spec.name,
                            "contact_phone": f"0516-8{i + 1:03d}{st.rng.randrange(10000):04d}"})
        for unit, teams in spec.units:
            uid = st.w.next_id("work_unit")
            info.unit_ids[unit] = uid
            unit_rows.append({"id": uid, "branch_id": info.id, "parent_id": None, "name": unit, "kind": UnitKind.UNIT})
            for team in teams:
                tid = st.w.next_id("work_unit")
                info.unit_ids[f"{unit}/{team}"] = tid
                team_rows.append({"id": tid, "branch_id": info.id, "parent_id": uid, "name": team, "kind": UnitKind.TEAM})
    st.w.add("branch", branch_rows)
    st.w.add("work_unit", unit_rows + team_rows)  # units before their teams: the parent must exist


def build_people(st: DemoState) -> None:
    rows: list[dict] = []
    for bi, info in enumerate(st.branches):
        spec = info.spec
        unit, teams = spec.units[0]
        head = spec.head_post
        # (team or None for unit level, post, party member?)
        slots: list[tuple[str | None, str, bool]] = [
            (None, "党支部书记", True), (None, head, True), (None, f"副{head}", True),
            (None, "技术员", st.rng.random() < 0.5), (None, "安全员", True),
        ]
        slots += [(t, "班长", st.rng.random() < 0.7) for t in teams]
        # The first branch leaves room for the three new hires of the recent import.
        wanted = st.size.people_per_branch - (NEW_HIRES if bi == 0 else 0)
        while len(slots) < wanted:
            special = st.rng.random() < 0.15
            slots.append((teams[len(slots) % len(teams)], st.rng.choice(spec.special if special else spec.posts), False))
        statuses = _statuses(st, slots)
        for seq, (team, post, _m) in enumerate(slots):
            status = statuses[seq]
            male_share = 0.78 if spec.plant else 0.95
            gender = Gender.MALE if st.rng.random() < male_share else Gender.FEMALE
            surname = "张" if seq == 0 and bi == 0 else None  # the demo login is "张书记"
            if seq == 0:
                gender = Gender.MALE
            p = PersonInfo(
                id=st.w.next_id("person"), name=st.names.name(gender, surname), gender=gender, branch=bi,
                unit_id=info.unit_ids[f"{unit}/{team}" if team else unit], unit_name=unit, team_name=team,
                post=post, status=status, joined=_joined(st, status),
            )
            info.people.append(p)
            if seq == 0:
                info.secretary = p
            rows.append(_person_row(st, bi, seq, p, post in spec.special))
    st.w.add("person", rows)
    for info in st.branches:
        st.w.session.execute(
            st.w.table("branch").update().where(st.w.table("branch").c.id == info.id)
            .values(secretary_name=info.secretary.name if info.secretary else None)
        )


def _statuses(st: DemoState, slots: list[tuple[str | None, str, bool]]) -> list[PoliticalStatus]:
    """About 20% members (a few of them probationary), a few activists and league members."""
    want = st.size.members_per_branch
    preferred = [i for i, s in enumerate(slots) if s[2]]
    others = [i for i, s in enumerate(slots) if not s[2]]
    st.rng.shuffle(others)
    chosen = (preferred + others)[:want]
    taken = set(chosen)
    rest = [i for i in others if i not in taken]
    probationary = set(st.rng.sample([i for i in chosen if i >= 5], k=max(2, want // 10)))
    out = [PoliticalStatus.MASSES] * len(slots)
    for i in chosen:
        out[i] = PoliticalStatus.PROBATIONARY if i in probationary else PoliticalStatus.MEMBER
    n_act, n_league = max(2, len(slots) // 30), len(slots) // 12
    for k, i in enumerate(rest):
        if k < n_act:
            out[i] = PoliticalStatus.ACTIVIST
        elif k < n_act + n_league:
            out[i] = PoliticalStatus.LEAGUE
    return out


def _joined(st: DemoState, status: PoliticalStatus) -> date | None:
    if status is PoliticalStatus.PROBATIONARY:  # within the last year: 转正 comes up on the 工作台
        return st.today - timedelta(days=st.rng.randrange(40, 360))
    if status is PoliticalStatus.MEMBER:
        return st.day_between(date(1992, 7, 1), st.today - timedelta(days=500))
    return None


def _person_row(st: DemoState, bi: int, seq: int, p: PersonInfo, special: bool) -> dict:
    return {
        "id": p.id, "name": p.name, "name_pinyin": name_key(p.name), "gender": p.gender, "employee_no": f"DT{bi + 1:02d}{seq + 1:04d}",
        "branch_id": st.branches[bi].id, "unit_id": p.unit_id, "post": p.post, "special_post": special,
        "political_status": p.status, "joined_party_on": p.joined, "phone": st.names.mobile(),
        "note": None, "archived_at": None, "archive_reason": None, "photo": None,
    }


def build_accounts(st: DemoState) -> list[DemoAccount]:
    """书记 "demo", a 委员 linked to his member record, and a 查看 account; existing names are kept."""
    first = st.branches[0]
    secretary = first.secretary
    assert secretary is not None  # build_org names one in every branch
    committee_member = demo_committee_member(st)
    wanted = [
        ("demo", f"{secretary.name[0]}书记", Role.SECRETARY, secretary.id),
        ("weiyuan", committee_member.name, Role.COMMITTEE, committee_member.id),
        ("chakan", "党委组织部（查看）", Role.VIEWER, None),
    ]
    s = st.w.session
    taken = set(s.scalars(select(User.username).where(User.username.in_([w[0] for w in wanted]))))
    rows: list[dict[str, Any]] = []
    accounts: list[DemoAccount] = []
    for username, display, role, person_id in wanted:
        if username in taken:
            old = s.scalars(select(User).where(User.username == username)).one()
            accounts.append(DemoAccount(username, None, old.display_name, old.role))
            continue
        rows.append({"username": username, "display_name": display, "role": role, "person_id": person_id,
                     "password_hash": passwords.hash_password(DEMO_PASSWORD), "active": True, "last_login_at": None})
        accounts.append(DemoAccount(username, DEMO_PASSWORD, display, role))
    st.w.add("app_user", rows)
    demo = next((r for r in rows if r["username"] == "demo"), None)
    st.demo_user = (demo["id"], f"{demo['display_name']}（demo）") if demo else (
        s.scalar(select(User.id).where(User.username == "demo")), "demo")
    return accounts


def build_recent_import(st: DemoState) -> None:
    """Three new hires brought in by a roster import ten days ago; nothing refers to them yet,
    so 撤销上次导入 works on the demo."""
    info = st.branches[0]
    unit, teams = info.spec.units[0]
    batch_id = st.w.next_id("import_batch")
    people, changes = [], []
    for k in range(NEW_HIRES):
        gender = Gender.MALE
        pid = st.w.next_id("person")
        seq = len(info.people) + k
        p = PersonInfo(pid, st.names.name(gender), gender, 0, info.unit_ids[f"{unit}/{teams[k % len(teams)]}"],
                       unit, teams[k % len(teams)], info.spec.posts[k % len(info.spec.posts)],
                       PoliticalStatus.LEAGUE if k == 0 else PoliticalStatus.MASSES, None)
        people.append(_person_row(st, 0, seq, p, False) | {"note": "新入职，待安排结对"})
        changes.append({"batch_id": batch_id, "person_id": pid, "action": "新增", "before": None,
                        "version_after": 1, "note": None})
    st.w.add("person", people)
    st.w.add("import_batch", [{"id": batch_id, "kind": "members", "file_name": "新入职职工名册.xlsx",
                               "user_id": st.demo_user[0], "username": st.demo_user[1], "added_count": NEW_HIRES,
                               "updated_count": 0, "undone_at": None, "created_unit_ids": [],
                               "created_at": _at(st, 10), "updated_at": _at(st, 10)}])
    st.w.add("import_change", changes)


def _at(st: DemoState, days_ago: int):
    return st.w.now - timedelta(days=days_ago)
