"""Domain layer: typed ORM classes for every practice in DOMAIN.md and the pure rules.

Importing this package registers every table on ``Base.metadata``. No Qt, no I/O here.
"""

from sqlalchemy import Index, UniqueConstraint

from . import assessment, hazards, inspections, mood, org, pairing, pledges, security, zones
from .base import Base


def _index_foreign_keys() -> None:
    """Give every foreign key column an index unless one already leads with it.

    Deleting a person (undoing an import) or filtering hazards by finder must not scan
    100,000 rows per person on SQLite, which does not index foreign keys by itself.
    """
    for table in Base.metadata.tables.values():
        leading = {next(iter(ix.columns)).name for ix in table.indexes}
        leading |= {next(iter(c.columns)).name for c in table.constraints if isinstance(c, UniqueConstraint) and c.columns}
        for col in table.columns:
            if col.foreign_keys and not col.unique and col.name not in leading:
                Index(f"ix_{table.name}_{col.name}", col)


_index_foreign_keys()

__all__ = ["Base", "assessment", "hazards", "inspections", "mood", "org", "pairing", "pledges", "security", "zones"]
