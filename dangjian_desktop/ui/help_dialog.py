"""帮助 → 使用说明: the short guide shipped in ``resources/help/使用说明.html``, shown offline in a
QTextBrowser (links inside it are anchors; nothing is fetched from the network)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from dangjian_desktop import paths

HELP_FILE = "使用说明.html"


def help_path() -> Path:
    return paths.resources_dir() / "help" / HELP_FILE


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("使用说明"))
        self.resize(760, 640)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)  # anchors inside the guide
        # The theme draws text fields' text in its accent colour; a page of it reads badly.
        self.browser.setStyleSheet("QTextBrowser { color: palette(window-text); }")
        try:
            self.browser.setHtml(help_path().read_text(encoding="utf-8"))
        except OSError as exc:
            self.browser.setPlainText(self.tr("找不到使用说明文件（{p}）：{e}。安装可能不完整。").format(
                p=help_path(), e=exc.strerror or exc))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
