"""One name for each thing, as DOMAIN.md and the README give it, in every text the program shows."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
#: Wrong name → the right one (DOMAIN.md).
WRONG = {"思想情绪档案": "思想动态档案", "情绪档案": "思想动态档案"}


@pytest.mark.parametrize("wrong", sorted(WRONG))
def test_one_term_everywhere(wrong: str) -> None:
    files = [*ROOT.glob("forms/*.ui"), *ROOT.glob("dangjian_desktop/**/*.py"), *ROOT.glob("docs/*.md"),
             ROOT / "README.md", ROOT / "CHANGELOG.md"]
    found = [str(f.relative_to(ROOT)) for f in files
             if wrong in f.read_text(encoding="utf-8") or wrong.encode("unicode_escape").decode() in f.read_text(encoding="utf-8")]
    assert not found, f"“{wrong}”应为“{WRONG[wrong]}”：{found}"
