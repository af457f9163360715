"""The command line: ``dangjian-desktop`` (also ``python -m dangjian_desktop``).

Without a sub-command it starts the GUI. Sub-commands are for work people script or batch:
``demo``, ``import members``, ``export template``, ``export members``, ``backup``, ``restore``, ``due``,
``print``, ``db upgrade``.
Each opens (and migrates) the database given by ``--db`` (before or after the sub-command),
``DANGJIAN_DB_URL`` or the default file, writes errors in Chinese to stderr and exits
non-zero on failure. Only ``demo`` and ``db upgrade`` create a SQLite file that is not there
(a mistyped ``--db`` must not look like an empty database); ``restore`` does not migrate
the current database first (it may be damaged or newer: that is when a restore is needed). Public material is handled as the operating-system user who can open
the database (``auth.cli_actor``); whatever reads mood files must sign in (``authenticate``).
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
import traceback
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from dangjian_desktop import __version__, logfile, paths
from dangjian_desktop.domain.errors import AuthError, DomainError
from dangjian_desktop.printing.paper import Paper
from dangjian_desktop.printing.registry import CARDS
from dangjian_desktop.services import auth
from dangjian_desktop.services.uow import Ctx, Database

if TYPE_CHECKING:
    from dangjian_desktop.services.worklist import WorkItem

ENV_PASSWORD = "DANGJIAN_PASSWORD"
ENV_DEBUG = "DANGJIAN_DEBUG"
PREVIEW_ROWS = 30
INSPECTION_REPORT = "inspection-report"  # print's one document that is not a card  # rows of an import preview printed; errors are always printed in full

Handler = Callable[[argparse.Namespace], int]
log = logging.getLogger(__name__)


# ---------------------------------------------------------------- helpers


def _require_existing_file(url_arg: str | None) -> None:
    """Refuse a SQLite database file that is not there (a mistyped ``--db``), before it is created."""
    from dangjian_desktop.db.engine import resolve_url, sqlite_path

    path = sqlite_path(resolve_url(url_arg))
    if path is not None and not path.is_file():
        raise DomainError(f"找不到数据库文件 {path}；如要新建，请先运行 dangjian-desktop db upgrade 或 demo。")


@contextmanager
def _database(args: argparse.Namespace, create: bool = False) -> Iterator[Ctx]:
    """The database of ``--db`` opened (and migrated) for the command line's actor, closed after.

    ``create``: a SQLite file that does not exist yet is made (``demo``); otherwise refused.
    """
    from dangjian_desktop.services import maintenance

    if not create:
        _require_existing_file(args.db)
    db, _result = maintenance.open_database(args.db)
    try:
        yield Ctx(db, auth.cli_actor())
    finally:
        db.dispose()


def authenticate(db: Database, args: argparse.Namespace) -> Ctx:
    """Sign in for a sub-command that reads mood files: ``--user``, and the password from
    ``DANGJIAN_PASSWORD`` or a prompt. The returned context carries that user's role."""
    username = getattr(args, "user", None)
    if not username:
        raise AuthError("此命令涉及职工思想动态等个人信息，请用 --user 指定账号。")
    password = os.environ.get(ENV_PASSWORD)
    if password is None:
        if not sys.stdin.isatty():
            raise AuthError(f"请在终端中输入密码，或通过环境变量 {ENV_PASSWORD} 提供。")
        password = getpass.getpass(f"账号 {username} 的密码：")
    # A refusal, and a wait after repeated wrong passwords, end the command (one line, exit 1):
    # a script is never left hanging, and the message says when to try again.
    return Ctx(db, auth.login(db, username, password, auth.LoginSource.CLI))


def _say(*parts: object) -> None:
    """A result line, on stdout."""
    print(*parts, flush=True)


