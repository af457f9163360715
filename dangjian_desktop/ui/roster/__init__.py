"""Roster tab: organisation tree, people table, person and import dialogs."""
