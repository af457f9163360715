"""Command-line handlers of the assessment area: ``points check``, ``points rebuild``,
``export points`` and ``export commendations`` (registered in ``cli.build_parser``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def _say(*parts: object) -> None:
    print(*parts, flush=True)


def _period_arg(args: argparse.Namespace) -> str | None:
    from dangjian_desktop.services.points import parse_optional_period

    period = parse_optional_period(args.period)  # 2026Q5, 2026-13: refused before the database opens
    return period.label if period else None


def cmd_points_check(args: argparse.Namespace) -> int:
    """Print each difference between the log and what its sources and rules give; exit 1 if any."""
    from dangjian_desktop.cli import _database
    from dangjian_desktop.services import points

    period = _period_arg(args)
    with _database(args) as ctx:
        result = points.check(ctx, period, args.today)
    scope = f"{result.period}期间" if result.period else "全部"
    if result.ok:
        _say(f"{scope}党员积分记录与来源记录、积分规则一致（{result.entries}条记录）。")
        return 0
    for d in result.differences:
        _say(f"{d.person}\t{d.rule}\t{d.source}（{d.occurred_on:%Y-%m-%d}）\t应为 {d.expected:g}\t实有 {d.found:g}")
    _say(f"{scope}党员积分记录有 {len(result.differences)} 处与来源记录不一致；"
         f"运行 dangjian-desktop points rebuild{' --period ' + result.period if result.period else ''} 可补记更正。")
    return 1


def cmd_points_rebuild(args: argparse.Namespace) -> int:
    """Append the entries that make the log agree; say how many."""
    from dangjian_desktop.cli import _database
    from dangjian_desktop.services import points

    period = _period_arg(args)
    with _database(args) as ctx:
        n = points.rebuild(ctx, period, args.today)
    scope = f"{period}期间" if period else "全部"
    if n:
        _say(f"已追加 {n} 条积分记录，{scope}党员积分记录现与来源记录一致。")
    else:
        _say(f"{scope}党员积分记录已与来源记录一致，未追加记录。")
    return 0


def cmd_export_points(args: argparse.Namespace) -> int:
    from dangjian_desktop.cli import _database
    from dangjian_desktop.services import points

    period = _period_arg(args)
    out = points.validate_export_path(Path(args.out), (".xlsx",))
    with _database(args) as ctx:
        path, members = points.export_points(ctx, period or "", out, args.branch)
    _say(f"已导出党员积分（{period}）{members} 人：{path}")
    return 0


def cmd_export_commendations(args: argparse.Namespace) -> int:
    from dangjian_desktop.cli import _database
    from dangjian_desktop.services import assessment, points

    period = _period_arg(args)
    out = points.validate_export_path(Path(args.out), (".xlsx", ".pdf"))
    with _database(args) as ctx:
        result = assessment.export_commendations(ctx, period or "", out, args.branch, args.today)
    for warning in result.warnings:
        print(warning, file=sys.stderr, flush=True)
    _say(f"已导出评先选优名单（{result.period}）{result.rows} 条：{result.path}")
    return 0


def add_commands(sub: Any, group_export: Any, command: Any, group: Any,
                 iso_date: Any) -> None:
    """The parser entries (called at the end of ``cli.build_parser``)."""
    points_group = group("points", "党员积分核对与补记", "操作", metavar="操作")
    for name, help_text, handler in (
            ("check", "按积分规则从各项记录重算积分，列出与积分记录的每处不一致（有不一致时退出码为1）", cmd_points_check),
            ("rebuild", "追加使积分记录与各项记录一致的更正记录（只增不改），并报告条数", cmd_points_rebuild)):
        p = command(points_group, name, help_text, handler)
        p.add_argument("--period", metavar="P", help="期间：2026-11、2026Q3、2026H2 或 2026（默认：全部）")
        p.add_argument("--today", metavar="YYYY-MM-DD", type=iso_date, default=None, help="按这一天计算（默认今天）")
    p = command(group_export, "points", "导出党员积分（.xlsx：每名党员一行，分项积分、合计与排名）", cmd_export_points)
    p.add_argument("--period", metavar="P", required=True, help="期间：2026-11、2026Q3、2026H2 或 2026")
    p.add_argument("--out", metavar="FILE.xlsx", required=True, help="写出的文件")
    p.add_argument("--branch", metavar="NAME", help="只导出这个支部（默认全部支部）")
    p = command(group_export, "commendations", "导出评先选优名单（.xlsx 或 .pdf：季度、半年或全年）",
                cmd_export_commendations)
    p.add_argument("--period", metavar="2026Q3|2026H2|2026", required=True, help="季度、半年或年度")
    p.add_argument("--out", metavar="FILE.xlsx|FILE.pdf", required=True, help="写出的文件（按扩展名决定格式）")
    p.add_argument("--branch", metavar="NAME", help="只导出这个支部（默认全部支部）")
    p.add_argument("--today", metavar="YYYY-MM-DD", type=iso_date, default=None, help="按这一天检查否决情形（默认今天）")

