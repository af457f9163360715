"""Reliability and security: the cases of issue 6 replayed, so none of them comes back.

Each module replays what a probe as an attacker or a clumsy user found, on SQLite and
PostgreSQL where the database matters:

- ``test_first_start``: a kill while the tables of a new database are created; a half-created
  schema from an older version; the message and the 升级前 copies of failed starts (case 1).
- ``test_restore_checks``: a damaged, foreign-key-broken, unknown-version or newer backup refused
  before anything is touched; a failure after the swap puts the data back (case 2).
- ``test_backup_partials``: partial copies of interrupted backups and restores cleaned (case 3).
- ``test_text_safety``: formulas in written workbooks, invisible characters in names and 工号,
  impossible dates, long values echoed in messages (cases 4, 5, 6, 12).
- ``test_unit_names``: two imports creating the same new 区队 at once (case 7).
- ``test_search_text``: wildcards, backslashes and NUL in search text (case 8).
- ``test_login_guessing``: failed logins recorded and slowed down; no timing difference for an
  unknown name (cases 10, 11).

Private files (case 9) are tested where the data folder is made: ``tests/unit/test_private_files.py``
and, for a real start under a permissive umask, ``tests/cli/test_private_data.py``.
"""
