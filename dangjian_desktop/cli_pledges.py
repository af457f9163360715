"""``dangjian-desktop export pledges --campaign NAME --out FILE.xlsx``: one campaign's pledge list."""

from __future__ import annotations

import argparse
from pathlib import Path


def cmd_export_pledges(args: argparse.Namespace) -> int:
    """Write the campaign's members who should pledge (signed or not) to an xlsx file."""
    from dangjian_desktop.cli import _database, _say
    from dangjian_desktop.services import pledge_export, pledges

    with _database(args) as ctx:
        campaign = pledges.campaign_by_title(ctx, args.campaign)  # unknown: NotFound, one Chinese line
        result = pledge_export.export_pledges(ctx, campaign.id, Path(args.out))
    _say(f"已导出「{campaign.title}」承诺名单 {result.rows} 人（{result.participation}）：{result.path}")
    return 0
