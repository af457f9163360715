"""Temporary files of backups (db/partials.py): a recognisable name, not a hidden dot-file,
and a backup clears the ones interrupted copies left in its folder, not those in use."""

from __future__ import annotations

import os
import time
from datetime import date
from pathlib import Path

import pytest

from dangjian_desktop.services import maintenance
from dangjian_desktop.services.uow import Ctx

TODAY = date(2026, 11, 24)


STALE = "党建安全数据备份-20261101-080000.sqlite.dangjian-partial-abcd1234.tmp"
LEGACY = ".党建安全数据备份-20261102-080000.sqlite.k3j4h5g6.tmp"  # hidden, as older versions named them


def _make(folder: Path, name: str, age_minutes: float) -> Path:
    path = folder / name
    path.write_bytes(b"partial copy" * 100)
    stamp = time.time() - age_minutes * 60
    os.utime(path, (stamp, stamp))
    return path


def test_a_backup_clears_the_stale_partial_copies_in_its_folder(secretary: Ctx, org, tmp_path: Path):
    usb = tmp_path / "U盘"
    usb.mkdir()
    stale = [_make(usb, n, 60) for n in (STALE, f"{STALE}-journal", LEGACY, f"{LEGACY}-journal")]
    fresh = _make(usb, "党建安全数据备份-20261124-090000.sqlite.dangjian-partial-fresh_12.tmp", 0.5)  # running now
    half_fresh = [_make(usb, "b.sqlite.dangjian-partial-qwer5678.tmp", 60),  # its journal is still written to
                  _make(usb, "b.sqlite.dangjian-partial-qwer5678.tmp-journal", 1)]
    others = [_make(usb, n, 60) for n in ("我的备份.sqlite", "notes.tmp", ".hidden.tmp", "a.sqlite.12345678.tmp")]

    dest = maintenance.backup_to(secretary, usb, today=TODAY)

    assert not any(p.exists() for p in stale)
    assert fresh.exists() and all(p.exists() for p in half_fresh) and all(p.exists() for p in others)
    assert dest.is_file()


def test_the_temporary_file_of_a_backup_has_a_recognisable_name(secretary: Ctx, org, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch):
    from dangjian_desktop.db import partials

    seen: list[str] = []
    real = partials.partial_file

    def spy(folder: Path, name: str) -> Path:
        made = real(folder, name)
        seen.append(made.name)
        return made

    monkeypatch.setattr(partials, "partial_file", spy)
    usb = tmp_path / "U盘"
    dest = maintenance.backup_to(secretary, usb / "备份.sqlite", today=TODAY)
    [name] = seen
    assert name.startswith("备份.sqlite.dangjian-partial-") and name.endswith(".tmp")  # not a hidden dot-file
    assert sorted(p.name for p in usb.iterdir()) == [dest.name]


