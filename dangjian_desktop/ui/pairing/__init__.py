"""The 结对帮扶 tab."""
