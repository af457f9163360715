"""A probe for PySide6 releases that lose references to ``None`` (fixed by version, not patched).

Measured here (PySide6 6.12.0, CPython 3.11.7): every call of a Qt method that returns
nothing (``QLabel.setText``, ``QWidget.setEnabled`` …) dropped one reference to ``None`` that
it never took. CPython 3.12 made ``None`` immortal (PEP 683), so the missing ``Py_INCREF`` is
harmless there; on 3.11 the count fell with every click until the interpreter aborted with
"Fatal Python error: none_dealloc" (the roster tab after about 2,800 searches). PySide6 6.11.3
and 6.10.3 lose nothing.

The cure is the dependency pin in ``pyproject.toml`` (6.12.0 is excluded on Python < 3.12).
This probe is what the test suite runs, so a later release with the same fault fails CI
instead of a secretary's afternoon; the application logs a warning when it finds one.
"""

from __future__ import annotations

import sys

_PROBE_CALLS = 64


def pyside_loses_references(calls: int = _PROBE_CALLS) -> bool:
    """Call a void Qt method ``calls`` times and see whether ``None`` lost a reference each time.

    Always False on an interpreter where ``None`` is immortal (its count does not move).
    """
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(calls):
        probe.setObjectName("probe")
    return before - sys.getrefcount(None) >= calls // 2


def describe_combination() -> str:
    """"PySide6 6.11.3 on CPython 3.11.7": what a bug report or the log should name."""
    import PySide6

    impl = sys.implementation.name
    name = {"cpython": "CPython"}.get(impl, impl)
    return f"PySide6 {PySide6.__version__} on {name} {'.'.join(map(str, sys.version_info[:3]))}"
