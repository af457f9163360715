"""工作台: the first tab, what is due and overdue today across every area."""
