"""``dangjian-desktop export zones --out FILE.xlsx [--branch NAME]``: the 责任区 list as Excel."""

from __future__ import annotations

import argparse
from pathlib import Path


def cmd_export_zones(args: argparse.Namespace) -> int:
    """One row per zone (all branches, or the one named) with this week's report and this month's suggestion."""
    from dangjian_desktop.cli import _database, _say
    from dangjian_desktop.services import zone_reports, zones

    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        out = out.with_name(out.name + ".xlsx")
    with _database(args) as ctx:
        branch_id = zones.branch_id_by_name(ctx, args.branch) if args.branch else None
        result = zone_reports.export_zones(ctx, out, branch_id)
    _say(f"已导出责任区/示范岗 {result.zones} 个：{result.path}")
    return 0
