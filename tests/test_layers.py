"""The layer rule of ARCHITECTURE.md, checked on the real code.

- domain, db, services, importing, exporting and printing never import PySide6 or qt_material: each of
  their modules is imported in a fresh interpreter and ``sys.modules`` is inspected.
- nothing under ui/ imports sqlalchemy: an AST scan of every file (so a lazy import inside a
  function is caught too).
- printing takes plain data: its modules, imported in a fresh interpreter, load no SQLAlchemy,
  no Alembic and nothing of domain, db or services.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parent.parent / "dangjian_desktop"
QT_FREE_LAYERS = ["domain", "db", "services", "importing", "exporting", "printing"]

# Alembic's env.py and revision scripts run only inside Alembic (they need its context).
SKIP = {"dangjian_desktop.db.migrations.env"}
SKIP_PREFIX = "dangjian_desktop.db.migrations.versions."


def _modules(layer: str) -> list[str]:
    names = []
    for f in sorted((PKG / layer).rglob("*.py")):
        rel = f.relative_to(PKG.parent).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts.pop()
        name = ".".join(parts)
        if name in SKIP or name.startswith(SKIP_PREFIX):
            continue
        names.append(name)
    return names


_PROBE = """
import importlib, json, sys
found = {}
for name in sys.argv[1:]:
    importlib.import_module(name)
    qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'qt_material'))
    if qt:
        found[name] = qt[:5]
print(json.dumps(found))
"""


@pytest.mark.parametrize("layer", QT_FREE_LAYERS)
def test_layer_does_not_import_qt(layer: str):
    modules = _modules(layer)
    if not modules:
        pytest.skip(f"{layer}/ has no modules yet")
    proc = subprocess.run([sys.executable, "-c", _PROBE, *modules], capture_output=True,
                          text=True, cwd=PKG.parent, timeout=120)
    assert proc.returncode == 0, proc.stderr
    offenders = json.loads(proc.stdout.strip().splitlines()[-1])
    # The first module listed is the one that pulled Qt in.
    assert offenders == {}, f"{layer}/ imports Qt: {offenders}"


_DATA_PROBE = """
import importlib, json, sys
found = {}
for name in sys.argv[1:]:
    importlib.import_module(name)
    bad = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')
                 or m.startswith(('dangjian_desktop.db', 'dangjian_desktop.services', 'dangjian_desktop.domain')))
    if bad:
        found[name] = bad[:5]
print(json.dumps(found))
"""


def test_printing_takes_plain_data_only():
    modules = _modules("printing")
    assert "dangjian_desktop.printing.engine" in modules and "dangjian_desktop.printing.cards.zone_cards" in modules
    proc = subprocess.run([sys.executable, "-c", _DATA_PROBE, *modules], capture_output=True, text=True,
                          cwd=PKG.parent, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.strip().splitlines()[-1]) == {}


def _imported_names(tree: ast.AST) -> list[tuple[int, str]]:
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.append((node.lineno, node.module))
        elif (isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", ""))
              in ("import_module", "__import__") and node.args
              and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            out.append((node.lineno, node.args[0].value))
    return out


def test_ui_never_imports_sqlalchemy():
    files = sorted((PKG / "ui").rglob("*.py"))
    assert files, "ui/ has no modules"
    bad = [
        f"{f.relative_to(PKG.parent)}:{line} imports {name}"
        for f in files
        for line, name in _imported_names(ast.parse(f.read_text(encoding="utf-8"), str(f)))
        if name.split(".")[0] == "sqlalchemy"
    ]
    assert bad == []


def test_the_scan_catches_a_lazy_import():
    # The scan itself must not be blind to an import hidden inside a function.
    tree = ast.parse("def f():\n    from sqlalchemy.orm import Session\n    import sqlalchemy as sa\n")
    assert [n for _, n in _imported_names(tree)] == ["sqlalchemy.orm", "sqlalchemy"]


def test_the_probe_sees_qt_when_it_is_imported():
    proc = subprocess.run([sys.executable, "-c", _PROBE, "json", "PySide6.QtCore"],
                          capture_output=True, text=True, timeout=120)
    found = json.loads(proc.stdout.strip().splitlines()[-1])
    assert list(found) == ["PySide6.QtCore"]
