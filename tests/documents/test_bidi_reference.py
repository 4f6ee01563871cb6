"""The documents' visual order checked against independent references of UAX #9.

ICU (libicu72 through ctypes) on a corpus of the office's own kind of strings, in Persian and English
paragraphs, and the Unicode Consortium's BidiCharacterTest.txt (Debian's unicode-data) for conformance:
bracket pairs (N0, BD16), isolates, numbers. The text is shaped first in both, as it is drawn.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.documents import bidi_text
from app.documents.bidi_text import shape, visual
from tests.documents.icu_bidi import icu_visual

# Strings a letter, an itinerary or a resolution holds. Each is checked in a Persian (right-to-left) and an
# English (left-to-right) paragraph.
CORPUS = [
    "دانشگاه Karolinska (Sweden) است",
    "عضو ESC (European Society of Cardiology) شد",
    "Prof. John O'Neill-Smith (Karolinska Institutet)",
    "جناب آقای Prof. John O'Neill-Smith (Karolinska Institutet)",
    "دکتر احمدی (رئیس) and Dr. Smith (Dean)",
    "Dr. Ahmadi (رئیس) and دکتر رضایی (معاون)",
    "۱۲٬۵۰۰٬۰۰۰ ریال (معادل 250.75 EUR)",
    "Amount: ۱۲٬۵۰۰٬۰۰۰ ریال (معادل 250.75 EUR)",
    "مبلغ 1,200 EUR (یک هزار و دویست یورو) پرداخت شود",
    "پرواز IR 721 (تهران - استکهلم) ساعت ۰۸:۴۵",
    "Flight TK 879 (IKA → IST) at 08:45, then TK 1795",
    "پرواز TK879 ساعت 14:30 می‌نشیند",
    "رایانامه: intl@tums.ac.ir (دفتر)",
    "Contact: intl@tums.ac.ir [office] or دفتر بین‌الملل",
    "تاریخ ۱۴۰۵/۰۶/۲۹ تا ۱۴۰۵/۰۷/۰۳",
    "from 2026-09-20 to 2026-09-25 (۱۴۰۵/۰۶/۲۹)",
    "روزهای ۱۰ تا ۲۰ مهر (۱۱ روز)",
    "سال‌های ۱۴۰۴-۱۴۰۵",
    "بند ۳ (الف) و بند ۴ [ب] از ماده {۲}",
    "Article 3 (a) «بند الف» and (ب)",
    "ساعت ۹:۰۰ (به وقت تهران) - «جلسه شورا»",
    "نامه شماره ۱۴۰۵/۰۰۴۲ مورخ ۱۴۰۵/۰۲/۱۰",
    "هزینه: 3,500 USD (بلیت) + 1,200 USD (اقامت)",
    "(Sweden) دانشگاه",
    "Karolinska (سوئد) University",
    "دکتر (((تو در تو))) Nested (a (b) c)",
    "گذرنامه: US2914602، ملیت: آمریکا",
    "50% تخفیف (نیم‌بها)",
]

# Where the documents deliberately part from ICU: a phone number or a code with hyphens reads left to
# right in a Persian line, as it is dialled; UAX #9 makes its digit groups Arabic numbers after Persian
# words and draws them right to left ("۸۸۹۹۰۰۱۱-۰۲۱").
PHONES = ["تلفن: ۰۲۱-۸۸۹۹۰۰۱۱", "تلفن +98-21-8899-0011 (داخلی ۲۳۴)", "کد پستی ۱۴۱۷۶-۱۳۱۵۱"]


@pytest.mark.parametrize("rtl", [True, False], ids=["fa", "en"])
@pytest.mark.parametrize("line", CORPUS)
def test_visual_order_matches_icu(line: str, rtl: bool) -> None:
    assert visual(line, rtl) == icu_visual(shape(line), rtl)


@pytest.mark.parametrize("line", PHONES)
def test_phone_numbers_read_left_to_right_in_persian_unlike_icu(line: str) -> None:
    drawn = visual(line, True)
    code = next(word for word in line.split() if "-" in word)
    assert code in drawn
    assert code not in icu_visual(shape(line), True)  # the deviation is deliberate


def test_brackets_of_the_issue_pair_up() -> None:
    assert "Karolinska (Sweden)" in visual("دانشگاه Karolinska (Sweden) است", True)
    assert "(European Society of Cardiology)" in visual("عضو ESC (European Society of Cardiology) شد", True)
    english = visual("دکتر احمدی (رئیس) and Smith", False)
    assert english.index("(") < english.index(")")


_TEST_DATA = Path("/usr/share/unicode/BidiCharacterTest.txt")


def _conformance_cases() -> list[tuple[str, int, list[int]]]:
    cases = []
    for raw in _TEST_DATA.read_text(encoding="utf-8").splitlines():
        if not raw or raw.startswith("#"):
            continue
        points, direction, _level, _levels, order = raw.split(";")
        if direction == "2":  # automatic direction: the documents always set it
            continue
        text = "".join(chr(int(p, 16)) for p in points.split())
        cases.append((text, int(direction), [int(i) for i in order.split()]))
    return cases


@pytest.mark.skipif(not _TEST_DATA.exists(), reason="Debian's unicode-data is not installed")
def test_reordering_conforms_to_bidi_character_test() -> None:
    cases = _conformance_cases()
    failures = [
        (text, direction)
        for text, direction, order in cases
        if bidi_text.visual_order(text, direction == 1) != order
    ]
    assert len(cases) > 50_000
    assert failures == []
