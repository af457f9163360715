"""Pure rules for roster records: what a valid person is, and how roster text is read.

Shared by the person dialog (through services) and the Excel/CSV import, so a name or a
date that one accepts the other accepts too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime

from .org import Gender, PoliticalStatus
from .text import clean_text

# Words people write in the 政治面貌 column, mapped to the canonical value.
POLITICAL_ALIASES: dict[str, PoliticalStatus] = {
    "中共党员": PoliticalStatus.MEMBER,
    "党员": PoliticalStatus.MEMBER,
    "中国共产党党员": PoliticalStatus.MEMBER,
    "共产党员": PoliticalStatus.MEMBER,
    "正式党员": PoliticalStatus.MEMBER,
    "中共预备党员": PoliticalStatus.PROBATIONARY,
    "预备党员": PoliticalStatus.PROBATIONARY,
    "入党积极分子": PoliticalStatus.ACTIVIST,
    "积极分子": PoliticalStatus.ACTIVIST,
    "共青团员": PoliticalStatus.LEAGUE,
    "团员": PoliticalStatus.LEAGUE,
    "群众": PoliticalStatus.MASSES,
    "无": PoliticalStatus.MASSES,
}

_DATE_PATTERNS = (
    re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"),
    re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$"),
    re.compile(r"^(\d{4})\.(\d{1,2})\.(\d{1,2})$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)
# Dates given to the month only, as rosters kept in offices write them: 2005.06, 2005.6, 2005-6,
# 2005/6, 2005年6月, 200506. Stored as the 1st with the precision MONTH; shown as 2005-06.
_MONTH_PATTERNS = (
    re.compile(r"^(\d{4})[-/.](\d{1,2})$"),
    re.compile(r"^(\d{4})年(\d{1,2})月?$"),
    re.compile(r"^(\d{4})(\d{2})$"),
)
DAY = "day"  # how precise a stored date is (person.joined_party_precision)
MONTH = "month"
DATE_FORMS = "2012-07-01、2012/7/1、2012.7.1、2012年7月1日、20120701"
MONTH_FORMS = "2005-06、2005.6、2005/6、2005年6月、200506"


def parse_political_status(text: str) -> PoliticalStatus | None:
    return POLITICAL_ALIASES.get(re.sub(r"\s+", "", text or ""))


def parse_gender(text: str) -> Gender | None:
    t = (text or "").strip()
    return {"男": Gender.MALE, "女": Gender.FEMALE, "男性": Gender.MALE, "女性": Gender.FEMALE}.get(t)


def parse_date(value: object) -> date | None:
    """A date from an Excel cell or text: 2012-07-01, 2012/7/1, 2012年7月1日, 2012.7.1.

    Returns None for an empty value; raises ValueError for anything else it cannot read
    (a date given to the month only included: see ``parse_date_precision``).
    """
    parsed = parse_date_precision(value, allow_month=False)
    return parsed[0] if parsed else None


def parse_date_precision(value: object, allow_month: bool = True) -> tuple[date, str] | None:
    """(date, DAY or MONTH) from an Excel cell or typed text; the one date reader of the program
    (the import and every date field). A month-only date is the 1st of the month with MONTH.

    None for an empty value; ValueError for anything it cannot read (2012-02-30, 2012-13).
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date(), DAY
    if isinstance(value, date):
        return value, DAY
    text = clean_text(str(value))
    if not text:
        return None
    text = re.sub(r"^(\d{4}-\d{1,2}-\d{1,2})[ T]\d.*$", r"\1", text)  # 2012-07-01 00:00:00 from a cell
    for pat in _DATE_PATTERNS:
        m = pat.match(text)
        if m:
            y, mo, d = (int(g) for g in m.groups())
            return date(y, mo, d), DAY  # raises ValueError for 2012-02-30
    if allow_month:
        for pat in _MONTH_PATTERNS:
            m = pat.match(text)
            if m:
                y, mo = (int(g) for g in m.groups())
                return date(y, mo, 1), MONTH  # raises ValueError for month 13
    raise ValueError(text)


def format_date(value: date | None, precision: str | None = DAY) -> str:
    """2012-07-01, or 2005-06 for a date known to the month only; empty for None."""
    if value is None:
        return ""
    return f"{value.year:04d}-{value.month:02d}" if precision == MONTH else value.isoformat()


