"""The 打印 menu and the print dialog on the demo database: preview, 另存为PDF, 打印…, cancel,
a selection with nothing to print, and a window without QtPdf."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog

from dangjian_desktop import printing
from dangjian_desktop.db.migrate import upgrade
from dangjian_desktop.services.auth import cli_actor
from dangjian_desktop.services.cards import CardSelection
from dangjian_desktop.services.demo import load_demo
from dangjian_desktop.services.uow import Ctx, Database
from dangjian_desktop.ui.main_window import MainWindow
from dangjian_desktop.ui.printing import dialog as dialog_module
from dangjian_desktop.ui.printing.dialog import PrintDialog, paint_pdf

from ..conftest import viewer_of

TODAY = date(2026, 11, 24)
POPPLER = shutil.which("pdftotext") is not None


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Ctx:
    folder = tmp_path_factory.mktemp("print-gui-demo")
    db = Database(f"sqlite:///{folder / 'demo.sqlite'}")
    upgrade(db.engine, backup_dir=folder / "auto-backups")
    load_demo(db, today=TODAY)
    yield Ctx(db, cli_actor())
    db.dispose()


def _dialog(qtbot, ctx: Ctx, key: str, preset: CardSelection | None = None) -> PrintDialog:
    """The dialog once its first preview (or the reason for none) is shown."""
    dlg = PrintDialog(ctx, key, None, preset, today=TODAY)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.preview is not None or bool(dlg.ui.messageLabel.text()), timeout=15000)
    return dlg


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def _pages(path: Path) -> int:
    doc = QPdfDocument()
    doc.load(str(path))
    try:
        return doc.pageCount()
    finally:
        doc.close()


def test_the_print_menu_lists_every_card_and_a_viewer_may_print(demo: Ctx, qtbot, msgbox) -> None:
    w = MainWindow(demo.db, viewer_of(demo).actor, today=lambda: TODAY)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: len(w.menuPrint.actions()) == 5)  # filled just after start
    order = [a.text() for a in w.ui.menubar.actions()]
    assert order.index("打印") == order.index("文件") + 1 and order.index("视图") == order.index("打印") + 1, order
    assert [a.text() for a in w.menuPrint.actions()] == [c.title + "…" for c in printing.CARDS.values()]
    assert len(w.menuPrint.actions()) == 5 and all(a.isEnabled() for a in w.menuPrint.actions())
    w.print_actions()["zone-cards"].trigger()
    dlg = w.dialog
    assert isinstance(dlg, PrintDialog)
    qtbot.waitUntil(lambda: dlg.preview is not None, timeout=15000)
    assert dlg.windowTitle() == "打印 — 党员责任区 / 示范岗牌"
    dlg.close()


@pytest.mark.parametrize("key", list(printing.CARDS))
def test_each_card_shows_a_preview_and_its_counts(demo: Ctx, qtbot, key: str) -> None:
    dlg = _dialog(qtbot, demo, key)
    assert dlg.preview is not None, dlg.ui.messageLabel.text()
    assert dlg._pdf.status() == QPdfDocument.Status.Ready and dlg._pdf.pageCount() >= 1
    n = len(dlg.preview.data.items)
    assert dlg.ui.countsLabel.text().startswith(f"共 {n} 份，约 ")
    card = printing.spec(key)
    # Only the card's own selection fields are shown; 每张纸 only where a card may take two.
    form = dlg.ui.formLayout
    assert [form.isRowVisible(i) for i in range(4)] == [card.uses(f) for f in ("branch", "unit", "campaign", "period")]
    assert form.isRowVisible(5) == (len(card.per_sheet) > 1)
    assert dlg.ui.printButton.isEnabled() and dlg.ui.saveButton.isEnabled()


@pytest.mark.skipif(not POPPLER, reason="pdftotext (poppler-utils) is not installed")
def test_save_as_pdf_writes_every_card(demo: Ctx, qtbot, tmp_path: Path, monkeypatch) -> None:
    dlg = _dialog(qtbot, demo, "zone-cards")
    out = tmp_path / "卡片.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    with qtbot.waitSignal(dlg.batchDone, timeout=60000) as done:
        dlg.ui.saveButton.click()
    result = done.args[0]
    assert isinstance(result, printing.RenderResult), result
    assert out.exists() and "党员责任区" in _text(out)
    assert result.cards == len(dlg.preview.data.items) and _pages(out) == result.pages
    assert "已保存" in dlg.ui.messageLabel.text()


def test_a_cancelled_batch_leaves_no_file(demo: Ctx, qtbot, tmp_path: Path, monkeypatch) -> None:
    dlg = _dialog(qtbot, demo, "zone-cards")
    real = printing.render

    def render_then_cancel(key, data, options, out_path, progress=None, cancelled=None):
        asked = [0]

        def cancel_on_the_third_card() -> bool:  # as if the user pressed 取消 during the batch
            asked[0] += 1
            return asked[0] >= 3

        return real(key, data, options, out_path, progress, cancel_on_the_third_card)

    monkeypatch.setattr(printing, "render", render_then_cancel)
    out = tmp_path / "cancelled.pdf"
    with qtbot.waitSignal(dlg.batchDone, timeout=60000) as done:
        dlg.render_batch(out, lambda _r: None)
    assert isinstance(done.args[0], printing.RenderCancelled)
    assert list(tmp_path.iterdir()) == []  # neither the PDF nor a partial beside it
    assert dlg.ui.messageLabel.text() == "已取消打印，未生成文件。"
    assert dlg.ui.saveButton.isEnabled()


def test_print_draws_every_page_through_qprinter(demo: Ctx, qtbot, tmp_path: Path, monkeypatch) -> None:
    dlg = _dialog(qtbot, demo, "pledge-cards")
    printed = tmp_path / "printer.pdf"

    def pdf_printer(result: printing.RenderResult) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setResolution(150)
        return printer

    monkeypatch.setattr(dlg, "printer_for", pdf_printer)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: 1)  # the user pressed 打印
    with qtbot.waitSignal(dlg.batchDone, timeout=60000) as done:
        dlg.ui.printButton.click()
    result = done.args[0]
    assert isinstance(result, printing.RenderResult)
    assert printed.exists() and _pages(printed) == result.pages
    assert dlg.ui.messageLabel.text() == f"已送往打印机：{result.pages} 页。"
    assert not result.path.exists()  # the temporary PDF went away


def test_paint_pdf_fits_each_page_on_its_sheet(demo: Ctx, tmp_path: Path, qapp) -> None:
    from dangjian_desktop.services import cards

    src = tmp_path / "board.pdf"
    printing.render("star-board", cards.load("star-board", demo, CardSelection(today=TODAY)), printing.PrintOptions(), src)
    out = tmp_path / "printed.pdf"
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(96)
    assert paint_pdf(src, printer) == _pages(src) == _pages(out)


def test_nothing_to_print_says_so_in_the_dialog(demo: Ctx, qtbot) -> None:
    dlg = _dialog(qtbot, demo, "pledge-cards")
    # A campaign chosen, then a unit with no member: the Chinese sentence, no crash, no buttons.
    units = [dlg.ui.unitCombo.itemData(i) for i in range(1, dlg.ui.unitCombo.count())]
    messages = []
    for unit in units:
        dlg.ui.unitCombo.setCurrentIndex(dlg.ui.unitCombo.findData(unit))
        qtbot.waitUntil(lambda: dlg.ui.countsLabel.text() != "正在读取……", timeout=15000)
        if dlg.preview is None:
            messages.append(dlg.ui.messageLabel.text())
            break
    if not messages:  # every unit has members: a period far in the past has no board either
        dlg = _dialog(qtbot, demo, "supervision-board", CardSelection(period="2001-01", today=TODAY))
        messages.append(dlg.ui.messageLabel.text())
    assert dlg.preview is None and messages[0] and "没有" in messages[0]
    assert not dlg.ui.printButton.isEnabled() and not dlg.ui.saveButton.isEnabled()


def test_without_qtpdf_the_dialog_still_saves(demo: Ctx, qtbot, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(dialog_module, "qtpdf", lambda: None)
    dlg = _dialog(qtbot, demo, "pairing-board", CardSelection(today=TODAY))
    assert dlg.view is None and "QtPdf" in dlg.no_preview.text()
    assert dlg.preview is not None and dlg.ui.countsLabel.text().startswith("共 ")
    out = tmp_path / "pairing.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    with qtbot.waitSignal(dlg.batchDone, timeout=60000):
        dlg.ui.saveButton.click()
    assert out.exists()


def test_a_tab_presets_the_selection(demo: Ctx, qtbot) -> None:
    probe = PrintDialog(demo, "zone-cards", None, today=TODAY)
    qtbot.addWidget(probe)
    branch = probe.choices.branches[-1]
    unit = probe.choices.units[branch][0]
    dlg = _dialog(qtbot, demo, "zone-cards", CardSelection(branch=branch, unit=unit, today=TODAY))
    assert dlg.selection().branch == branch and dlg.selection().unit == unit
    assert dlg.selection().campaign is None and dlg.selection().period is None  # not fields of this card


def test_closing_the_dialog_cancels_its_batch(demo: Ctx, qtbot, tmp_path: Path) -> None:
    dlg = _dialog(qtbot, demo, "zone-cards")
    task = dlg.render_batch(tmp_path / "closed.pdf", lambda _r: None)
    assert task is not None and not dlg.ui.saveButton.isEnabled()
    dlg.reject()
    assert task.cancelled
    qtbot.waitUntil(lambda: dlg.task is None, timeout=60000)
    assert list(tmp_path.iterdir()) == []  # cancelled: no file, no partial
