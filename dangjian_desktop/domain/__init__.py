"""Domain layer: typed ORM classes for every practice in DOMAIN.md and the pure rules.

Importing this package registers every table on ``Base.metadata``. No Qt, no I/O here.
"""

from . import assessment, hazards, inspections, mood, org, pairing, pledges, security, zones
from .base import Base

__all__ = ["Base", "assessment", "hazards", "inspections", "mood", "org", "pairing", "pledges", "security", "zones"]
