"""Every card printed from the demo, read back with pdftotext and pdffonts; the mood files
never reach a public card: not through the imports, not in the printed text."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from sqlalchemy import text

from dangjian_desktop.printing import CARDS, Paper, PrintOptions, render
from dangjian_desktop.services import cards
from dangjian_desktop.services.cards import CardSelection

from . import pdf
from .conftest import DEMO_TODAY

pytestmark = pdf.needs_poppler
PKG = Path(__file__).resolve().parents[2] / "dangjian_desktop"
# Selections that print every public card of the demo, its defaults and more.
SELECTIONS = [(key, CardSelection(today=DEMO_TODAY)) for key in CARDS] + [
    ("pledge-cards", CardSelection(campaign="2026年“平安一季度”安全承诺", today=DEMO_TODAY)),
    ("supervision-board", CardSelection(period="2026Q3", today=DEMO_TODAY)),
    ("star-board", CardSelection(period="2026Q2", today=DEMO_TODAY)),
]


def _names(key: str, data: cards.CardData) -> list[str]:
    """What the card must show by name: each card's people, zones, campaign."""
    out: list[str] = []
    for item in data.items:
        out.append(item.branch.name)
        if key == "zone-cards":
            out += [item.name, item.member]
        elif key == "pledge-cards":
            out += [item.member, item.campaign]
        elif key == "pairing-board":
            out += [r.member for r in item.rows] + [w for r in item.rows for w in r.workers]
        elif key == "supervision-board":
            out += [r.zone for r in item.rows] + [r.member for r in item.rows if r.member]
        else:
            out += [e.title for e in item.entries]
    return out


@pytest.fixture(scope="module")
def printed(demo, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("printed")
    out = {}
    for k, (key, selection) in enumerate(SELECTIONS):
        data = cards.load(key, demo, selection)
        out[f"{key}-{k}"] = render(key, data, PrintOptions(), folder / f"{key}-{k}.pdf").path
    return out


@pytest.mark.parametrize("key", list(CARDS))
def test_every_card_of_the_demo_prints_its_names_in_chinese_with_its_font_embedded(demo, key, tmp_path):
    data = cards.load(key, demo, CardSelection(today=DEMO_TODAY))
    assert data.items
    out = render(key, data, PrintOptions(), tmp_path / f"{key}.pdf").path
    fonts = pdf.fonts(out)
    assert fonts and all(f.embedded for f in fonts) and all("WenQuanYi" in f.name for f in fonts)
    text = pdf.flat(out)
    assert CARDS[key].title.replace(" ", "").split("/")[0] in text
    missing = [n for n in _names(key, data) if n.replace(" ", "").replace("　", "") not in text]
    assert missing == []
    assert "None" not in text


def test_the_star_board_of_the_demo_names_the_quarter_it_prints(demo):
    data = cards.load("star-board", demo, CardSelection(today=DEMO_TODAY))
    assert data.notice and "2026年第三季度" in data.notice
    assert {e.kind for b in data.items for e in b.entries} == {"党员之星", "优质责任区"}


def test_two_pledge_cards_a_sheet_from_the_demo(demo, tmp_path):
    data = cards.load("pledge-cards", demo, CardSelection(today=DEMO_TODAY))
    out = render("pledge-cards", data, PrintOptions(Paper.A4, 2), tmp_path / "p.pdf").path
    assert pdf.page_count(out) == (len(data.items) + 1) // 2


def _mood_texts(demo) -> list[str]:
    """Every text of the demo's mood files, as stored."""
    queries = ["SELECT content FROM mood_entry", "SELECT reason FROM mood_warning",
               "SELECT closing_review FROM mood_warning", "SELECT report_answer FROM mood_warning",
               "SELECT content FROM warning_action", "SELECT summary FROM mood_analysis"]
    with demo.db.read() as s:
        return [t for q in queries for (t,) in s.execute(text(q)) if t]


def test_no_mood_text_on_any_public_card(demo, printed):
    texts = _mood_texts(demo)
    assert len(texts) > 100
    marker = "【演示】"  # every demo mood text starts with it, and nothing public does
    assert all(t.startswith(marker) for t in texts)
    distinct = {re.sub(r"\s+", "", t[len(marker):]) for t in texts}
    for name, path in printed.items():
        printed_text = pdf.flat(path)
        assert marker not in printed_text, name
        leaked = [t for t in distinct if t in printed_text]
        assert leaked == [], f"{name}: {leaked[:3]}"


def _imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            names.append("." * node.level + (node.module or ""))
            names += [f"{'.' * node.level}{node.module or ''}.{a.name}" for a in node.names]
    return names


def test_the_card_data_never_imports_the_mood_files(tmp_path):
    probe = tmp_path / "probe.py"  # the scan sees every way of writing the import
    probe.write_text("from dangjian_desktop.domain import mood\nimport dangjian_desktop.domain.mood as m\n"
                     "from ..privacy import require_mood_read\n", encoding="utf-8")
    assert {"dangjian_desktop.domain.mood", "..privacy"} <= set(_imports(probe))
    files = sorted((PKG / "services" / "cards").glob("*.py"))
    assert len(files) >= 6
    bad = [f"{f.name}: {n}" for f in files for n in _imports(f)
           if re.search(r"(^|\.)(mood|privacy|worklist)(\.|$)", n)]
    assert bad == []


def test_printing_imports_no_database_and_no_services():
    files = sorted((PKG / "printing").rglob("*.py"))
    bad = [f"{f.relative_to(PKG)}: {n}" for f in files for n in _imports(f)
           if n.split(".")[0] in ("sqlalchemy", "PySide6", "alembic")
           or re.match(r"dangjian_desktop\.(db|services|domain|ui)(\.|$)", n) or re.match(r"\.+(db|services|domain|ui)\b", n)]
    assert bad == []
