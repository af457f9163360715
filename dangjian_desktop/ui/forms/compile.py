"""Compile ``forms/*.ui`` into ``dangjian_desktop/ui/forms/ui_*.py`` with pyside6-uic.

    python -m dangjian_desktop.ui.forms.compile            # every form
    python -m dangjian_desktop.ui.forms.compile login_dialog users_dialog
    python -m dangjian_desktop.ui.forms.compile --check    # exit 1 listing stale or orphaned modules

A developer tool: it needs the source tree (``forms/`` next to the package), not an install.
Generated modules start with a header naming their source; "current" ignores comment lines,
because uic's own header names the Qt version that wrote it.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
FORMS_DIR = PACKAGE_DIR.parents[2] / "forms"


def header(stem: str) -> str:
    return f"# Generated from forms/{stem}.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.\n"


def target_for(ui_file: Path) -> Path:
    return PACKAGE_DIR / f"ui_{ui_file.stem}.py"


def _uic_command() -> list[str]:
    exe = shutil.which("pyside6-uic")
    if exe:
        return [exe]
    # The same tool PySide6 installs as pyside6-uic, when its script is not on PATH.
    return [sys.executable, "-c", "import sys; from PySide6.scripts.pyside_tool import uic; sys.exit(uic())"]


def compile_text(ui_file: Path) -> str:
    """The generated module for ``ui_file``, header included."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / f"ui_{ui_file.stem}.py"
        subprocess.run([*_uic_command(), str(ui_file), "-o", str(out)], check=True)
        return header(ui_file.stem) + out.read_text(encoding="utf-8")


def significant(text: str) -> list[str]:
    """Lines that matter for "is it current": no comment lines, no trailing blanks."""
    return [line.rstrip() for line in text.splitlines() if not line.lstrip().startswith("#")]


def is_current(ui_file: Path) -> bool:
    target = target_for(ui_file)
    if not target.exists():
        return False
    return significant(target.read_text(encoding="utf-8")) == significant(compile_text(ui_file))


def orphans() -> list[Path]:
    """Generated modules whose ``.ui`` is gone (a form renamed or removed without its module)."""
    sources = {f.stem for f in FORMS_DIR.glob("*.ui")}
    return sorted(m for m in PACKAGE_DIR.glob("ui_*.py") if m.stem.removeprefix("ui_") not in sources)


def ui_files(stems: list[str] | None = None) -> list[Path]:
    if stems:
        files = [FORMS_DIR / f"{s.removesuffix('.ui').removeprefix('forms/')}.ui" for s in stems]
        missing = [str(f) for f in files if not f.exists()]
        if missing:
            raise SystemExit(f"找不到界面文件：{', '.join(missing)}")
        return files
    return sorted(FORMS_DIR.glob("*.ui"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Compile forms/*.ui with pyside6-uic.")
    parser.add_argument("stems", nargs="*", help="forms to compile (default: all)")
    parser.add_argument("--check", action="store_true", help="only report stale or orphaned generated modules")
    args = parser.parse_args(argv)
    files = ui_files(args.stems)
    if args.check:
        stale = [f for f in files if not is_current(f)]
        for f in stale:
            print(f"stale: {target_for(f).relative_to(PACKAGE_DIR.parents[1])} (from forms/{f.name})")
        orphaned = orphans() if not args.stems else []
        for m in orphaned:
            print(f"orphaned: {m.relative_to(PACKAGE_DIR.parents[1])} (forms/{m.stem.removeprefix('ui_')}.ui does not exist)")
        return 1 if stale or orphaned else 0
    for f in files:
        target_for(f).write_text(compile_text(f), encoding="utf-8")
        print(f"compiled forms/{f.name} -> {target_for(f).name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
