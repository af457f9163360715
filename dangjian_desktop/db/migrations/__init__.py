"""Alembic revisions of the schema.

``HEAD`` names the newest revision so a normal start can see the database is current without
importing Alembic; a test checks it against the revision scripts (update it with each new one).
"""

HEAD = "0006_hazards"
