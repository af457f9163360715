"""Pinyin keys for Chinese names: sort a roster the way people expect, find 张伟 by "zw".

pypinyin is imported on first use only: it loads its dictionaries in about 0.2 s, which the
program's start must not pay.
"""

from __future__ import annotations

# Surnames read differently from the character's common reading.
_SURNAMES = {
    "单": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "区": "ou", "查": "zha", "朴": "piao",
    "盖": "ge", "缪": "miao", "乐": "yue", "覃": "qin", "翟": "zhai", "尉": "yu", "秘": "bi",
    "种": "chong", "繁": "po", "句": "gou", "员": "yun", "万俟": "mo qi", "尉迟": "yu chi",
}


def name_key(name: str) -> str:
    """``"zhang wei|zhangwei|zw"``: spaced syllables (sorts by pinyin), joined, initials.

    Empty for an empty name. Characters without pinyin (Latin letters, digits) stay as they are.
    """
    from pypinyin import lazy_pinyin

    name = (name or "").strip()
    if not name:
        return ""
    syllables: list[str] = []
    rest = name
    for surname in sorted(_SURNAMES, key=len, reverse=True):
        if name.startswith(surname) and len(name) > len(surname):
            syllables = _SURNAMES[surname].split()
            rest = name[len(surname):]
            break
    syllables += [s.lower() for s in lazy_pinyin(rest) if s.strip()]
    return f"{' '.join(syllables)}|{''.join(syllables)}|{''.join(s[0] for s in syllables)}"
