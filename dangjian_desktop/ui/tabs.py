"""The area tabs after the 工作台, in their order: one :class:`TabSpec` each in :data:`TABS`.

Adding a tab is its package (``ui/<area>/tab.py`` with a QWidget that has ``changed``,
``reload()`` and ``show_target()``), a loader below and one entry in :data:`TABS`; the main
window is not edited. Import a tab's module only inside its loader (and under TYPE_CHECKING,
for the type checker): the module is imported the first time the tab is shown.

An entry is written ``TabSpec["RosterTab"](...)`` so that the type checker knows which tab
the menu items' ``run`` functions get, and checks the methods they call.

Menu items, one rule for every tab: a tab's exports (and the roster's imports) go in 文件, named
by what they write (导出隐患台账…); its other work (quick entry, views, settings) stays in the
tab's own buttons and pages, and no tab adds a menu of its own. Cards are in 打印.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dangjian_desktop.ui.common.tab_platform import Access, TabAction, TabSpec

if TYPE_CHECKING:
    from dangjian_desktop.ui.assessment.tab import AssessmentTab
    from dangjian_desktop.ui.hazards.tab import HazardsTab
    from dangjian_desktop.ui.inspections.tab import InspectionsTab
    from dangjian_desktop.ui.mood.tab import MoodTab
    from dangjian_desktop.ui.pairing.tab import PairingTab
    from dangjian_desktop.ui.pledges.tab import PledgesTab
    from dangjian_desktop.ui.roster.tab import RosterTab
    from dangjian_desktop.ui.violations.tab import ViolationsTab
    from dangjian_desktop.ui.zones.tab import ZonesTab

FILE = "文件"


def _roster() -> type[RosterTab]:
    from dangjian_desktop.ui.roster.tab import RosterTab

    return RosterTab


def _zones() -> type[ZonesTab]:
    from dangjian_desktop.ui.zones.tab import ZonesTab

    return ZonesTab


def _pledges() -> type[PledgesTab]:
    from dangjian_desktop.ui.pledges.tab import PledgesTab

    return PledgesTab


def _mood() -> type[MoodTab]:
    from dangjian_desktop.ui.mood.tab import MoodTab

    return MoodTab


def _pairing() -> type[PairingTab]:
    from dangjian_desktop.ui.pairing.tab import PairingTab

    return PairingTab


def _assessment() -> type[AssessmentTab]:
    from dangjian_desktop.ui.assessment.tab import AssessmentTab

    return AssessmentTab


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
    TabSpec["ZonesTab"]("zones", "责任区", "dangjian_desktop.ui.zones.tab", _zones, targets=frozenset({"zone", "zone-branch"}), actions=(
        TabAction("export", FILE, "导出责任区一览…", lambda t: t.export_zones(),
                  "把责任区页所选支部的党员责任区和示范岗导出为 Excel"),
    )),
    TabSpec["PledgesTab"]("pledges", "安全承诺", "dangjian_desktop.ui.pledges.tab", _pledges,
                          targets=frozenset({"pledge_unsigned", "pledge_campaign"}), actions=(
        TabAction("export_pledges", FILE, "导出承诺名单…", lambda t: t.export_pledges(),
                  "把安全承诺页当前活动的承诺名单（含未签党员和参与率）导出为 Excel"),
    )),
    TabSpec["MoodTab"]("mood", "思想动态", "dangjian_desktop.ui.mood.tab", _mood,
                       targets=frozenset({"mood_warning", "mood_file"}), actions=(
        TabAction("export", FILE, "导出月度思想动态分析…", lambda t: t.export_analysis(),
                  "把思想动态页所选月份和支部的月度分析导出为 PDF 或 Excel（内部资料）"),
    )),
    TabSpec["PairingTab"]("pairing", "结对帮扶", "dangjian_desktop.ui.pairing.tab", _pairing,
                          targets=frozenset({"pairing", "pairing_member", "pairing_uncovered", "hardship_plan",
                                             "pairing_worker", "pairing_due", "hardship_branch"}), actions=(
        TabAction("export", FILE, "导出结对包保台账…", lambda t: t.export_pairings(),
                  "导出包保覆盖率、结对与跟进情况和未包保职工（Excel）"),
    )),
    TabSpec["HazardsTab"]("hazards", "隐患台账", "dangjian_desktop.ui.hazards.tab", _hazards,
                          targets=frozenset({"hazard", "hazards_overdue", "hazards_due_soon", "hazards_awaiting",
                                             "hazards_zone"}),
                          actions=(
        TabAction("export_hazards", FILE, "导出隐患台账…", lambda t: t.export_hazards(),
                  "把隐患台账页当前筛选出的隐患导出为 Excel 台账"),
    )),
    TabSpec["ViolationsTab"]("violations", "三违与事故", "dangjian_desktop.ui.violations.tab", _violations, actions=(
        TabAction("export", FILE, "导出三违与事故…", lambda t: t.export_violations(),
                  "把三违与事故页所选支部的三违和事故记录导出为 Excel"),
    )),
    TabSpec["InspectionsTab"]("inspections", "安全巡视", "dangjian_desktop.ui.inspections.tab", _inspections,
                              targets=frozenset({"inspection"})),
    TabSpec["AssessmentTab"]("assessment", "考核评比", "dangjian_desktop.ui.assessment.tab", _assessment,
                             targets=frozenset({"assessment_week", "assessment_quarter", "commendation"}), actions=(
        TabAction("export_list", FILE, "导出评先选优名单…", lambda t: t.export_list(),
                  "把考核评比页所选支部的评先选优名单导出为 Excel 或 PDF"),
        TabAction("export_points", FILE, "导出党员积分…", lambda t: t.export_points(),
                  "把考核评比页所选支部本季度的党员积分导出为 Excel"),
    )),
)
