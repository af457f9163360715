"""The look: the shipped CJK font, the qt-material red theme, and our corrections on top.

qt-material forces Roboto, upper-cases Latin text on buttons, tabs and headers, and pads
table headers so wide that their text is clipped (STACK_NOTES.md). We render its stylesheet
ourselves, drop the ``text-transform`` rules, and append a few rules of our own, so that
the Chinese font, readable headers and an office-sized text win.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
import re
from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from dangjian_desktop import paths, settings

log = logging.getLogger(__name__)

FALLBACK_FAMILY = "Microsoft YaHei"  # what a Chinese Windows PC has if the shipped font fails
_registered_family: str | None = None

# Colours for our own rules, per mode (qt-material's light_red / dark_red palettes).
# ``disabled``/``disabled_line``: grey text and border for what cannot be used now. qt-material
# draws a disabled button in white on its light grey (invisible) and disabled inputs at 20 %
# opacity; a secretary must still read 编辑 or 归档 and see that it waits for a selection.
# ``alternate``: every other table row, faint enough that a selected row stands out from it;
# ``selected``: the selected row, one colour across it (focused or not). ``primary``/``ground``:
# qt-material's primaryColor and secondaryDarkColor (a button's red and the window's grey).
_PALETTES = {
    settings.THEME_LIGHT: {"text": "#333333", "muted": "#666666", "header_bg": "#eeeeee",
                           "line": "#d6d6d6", "accent": "#c62828", "amber": "#a86b00", "panel": "#fafafa",
                           "disabled": "#7a7a7a", "disabled_line": "#bdbdbd", "disabled_bg": "#dedede",
                           "alternate": "rgba(255, 23, 68, 0.05)", "selected": "rgba(255, 23, 68, 0.2)",
                           "primary": "#ff1744", "ground": "#e6e6e6"},
    settings.THEME_DARK: {"text": "#f0f0f0", "muted": "#b8b8b8", "header_bg": "#31363b",
                          "line": "#4f5b62", "accent": "#ff616f", "amber": "#ffc046", "panel": "#2a2e32",
                          "disabled": "#959fa5", "disabled_line": "#5b666d", "disabled_bg": "#2b2f33",
                          "alternate": "rgba(255, 23, 68, 0.08)", "selected": "rgba(255, 23, 68, 0.25)",
                          "primary": "#ff1744", "ground": "#31363b"},
}


def register_font() -> str:
    """Register ``resources/fonts/wqy-microhei.ttc`` once; return its family name.

    Must run after the QApplication exists and before the theme is applied, so that Chinese
    renders on a PC without any Chinese font.
    """
    global _registered_family
    if _registered_family is not None:
        return _registered_family
    family = ""
    try:
        font_id = QFontDatabase.addApplicationFont(str(paths.font_path()))
    except FileNotFoundError as exc:  # resources missing: say so, and carry on with system fonts
        log.warning("%s", exc)
        font_id = -1
    if font_id >= 0:
        families = QFontDatabase.applicationFontFamilies(font_id)
        # The .ttc holds "WenQuanYi Micro Hei" and its Mono variant: take the proportional one.
        family = next((f for f in families if "Mono" not in f), families[0] if families else "")
    if not family:
        log.warning("未能加载程序自带的中文字体，改用系统字体。")
        family = FALLBACK_FAMILY
    _registered_family = family
    return family


def app_font(family: str) -> QFont:
    font = QFont(family)
    font.setPixelSize(settings.FONT_PIXELS)
    return font


def stylesheet(mode: str, family: str) -> str:
    """qt-material's stylesheet for ``mode`` (light/dark), corrected; see the module docstring."""
    return _material(mode, family) + _corrections(mode, family)


# Rendering qt-material's template (jinja2) and writing its ~300 icon files costs a fifth of a
# second at every start; the result only changes with the theme, the font or qt-material
# itself, so it is kept in the data folder and reused.
_CACHE_VERSION = "1"  # bump when _material() output changes (not _corrections)


def _icons_dir(mode: str) -> Path:
    # Our data folder rather than ~/.qt_material, one folder per mode, so two programs (or test
    # runs) with different themes do not rewrite each other's icons.
    return paths.data_dir() / "theme-icons" / mode


def _cache_file(mode: str, family: str) -> Path | None:
    spec = importlib.util.find_spec("qt_material")
    if spec is None or spec.origin is None:
        return None
    template = Path(spec.origin).parent / "material.qss.template"
    try:
        st = template.stat()
    except OSError:
        return None
    key = "|".join((_CACHE_VERSION, mode, family, str(settings.FONT_PIXELS), settings.DENSITY_SCALE,
                    settings.THEMES.get(mode, ""), str(template), str(st.st_mtime_ns), str(st.st_size)))
    return paths.data_dir() / "theme-cache" / f"{mode}-{hashlib.sha1(key.encode()).hexdigest()[:16]}.qss"


