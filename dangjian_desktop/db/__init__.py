"""Database access: engine, migrations, backup and restore."""
