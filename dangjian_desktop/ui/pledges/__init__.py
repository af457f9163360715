"""The 安全承诺 tab."""
