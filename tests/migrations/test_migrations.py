"""Migrations: they match the model, refuse a newer database, back up first, and keep data.

The SQLite data-loss trap (STACK_NOTES.md) is tested with a real extra revision, written
into a temporary copy of the migrations folder, that rebuilds the parent table ``person``
while child rows point at it (``import_change`` with ON DELETE CASCADE, ``pledge`` without).
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, func, select, text

from dangjian_desktop import paths
from dangjian_desktop.db import migrate
from dangjian_desktop.db.engine import make_engine
from dangjian_desktop.domain import Base
from dangjian_desktop.domain.errors import DomainError, SchemaTooNew
from dangjian_desktop.domain.org import PoliticalStatus
from dangjian_desktop.domain.pledges import Pledge, PledgeCampaign
from dangjian_desktop.domain.roster_rules import PersonInput
from dangjian_desktop.domain.security import ImportBatch, ImportChange
from dangjian_desktop.services import auth, roster
from dangjian_desktop.services.maintenance import open_database
from dangjian_desktop.services.uow import Ctx, Database

EXTRA_REVISION = '''"""test only: rebuild the person table (batch add column)"""
from alembic import op
import sqlalchemy as sa

revision = "0999_test_rebuild_person"
down_revision = {down!r}
branch_labels = None
depends_on = None


def upgrade() -> None:
    {body}


def downgrade() -> None:
    with op.batch_alter_table("person", recreate="always") as batch:
        batch.drop_column("test_nickname")
'''
REBUILD = '''# recreate="always": the table rebuild that deletes child rows when foreign keys are ON
    with op.batch_alter_table("person", recreate="always") as batch:
        batch.add_column(sa.Column("test_nickname", sa.String(40), nullable=True))'''
FAIL = 'raise RuntimeError("this migration fails on purpose")'


def _diff(engine) -> list:
    with engine.connect() as conn:
        mc = MigrationContext.configure(conn, opts={"compare_type": True})
        return compare_metadata(mc, Base.metadata)


def _fill(db: Database) -> dict[str, int]:
    """A secretary, a branch, two people, an import that touched them, a pledge."""
    ctx = Ctx(db, auth.create_first_secretary(db, "shuji", "王书记", "secret123"))
    branch = roster.create_branch(ctx, "综采二区党支部")
    people = [
        roster.add_person(ctx, PersonInput(name=n, employee_no=no, branch_id=branch,
                                           political_status=PoliticalStatus.MEMBER,
                                           joined_party_on=date(2012, 7, 1)))
        for n, no in (("张三", "1001"), ("李四", "1002"))
    ]
    with db.uow() as s:
        batch = ImportBatch(kind="members", file_name="花名册.xlsx", username="shuji")
        campaign = PledgeCampaign(title="百日安全", starts_on=date(2026, 1, 1), ends_on=date(2026, 4, 10))
        s.add_all([batch, campaign])
        s.flush()
        s.add_all([ImportChange(batch_id=batch.id, person_id=p.id, action="新增", version_after=1)
                   for p in people])
        s.add_all([Pledge(campaign_id=campaign.id, member_id=p.id, branch_id=branch, text="每月深入现场10次")
                   for p in people])
    return _counts(db.engine)


def _counts(engine) -> dict[str, int]:
    with engine.connect() as c:
        return {t: c.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                for t in ("person", "import_change", "pledge", "branch")}


def _migrations_with_extra(tmp_path: Path, body: str) -> Path:
    folder = tmp_path / "migrations"
    shutil.copytree(paths.migrations_dir(), folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "0999_test_rebuild_person.py").write_text(
        EXTRA_REVISION.format(down=migrate.head_revision(), body=body), encoding="utf-8")
    return folder


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --------------------------------------------------------------- the model and the migrations

def test_metadata_matches_the_migrations(any_db: Database):
    # any_db was upgraded by the fixture: on SQLite, and on PostgreSQL when configured.
    assert migrate.current_revision(any_db.engine) == migrate.head_revision()
    assert _diff(any_db.engine) == []


def test_every_table_of_the_model_exists_after_upgrade(sqlite_db: Database):
    with sqlite_db.engine.connect() as c:
        names = {r[0] for r in c.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))}
    assert set(Base.metadata.tables) <= names


# --------------------------------------------------------------- refusing a newer database

def test_a_newer_database_is_refused_and_left_untouched(tmp_path: Path):
    db_file = tmp_path / "newer.sqlite"
    db = Database(f"sqlite:///{db_file}")
    migrate.upgrade(db.engine, backup_dir=tmp_path / "b")
    before = _fill(db)
    with db.engine.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = '9001_from_the_future'"))
    db.dispose()
    sha = _sha(db_file)

    engine = make_engine(f"sqlite:///{db_file}")
    try:
        with pytest.raises(SchemaTooNew, match="比本程序新"):
            migrate.upgrade(engine, backup_dir=tmp_path / "backups")
    finally:
        engine.dispose()
    assert not (tmp_path / "backups").exists()  # no backup: nothing was about to change
    assert _sha(db_file) == sha

    # What the program does at start: the same refusal, as a message for the user.
    with pytest.raises(DomainError, match="9001_from_the_future"):
        open_database(f"sqlite:///{db_file}")
    assert _sha(db_file) == sha
    with sqlite3.connect(db_file) as c:
        assert c.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9001_from_the_future"
        assert c.execute("SELECT count(*) FROM person").fetchone()[0] == before["person"]


# --------------------------------------------------------------- backup before a migration

def test_new_database_and_current_database_make_no_backup(tmp_path: Path):
    backups = tmp_path / "backups"
    engine = make_engine(f"sqlite:///{tmp_path / 'fresh.sqlite'}")
    try:
        first = migrate.upgrade(engine, backup_dir=backups)
        assert first.changed and first.from_revision is None and first.backup is None
        again = migrate.upgrade(engine, backup_dir=backups)
        assert not again.changed and again.backup is None
    finally:
        engine.dispose()
    assert not backups.exists() or not any(backups.iterdir())


def test_migration_of_a_filled_database_backs_up_first_and_keeps_child_rows(tmp_path: Path):
    db_file = tmp_path / "branch.sqlite"
    db = Database(f"sqlite:///{db_file}")
    migrate.upgrade(db.engine, backup_dir=tmp_path / "b")
    before = _fill(db)
    assert before == {"person": 2, "import_change": 2, "pledge": 2, "branch": 1}
    db.dispose()

    scripts = _migrations_with_extra(tmp_path, REBUILD)
    backups = tmp_path / "backups"
    engine = make_engine(f"sqlite:///{db_file}")
    try:
        result = migrate.upgrade(engine, backup_dir=backups, script_location=scripts)
        assert result.from_revision == migrate.head_revision()
        assert result.to_revision == "0999_test_rebuild_person"
        # Every row survived the rebuild of their parent table, the new column exists,
        # and the connection pool hands out connections with foreign keys ON again.
        assert _counts(engine) == before
        with engine.connect() as c:
            cols = {r[1] for r in c.execute(text("PRAGMA table_info(person)"))}
            assert "test_nickname" in cols
            assert c.execute(text("PRAGMA foreign_key_check")).fetchall() == []
            assert c.execute(text("PRAGMA foreign_keys")).scalar() == 1
    finally:
        engine.dispose()

    # The copy taken before the migration is a complete database at the old revision.
    assert result.backup is not None and result.backup.parent == backups and result.backup.is_file()
    old = create_engine(f"sqlite:///{result.backup}")
    try:
        assert migrate.current_revision(old) == migrate.head_revision()
        assert _counts(old) == before
    finally:
        old.dispose()
    assert [p.name for p in backups.iterdir()] == [result.backup.name]  # one file, no -wal beside


def test_the_trap_is_real_with_foreign_keys_on(tmp_path: Path):
    """Why migrate.upgrade turns foreign keys off: the same rebuild loses the cascading rows."""
    db_file = tmp_path / "trap.sqlite"
    db = Database(f"sqlite:///{db_file}")
    migrate.upgrade(db.engine, backup_dir=tmp_path / "b")
    _fill(db)
    with db.uow() as s:  # keep only the rows that cascade, so the rebuild is allowed at all
        s.execute(Pledge.__table__.delete())
    db.dispose()

    cfg = migrate.alembic_config(_migrations_with_extra(tmp_path, REBUILD))
    engine = make_engine(f"sqlite:///{db_file}")  # foreign keys ON, as every connection has
    try:
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            conn.commit()
        assert _counts(engine)["import_change"] == 0  # silently deleted by ON DELETE CASCADE
    finally:
        engine.dispose()


def test_a_failing_migration_leaves_the_pool_with_foreign_keys_on(tmp_path: Path):
    db_file = tmp_path / "fails.sqlite"
    db = Database(f"sqlite:///{db_file}")
    migrate.upgrade(db.engine, backup_dir=tmp_path / "b")
    before = _fill(db)
    db.dispose()

    backups = tmp_path / "backups"
    engine = make_engine(f"sqlite:///{db_file}")
    try:
        # The user reads a Chinese sentence; the original error is its cause (and in the log).
        with pytest.raises(migrate.SchemaUpgradeFailed, match="on purpose") as err:
            migrate.upgrade(engine, backup_dir=backups,
                            script_location=_migrations_with_extra(tmp_path, FAIL))
        assert isinstance(err.value.__cause__, RuntimeError)
        assert migrate.current_revision(engine) == migrate.head_revision()
        assert _counts(engine) == before
        for _ in range(3):  # whichever pooled connection comes next
            with engine.connect() as c:
                assert c.execute(text("PRAGMA foreign_keys")).scalar() == 1
    finally:
        engine.dispose()
    assert len(list(backups.glob("*.sqlite"))) == 1  # the copy was taken before it failed


def test_upgrade_twice_changes_nothing(any_db: Database):
    again = migrate.upgrade(any_db.engine)
    assert not again.changed and again.backup is None
    with any_db.engine.connect() as c:
        assert c.execute(select(func.count()).select_from(Base.metadata.tables["person"])).scalar() == 0


def test_head_constant_names_the_newest_revision_script():
    """db/migrations/__init__.py HEAD lets a start skip Alembic; it must follow new revisions."""
    from dangjian_desktop.db.migrations import HEAD

    assert HEAD == migrate.head_revision(), "update HEAD in dangjian_desktop/db/migrations/__init__.py"


def test_a_current_database_starts_without_importing_alembic(tmp_path):
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'current.sqlite'}"
    code = (
        "import sys\n"
        "from dangjian_desktop.db.engine import make_engine\n"
        "from dangjian_desktop.db import migrate\n"
        f"e = make_engine({url!r})\n"
        "migrate.upgrade(e)\n"  # creates: Alembic needed
        "for m in [m for m in sys.modules if m.startswith('alembic')]: del sys.modules[m]\n"
        "r = migrate.upgrade(e)\n"
        "assert not r.changed, r\n"
        "print(any(m.startswith('alembic') for m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
