"""A guard against PySide6 6.12's lost references to None, True and False on Python 3.11.

Measured here (PySide6 6.12.0, CPython 3.11.7): every call of a Qt method that returns
nothing (``QLabel.setText``, ``QWidget.setEnabled`` …) drops one reference to ``None`` that it
never took, and some calls do the same to ``True``. CPython 3.12 made these three objects
immortal (PEP 683), so the missing ``Py_INCREF`` is harmless there; on 3.11 the count falls
with every click until it reaches zero and the interpreter aborts with "Fatal Python error:
none_dealloc". The roster tab died that way after about 2,800 searches, and the GUI test run
aborted at exit.

:func:`guard` measures whether the running PySide6 has the fault and, only if it does on a
Python without immortal objects, gives the three singletons the same protection 3.12 has: a
reference count so large that no session can spend it. The singletons are never freed in a
healthy interpreter anyway, so nothing else changes.
"""

from __future__ import annotations

import ctypes
import sys

#: 2**40 references: a trillion lost references before the count could reach zero.
_RESERVE = 1 << 40
_PROBE_CALLS = 64
_guarded = False


def pyside_loses_references() -> bool:
    """Call a void Qt method a few times and see whether ``None`` lost a reference each time."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("probe")
    return before - sys.getrefcount(None) >= _PROBE_CALLS // 2


def guard() -> bool:
    """Protect None, True and False when needed; True if the protection is (now) in place."""
    global _guarded
    if _guarded:
        return True
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False  # immortal already (or not reference counted like this)
    if not pyside_loses_references():
        return False
    for obj in (None, True, False):
        # ob_refcnt is the first field of every CPython 3.11 object.
        ctypes.c_ssize_t.from_address(id(obj)).value += _RESERVE
    _guarded = True
    return True
