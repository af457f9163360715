"""Domain layer: typed ORM classes for every practice in DOMAIN.md and the pure rules.

Importing this package is cheap: each ORM module registers its own tables when it is imported
(``from dangjian_desktop.domain.org import Person``), so the program's start reads the accounts
without building the classes of every area first. ``Base`` taken from the package
(``from dangjian_desktop.domain import Base``) is the full schema: asking for it imports every
ORM module (``load_all``). Each module's relationships point only at classes of the same module,
and each imports the modules of the tables its foreign keys name (a flush resolves them), so any
module imported on its own configures and writes. No Qt, no I/O here.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import assessment, hazards, inspections, mood, org, pairing, pledges, security, zones
    from .base import Base

#: Every module that defines tables: ``load_all`` imports them, so ``Base.metadata`` is complete.
ORM_MODULES = ("assessment", "hazards", "inspections", "mood", "org", "pairing", "pledges", "security", "zones")

_loaded = False


def load_all() -> type[Base]:
    """Import every ORM module (registering every table) and index the foreign keys; the Base."""
    global _loaded
    from .base import Base

    if not _loaded:
        for name in ORM_MODULES:
            importlib.import_module(f"{__name__}.{name}")
        from .org import declare_top_unit_index

        declare_top_unit_index()  # not with its class: see there
        _index_foreign_keys(Base)
        _loaded = True
    return Base


def _index_foreign_keys(base: type[Base]) -> None:
    """Give every foreign key column an index unless one already leads with it.

    Deleting a person (undoing an import) or filtering hazards by finder must not scan
    100,000 rows per person on SQLite, which does not index foreign keys by itself.
    """
    from sqlalchemy import Index, UniqueConstraint

    for table in base.metadata.tables.values():
        leading = {next(iter(ix.columns)).name for ix in table.indexes}
        leading |= {next(iter(c.columns)).name for c in table.constraints if isinstance(c, UniqueConstraint) and c.columns}
        for col in table.columns:
            if col.foreign_keys and not col.unique and col.name not in leading:
                Index(f"ix_{table.name}_{col.name}", col)


def __getattr__(name: str) -> Any:
    # PEP 562: ``domain.Base`` loads the whole schema; ``from dangjian_desktop.domain import zones``
    # (also how the ORM modules import each other) that module and the ones it points at.
    if name == "Base":
        return load_all()
    if name in ORM_MODULES:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["ORM_MODULES", "Base", "assessment", "hazards", "inspections", "load_all", "mood", "org", "pairing", "pledges",
           "security", "zones"]
