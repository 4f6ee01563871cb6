"""Persian (Arabic-script) words in their joined presentation forms, as ReportLab must be given them:
arabic-reshaper, set up once, with the corrections its output needs for Vazirmatn."""

from __future__ import annotations

import re
from functools import lru_cache

from arabic_reshaper import ArabicReshaper


class _SettledConfig(dict[str, bool]):
    """The reshaper's settings, read once: its ConfigParser look-ups cost three quarters of a reshape."""

    def getboolean(self, option: str) -> bool:
        return self[option.lower()]  # ConfigParser keys are case-insensitive (stored lower case)


def _make_reshaper() -> ArabicReshaper:
    # ZWJ support keeps joins a writer asked for; ZWNJ (U+200C) is not a letter to the reshaper, so letters
    # on both sides of it take their non-joined forms, as in «می‌شود» and «بین‌الملل». Harakat are dropped:
    # without glyph positioning (GPOS) ReportLab would set them beside their letter, not above or below it,
    # and official Persian prose is written without them.
    reshaper = ArabicReshaper(
        configuration={"language": "Arabic", "delete_harakat": True, "support_zwj": True}
    )
    section = reshaper.configuration  # `language` was read by the constructor and is not read again
    reshaper.configuration = _SettledConfig(
        {key: section.getboolean(key) for key in section if key != "language"}
    )
    return reshaper


_RESHAPER = _make_reshaper()


# What the reshaper changes: Arabic-script letters, harakat, tatweel and ZWJ. Other words pass untouched.
_SHAPED = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\u200d\ufb50-\ufdff\ufe70-\ufeff]")


# Vazirmatn lacks the isolated form of «ۀ» (U+FBA4); the plain letter (U+06C0) is drawn with that glyph.
_FONT_GAPS = str.maketrans({"\ufba4": "\u06c0"})


# arabic-reshaper mishandles a ZWJ in a word with a lam-alef ligature: it raises IndexError on «\u200dلا» and
# drops the letter after the ligature in «\u200dلاب». Such a word is shaped without its ZWJs (a join asked for
# is lost, never a letter).
_LAM_ALEF = re.compile("\u0644\u200d*[\u0622\u0623\u0625\u0627]")


@lru_cache(maxsize=32768)
def _shape_word(word: str) -> str:
    if not _SHAPED.search(word):
        return word
    if "\u200d" in word and _LAM_ALEF.search(word):
        word = word.replace("\u200d", "")
    return _RESHAPER.reshape(word).translate(_FONT_GAPS)


def shape(text: str) -> str:
    """Arabic-script letters of `text` in their joined presentation forms (logical order kept).

    Joining never crosses a space (nor does any ligature the reshaper is set to make), so words are
    shaped one by one and each word only once per process: the reshaper is slow.
    """
    return " ".join(map(_shape_word, text.split(" ")))
