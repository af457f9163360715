"""Fixtures for GUI tests: the application set up as ``app.run`` sets it up, fresh QSettings,
and message boxes that answer instead of waiting for a click.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from dangjian_desktop import settings
from dangjian_desktop.ui.common import i18n, prefs, theme


@pytest.fixture(scope="session", autouse=True)
def _themed_app(qapp: QApplication) -> QApplication:
    """Names (for QSettings), Chinese Qt texts, the shipped font and the light theme, once."""
    qapp.setOrganizationName(settings.ORGANIZATION)
    qapp.setApplicationName(settings.APPLICATION)
    i18n.install_chinese(qapp)
    theme.apply(qapp, settings.THEME_LIGHT)
    return qapp


@pytest.fixture(autouse=True)
def _fresh_qsettings(_themed_app: QApplication):
    """Each test starts with no remembered window, theme or user name (and the light theme)."""
    prefs.qsettings().clear()
    yield
    prefs.qsettings().clear()
    if theme.current_mode(_themed_app) != settings.THEME_LIGHT:
        theme.apply(_themed_app, settings.THEME_LIGHT)


@dataclass
class MessageBoxes:
    """What the program said; ``answer`` is returned to every question."""

    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
    shown: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, title, text)

    def texts(self, kind: str | None = None) -> list[str]:
        return [t for k, _title, t in self.shown if kind is None or k == kind]


@pytest.fixture
def msgbox(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    """Replace QMessageBox's static functions: record each message, answer questions."""
    boxes = MessageBoxes()

    def recorder(kind: str):
        def show(_parent, title, text, *args, **kwargs):
            boxes.shown.append((kind, title, text))
            return boxes.answer if kind == "question" else QMessageBox.StandardButton.Ok
        return show

    for kind in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(recorder(kind)))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda _p, title, text: boxes.shown.append(("about", title, text))))
    return boxes


def worklist_read(qtbot, window) -> None:
    """Wait until the 工作台 (a MainWindow's, or the tab itself) shows its last reload: the read
    runs in the background, its items arrive a moment after ``reload``/``data_changed``."""
    tab = getattr(window, "worklist", window)
    qtbot.waitUntil(lambda: not tab.reading, timeout=20_000)
