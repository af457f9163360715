"""The inspection report's file: written beside the target, moved into place only when complete."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from reportlab.platypus import SimpleDocTemplate

from dangjian_desktop.printing.inspection_report import FindingLine, InspectionReport, ResultLine, render_report

from . import pdf

pytestmark = pdf.needs_poppler
DAY = date(2026, 11, 2)


def _report() -> InspectionReport:
    return InspectionReport(
        "十一月党代表安全巡视", "公司党委", "综采一队党支部", DAY, DAY, "已完成", "党代表巡视",
        ("王书记", "李委员"), ("一号责任区", "主井口"),
        (ResultLine("护罩齐全", "一号责任区", "不符合", "皮带机尾护罩缺失"),),
        (FindingLine("护罩齐全", "皮带机尾护罩缺失", "机电科", DAY, "整改中"),), (), DAY)


def test_written_whole_or_not_at_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    out = tmp_path / "报告.pdf"
    assert render_report(_report(), out) >= 1
    assert "皮带机尾护罩缺失" in pdf.text(out)
    before = out.read_bytes()

    real_build = SimpleDocTemplate.build

    def build_then_fail(self, *a, **kw):  # the PDF is written, then something goes wrong
        real_build(self, *a, **kw)
        raise OSError("disk full")

    monkeypatch.setattr(SimpleDocTemplate, "build", build_then_fail)
    with pytest.raises(OSError):
        render_report(_report(), out)
    assert [p.name for p in tmp_path.iterdir()] == ["报告.pdf"]  # no half file beside it
    assert out.read_bytes() == before  # the older report untouched
