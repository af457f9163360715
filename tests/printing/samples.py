"""Card data made by hand: ordinary, empty, and with every text far too long."""

from __future__ import annotations

import struct
import zlib
from dataclasses import fields, replace
from datetime import date

from dangjian_desktop.printing.data import (
    BranchInfo,
    CardData,
    CommitmentLine,
    PairingBoard,
    PairRow,
    PledgeCard,
    StarBoard,
    StarEntry,
    SupervisionBoard,
    SupervisionRow,
    ZoneCard,
)

TODAY = date(2026, 11, 24)
BRANCH = BranchInfo("综采二区党支部", "张磊", "0516-80011951")

ZONE = ZoneCard(
    BRANCH, "党员责任区", "安全", "8103工作面机头安全责任区", "8103工作面机头", "综采二区采煤一班",
    area="综采二区8103工作面机头（采煤一班作业范围）", member="王建国", member_status="中共党员",
    basis_and_standard="依据《煤矿安全规程》：责任区内隐患当班排查、限期整改闭合，职工无“三违”。",
    assessor="张磊", assessment_standard="周检查无记名打分、月考核自查、季讲评排序。",
    starts_on=date(2025, 11, 24), ends_on=date(2027, 11, 23), identity="中共党员　王建国　2003年07月入党",
    post="综采二区采煤一班　采煤机司机", duties="带头排查责任区隐患，每天填写隐患排查台账并跟踪闭合。",
    standard="责任区内无隐患、身边无“三违”、示范岗上无涉险", achievements="今年以来排查隐患45条，全部整改闭合。",
)
# Every text field a zone card prints, by its dataclass name.
ZONE_TEXTS = ("name", "location", "unit", "area", "member", "basis_and_standard", "assessor", "assessment_standard",
              "identity", "post", "duties", "standard", "achievements")
PLEDGE = PledgeCard(
    BRANCH, "“百日安全”活动党员安全承诺", date(2026, 10, 15), date(2027, 1, 22), "黄蕾月", "安全员", "综采二区",
    "我是综采二区的共产党员黄蕾月，岗位安全员。为保证安全，我郑重承诺：上标准岗、干标准活。",
    (CommitmentLine("每月深入现场10次，督促改进现场安全管理", "10次", "每月"),
     CommitmentLine("每周向支部报告责任区安全动态1次", "1次", "每周")),
    date(2026, 10, 17),
)
PAIRING = PairingBoard(BRANCH, "综采二区党支部", TODAY, tuple(
    PairRow(f"党员{k:02d}", "综采二区采煤一班", (f"职工{k:02d}甲", f"职工{k:02d}乙"), date(2025, 12, 1),
            date(2025, 12, 1), date(2026, 12, 1)) for k in range(1, 13)))
SUPERVISION = SupervisionBoard(BRANCH, "综采二区党支部", "2026年11月", "2026-11", "周检查平均分", tuple(
    SupervisionRow(f"第{k}号安全责任区", "安全", "党员责任区", f"党员{k:02d}", 3, 4, 5, 4, 3, 2, 0, 95.0 - k, k)
    for k in range(1, 15)))
STAR = StarBoard(BRANCH, "2026年第三季度", "2026Q3", (
    StarEntry("党员之星", "彭金俊", "中共党员　综采二区检修班　电钳工", "带领班组连续300天无“三违”。", 92.87),
    StarEntry("优质责任区", "综采二区采煤一班职工思想责任区", "党员责任区（安全）　责任人：黄建兵", "包保职工全覆盖。", 92.51),
))

SAMPLES: dict[str, CardData] = {
    "zone-cards": CardData((ZONE,), TODAY),
    "pledge-cards": CardData((PLEDGE,), TODAY),
    "pairing-board": CardData((PAIRING,), TODAY),
    "supervision-board": CardData((SUPERVISION,), TODAY),
    "star-board": CardData((STAR,), TODAY),
}


def long_text(tag: str, n: int = 3000) -> str:
    """About ``n`` characters of ordinary Chinese text, its start and end marked with ``tag``."""
    body = "隐患排查要当班闭合，监督提醒职工上标准岗、干标准活。"
    return f"{tag}起" + body * (n // len(body)) + f"{tag}止"


def long_zone(n: int = 3000) -> ZoneCard:
    """Every text of the zone card several thousand characters long, each ending with its own mark."""
    values = {f: long_text(f"Z{k:02d}", n) for k, f in enumerate(ZONE_TEXTS)}
    return replace(ZONE, **values)


def empty_zone() -> ZoneCard:
    """Only what a zone must have: branch, category, kind, name."""
    optional = {f.name: None for f in fields(ZoneCard) if f.name not in ("branch", "category", "kind", "name")}
    return replace(ZONE, branch=BranchInfo("运行部党支部"), **optional)


def png(width: int = 60, height: int = 80, rgb: tuple[int, int, int] = (200, 60, 50)) -> bytes:
    """A small PNG any reader opens (a stand-in photo)."""
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
