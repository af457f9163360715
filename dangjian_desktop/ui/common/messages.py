"""Message boxes in one voice: a service's DomainError shown as its Chinese message."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.ui.common.tasks import error_text


def show_error(parent: QWidget | None, exc: BaseException, title: str = "无法完成") -> None:
    QMessageBox.warning(parent, title, error_text(exc))


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str, default_yes: bool = False) -> bool:
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    default = QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No
    return QMessageBox.question(parent, title, text, buttons, default) == QMessageBox.StandardButton.Yes


def set_error_style(label: QWidget, error: bool) -> None:
    """Show ``label`` in the theme's error colour (or not); the colour follows light and dark."""
    if label.property("error") == error:
        return
    label.setProperty("error", error)
    label.style().unpolish(label)
    label.style().polish(label)


def problems_text(err: DomainError) -> str:
    """Every problem of a refused input, one per line (a ValidationError may list several)."""
    return "\n".join(getattr(err, "problems", None) or [err.message])
