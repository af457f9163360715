"""The area tabs after the 工作台, in their order: one :class:`TabSpec` each in :data:`TABS`.

Adding a tab is its package (``ui/<area>/tab.py`` with a QWidget that has ``changed``,
``reload()`` and ``show_target()``), a loader below and one entry in :data:`TABS`; the main
window is not edited. Import a tab's module only inside its loader (and under TYPE_CHECKING,
for the type checker): the module is imported the first time the tab is shown.

An entry is written ``TabSpec["RosterTab"](...)`` so that the type checker knows which tab
the menu items' ``run`` functions get, and checks the methods they call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dangjian_desktop.ui.common.tab_platform import Access, TabAction, TabSpec

if TYPE_CHECKING:
    from dangjian_desktop.ui.hazards.tab import HazardsTab
    from dangjian_desktop.ui.inspections.tab import InspectionsTab
    from dangjian_desktop.ui.roster.tab import RosterTab
    from dangjian_desktop.ui.violations.tab import ViolationsTab

FILE = "文件"


def _roster() -> type[RosterTab]:
    from dangjian_desktop.ui.roster.tab import RosterTab

    return RosterTab


def _hazards() -> type[HazardsTab]:
    from dangjian_desktop.ui.hazards.tab import HazardsTab

    return HazardsTab


def _violations() -> type[ViolationsTab]:
    from dangjian_desktop.ui.violations.tab import ViolationsTab

    return ViolationsTab


def _inspections() -> type[InspectionsTab]:
    from dangjian_desktop.ui.inspections.tab import InspectionsTab

    return InspectionsTab


TABS: tuple[TabSpec[Any], ...] = (
    TabSpec["RosterTab"]("roster", "人员", "dangjian_desktop.ui.roster.tab", _roster, targets=frozenset({"person"}), actions=(
        TabAction("import", FILE, "导入人员名册…", lambda t: t.open_import(), "从 Excel 或 CSV 名册导入人员",
                  access=Access.WRITER),
        TabAction("template", FILE, "导出导入模板…", lambda t: t.save_template(), "保存一份人员名册导入模板（xlsx）"),
        TabAction("export", FILE, "导出名册…", lambda t: t.export_roster(),
                  "把人员页当前筛选出的人员导出为 Excel 名册（可再次导入）"),
        TabAction("history", FILE, "导入记录…", lambda t: t.show_import_history(),
                  "每次名册导入的时间、文件和人数；可撤销上次导入"),
        TabAction("undo", FILE, "撤销上次导入", lambda t: t.undo_last_import(), "撤销最近一次名册导入（没有其他记录依赖它时）",
                  access=Access.WRITER),
    )),
    TabSpec["HazardsTab"]("hazards", "隐患台账", "dangjian_desktop.ui.hazards.tab", _hazards,
                          targets=frozenset({"hazard", "hazards_overdue", "hazards_due_soon", "hazards_awaiting"}),
                          actions=(
        TabAction("export_hazards", FILE, "导出隐患台账…", lambda t: t.export_hazards(),
                  "把隐患台账页当前筛选出的隐患导出为 Excel 台账"),
    )),
    TabSpec["ViolationsTab"]("violations", "三违与事故", "dangjian_desktop.ui.violations.tab", _violations),
    TabSpec["InspectionsTab"]("inspections", "安全巡视", "dangjian_desktop.ui.inspections.tab", _inspections,
                              targets=frozenset({"inspection"})),
)