def _material(mode: str, family: str) -> str:
    icons = _icons_dir(mode)
    cache = _cache_file(mode, family)
    if cache is not None and cache.exists() and (icons / "primary").is_dir():
        text = cache.read_text(encoding="utf-8")
        first, _, css = text.partition("\n")
        m = re.match(r"/\* text-color: (#[0-9a-fA-F]{6}) \*/", first)
        if m:
            _use_icons(icons)
            _set_text_palette(m.group(1))
            return css
    import qt_material  # after PySide6 (it checks sys.modules); only when the cache misses

    theme_file = settings.THEMES.get(mode, settings.THEMES[settings.DEFAULT_THEME])
    extra = {
        "font_family": f'"{family}"',
        "font_size": settings.FONT_PIXELS,
        "density_scale": settings.DENSITY_SCALE,
    }
    # export=True only skips qt-material's registration of Roboto, which we do not use.
    css = qt_material.build_stylesheet(theme_file, False, extra, str(icons), export=True) or ""
    css = re.sub(r"text-transform:\s*uppercase;", "", css)
    _use_icons(icons)
    primary = os.environ.get("QTMATERIAL_PRIMARYCOLOR", "")  # qt-material publishes its colours here
    if cache is not None and css and re.fullmatch(r"#[0-9a-fA-F]{6}", primary):
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(f"/* text-color: {primary} */\n{css}", encoding="utf-8")
            os.replace(tmp, cache)  # atomic: a second program never reads half a file
        except OSError as exc:
            log.warning("无法缓存界面样式：%s", exc)
    return css


def _use_icons(folder: Path) -> None:
    # Replace, not add: qt-material appends a path per call, and after a theme switch the
    # first theme's icons would still win the lookup of "icon:/primary/…".
    QDir.setSearchPaths("icon", [str(folder)])


def _set_text_palette(primary: str) -> None:
    """What qt-material's build_stylesheet does to the palette, repeated on a cache hit."""
    palette = QGuiApplication.palette()
    color = QColor(primary)
    color.setAlpha(92)
    palette.setColor(QPalette.ColorRole.Text, color)
    QGuiApplication.setPalette(palette)


