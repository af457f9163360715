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


#: Ends the sorting part of a key. It sorts before every letter, under the byte order of SQLite
#: and PostgreSQL's "C" collation and under a linguistic one (which skips spaces and "|" at
#: its first level), so 王成 ("wang cheng 0") comes before 王成伟 ("wang cheng wei 0"), as in a
#: dictionary. A bare "|" (after the letters in byte order, skipped in a linguistic one) did not.
END = "0"


def name_key(name: str) -> str:
    """``"zhang wei 0|zhangwei|zw"``: spaced syllables and :data:`END` (sorts by pinyin, a
    name before the longer names it begins), then the syllables joined, then the initials
    (what the search box finds after a "|").

    Empty for an empty name. Characters without pinyin (Latin letters, digits) stay as they are.
    Stored in ``person.name_pinyin``: a change of the format needs a migration that recomputes
    it (``0004_pinyin_prefix_order``).
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
    return f"{' '.join(syllables)} {END}|{''.join(syllables)}|{''.join(s[0] for s in syllables)}"