@dataclass(frozen=True)
class PersonInput:
    """What a user (or an import row) gives for a person."""

    name: str
    employee_no: str
    branch_id: int
    unit_id: int | None = None
    gender: Gender | None = None
    post: str | None = None
    special_post: bool = False
    political_status: PoliticalStatus = PoliticalStatus.MASSES
    joined_party_on: date | None = None
    phone: str | None = None
    note: str | None = None
    joined_party_precision: str = DAY  # MONTH: joined_party_on is the 1st of the month given

    def cleaned(self) -> PersonInput:
        """The input as it is checked and stored: every text through ``clean_text`` (invisible
        characters removed, NFKC, trimmed), no spaces inside the name, empty optionals None."""

        def clean(s: str | None, multiline: bool = False) -> str | None:
            return clean_text(s, multiline=multiline) or None

        joined, precision = self.joined_party_on, self.joined_party_precision
        if joined is None or precision != MONTH:
            precision = DAY
        else:
            joined = joined.replace(day=1)
        return replace(
            self,
            joined_party_on=joined,
            joined_party_precision=precision,
            name=re.sub(r"\s+", "", clean_text(self.name)),
            employee_no=clean_text(self.employee_no),
            post=clean(self.post),
            phone=clean(self.phone),
            note=clean(self.note, multiline=True),
        )


# 联系电话: a mainland mobile (11 digits from 1, spaces or dashes allowed, +86 before it) or a
# landline with its area code (0516-1234567, (0516)1234567, 010 12345678), an extension after
# it (-123, 转123, 分机123, ext 123). "1380000" is neither.
_MOBILE = re.compile(r"^(?:\+?86)?1\d{10}$")  # spaces and dashes removed first
_LANDLINE = re.compile(r"^(?:\+?86[- ]?)?(?:\(0?\d{2,3}\)|0\d{2,3}[- ]?)\d{7,8}(?:(?:-|转|分机|#|-?ext\.?-?)\d{1,6})?$",
                       re.IGNORECASE)
PHONE_PROBLEM = "联系电话格式不正确（手机号为1开头的11位数字；座机写区号和号码，如 0516-1234567，分机可写 -123）"


def phone_ok(phone: str) -> bool:
    """A mainland mobile or a landline with its area code (optional extension); see above."""
    text = clean_text(phone).replace("（", "(").replace("）", ")")
    if _MOBILE.match(re.sub(r"[\s-]", "", text)):
        return True
    text = re.sub(r"\s+", "-", re.sub(r"\s*([-()转#])\s*", r"\1", text))  # "010 1234 5678" as 010-1234-5678
    return bool(_LANDLINE.match(text))
PARTY_FOUNDED = date(1921, 7, 1)  # no 入党日期 is earlier


def person_problems(p: PersonInput, today: date) -> list[str]:
    """Every reason the person cannot be saved, in Chinese; empty when valid."""
    problems: list[str] = []
    if not p.name:
        problems.append("姓名不能为空")
    elif len(p.name) > 50:
        problems.append("姓名过长（最多50字）")
    if not p.employee_no:
        problems.append("工号不能为空")
    elif len(p.employee_no) > 32:
        problems.append("工号过长（最多32位）")
    if p.joined_party_on is not None:
        if p.joined_party_on < PARTY_FOUNDED:
            problems.append("入党日期不能早于1921年7月1日")
        elif p.joined_party_on > today:
            problems.append("入党日期不能晚于今天")
        if not p.political_status.is_party_member:
            problems.append(f"政治面貌为“{p.political_status.value}”时不应填写入党日期")
    if p.phone and not phone_ok(p.phone):
        problems.append(PHONE_PROBLEM)
    if p.post and len(p.post) > 50:
        problems.append("岗位名称过长（最多50字）")
    return problems


def probation_ends(joined_party_on: date) -> date:
    """预备期一年: the day a probationary member is due for full membership."""
    try:
        return joined_party_on.replace(year=joined_party_on.year + 1)
    except ValueError:  # 29 February
        return joined_party_on.replace(year=joined_party_on.year + 1, day=28)