def _err(*parts: object) -> None:
    """An error or progress line, on stderr."""
    print(*parts, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- sub-commands


def cmd_gui(args: argparse.Namespace) -> int:
    """No sub-command: the window."""
    from dangjian_desktop import app  # Qt is loaded only when the window is wanted

    return app.run(args.db)


def cmd_demo(args: argparse.Namespace) -> int:
    """Load the demo data set and print the demo logins."""
    from dangjian_desktop.services.demo import load_demo

    with _database(args, create=True) as ctx:
        summary = load_demo(ctx.db, size=args.size, seed=args.seed, actor=ctx.actor,
                            progress=lambda pct, step: _err(f"{pct:3d}% {step}"))
    _say(f"已载入演示数据（{args.size}，种子 {args.seed}）：{ctx.db.description}")
    _say("  " + "，".join(f"{label} {n}" for label, n in summary.counts.items()))
    for a in summary.accounts:
        login = f"用户名 {a.username} 密码 {a.password}" if a.password else f"用户名 {a.username}（账号已存在，密码未改动）"
        _say(f"{'演示登录' if a.username == summary.username else '其他账号'}：{login}（{a.role.value}，{a.display_name}）")
    return 0


def cmd_import_members(args: argparse.Namespace) -> int:
    """Preview the roster file and, unless --dry-run or a row is bad, import it all."""
    from dangjian_desktop.services import roster_import

    with _database(args) as ctx:
        plan, result = roster_import.import_file(ctx, Path(args.file), dry_run=args.dry_run)
    _say(f"文件：{plan.file_name}")
    if plan.columns:
        _say(f"识别的列：{'、'.join(plan.columns)}")
    if plan.ignored_columns:
        _say(f"忽略的列：{'、'.join(plan.ignored_columns)}")
    for note in plan.notes:
        _say(note)
    if plan.skipped:
        _say(plan.skipped_text())
    _say(f"预览：{plan.summary()}")
    if plan.errors:
        for e in plan.errors:
            who = f" {e.name}" if e.name else ""
            _err(f"第{e.row}行{who}：{'；'.join(e.reasons)}")
        _err(f"{len(plan.errors)} 行有错误，整个文件未导入，数据库未做任何改动。")
        return 1
    for r in plan.rows[:PREVIEW_ROWS]:
        detail = f"（{'；'.join(r.changes)}）" if r.changes else ""
        _say(f"  第{r.row}行 {r.action} {r.data.name} {r.data.employee_no} {r.branch} {r.unit or ''}{detail}".rstrip())
    if len(plan.rows) > PREVIEW_ROWS:
        _say(f"  ……另有 {len(plan.rows) - PREVIEW_ROWS} 行")
    if args.dry_run:
        _say("试运行（--dry-run）：未写入任何数据。")
        return 0
    if result is None:
        _say("没有需要新增或更新的人员，未写入任何数据。")
        return 0
    units = f"，新建区队/班组 {result.units_created} 个" if result.units_created else ""
    _say(f"已导入：新增 {result.added} 人，更新 {result.updated} 人{units}。可在程序中“撤销上次导入”。")
    return 0


def cmd_export_template(args: argparse.Namespace) -> int:
    """Write the roster import template, with this database's branches in its drop-down."""
    from dangjian_desktop.exporting.roster_xlsx import write_template
    from dangjian_desktop.services import roster

    with _database(args) as ctx:
        branches = [b.name for b in roster.org_tree(ctx)]  # the template's 所属支部 drop-down
    path = write_template(Path(args.file), branches=branches)
    _say(f"已写入导入模板：{path}")
    return 0


def cmd_export_members(args: argparse.Namespace) -> int:
    """Write the roster (the template's columns, pinyin order) to an xlsx file that imports again."""
    from dangjian_desktop.services import roster_export
    from dangjian_desktop.services.roster import PersonFilter

    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        out = out.with_name(out.name + ".xlsx")
    with _database(args) as ctx:
        branch_id = roster_export.branch_id_by_name(ctx, args.branch) if args.branch else None
        result = roster_export.export_members(ctx, out, PersonFilter(branch_id=branch_id, include_archived=args.archived))
    _say(f"已导出人员名册 {result.people} 人：{result.path}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    """Back up all data into a folder (a USB stick) or a named file."""
    from dangjian_desktop.services import maintenance

    target = Path(args.out)
    if args.out.endswith(("/", os.sep)):  # "备份/" names a folder even before it exists
        target.mkdir(parents=True, exist_ok=True)
    with _database(args) as ctx:
        dest = maintenance.backup_to(ctx, target)
    _say(f"已备份到：{dest}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Replace all data by a backup, after confirmation and a safety copy of the current data."""
    from dangjian_desktop.services import maintenance

    if not args.yes:
        if not sys.stdin.isatty():
            _err("恢复会用备份替换当前全部数据：请在终端中运行并确认，或加 --yes。")
            return 2
        answer = input("确认恢复？当前数据将先自动备份 [y/N] ").strip().lower()
        if answer not in ("y", "yes", "是"):
            _say("已取消，数据未改动。")
            return 1
    from dangjian_desktop.db.backup import validate_backup_file
    from dangjian_desktop.db.engine import resolve_url, sqlite_path

    validate_backup_file(Path(args.file))  # a wrong backup path must not leave a new empty database
    target = sqlite_path(resolve_url(args.db))
    if target is not None and not target.exists():
        # A new PC restoring from a USB stick: make the empty database the backup replaces.
        db, _result = maintenance.open_database(args.db)
        db.dispose()
    # Not open_database: no migration, no refusal of a newer schema; restore_from checks the
    # backup file, replaces the data and then migrates it.
    db = maintenance.connect_database(args.db)
    try:
        safety = maintenance.restore_from(Ctx(db, auth.cli_actor()), Path(args.file))
    finally:
        db.dispose()
    _say(f"已从 {args.file} 恢复数据。")
    _say(f"恢复前的数据已自动备份到：{safety}")
    return 0


def _width(text: str) -> int:
    """Columns ``text`` takes in a terminal: a Chinese character takes two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(width - _width(text), 0)


def due_line(item: WorkItem) -> str:
    """One 工作台 item as ``dangjian-desktop due`` prints it:
    ``[已逾期]    2026-11-20  人员      张伟 预备期已满，需讨论转正 — 综采二区党支部 · …``."""
    when = f"{item.due_on:%Y-%m-%d}" if item.due_on else "—"
    return (f"{_pad(f'[{item.urgency.label}]', 10)}  {_pad(when, 10)}  {_pad(item.area, 8)}  "
            f"{item.title} — {item.detail}")


def cmd_due(args: argparse.Namespace) -> int:
    """The 工作台 as lines: overdue first, then due today (--all: the coming ones too)."""
    from dangjian_desktop.services import worklist
    from dangjian_desktop.services.worklist import Urgency

    today = args.today or date.today()
    with _database(args) as ctx:
        if args.user:  # a signed-in user sees what his role may, the mood files' items included
            ctx = authenticate(ctx.db, args)
        items = worklist.due_items(ctx, today)
    if not args.all:
        items = [i for i in items if i.urgency <= Urgency.DUE_TODAY]
    if not items:
        day = "今天" if today == date.today() else f"{today:%Y-%m-%d}"
        _say(f"{day}没有{'待办' if args.all else '到期或逾期的'}事项。")
        return 0
    for item in items:
        _say(due_line(item))
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    """Print one of the five wall-board cards to a PDF (written beside it, moved into place when complete)."""
    from dangjian_desktop import printing
    from dangjian_desktop.domain.errors import ValidationError
    from dangjian_desktop.printing.registry import BRANCH, CAMPAIGN, FIELD_LABELS, PERIOD, UNIT
    from dangjian_desktop.services import cards

    if args.card == INSPECTION_REPORT:  # a document, not a wall-board card (cli_hazards)
        from dangjian_desktop import cli_hazards

        return cli_hazards.cmd_print_inspection_report(args)
    card = printing.spec(args.card)
    if args.inspection is not None:
        raise ValidationError(f"“{card.title}”不按巡视选择，请去掉 --inspection。")
    given = {BRANCH: args.branch, UNIT: args.unit, CAMPAIGN: args.campaign, PERIOD: args.period}
    for field, value in given.items():
        if value is not None and not card.uses(field):
            raise ValidationError(f"“{card.title}”不按{FIELD_LABELS[field]}选择，请去掉 --{field}。")
    if args.per_sheet not in card.per_sheet:
        raise ValidationError(f"“{card.title}”每张纸只能印 {' 或 '.join(map(str, card.per_sheet))} 份，请去掉 --per-sheet。")
    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise ValidationError(f"输出文件应以 .pdf 结尾：{args.out}")
    if out.is_dir():
        raise ValidationError(f"{args.out} 是一个文件夹，请给出 PDF 文件名，如 {out / (card.key + '.pdf')}")
    selection = cards.CardSelection(branch=args.branch, unit=args.unit, campaign=args.campaign, period=args.period)
    with _database(args) as ctx:
        data = cards.load(card.key, ctx, selection)
    if data.notice:
        _err(data.notice)
    try:
        result = printing.render(card.key, data, printing.PrintOptions(args.paper, args.per_sheet), out)
    except (printing.NothingToPrint, ValueError) as exc:
        raise ValidationError(str(exc)) from exc
    per_sheet = "，每张纸两份" if args.per_sheet == 2 else ""
    _say(f"已生成 {out}：{card.title} {result.cards} 份，共 {result.pages} 页（{result.paper.label}{per_sheet}）。")
    return 0


def _paper(text: str) -> Paper:
    try:
        return Paper.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应写成 YYYY-MM-DD，如 2026-11-24：{text}") from None


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    """Bring the database's structure up to this program's version (opening it does that)."""
    from dangjian_desktop.services import maintenance

    db, result = maintenance.open_database(args.db)
    db.dispose()
    if result.changed:
        _say(f"数据库已升级：{result.from_revision or '（空数据库）'} → {result.to_revision}（{db.description}）")
    else:
        _say(f"数据库已是最新版本：{result.to_revision}（{db.description}）")
    if result.backup:
        _say(f"升级前的副本：{result.backup}")
    return 0


def cmd_export_mood_analysis(args: argparse.Namespace) -> int:
    """The monthly mood analysis to PDF or xlsx, as the signed-in user may see it (audited)."""
    from dangjian_desktop.domain.errors import ValidationError
    from dangjian_desktop.services import mood

    out = Path(args.out)
    if out.suffix.lower() not in (".pdf", ".xlsx"):
        raise ValidationError(f"输出文件应以 .pdf 或 .xlsx 结尾：{args.out}")
    with _database(args) as ctx:
        ctx = authenticate(ctx.db, args)
        branch_id = mood.branch_id_by_name(ctx, args.branch) if args.branch else None
        data = mood.export_analysis(ctx, args.period, branch_id, out, date.today())
    names = {"全部": "含预警人员姓名", "本人包保的职工": "只含您包保的职工姓名", "不显示": "不含姓名"}[data.names_shown]
    _say(f"已导出 {data.branch} {data.month} 月度思想动态分析（{names}）：{out}")
    return 0


# ---------------------------------------------------------------- parser

# argparse's own words (it translates them through gettext, which ships no Chinese).
_ARGPARSE_ZH = {
    "usage: ": "用法：",
    "options": "选项",
    "positional arguments": "位置参数",
    "show this help message and exit": "显示本帮助并退出",
    "show program's version number and exit": "显示版本号并退出",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选择：%(value)r（可选：%(choices)s）",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "invalid %(type)s value: %(value)r": "无效的%(type)s值：%(value)r",
    "expected one argument": "需要一个参数值",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
}


def cmd_export_pledges(args: argparse.Namespace) -> int:
    from dangjian_desktop.cli_pledges import cmd_export_pledges as run

    return run(args)


def _speak_chinese() -> None:
    """Make argparse's own messages Chinese (once per process)."""
    original = argparse._  # type: ignore[attr-defined]
    if getattr(original, "zh", False):
        return

    def translate(text: str) -> str:
        return _ARGPARSE_ZH.get(text) or original(text)

    translate.zh = True  # type: ignore[attr-defined]
    argparse._ = translate  # type: ignore[attr-defined]


def build_parser() -> argparse.ArgumentParser:
    """The whole command line; each sub-command's ``handler`` is in ``args.handler``."""
    _speak_chinese()
    parser = argparse.ArgumentParser(
        prog="dangjian-desktop",
        description="党建+安全：党支部安全承诺、责任区、隐患台账、思想动态预警、结对帮扶与考核评比。不带子命令时启动图形界面。",
    )
    parser.add_argument("--version", action="version", version=f"dangjian-desktop {__version__}")
    parser.add_argument("--db", metavar="URL", default=None,
                        help="数据库：SQLite 文件路径或 sqlite:///…、postgresql+psycopg://… 地址（默认读 DANGJIAN_DB_URL，再用数据文件夹中的文件）")
    parser.set_defaults(handler=cmd_gui)
    # --db after the sub-command too; SUPPRESS keeps it from overwriting one given before.
    db_opt = argparse.ArgumentParser(add_help=False)
    db_opt.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="数据库地址（同全局 --db）")
    sub = parser.add_subparsers(title="子命令", metavar="命令")

    def command(under: argparse._SubParsersAction[argparse.ArgumentParser], name: str, help: str, handler: Handler) -> argparse.ArgumentParser:
        """A sub-command that works on the database: it takes --db and runs ``handler``."""
        p = under.add_parser(name, parents=[db_opt], help=help)
        p.set_defaults(handler=handler)
        return p

    def group(name: str, help: str, title: str, metavar: str = "内容"
              ) -> argparse._SubParsersAction[argparse.ArgumentParser]:
        """A word that only gathers sub-commands, as ``import`` in ``import members``."""
        return sub.add_parser(name, help=help).add_subparsers(title=title, metavar=metavar, required=True)

    p = command(sub, "demo", "在空数据库中载入演示数据并创建演示账号", cmd_demo)
    p.add_argument("--size", choices=("normal", "large"), default="normal", help="normal：两个支部约220人；large：性能测试用大库")
    p.add_argument("--seed", type=int, default=2026, help="随机种子：同一种子生成相同数据")

    p = command(group("import", "导入数据", "导入内容"), "members", "从 Excel（.xlsx）或 CSV 名册导入人员",
                cmd_import_members)
    p.add_argument("file", metavar="FILE", help="名册文件（.xlsx 或 .csv）")
    p.add_argument("--dry-run", action="store_true", help="只检查并预览，不写入")

    group_export = group("export", "导出文件", "导出内容")
    p = command(group_export, "template", "写出人员名册导入模板（.xlsx）", cmd_export_template)
    p.add_argument("file", metavar="FILE.xlsx")
    p = command(group_export, "members", "导出人员名册（.xlsx，按姓名拼音排序，可再次导入）", cmd_export_members)
    p.add_argument("--out", metavar="FILE.xlsx", required=True, help="写出的文件")
    p.add_argument("--branch", metavar="NAME", help="只导出这个支部（默认全部支部）")
    p.add_argument("--archived", action="store_true", help="同时导出已归档人员")
    from dangjian_desktop.cli_zones import cmd_export_zones

    p = command(group_export, "zones", "导出党员责任区/示范岗一览（.xlsx，含本周周报、本月建议）", cmd_export_zones)
    p.add_argument("--out", metavar="FILE.xlsx", required=True, help="写出的文件")
    p.add_argument("--branch", metavar="NAME", help="只导出这个支部（默认全部支部）")

    p = command(sub, "backup", "备份全部数据到文件夹（如U盘）或文件", cmd_backup)
    p.add_argument("out", metavar="OUT", help="目标文件夹或 .sqlite 文件")

    p = command(sub, "restore", "从备份恢复全部数据（先自动备份当前数据）", cmd_restore)
    p.add_argument("file", metavar="FILE", help="备份文件（.sqlite）")
    p.add_argument("--yes", action="store_true", help="不再询问，直接恢复")

    p = command(sub, "due", "列出工作台中已逾期和今日到期的事项，每项一行（可用于计划任务）", cmd_due)
    p.add_argument("--user", metavar="NAME",
                   help=f"以该账号登录（密码取自环境变量 {ENV_PASSWORD} 或提示输入）；思想动态等个人事项只对有权查看的账号列出")
    p.add_argument("--today", metavar="YYYY-MM-DD", type=_iso_date, default=None, help="按这一天计算（默认今天）")
    p.add_argument("--all", action="store_true", help="同时列出近期和提示事项")

    p = command(sub, "print", "把上墙公示的卡片打印成 PDF（责任区牌、承诺书、结对公示、公开监督栏、党员之星）", cmd_print)
    p.add_argument("card", metavar="CARD", choices=[*CARDS, INSPECTION_REPORT],
                   help="卡片：" + "；".join(f"{c.key} {c.title}" for c in CARDS.values())
                   + f"；{INSPECTION_REPORT} 党代表安全巡视报告（须给 --inspection）")
    p.add_argument("--out", metavar="FILE.pdf", required=True, help="输出的 PDF 文件（先写在旁边，完成后才替换）")
    p.add_argument("--branch", metavar="NAME", help="只打印这个支部（默认：所有支部）")
    p.add_argument("--unit", metavar="NAME", help="只打印这个区队或班组（含其下的班组）")
    p.add_argument("--campaign", metavar="NAME", help="承诺活动的名称（默认：进行中的活动，没有时为最近的活动）")
    p.add_argument("--period", metavar="2026-11|2026Q3",
                   help="月份或季度（公开监督栏默认本月；党员之星默认本季度，尚未评出时为最近评出的季度）")
    p.add_argument("--paper", metavar="A4|A4-landscape|A3|A3-landscape", type=_paper, default=None,
                   help="纸张（默认：" + "，".join(f"{c.key} {c.paper.value}" for c in CARDS.values()) + "）")
    p.add_argument("--per-sheet", metavar="1|2", type=int, choices=(1, 2), default=1,
                   help="每张纸印几份（承诺书可印两份：A4 横向纸上两张）")
    p.add_argument("--inspection", metavar="ID", default=None, help=f"{INSPECTION_REPORT}：巡视的编号")

    command(group("db", "数据库维护", "操作", metavar="操作"), "upgrade", "升级数据库结构到本程序的版本（SQLite 先备份）",
            cmd_db_upgrade)

    p = command(group_export, "pledges", "导出一次承诺活动的承诺名单（.xlsx，含参与率和各项承诺完成情况）", cmd_export_pledges)
    p.add_argument("--campaign", metavar="NAME", required=True, help="承诺活动的名称")
    p.add_argument("--out", metavar="FILE.xlsx", required=True, help="写出的文件")
    p = command(group_export, "mood-analysis", "导出月度思想动态分析（PDF 或 xlsx，内部资料；需登录）", cmd_export_mood_analysis)
    p.add_argument("--period", metavar="2026-11", required=True, help="月份")
    p.add_argument("--out", metavar="FILE.pdf|FILE.xlsx", required=True, help="写出的文件（按扩展名选择 PDF 或 xlsx）")
    p.add_argument("--branch", metavar="NAME", help="只分析这个支部（默认全部支部）")
    p.add_argument("--user", metavar="NAME",
                   help=f"以该账号登录（必需；密码取自环境变量 {ENV_PASSWORD} 或提示输入）")
    from dangjian_desktop.cli_pairing import cmd_export_pairings

    p = command(group_export, "pairings", "导出结对包保台账（.xlsx：包保覆盖率、结对与跟进、未包保职工）", cmd_export_pairings)
    p.add_argument("--out", metavar="FILE.xlsx", required=True, help="写出的文件")
    p.add_argument("--branch", metavar="NAME", help="只导出这个支部（默认全部支部）")
    from dangjian_desktop import cli_assessment  # points check|rebuild, export points|commendations

    cli_assessment.add_commands(sub, group_export, command, group, _iso_date)
    from dangjian_desktop import cli_hazards

    cli_hazards.add_commands(group_export, command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (errors as one Chinese line on stderr)."""
    args = build_parser().parse_args(argv)
    handler: Handler = args.handler
    _secure_data_dir()
    if handler is not cmd_gui:  # the GUI sets up its own (with the error dialog)
        logfile.setup()
    try:
        return handler(args)
    except DomainError as err:
        _err(err.message)
    except KeyboardInterrupt:
        _err("已中断。")
        return 130
    except OSError as exc:
        _err(f"文件操作失败：{exc.strerror or exc}{f'（{exc.filename}）' if exc.filename else ''}")
        _details()
    except Exception as exc:  # noqa: BLE001 - the last line of defence: a short Chinese line
        log.exception("命令 %s 出错", " ".join(sys.argv[1:]))
        _err(f"程序出错，操作未完成：{type(exc).__name__}: {exc}")
        _details()
    return 1


def _secure_data_dir() -> None:
    """At every start: the data folder and its files readable by this user only (POSIX), so
    an install made before the program did this is tightened too."""
    try:
        paths.secure_data_dir()
    except OSError as exc:  # a read-only or missing home must not stop the program
        log.debug("数据文件夹权限未能收紧：%s", exc)


def _details() -> None:
    """The traceback only when asked for: a user gets one line, a developer the whole story."""
    if os.environ.get(ENV_DEBUG) == "1":
        traceback.print_exc()
    else:
        _err(f"（设置环境变量 {ENV_DEBUG}=1 可显示详细信息）")
