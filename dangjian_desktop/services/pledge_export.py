"""导出承诺名单: one campaign's members who should pledge, signed or not, as an xlsx file.

What the 安全承诺 tab's 导出… and ``dangjian-desktop export pledges --campaign NAME --out FILE``
call. The title and the line under it name the campaign, its dates and the participation rate;
each row a member with his branch, unit, post, status, signed date, and each commitment's
target and done so far. The export is recorded in the audit log.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dangjian_desktop.domain.errors import NotFound
from dangjian_desktop.domain.pledges import PledgeCampaign, campaign_status
from dangjian_desktop.exporting.pledges_xlsx import write_pledges

from . import audit
from .audit import AuditAction, AuditEntity
from .pledge_progress import _participation, export_lines
from .pledges import CAMPAIGN_NOT_FOUND
from .uow import Ctx


@dataclass(frozen=True)
class PledgeExport:
    path: Path
    rows: int
    participation: str  # 参与率 39/44（88.6%）


def export_pledges(ctx: Ctx, campaign_id: int, out: Path, today: date | None = None,
                   progress: Callable[[int, str], None] | None = None) -> PledgeExport:
    """Write the campaign's list to ``out`` (``.xlsx`` added when missing)."""
    today = today or date.today()
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        out = out.with_name(out.name + ".xlsx")
    with ctx.read() as s:
        c = s.get(PledgeCampaign, campaign_id)
        if c is None:
            raise NotFound(CAMPAIGN_NOT_FOUND)
        part = _participation(s, c)
        lines = export_lines(s, c, today)
        title, starts, ends = c.title, c.starts_on, c.ends_on
        status = campaign_status(c.status, c.ends_on, today)
    if progress is not None:
        progress(50, "正在写出文件……")
    subtitle = (f"活动期间 {starts:%Y-%m-%d} 至 {ends:%Y-%m-%d}（{status.value}） · {part.line}，目标 100% · "
                f"导出日期 {today:%Y-%m-%d} · 目标、完成为截至导出日已开始各期的合计")
    path = write_pledges(out, f"{title} 承诺名单", subtitle, [
        (x.name, x.branch, x.unit, x.post, x.status, x.signed_on, [(i.label, i.due, i.done) for i in x.commitments])
        for x in lines])
    with ctx.uow() as s:
        audit.record(s, ctx.actor, AuditAction.EXPORT, AuditEntity.PLEDGE_CAMPAIGN, campaign_id,
                     f"导出承诺名单 {title}（{len(lines)} 人）：{path.name}")
    if progress is not None:
        progress(100, "完成")
    return PledgeExport(path, len(lines), part.line)
