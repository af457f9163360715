"""Writers for files people open in Excel: the roster import template, error workbooks, lists.

Plain data in, a file out: no Qt, no database sessions.
"""
