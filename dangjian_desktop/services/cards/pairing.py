"""Data of the 结对子 · 安全联保 公示 board: the active pairs of each branch (or unit) with their
安全联保责任书. The pairs are public (the board exists to show them); the mood files are not
read here."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select

from dangjian_desktop.domain.org import Person
from dangjian_desktop.domain.pairing import Guarantee, Pairing, PairingWorker
from dangjian_desktop.printing.data import CardData, PairingBoard, PairRow

from ..uow import Ctx
from .scope import CardSelection, NothingToPrint, load_names, resolve, scope_text


def load_pairing_board(ctx: Ctx, sel: CardSelection) -> CardData[PairingBoard]:
    """One board per branch (or per branch holding the selected unit): the pairings active today
    whose member is in the selection, with the workers still on the roster."""
    today = sel.day
    with ctx.read() as s:
        scopes = resolve(s, sel)
        by_id = {sc.id: sc for sc in scopes}
        pairings = list(s.scalars(select(Pairing).where(Pairing.branch_id.in_(list(by_id)), Pairing.active_on(today))))
        ids = [p.id for p in pairings]
        workers: dict[int, list[int]] = defaultdict(list)
        guarantees: dict[int, Guarantee] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            for pid, wid in s.execute(select(PairingWorker.pairing_id, PairingWorker.worker_id)
                                      .where(PairingWorker.pairing_id.in_(chunk))):
                workers[pid].append(wid)
            for g in s.scalars(select(Guarantee).where(Guarantee.pairing_id.in_(chunk))
                               .order_by(Guarantee.signed_on, Guarantee.id)):
                guarantees[g.pairing_id] = g  # the latest signed
        names = load_names(s, [p.member_id for p in pairings] + [w for ws in workers.values() for w in ws], by_id)

        def on_roster(pid: int) -> Person | None:
            person = names.people.get(pid)
            return person if person is not None and person.archived_at is None else None

        rows: dict[int, list[tuple[tuple[str, str], PairRow]]] = defaultdict(list)
        for p in pairings:
            member = on_roster(p.member_id)
            if member is None or not by_id[p.branch_id].holds_unit(member.unit_id):
                continue
            paired = sorted((w for w in (on_roster(i) for i in workers[p.id]) if w is not None),
                            key=lambda w: (w.name_pinyin, w.id))
            if not paired:
                continue
            g = guarantees.get(p.id)
            unit = names.unit(member.unit_id)
            row = PairRow(member.name, unit, tuple(w.name for w in paired),
                          g.signed_on if g else None, g.term_start if g else None, g.term_end if g else None)
            rows[p.branch_id].append(((unit or "", member.name_pinyin), row))
        boards = tuple(
            PairingBoard(sc.info, sc.label, today, tuple(r for _k, r in sorted(rows[sc.id], key=lambda t: t[0])))
            for sc in scopes if rows[sc.id]
        )
        if not boards:
            where = scope_text(sel, scopes)
            raise NothingToPrint(f"{where}目前没有有效的结对，没有可打印的公示。")
    return CardData(boards, today)
