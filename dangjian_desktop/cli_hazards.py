"""The hazard ledger's sub-commands: ``export hazards``."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from dangjian_desktop.domain.errors import ValidationError


def _date(text: str | None, flag: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(f"{flag} 的日期应写成 YYYY-MM-DD，如 2026-11-24：{text}") from None


def cmd_export_hazards(args: argparse.Namespace) -> int:
    """Write the hazard ledger (one row per hazard, overdue first) to an xlsx file."""
    from dataclasses import replace

    from dangjian_desktop.cli import _database, _say
    from dangjian_desktop.services import hazard_export, hazards
    from dangjian_desktop.services.hazards import HazardFilter

    f = hazard_export.status_filter(args.status) if args.status else HazardFilter()
    f = replace(f, found_from=_date(args.date_from, "--from"), found_to=_date(args.date_to, "--to"))
    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        out = out.with_name(out.name + ".xlsx")
    if out.is_dir():
        raise ValidationError(f"{args.out} 是一个文件夹，请给出 .xlsx 文件名。")
    with _database(args) as ctx:
        if args.branch:
            f = replace(f, branch_id=hazards.branch_id_by_name(ctx, args.branch))
        result = hazard_export.export_hazards(ctx, out, f)
    _say(f"已导出隐患台账 {result.hazards} 条：{result.path}")
    return 0


def cmd_print_inspection_report(args: argparse.Namespace) -> int:
    """``print inspection-report --inspection ID --out FILE.pdf``."""
    from dangjian_desktop.cli import _database, _say
    from dangjian_desktop.printing.inspection_report import render_report
    from dangjian_desktop.services import inspections

    if args.inspection is None:
        raise ValidationError("请用 --inspection 指定巡视的编号。")
    try:
        inspection_id = int(args.inspection)
    except ValueError:
        raise ValidationError(f"巡视编号应为数字：{args.inspection}") from None
    for flag in ("branch", "unit", "campaign", "period", "paper"):
        if getattr(args, flag, None) is not None:
            raise ValidationError(f"巡视报告不按 --{flag.replace('_', '-')} 选择，请去掉它。")
    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise ValidationError(f"输出文件应以 .pdf 结尾：{args.out}")
    if out.is_dir():
        raise ValidationError(f"{args.out} 是一个文件夹，请给出 PDF 文件名。")
    with _database(args) as ctx:
        report = inspections.report_data(ctx, inspection_id)
    pages = render_report(report, out)
    _say(f"已生成 {out}：{report.title}，共 {pages} 页。")
    return 0


def add_commands(export_group: argparse._SubParsersAction[argparse.ArgumentParser], command: object) -> None:
    """``export hazards`` under the ``export`` group (``command`` is cli.build_parser's helper)."""
    p = command(export_group, "hazards", "导出隐患台账（.xlsx，逾期的排在前面）", cmd_export_hazards)  # type: ignore[operator]
    p.add_argument("--out", metavar="FILE.xlsx", required=True, help="写出的文件")
    p.add_argument("--status", metavar="待整改|整改中|待验收|已闭合|overdue", help="只导出这一状态（overdue：今天逾期的）")
    p.add_argument("--branch", metavar="NAME", help="只导出这个支部（默认全部支部）")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="发现日期不早于（YYYY-MM-DD）")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="发现日期不晚于（YYYY-MM-DD）")
