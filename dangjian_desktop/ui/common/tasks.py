"""The one background-task helper: long work off the GUI thread, with progress and cancel.

The operation runs in ``QThreadPool`` and must not touch widgets (like Anki's QueryOp: "never
call UI routines in op"); it gets a :class:`Progress` to report to and to ask whether the user
cancelled. Results and errors come back on the GUI thread through queued signals.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from dangjian_desktop.domain.errors import DomainError

log = logging.getLogger(__name__)


class Progress:
    """Handed to the operation in the worker thread."""

    def __init__(self, signals: _Signals, cancel_event: threading.Event) -> None:
        self._signals = signals
        self._cancel = cancel_event

    def report(self, percent: int, text: str = "") -> None:
        self._signals.progress.emit(int(percent), text)

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Signals(QObject):
    progress = Signal(int, str)
    done = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, op: Callable[[Progress], Any], progress: Progress, signals: _Signals,
                 ended: threading.Event) -> None:
        super().__init__()
        self._op, self._progress, self._signals, self._ended = op, progress, signals, ended

    def run(self) -> None:  # worker thread
        try:
            result = self._op(self._progress)
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self._signals.failed.emit(exc)
        else:
            self._signals.done.emit(result)
        finally:
            self._ended.set()


def error_text(exc: BaseException) -> str:
    if isinstance(exc, DomainError):
        return exc.message
    return f"操作失败：{exc}"


class Task(QObject):
    """A running operation; keeps its signals alive until it ends."""

    _running: set[Task] = set()

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        op: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        cancellable: bool = True,
        show_dialog: bool = True,
    ) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._ended = threading.Event()  # the operation has returned (its result may still be queued)
        self._signals = _Signals()
        self._on_done = on_done
        self._on_error = on_error
        self._parent = parent
        self._title = title
        self.dialog: QProgressDialog | None = None
        if show_dialog:
            self.dialog = QProgressDialog(title, "取消" if cancellable else "", 0, 100, parent)
            self.dialog.setWindowTitle(title)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(300)  # quick work shows no dialog at all
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            if not cancellable:
                self.dialog.setCancelButton(None)
            self.dialog.canceled.connect(self.cancel)
        self._signals.progress.connect(self._on_progress)
        self._signals.done.connect(self._finish_ok)
        self._signals.failed.connect(self._finish_error)
        Task._running.add(self)
        QThreadPool.globalInstance().start(
            _Runnable(op, Progress(self._signals, self._cancel), self._signals, self._ended))

    def cancel(self) -> None:
        self._cancel.set()
        if self.dialog is not None:
            self.dialog.setLabelText("正在取消……")

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self, timeout: float) -> bool:
        """Block until the operation has returned in its thread (at most ``timeout`` seconds);
        False if it is still running. For a window that closes: its read must not outlive it."""
        return self._ended.wait(timeout)

    def _on_progress(self, percent: int, text: str) -> None:
        if self.dialog is not None:
            self.dialog.setValue(max(0, min(100, percent)))
            if text and not self._cancel.is_set():
                self.dialog.setLabelText(text)

    def _close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        Task._running.discard(self)

    def _finish_ok(self, result: Any) -> None:
        self._close()
        self._on_done(result)

    def _finish_error(self, exc: BaseException) -> None:
        self._close()
        if not isinstance(exc, DomainError):  # a refusal is the user's to read; anything else, the log's
            log.error("后台任务“%s”出错", self._title, exc_info=exc)
        if self._on_error is not None:
            self._on_error(exc)
        else:
            QMessageBox.warning(self._parent, "操作未完成", error_text(exc))


def run_task(parent: QWidget | None, title: str, op: Callable[[Progress], Any], on_done: Callable[[Any], None],
             on_error: Callable[[BaseException], None] | None = None, cancellable: bool = True,
             show_dialog: bool = True) -> Task:
    """Run ``op(progress)`` in the thread pool; ``on_done(result)`` runs on the GUI thread.

    ``show_dialog=False``: no progress dialog at all, for a refresh the widget shows in place
    (the 工作台's 正在计算…); ``on_error`` should then be given too, or an error is a message box.
    """
    return Task(parent, title, op, on_done, on_error, cancellable, show_dialog)


def stop_all(timeout_ms: int = 30_000) -> bool:
    """At exit: ask every running operation to stop, and wait for the pool's threads (at most
    ``timeout_ms``). A worker still running Python (the 工作台's read, an import) while the
    interpreter shuts down crashes the process, and the database must not be closed under it.
    False if one was still running at the end."""
    for task in list(Task._running):
        task.cancel()
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
