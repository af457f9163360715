"""Names and defaults of the per-PC preferences, and the benchmark hook's environment.

Pure Python (no Qt): the values the GUI stores in QSettings (``ui/common/prefs.py``) are named
here so the command line, the tests and the benchmarks agree on them. Settings shared by
everyone using one database (time limits, last backup) live in the database instead
(``domain.security.Setting``).
"""

from __future__ import annotations

from typing import Final

# QSettings scope: ~/.config/dangjian-desktop/dangjian-desktop.conf on Linux, the registry on Windows.
ORGANIZATION: Final = "dangjian-desktop"
APPLICATION: Final = "dangjian-desktop"
WINDOW_TITLE: Final = "党建+安全 工作台 — dangjian-desktop"

# Themes: qt-material theme files, keyed by the value stored in QSettings.
THEME_LIGHT: Final = "light"
THEME_DARK: Final = "dark"
THEMES: Final = {THEME_LIGHT: "light_red.xml", THEME_DARK: "dark_red.xml"}
DEFAULT_THEME: Final = THEME_LIGHT

# Body text size. qt-material sizes in pixels; 14 px is about 10.5 pt at 96 dpi.
FONT_PIXELS: Final = 14
DENSITY_SCALE: Final = "-1"  # a little tighter than Material's default: office screens are small

# QSettings keys.
KEY_THEME: Final = "view/theme"
KEY_LAST_USERNAME: Final = "login/last_username"
KEY_GEOMETRY: Final = "main_window/geometry"
KEY_STATE: Final = "main_window/state"
KEY_CURRENT_TAB: Final = "main_window/current_tab"
KEY_LAST_BACKUP_DIR: Final = "files/last_backup_dir"
KEY_ROSTER_TREE_WIDTH: Final = "roster/tree_width"

# The 工作台 is checked at start, hourly and on F5 (a desktop program has no server cron).
WORKLIST_REFRESH_MS: Final = 3600 * 1000

# Benchmark / test hook: log in without a dialog, show the main window, print
# "shown <seconds since process start>" after the first paint, and quit.
ENV_BENCH_EXIT: Final = "DANGJIAN_BENCH_EXIT_ON_SHOWN"
ENV_BENCH_USER: Final = "DANGJIAN_BENCH_USER"
ENV_BENCH_PASSWORD: Final = "DANGJIAN_BENCH_PASSWORD"
