"""``dangjian-desktop export pairings --out FILE.xlsx [--branch NAME]``: the 结对包保台账."""

from __future__ import annotations

import argparse
from pathlib import Path


def cmd_export_pairings(args: argparse.Namespace) -> int:
    """Write the pairing workbook: the coverage line on top, the pairs, the sheet 未包保职工."""
    from dangjian_desktop.cli import _database, _say
    from dangjian_desktop.services import pairing_export, roster_export

    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        out = out.with_name(out.name + ".xlsx")
    with _database(args) as ctx:
        branch_id = roster_export.branch_id_by_name(ctx, args.branch) if args.branch else None
        result = pairing_export.export_pairings(ctx, out, branch_id)
    _say(f"{result.coverage}；已导出结对 {result.rows} 人次、未包保职工 {result.uncovered} 人：{result.path}")
    return 0