def _corrections(mode: str, family: str) -> str:
    c = _PALETTES.get(mode, _PALETTES[settings.DEFAULT_THEME])
    px = settings.FONT_PIXELS
    return f"""

/* ---- dangjian-desktop corrections on top of qt-material ---- */
* {{ font-family: "{family}"; }}
QPushButton {{ font-weight: normal; padding: 2px 14px; min-height: 26px; }}
QTabBar {{ font-weight: normal; qproperty-drawBase: 0; }}
QTabWidget::pane {{ border: none; border-top: 1px solid {c['line']}; }}
QTabBar::tab:top, QTabBar::tab:bottom {{ padding: 0 18px; min-width: 60px; height: 30px; font-size: {px + 1}px; }}
QHeaderView::section {{
  color: {c['text']};
  background-color: {c['header_bg']};
  padding: 4px 8px;
  height: auto;
  min-height: 24px;
  font-size: {px}px;
  border-right: 1px solid {c['line']};
  border-bottom: 1px solid {c['line']};
}}
QTableView::item {{ padding: 2px 6px; min-height: 24px; }}
QTreeView::item {{ padding: 2px 4px; min-height: 24px; }}
QLabel#errorLabel, QLabel[error="true"] {{ color: {c['accent']}; }}
QLabel#titleLabel {{ color: {c['accent']}; font-size: {px + 8}px; }}
QLabel[muted="true"] {{ color: {c['muted']}; }}
QLabel#emptyLabel {{ color: {c['muted']}; font-size: {px + 4}px; }}
QStatusBar QLabel {{ color: {c['muted']}; padding: 0 8px; }}
QWidget#WorklistTab QLabel#dateLabel {{ font-size: {px + 3}px; }}
QLabel#overdueLabel {{ color: {c['accent']}; font-size: {px + 1}px; }}
QLabel#todayLabel {{ color: {c['amber']}; font-size: {px + 1}px; }}
QLabel#soonLabel {{ font-size: {px + 1}px; }}
QLabel#overdueLabel[muted="true"], QLabel#todayLabel[muted="true"], QLabel#soonLabel[muted="true"] {{ color: {c['muted']}; }}
QMenu::item {{ height: 26px; border-width: 4px; }}  /* qt-material: 8px, so that 文件 fits a 768-pixel screen */
QGroupBox::title {{ color: {c['text']}; }}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QLineEdit, QComboBox {{ min-height: 26px; }}
QPushButton:disabled {{
  color: {c['disabled']};
  background-color: {c['disabled_bg']};
  border: 2px solid {c['disabled_line']};
}}
QLineEdit:disabled, QComboBox:disabled, QDateEdit:disabled, QDateTimeEdit:disabled,
QSpinBox:disabled, QDoubleSpinBox:disabled, QPlainTextEdit:disabled, QTextEdit:disabled {{
  color: {c['disabled']};
}}
QCheckBox:disabled, QRadioButton:disabled, QLabel:disabled {{ color: {c['disabled']}; }}
QMenu::item:disabled {{ color: {c['disabled']}; }}
QTableView, QTreeView, QListView {{ alternate-background-color: {c['alternate']}; }}
/* One colour for the whole selected row: qt-material paints the focused cell alone in solid red. */
QTableView, QTableView:focus {{ selection-background-color: {c['selected']}; }}
QTableView::item:selected, QTableView::item:selected:focus {{
  background-color: {c['selected']};
  color: {c['text']};
}}
QProgressDialog {{ min-width: 380px; }}
/* The calendar of ui/common/date_field.DateField (and any QCalendarWidget): qt-material's table
   padding turned days 10-31 into "…", wrapped the weekday names and cut the month/year bar. */
QCalendarWidget {{ min-width: {px * 24}px; min-height: {px * 20}px; }}
QCalendarWidget QTableView {{
  font-size: {px}px;
  alternate-background-color: transparent;
  selection-background-color: {c['selected']};
  outline: 0;
}}
QCalendarWidget QTableView::item {{ padding: 0; margin: 0; min-height: 0; min-width: {px * 2}px; }}
/* The day's text colour comes from the calendar's model, not from here: a light red behind it
   with a red frame keeps it readable in both themes. */
QCalendarWidget QTableView::item:selected, QCalendarWidget QTableView::item:selected:focus {{
  background-color: {c['selected']};
  border: 2px solid {c['accent']};
}}
QCalendarWidget QWidget#qt_calendar_navigationbar {{
  background-color: {c['header_bg']};
  min-height: {px * 2 + 8}px;
}}
QCalendarWidget QToolButton {{
  color: {c['text']};
  font-size: {px + 1}px;
  min-height: {px * 2}px;
  padding: 0 8px;
  background: transparent;
  border: none;
}}
QCalendarWidget QToolButton#qt_calendar_prevmonth, QCalendarWidget QToolButton#qt_calendar_nextmonth {{
  min-width: {px * 2}px;
  qproperty-iconSize: {px + 4}px;
}}
QCalendarWidget QToolButton::menu-indicator {{ image: none; width: 0; }}
QCalendarWidget QSpinBox {{ min-width: {px * 5}px; min-height: {px * 2}px; font-size: {px + 1}px; }}
/* The date field's 日历 is a button like the others (red outline), in a tab's filter bar as in
   a dialog: qt-material drew a QToolButton as a flat grey label, and in a QDialog filled red. */
QToolButton#dateFieldButton, QDialog QToolButton#dateFieldButton {{
  color: {c['primary']};
  background-color: transparent;
  border: 2px solid {c['primary']};
  border-radius: 4px;
  margin: 0;
  padding: 0 8px;
  height: 22px;
  min-height: 22px;
  font-size: {px}px;
}}
QToolButton#dateFieldButton:hover, QDialog QToolButton#dateFieldButton:hover {{
  background-color: rgba(255, 23, 68, 0.1);
}}
QToolButton#dateFieldButton:pressed, QDialog QToolButton#dateFieldButton:pressed {{
  color: {c['ground']};
  background-color: {c['primary']};
}}
QToolButton#dateFieldButton:disabled, QDialog QToolButton#dateFieldButton:disabled {{
  color: {c['disabled']};
  background-color: {c['disabled_bg']};
  border: 2px solid {c['disabled_line']};
}}
/* A tickable item in a list shows its box when unticked too (qt-material drew nothing there,
   and a bare tick when ticked): the boxes of QCheckBox and of a table's check column. */
QListView::indicator:unchecked {{ image: url(icon:/primary/checkbox_unchecked.svg); }}
QListView::indicator:checked {{ image: url(icon:/primary/checkbox_checked.svg); }}
QListView::indicator:indeterminate {{ image: url(icon:/primary/checkbox_indeterminate.svg); }}
QListView::indicator:unchecked:selected:active {{ image: url(icon:/primary/checkbox_unchecked_invert.svg); }}
QListView::indicator:checked:selected:active {{ image: url(icon:/primary/checkbox_checked_invert.svg); }}
QListView::indicator:indeterminate:selected:active {{ image: url(icon:/primary/checkbox_indeterminate_invert.svg); }}
QListView::indicator:unchecked:disabled {{ image: url(icon:/disabled/checkbox_unchecked.svg); }}
QListView::indicator:checked:disabled {{ image: url(icon:/disabled/checkbox_checked.svg); }}
QListView::indicator:indeterminate:disabled {{ image: url(icon:/disabled/checkbox_indeterminate.svg); }}
"""


def apply(app: QApplication, mode: str) -> str:
    """Font first, then theme; returns the family in use. Safe to call again to switch live."""
    family = register_font()
    app.setFont(app_font(family))
    app.setStyle("Fusion")  # what qt-material is drawn over
    app.setStyleSheet(stylesheet(mode, family))
    app.setProperty("dangjian_theme", mode)
    return family


def current_mode(app: QApplication) -> str:
    return app.property("dangjian_theme") or settings.DEFAULT_THEME
