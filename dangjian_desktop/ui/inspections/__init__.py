"""The 安全巡视 tab."""
