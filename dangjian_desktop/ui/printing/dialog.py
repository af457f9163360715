"""The one print dialog: choose what to print, see the first card, print it or save it as a PDF.

The 打印 menu opens it for each card of ``printing.CARDS``; a tab opens it from its own 打印
button with ``open_print_dialog(ctx, key, parent, preset=CardSelection(...))``. The data comes
from ``services.cards``, the PDF from ``printing``; both run off the GUI thread through
``ui/common/tasks`` (the whole batch with a progress dialog that cancels: ``printing.render``
writes beside the target and moves it into place, so a cancelled batch leaves no file).
打印… draws the rendered PDF's pages onto a ``QPrinter`` (``paint_pdf``). Without QtPdf (an
install lacking it) the dialog still prints and saves, with a line instead of the preview.
"""

from __future__ import annotations

import logging
import math
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QFileDialog, QLabel, QProgressDialog, QWidget

from dangjian_desktop import printing
from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.printing.registry import BRANCH, CAMPAIGN, FIELD_LABELS, MONTH, PERIOD, QUARTER, UNIT
from dangjian_desktop.services import cards
from dangjian_desktop.services.cards import CardSelection
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.ui.common.messages import set_error_style
from dangjian_desktop.ui.common.tasks import Progress, Task, error_text, run_task
from dangjian_desktop.ui.forms.ui_print_dialog import Ui_PrintDialog

log = logging.getLogger(__name__)

NO_PREVIEW = "预览需要 QtPdf 组件（PySide6-Addons 或 PySide6-Pdf），当前安装中没有；打印和另存为PDF不受影响。"
PRINT_DPI = 300  # pages are drawn as images at most this fine: A4 at 300 dpi is 35 MB, at 1200 dpi 560 MB
MONTHS_OFFERED, QUARTERS_OFFERED = 12, 8


def qtpdf() -> tuple[Any, Any] | None:
    """(QPdfDocument, QPdfView), or None where QtPdf is not installed."""
    try:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView
    except ImportError:
        return None
    return QPdfDocument, QPdfView


@dataclass(frozen=True)
class Preview:
    """The preview's work, done in the worker: the selection's data and the first card's PDF."""

    data: printing.CardData[Any]
    pdf: bytes


def make_preview(card_key: str, ctx: Ctx, selection: CardSelection, options: printing.PrintOptions) -> Preview:
    data = cards.load(card_key, ctx, selection)
    return Preview(data, printing.render_bytes(card_key, data.first(), options))


