"""Errors a user can report: an unexpected exception becomes one Chinese dialog and a log entry.

``install()`` replaces ``sys.excepthook`` (what Qt calls with an exception that escaped a slot
or an event handler) and ``threading.excepthook``. The traceback goes to the rotating log file
(``logfile``); the user sees what happened, that nothing was saved half-way (every write is
one transaction, rolled back on an error), and where the log is. One dialog at a time: an error
that repeats on every repaint is logged each time but not shown again while a dialog is open.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from dangjian_desktop import logfile
from dangjian_desktop.domain.errors import DomainError

log = logging.getLogger(__name__)

TITLE = "程序出错"
TEXT = (
    "程序遇到了一个意外的错误，刚才的操作没有完成：\n{what}\n\n"
    "已保存的数据不受影响：每次保存都是完整的一步，出错的那一步已整体撤销，不会只保存一半。"
    "可以继续使用；如果同一操作反复出错，请把日志文件发给维护人员。\n\n"
    "日志文件：{log}"
)

_dialog: QMessageBox | None = None


def what_happened(exc: BaseException) -> str:
    """One line for the user: a service's own Chinese message, else the exception's type and text."""
    if isinstance(exc, DomainError):
        return exc.message
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None,
           parent: QWidget | None = None, wait: bool = False) -> QMessageBox | None:
    """Log the exception with its traceback and show the dialog (unless one is open already).

    ``wait``: run the dialog's own event loop (before the application's loop has started or
    after it has ended, when an open dialog would vanish at once).
    """
    global _dialog
    log.critical("未处理的异常：%s", what_happened(exc), exc_info=(exc_type, exc, tb))
    if _dialog is not None or not isinstance(QApplication.instance(), QApplication):
        return None
    box = QMessageBox(QMessageBox.Icon.Critical, TITLE,
                      TEXT.format(what=what_happened(exc), log=logfile.log_path()),
                      QMessageBox.StandardButton.Ok, parent or QApplication.activeWindow())
    box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
    folder = box.addButton("打开日志文件夹", QMessageBox.ButtonRole.ActionRole)
    folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(logfile.log_dir()))))
    box.finished.connect(_closed)
    _dialog = box
    if wait:
        box.exec()
    else:
        box.open()
    return box


def current_dialog() -> QMessageBox | None:
    """The error dialog on screen, if any."""
    return _dialog


def _closed(_result: int) -> None:
    global _dialog
    if _dialog is not None:
        _dialog.deleteLater()
    _dialog = None


def _excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    try:
        report(exc_type, exc, tb)
    except Exception:  # noqa: BLE001 - the hook itself must never raise
        sys.__excepthook__(exc_type, exc, tb)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    """A thread other than the GUI's: logged only (a widget must not be touched from there)."""
    if args.exc_value is None:
        return
    log.critical("后台线程 %s 中未处理的异常：%s", getattr(args.thread, "name", "?"),
                 what_happened(args.exc_value), exc_info=(args.exc_type, args.exc_value, args.exc_traceback))


def install() -> None:
    """Route unexpected exceptions to the log file and the dialog."""
    logfile.setup()
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
