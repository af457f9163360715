"""An unexpected error: one Chinese dialog, the traceback in the rotating log file."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton

from dangjian_desktop import logfile
from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.ui.common import crash


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The hooks installed as the GUI installs them; the originals back after the test."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    crash.install()
    yield logfile.log_path()
    dialog = crash.current_dialog()
    if dialog is not None:
        dialog.done(0)


def _flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_shows_one_dialog_and_logs_the_traceback(qtbot, installed: Path) -> None:
    button = QPushButton("保存")
    qtbot.addWidget(button)

    def broken_slot() -> None:
        raise ZeroDivisionError("除数为零的测试错误")

    button.clicked.connect(broken_slot)
    button.click()
    qtbot.waitUntil(lambda: crash.current_dialog() is not None)
    dialog = crash.current_dialog()
    assert dialog is not None
    text = dialog.text()
    assert "ZeroDivisionError: 除数为零的测试错误" in text
    assert "不会只保存一半" in text
    assert str(installed) in text
    assert "broken_slot" in dialog.detailedText()

    # A second error while the dialog is open: logged, not a second dialog on top.
    button.click()
    qtbot.wait(20)
    assert crash.current_dialog() is dialog

    _flush()
    log = installed.read_text(encoding="utf-8")
    assert log.count("Traceback") >= 2
    assert "broken_slot" in log and "除数为零的测试错误" in log

    dialog.done(0)
    qtbot.waitUntil(lambda: crash.current_dialog() is None)


@pytest.mark.qt_no_exception_capture
def test_a_refusal_that_escaped_a_widget_is_shown_in_its_own_words(qtbot, installed: Path) -> None:
    def refuse() -> None:
        raise ValidationError("姓名不能为空。")

    QTimer.singleShot(0, refuse)
    qtbot.waitUntil(lambda: crash.current_dialog() is not None)
    dialog = crash.current_dialog()
    assert dialog is not None and "姓名不能为空。" in dialog.text()


def test_an_error_in_another_thread_is_logged_without_a_dialog(installed: Path) -> None:
    def worker() -> None:
        raise RuntimeError("线程里的测试错误")

    t = threading.Thread(target=worker, name="测试线程")
    t.start()
    t.join()
    _flush()
    assert crash.current_dialog() is None
    log = installed.read_text(encoding="utf-8")
    assert "测试线程" in log and "线程里的测试错误" in log and "Traceback" in log


def test_the_log_file_is_set_up_once_and_rotates() -> None:
    first, second = logfile.setup(), logfile.setup()
    assert first == second == logfile.log_path()
    ours = [h for h in logging.getLogger().handlers if getattr(h, "baseFilename", None) == str(first)]
    assert len(ours) == 1
    assert ours[0].maxBytes == logfile.MAX_BYTES and ours[0].backupCount == logfile.KEEP_FILES  # type: ignore[attr-defined]
