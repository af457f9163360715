"""Realistic Chinese names, phone numbers and 工号 for the demo roster.

Surnames are weighted roughly by how common they are; given names differ by gender.
Phone numbers all carry a "0000" middle block so a demo number is easy to recognise.
"""

from __future__ import annotations

import random

from dangjian_desktop.domain.org import Gender

# (surname, weight): the most common surnames first, as a roster from Jiangsu or Shaanxi reads.
SURNAMES: tuple[tuple[str, int], ...] = (
    ("王", 70), ("李", 68), ("张", 66), ("刘", 54), ("陈", 48), ("杨", 32), ("赵", 22), ("黄", 20),
    ("周", 19), ("吴", 19), ("徐", 16), ("孙", 15), ("胡", 13), ("朱", 13), ("高", 12), ("林", 11),
    ("何", 11), ("郭", 11), ("马", 11), ("罗", 9), ("梁", 8), ("宋", 8), ("郑", 8), ("谢", 7),
    ("韩", 7), ("唐", 7), ("冯", 7), ("于", 6), ("董", 6), ("程", 6), ("曹", 6), ("袁", 6),
    ("邓", 6), ("许", 6), ("傅", 5), ("沈", 5), ("曾", 5), ("彭", 5), ("吕", 5), ("苏", 5),
    ("卢", 5), ("蒋", 5), ("蔡", 5), ("贾", 4), ("丁", 4), ("魏", 4), ("薛", 4), ("叶", 4),
    ("阎", 4), ("余", 4), ("潘", 4), ("杜", 4), ("戴", 3), ("夏", 3), ("钟", 3), ("汪", 3),
    ("田", 3), ("任", 3), ("姜", 3), ("范", 3), ("方", 3), ("石", 3), ("姚", 3), ("谭", 3),
    ("邹", 2), ("熊", 2), ("金", 2), ("陆", 2), ("郝", 2), ("孔", 2), ("白", 2), ("崔", 2),
    ("康", 2), ("毛", 2), ("邱", 2), ("秦", 2), ("江", 2), ("史", 2), ("顾", 2), ("侯", 2),
    ("邵", 2), ("孟", 2), ("雷", 2), ("钱", 2), ("汤", 2), ("尹", 2), ("常", 2), ("武", 2),
    ("乔", 1), ("贺", 1), ("龚", 1), ("葛", 1), ("祝", 1), ("庞", 1), ("柏", 1), ("单", 1),
)

MALE_CHARS = (
    "伟", "强", "军", "磊", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏", "华", "飞",
    "波", "峰", "健", "亮", "建", "国", "志", "文", "东", "海", "林", "新", "利", "永", "俊", "金",
    "成", "宏", "庆", "春", "德", "晓", "兵", "荣", "卫", "忠", "祥", "民", "生", "宝", "福", "胜",
    "君", "化", "猛", "涌", "富", "雷", "坤", "凯", "毅", "松", "洪", "振",
)
FEMALE_CHARS = (
    "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "燕", "玲", "婷", "琳", "红", "萍", "梅", "慧",
    "颖", "倩", "雪", "莉", "佳", "秀", "兰", "洁", "月", "晶", "璐", "蕾", "欣", "悦",
)

_PHONE_PREFIXES = ("138", "139", "150", "151", "152", "158", "159", "182", "187", "188", "135", "136")


class NameMaker:
    """Draws names from one ``random.Random`` so a seed always gives the same roster."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._surnames = [s for s, _ in SURNAMES]
        self._cum = _cumulative([w for _, w in SURNAMES])
        self.used: set[str] = set()

    def surname(self) -> str:
        return self.rng.choices(self._surnames, cum_weights=self._cum)[0]

    def name(self, gender: Gender, surname: str | None = None, unique: bool = True) -> str:
        """A full name; with ``unique`` it avoids a name already on this roster (when it can)."""
        chars = MALE_CHARS if gender is Gender.MALE else FEMALE_CHARS
        name = ""
        for _ in range(30):
            given = self.rng.choice(chars)
            if self.rng.random() < 0.62:  # two-character given names are the common case
                second = self.rng.choice(chars)
                if second != given:
                    given += second
            name = (surname or self.surname()) + given
            if not unique or name not in self.used:
                break
        self.used.add(name)
        return name

    def mobile(self) -> str:
        return f"{self.rng.choice(_PHONE_PREFIXES)}0000{self.rng.randrange(10000):04d}"


def _cumulative(weights: list[int]) -> list[int]:
    out, total = [], 0
    for w in weights:
        total += w
        out.append(total)
    return out
