"""Reliability: what an interruption or a second program at the same moment leaves behind."""
