"""Signing in: the first-account dialog (first start) and the login dialog (every later start)."""
