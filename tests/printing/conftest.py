"""A demo database for the printing tests: made once per session, on a fixed day."""

from __future__ import annotations

from datetime import date

import pytest

from dangjian_desktop.db.migrate import upgrade
from dangjian_desktop.services.auth import cli_actor
from dangjian_desktop.services.demo import load_demo
from dangjian_desktop.services.uow import Ctx, Database

DEMO_TODAY = date(2026, 11, 24)


@pytest.fixture(scope="session")
def demo(tmp_path_factory) -> Ctx:
    folder = tmp_path_factory.mktemp("print-demo")
    db = Database(f"sqlite:///{folder / 'demo.sqlite'}")
    upgrade(db.engine, backup_dir=folder / "auto-backups")
    load_demo(db, today=DEMO_TODAY)
    yield Ctx(db, cli_actor())
    db.dispose()