def paint_pdf(pdf_path: str | Path, printer: QPrinter,
              step: Callable[[int, int], bool] | None = None) -> int:
    """Draw each page of the PDF on its own sheet of ``printer``, scaled to the printable area
    keeping its proportions and centred; the printer's page range is honoured. ``step(i, n)``
    before each page may return False to stop. Returns the pages drawn."""
    found = qtpdf()
    if found is None:
        raise DomainError(NO_PREVIEW.split("；")[0].replace("预览", "打印"))
    document = found[0]()
    document.load(str(pdf_path))
    n = document.pageCount()
    first, last = 0, n - 1
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage() - 1, min(n, printer.toPage() or n) - 1
    painter = QPainter()
    if not painter.begin(printer):
        raise DomainError("无法开始打印：打印机没有响应。")
    drawn = 0
    try:
        dpi = min(printer.resolution(), PRINT_DPI)
        for i in range(first, last + 1):
            if step is not None and not step(i - first, last - first + 1):
                break
            if drawn:
                printer.newPage()
            area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
            area.moveTo(0, 0)  # the painter's origin is the printable area's corner
            page = document.pagePointSize(i)
            scale = min(area.width() / page.width(), area.height() / page.height())
            w, h = int(page.width() * scale), int(page.height() * scale)
            target = QRect(area.x() + (area.width() - w) // 2, area.y() + (area.height() - h) // 2, w, h)
            image = document.render(i, QSize(int(page.width() * dpi / 72), int(page.height() * dpi / 72)))
            painter.drawImage(target, image)
            drawn += 1
    finally:
        painter.end()
        document.close()
    return drawn


def _period_choices(kinds: tuple[str, ...], this_month: str, this_quarter: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if MONTH in kinds:
        year, month = int(this_month[:4]), int(this_month[5:7])
        for _ in range(MONTHS_OFFERED):
            out.append((f"{year}年{month}月", f"{year}-{month:02d}"))
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    if QUARTER in kinds:
        year, q = int(this_quarter[:4]), int(this_quarter[-1])
        for _ in range(QUARTERS_OFFERED):
            out.append((f"{year}年第{'一二三四'[q - 1]}季度", f"{year}Q{q}"))
            year, q = (year - 1, 4) if q == 1 else (year, q - 1)
    return out


class PrintDialog(QDialog):
    """One card's print dialog. ``previewShown`` fires each time a preview is on screen (or its
    place says why there is none); ``batchDone(result_or_exception)`` after each print or save."""

    previewShown = Signal()
    batchDone = Signal(object)

    def __init__(self, ctx: Ctx, card_key: str, parent: QWidget | None = None,
                 preset: CardSelection | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.card = ctx, printing.spec(card_key)
        self.today = today or (preset.today if preset is not None else None)
        self.zone_ids = preset.zone_ids if preset is not None else ()  # the 责任区 board's selection
        self.ui = Ui_PrintDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("打印 — {t}").format(t=self.card.title))
        self.ui.titleLabel.setText(self.card.title)
        font = self.ui.titleLabel.font()
        if font.pixelSize() > 0:  # the theme sets sizes in pixels
            font.setPixelSize(round(font.pixelSize() * 1.3))
        else:
            font.setPointSizeF(font.pointSizeF() * 1.3)
        self.ui.titleLabel.setFont(font)
        self.ui.descriptionLabel.setText(self.card.description)
        if preset is not None and preset.zone_ids:
            self.ui.descriptionLabel.setText(self.tr("{d}\n只打印看板上选中的 {n} 个责任区/示范岗。").format(
                d=self.card.description, n=len(preset.zone_ids)))
        self.preview: Preview | None = None
        self.task: Task | None = None  # a print or save running
        self._generation = 0  # a preview that comes back after the selection changed is dropped
        self._pdf: Any = None
        self._buffer: QBuffer | None = None
        self.view: Any = None
        self._preview_area()
        self._fill(preset)
        self.ui.printButton.clicked.connect(self.print_cards)
        self.ui.saveButton.clicked.connect(self.save_pdf)
        self.ui.closeButton.clicked.connect(self.reject)
        self._timer = QTimer(self, singleShot=True, interval=120)  # typing through a combo: one preview
        self._timer.timeout.connect(self.refresh_preview)
        for combo in self._combos():
            combo.currentIndexChanged.connect(self._selection_changed)
        self.ui.branchCombo.currentIndexChanged.connect(self._fill_units)
        self.refresh_preview()

    # ------------------------------------------------------------ set-up

    def _combos(self) -> list[QComboBox]:
        ui = self.ui
        return [ui.branchCombo, ui.unitCombo, ui.campaignCombo, ui.periodCombo, ui.paperCombo, ui.perSheetCombo]

    def _preview_area(self) -> None:
        found = qtpdf()
        layout = self.ui.previewLayout
        if found is None:
            self.no_preview = QLabel(self.tr(NO_PREVIEW), self.ui.previewFrame)
            self.no_preview.setWordWrap(True)
            self.no_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(self.no_preview)
            return
        document_class, view_class = found
        self._pdf = document_class(self)
        self.view = view_class(self.ui.previewFrame)
        self.view.setDocument(self._pdf)
        self.view.setPageMode(view_class.PageMode.MultiPage)
        self.view.setZoomMode(view_class.ZoomMode.FitInView)
        layout.addWidget(self.view)

    def _fill(self, preset: CardSelection | None) -> None:
        ui, card = self.ui, self.card
        try:
            self.choices = cards.choices(self.ctx, self.today)
        except DomainError as exc:
            self.choices = cards.SelectionChoices((), {}, (), None, "", "")
            self._say(exc.message, error=True)
        c = self.choices
        ui.branchCombo.addItem(self.tr("全部支部"), None)
        for name in c.branches:
            ui.branchCombo.addItem(name, name)
        ui.campaignCombo.addItem(self.tr("进行中或最近的活动") + (f"（{c.default_campaign}）" if c.default_campaign else ""), None)
        for campaign in c.campaigns:
            ui.campaignCombo.addItem(campaign.title + (self.tr("（进行中）") if campaign.running else ""), campaign.title)
        ui.periodCombo.addItem(card.default_period or self.tr("默认"), None)
        if c.this_month:
            for text, value in _period_choices(card.period_kinds, c.this_month, c.this_quarter):
                ui.periodCombo.addItem(text, value)
        for paper in printing.Paper:
            ui.paperCombo.addItem(paper.label, paper.value)  # a str enum comes back a str
        ui.paperCombo.setCurrentIndex(ui.paperCombo.findData(card.paper.value))
        for n in card.per_sheet:
            ui.perSheetCombo.addItem(self.tr("{n} 份").format(n=n), n)
        labels = (ui.branchLabel, ui.unitLabel, ui.campaignLabel, ui.periodLabel)
        for row, field in enumerate((BRANCH, UNIT, CAMPAIGN, PERIOD)):
            ui.formLayout.setRowVisible(row, card.uses(field))
            labels[row].setText(FIELD_LABELS[field] + "：")
        ui.formLayout.setRowVisible(5, len(card.per_sheet) > 1)
        if preset is not None:
            self._select(ui.branchCombo, preset.branch)
        self._fill_units()
        if preset is not None:
            self._select(ui.unitCombo, preset.unit)
            self._select(ui.campaignCombo, preset.campaign)
            if preset.period and ui.periodCombo.findData(preset.period) < 0:
                ui.periodCombo.addItem(preset.period, preset.period)
            self._select(ui.periodCombo, preset.period)

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        i = combo.findData(value)
        if value is not None and i >= 0:
            combo.setCurrentIndex(i)

    def _fill_units(self) -> None:
        combo, branch = self.ui.unitCombo, self.ui.branchCombo.currentData()
        kept = combo.currentData()
        names: list[str] = []
        for b, units in self.choices.units.items():
            if branch is None or b == branch:
                names += [u for u in units if u not in names]
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("全部区队/班组"), None)
        for name in names:
            combo.addItem(name, name)
        combo.setCurrentIndex(max(0, combo.findData(kept)) if kept is not None else 0)
        combo.blockSignals(False)

    # ------------------------------------------------------------ the selection

    def selection(self) -> CardSelection:
        ui, card = self.ui, self.card

        def value(field: str, combo: QComboBox) -> str | None:
            return combo.currentData() if card.uses(field) else None

        return CardSelection(branch=value(BRANCH, ui.branchCombo), unit=value(UNIT, ui.unitCombo),
                             campaign=value(CAMPAIGN, ui.campaignCombo), period=value(PERIOD, ui.periodCombo),
                             today=self.today, zone_ids=self.zone_ids)

    def options(self) -> printing.PrintOptions:
        paper = self.ui.paperCombo.currentData()
        return printing.PrintOptions(printing.Paper(paper) if paper else None, self.ui.perSheetCombo.currentData() or 1)

    def _selection_changed(self) -> None:
        self._timer.start()

    def _say(self, text: str, error: bool = False) -> None:
        self.ui.messageLabel.setText(text)
        set_error_style(self.ui.messageLabel, error)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.ui.printButton, self.ui.saveButton):
            button.setEnabled(not busy and self.preview is not None and self.task is None)

    def done(self, result: int) -> None:
        """Closing stops a batch still rendering (its file is then not written)."""
        if self.task is not None:
            self.task.cancel()
        super().done(result)

    # ------------------------------------------------------------ preview

    def refresh_preview(self) -> None:
        """Load the selection and render its first card in the background, then show it."""
        self._generation += 1
        generation, key, ctx, sel, opts = self._generation, self.card.key, self.ctx, self.selection(), self.options()
        self.preview = None
        self._set_busy(True)
        self.ui.countsLabel.setText(self.tr("正在读取……"))
        Task(self, self.tr("预览"), lambda _p: make_preview(key, ctx, sel, opts),
             lambda result: self._show_preview(generation, result),
             lambda exc: self._preview_failed(generation, exc), cancellable=False, show_dialog=False)

    def _show_preview(self, generation: int, preview: Preview) -> None:
        if generation != self._generation:
            return
        self.preview = preview
        n = len(preview.data.items)
        options = self.options()
        per_sheet = options.per_sheet
        paper = options.paper or self.card.paper
        pages = math.ceil(n / per_sheet) if per_sheet > 1 else None
        if self._pdf is not None:
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(preview.pdf))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self._pdf.load(self._buffer)
            if pages is None:
                pages = n * max(1, self._pdf.pageCount())
        else:
            pages = pages if pages is not None else n
        self.ui.countsLabel.setText(self.tr("共 {n} 份，约 {p} 页（{paper}）；预览为第一份。").format(
            n=n, p=pages, paper=(paper.as_landscape() if per_sheet == 2 else paper).label))
        self.ui.noticeLabel.setText(preview.data.notice or "")
        self._say("")
        self._set_busy(False)
        self.previewShown.emit()

    def _preview_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        if self._pdf is not None:
            self._pdf.close()
        self.ui.countsLabel.setText("")
        self.ui.noticeLabel.setText("")
        self._say(error_text(exc) if isinstance(exc, DomainError | printing.NothingToPrint | ValueError)
                  else self.tr("无法生成预览：{e}").format(e=exc), error=True)
        if not isinstance(exc, DomainError | printing.NothingToPrint | ValueError):
            log.error("预览失败", exc_info=exc)
        self._set_busy(False)
        self.previewShown.emit()

    # ------------------------------------------------------------ the whole batch

    def render_batch(self, out_path: Path, on_done: Callable[[printing.RenderResult], None]) -> Task | None:
        """Render every card of the selection into ``out_path`` in the background (progress, cancel)."""
        if self.task is not None:
            return None
        key, ctx, sel, opts = self.card.key, self.ctx, self.selection(), self.options()

        def op(progress: Progress) -> printing.RenderResult:
            progress.report(0, "正在读取数据……")
            data = cards.load(key, ctx, sel)
            return printing.render(key, data, opts, out_path, progress.report, progress.cancelled)

        def done(result: printing.RenderResult) -> None:
            self.task = None
            self._set_busy(False)
            on_done(result)
            self.batchDone.emit(result)

        def failed(exc: BaseException) -> None:
            self.task = None
            self._set_busy(False)
            if isinstance(exc, printing.RenderCancelled):
                self._say(exc.message)
            else:
                self._say(exc.message if isinstance(exc, DomainError | printing.NothingToPrint)
                          else error_text(exc), error=True)
            self.batchDone.emit(exc)

        self._set_busy(True)
        self._say(self.tr("正在生成……"))
        self.task = run_task(self, self.tr("正在生成“{t}”……").format(t=self.card.title), op, done, failed)
        return self.task

    def save_pdf(self) -> Task | None:
        name = f"{self.card.title.split(' ')[0].replace('/', '')}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("另存为PDF"), str(Path.home() / name),
                                              self.tr("PDF 文件 (*.pdf)"))
        if not path:
            return None
        out = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        return self.render_batch(out, self._saved)

    def _saved(self, result: printing.RenderResult) -> None:
        self._say(self.tr("已保存 {p}：{n} 份，共 {pages} 页。").format(p=result.path, n=result.cards, pages=result.pages))

    def print_cards(self) -> Task | None:
        folder = Path(tempfile.mkdtemp(prefix="dangjian-print-"))
        task = self.render_batch(folder / f"{self.card.key}.pdf", lambda r: self._print_rendered(r, folder))
        if task is None:
            shutil.rmtree(folder, ignore_errors=True)
        else:  # printed, refused or cancelled: the temporary PDF goes
            self.batchDone.connect(lambda _r: shutil.rmtree(folder, ignore_errors=True),
                                   Qt.ConnectionType.SingleShotConnection)
        return task

    def printer_for(self, result: printing.RenderResult) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        size = QPageSize(QPageSize.PageSizeId.A3 if result.paper.value.startswith("A3") else QPageSize.PageSizeId.A4)
        orientation = QPageLayout.Orientation.Landscape if result.paper.landscape else QPageLayout.Orientation.Portrait
        printer.setPageSize(size)
        printer.setPageOrientation(orientation)
        printer.setDocName(self.card.title)
        return printer

    def _print_rendered(self, result: printing.RenderResult, folder: Path) -> None:
        try:
            printer = self.printer_for(result)
            dialog = QPrintDialog(printer, self)
            dialog.setWindowTitle(self.tr("打印 — {t}").format(t=self.card.title))
            if not dialog.exec():
                self._say(self.tr("未打印。"))
                return
            assert result.path is not None
            pages = self.paint(result.path, printer)
            self._say(self.tr("已送往打印机：{n} 页。").format(n=pages))
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def paint(self, pdf: Path, printer: QPrinter) -> int:
        """``paint_pdf`` with a progress dialog that can stop between pages (on the GUI thread:
        QPainter on a printer and QtPdf's rendering stay where the printer was made)."""
        box = QProgressDialog(self.tr("正在送往打印机……"), self.tr("取消"), 0, 100, self)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setMinimumDuration(300)

        def step(i: int, n: int) -> bool:
            box.setMaximum(n)
            box.setValue(i)
            QApplication.processEvents()
            return not box.wasCanceled()

        try:
            return paint_pdf(pdf, printer, step)
        finally:
            box.close()
            box.deleteLater()


def open_print_dialog(ctx: Ctx, card_key: str, parent: QWidget | None = None,
                      preset: CardSelection | None = None) -> PrintDialog:
    """Open the print dialog of ``card_key`` (window-modal, returns at once); a tab passes its
    branch or unit as ``preset``."""
    dialog = PrintDialog(ctx, card_key, parent, preset)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
