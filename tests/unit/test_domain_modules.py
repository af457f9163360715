"""The domain package loads its ORM modules on demand (start-up, issue 9): each module imported on
its own must configure and resolve every foreign key of the tables it registers, because a flush
sorts tables by their foreign keys; and ``domain.Base`` is still the whole schema."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dangjian_desktop import domain

ROOT = Path(__file__).resolve().parents[2]

_ALONE = """
import importlib, json, sys
importlib.import_module("dangjian_desktop.domain." + sys.argv[1])
from sqlalchemy.orm import configure_mappers
from dangjian_desktop.domain.base import Base
configure_mappers()
for table in Base.metadata.tables.values():
    for fk in table.foreign_keys:
        fk.column  # NoReferencedTableError if the module of that table was not imported
print(json.dumps(sorted(Base.metadata.tables)))
"""


@pytest.mark.parametrize("module", domain.ORM_MODULES)
def test_each_orm_module_stands_on_its_own(module: str) -> None:
    done = subprocess.run([sys.executable, "-c", _ALONE, module], capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert done.returncode == 0, done.stderr
    tables = json.loads(done.stdout.strip().splitlines()[-1])
    assert tables and len(tables) < len(domain.Base.metadata.tables)  # not everything: only what it needs


def test_base_from_the_package_is_every_table() -> None:
    mapped = {m.local_table.name for m in domain.Base.registry.mappers}
    assert set(domain.Base.metadata.tables) == mapped
    assert {m.class_.__module__.rsplit(".", 1)[1] for m in domain.Base.registry.mappers} == set(domain.ORM_MODULES)
