"""The Persian line layout: shaping, visual order, digits, brackets, ZWNJ, mixed scripts and wrapping."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.common.text import to_persian_digits
from app.documents import bidi_text
from app.documents.bidi_text import layout, protect_codes, shape, visual, visual_lines, wrap
from app.documents.fonts import BOLD, REGULAR, register_fonts

ZWNJ = "\u200c"


@pytest.fixture(scope="module", autouse=True)
def fonts() -> None:
    register_fonts()


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def test_persian_sentence_reads_right_to_left() -> None:
    line = visual("نامه معاونت بین الملل")
    # Drawn left to right, the last word comes first; each word's letters are reversed too.
    assert nfkc(line)[::-1] == "نامه معاونت بین الملل"
    assert [nfkc(word)[::-1] for word in line.split(" ")] == ["الملل", "بین", "معاونت", "نامه"]


def test_letters_are_joined() -> None:
    # «کتاب»: keheh initial, teh medial, alef final, beh isolated (alef does not join forward).
    assert shape("کتاب") == "\ufb90\ufe98\ufe8e\ufe8f"
    # «سلام»: sin initial, the lam-alef ligature in its final form, meem isolated.
    assert shape("سلام") == "\ufeb3\ufefc\ufee1"


def test_persian_digits_keep_their_order() -> None:
    line = visual("تاریخ ۱۴۰۵/۰۹/۰۳ است")
    assert "۱۴۰۵/۰۹/۰۳" in line
    assert nfkc(line.replace("۱۴۰۵/۰۹/۰۳", "D"))[::-1] == "تاریخ D است"


@pytest.mark.parametrize("number", ["۱۴۰۵/۰۹/۰۳", "1405/09/03", "۰۵:۳۰", "1,250.50", "۱۲٫۵"])
def test_numbers_are_never_reversed(number: str) -> None:
    assert number in visual(f"در تاریخ {number} ساعت")
    assert number in visual(number)


def test_brackets_are_mirrored() -> None:
    line = visual("(استاد)")
    # The opening bracket is read first, at the right; drawn left to right it is the last glyph, and it
    # must look like an opening bracket of right-to-left text, that is ")" in the font.
    assert line[0] == "(" and line[-1] == ")"
    assert nfkc(line[1:-1])[::-1] == "استاد"
    mixed = visual("پرواز (IR 721) فردا")
    assert "(IR 721)" in mixed


@pytest.mark.parametrize("word", ["\u200dلا", "ب\u200dلا", "\u200dلاب", "کلا\u200dس"])
def test_a_zwj_beside_lam_alef_loses_no_letter(word: str) -> None:
    """arabic-reshaper raised IndexError on the first (found by hypothesis) and dropped «ب» of the third."""
    letters = [ch for ch in word if ch != "\u200d"]
    assert [ch for ch in unicodedata.normalize("NFKC", shape(word)) if ch != "\u200d"] == letters


def test_zwnj_keeps_letters_apart() -> None:
    shaped = shape(f"می{ZWNJ}شود")
    # meem initial, farsi yeh FINAL (not medial), ZWNJ, sheen INITIAL (not medial), waw final, dal isolated.
    assert shaped == f"\ufee3\ufbfd{ZWNJ}\ufeb7\ufeee\ufea9"
    shaped = shape(f"بین{ZWNJ}الملل")
    assert shaped.split(ZWNJ)[0].endswith("\ufee6")  # noon final
    assert shaped.split(ZWNJ)[1].startswith("\ufe8d")  # alef isolated
    # In the drawn line the (zero-width) ZWNJ itself is gone but the forms stay apart.
    assert visual(f"می{ZWNJ}شود") == "\ufea9\ufeee\ufeb7\ufbfd\ufee3"


def test_mixed_persian_and_latin_read_in_order() -> None:
    line = visual("آقای John Smith با ایمیل john.smith@ox.ac.uk و پرواز IR 721 در ۱۴۰۵/۰۹/۰۳ می‌رسند")
    for latin in ("John Smith", "john.smith@ox.ac.uk", "IR 721", "۱۴۰۵/۰۹/۰۳"):
        assert latin in line
    # Reading right to left: name, then e-mail, then flight, then date: on the page, right to left.
    positions = [line.index(part) for part in ("John Smith", "john.smith@ox.ac.uk", "IR 721", "۱۴۰۵/۰۹/۰۳")]
    assert positions == sorted(positions, reverse=True)
    assert nfkc(line).endswith("یاقآ")  # the first word, rightmost


def test_persian_name_inside_english_line() -> None:
    line = visual("Host: Dr. Maryam Ahmadi (دکتر مریم احمدی), Department of Surgery", rtl=False)
    assert line.startswith("Host: Dr. Maryam Ahmadi (")
    assert line.endswith("), Department of Surgery")
    inner = line[len("Host: Dr. Maryam Ahmadi (") : -len("), Department of Surgery")]
    assert nfkc(inner)[::-1] == "دکتر مریم احمدی"


def test_latin_text_in_english_documents_is_untouched() -> None:
    assert visual("Sincerely, (Dr.) A. Rezaei", rtl=False) == "Sincerely, (Dr.) A. Rezaei"


def test_phone_numbers_and_codes_read_left_to_right_but_ranges_right_to_left() -> None:
    assert "۰۲۱-۸۸۹۹۰۰۱۱" in visual("تلفن ۰۲۱-۸۸۹۹۰۰۱۱ است")
    assert "۱۴۱۷۶-۱۳۱۵۱" in visual("کدپستی ۱۴۱۷۶-۱۳۱۵۱")
    assert "+98-21-88990011" in visual("تلفن +98-21-88990011")
    # A range is read right to left, from the first number (at the right) to the second.
    assert "۲۰-۱۰" in visual("صفحات ۱۰-۲۰ را ببینید")
    assert protect_codes("صفحات ۱۰-۲۰") == "صفحات ۱۰-۲۰"


TEXT = (
    "معاونت بین‌الملل دانشکده پزشکی از حضور جناب آقای پروفسور John Smith در کنگره سالانه جراحی "
    "که در تاریخ ۱۴۰۵/۰۹/۰۳ برگزار می‌شود استقبال می‌کند و هزینه‌های اقامت ایشان را بر عهده می‌گیرد "
    "خواهشمند است دستور فرمایید نسبت به صدور روادید ایشان اقدام لازم صورت پذیرد"
)


@pytest.mark.parametrize("width", [80.0, 150.0, 300.0, 481.9])
def test_wrapped_lines_fit_and_keep_the_words_in_order(width: float) -> None:
    lines = layout(TEXT, width, REGULAR, 11.5)
    assert len(lines) > 1
    for line in lines:
        assert stringWidth(line.text, REGULAR, 11.5) <= width + 1e-6
        assert line.width == pytest.approx(stringWidth(line.text, REGULAR, 11.5))
    assert [line.last for line in lines] == [False] * (len(lines) - 1) + [True]
    logical = [text for text, _ in wrap(TEXT, width, REGULAR, 11.5)]
    assert " ".join(logical).split() == TEXT.split()
    # Drawn lines give back the logical lines (read right to left; numbers and Latin read as they are).
    assert [visual(text) for text in logical] == [line.text for line in lines]


def test_paragraphs_and_blank_lines() -> None:
    lines = visual_lines("اول\n\nسوم", 200, REGULAR, 11)
    assert [nfkc(line)[::-1] for line in lines] == ["اول", "", "سوم"]


def test_a_word_longer_than_the_line_is_cut() -> None:
    url = "https://www.example.ac.ir/international/visits/2026/programme-of-the-visit.pdf"
    lines = visual_lines(url, 100, REGULAR, 10, rtl=False)
    assert "".join(lines) == url
    assert all(stringWidth(line, REGULAR, 10) <= 100 for line in lines)


def test_bold_widths_are_measured_with_the_bold_font() -> None:
    assert bidi_text.text_width("دانشگاه", BOLD, 12) > bidi_text.text_width("دانشگاه", REGULAR, 12)


def test_justification_gaps_count_the_spaces_drawn() -> None:
    for line in layout(TEXT, 200, REGULAR, 11.5):
        assert line.gaps == line.text.count(" ")


# The layout cuts lines into chunks and caches each chunk's order: it must order exactly as the bidi
# algorithm does on the whole line.
MIXED = st.text(
    alphabet=st.sampled_from(
        list("ابپتسشلمنوهی")
        + ["ی", ZWNJ, "\u200d", "\u064b"]  # Persian letters, ZWNJ, ZWJ, a haraka
        + list("abcXYZ")
        + list("0123۰۱۲۳٠١")  # Latin, Persian and Arabic-Indic digits
        + list(" .,:;-+/()[]«»<>@#%&'\"!?()[]")
        + ["\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2069"]
    ),
    max_size=40,
)


@settings(max_examples=1500, deadline=None)
@given(MIXED, st.booleans())
def test_chunked_layout_equals_the_bidi_algorithm_on_whole_lines(text: str, rtl: bool) -> None:
    line = protect_codes(text)  # codes and phone numbers read left to right in lines of either direction
    assert visual(text, rtl) == bidi_text.display(shape(line), rtl)


WORDS = st.lists(st.sampled_from(["نامه", "معاونت", "بین‌الملل", "پزشکی", "دعوت", "استاد", "از"]), min_size=1)
DATES = st.tuples(st.integers(1300, 1499), st.integers(1, 12), st.integers(1, 31))


@settings(max_examples=500, deadline=None)
@given(WORDS, DATES, WORDS)
def test_dates_in_persian_sentences_keep_their_digits_in_order(
    before: list[str], date, after: list[str]
) -> None:
    text = to_persian_digits("{:04d}/{:02d}/{:02d}".format(*date))
    line = visual(" ".join([*before, text, *after]))
    assert text in line


@pytest.mark.parametrize(
    "sentence",
    [
        "ایشان با پرواز IR 721 در تاریخ ۱۴۰۵/۰۹/۰۳ ساعت ۰۵:۳۰ وارد فرودگاه بین‌المللی امام خمینی می‌شوند.",
        "The delegation lands at Imam Khomeini airport on flight LH 600, at 05:30, and leaves on W5 114.",
        "پرواز (IR ۷۲۱) از استکهلم",
    ],
)
def test_a_line_never_ends_between_an_airline_and_its_flight_number(sentence: str) -> None:
    flights = [f for f in ("IR 721", "LH 600,", "W5 114.", "(IR ۷۲۱)") if f in sentence]
    space = stringWidth(" ", REGULAR, 11)
    words = sentence.split()
    widest = max(stringWidth(w, REGULAR, 11) for w in [*words, *flights])  # no word is cut
    widths = {stringWidth(" ".join(words[:n]), REGULAR, 11) for n in range(1, len(words))}
    for width in sorted(w for w in widths if w >= widest):  # each width at which a line can end after a word
        lines = [text for text, _ in wrap(sentence, width + space / 2, REGULAR, 11)]
        assert " ".join(lines).split() == sentence.split()
        for flight in flights:
            assert any(flight in line for line in lines), (width, lines)


def test_only_a_flight_number_is_held_together() -> None:
    width = stringWidth("room 12 IR", REGULAR, 11) + 1
    lines = [text for text, _ in wrap("room 12 IR free 721 ok", width, REGULAR, 11)]
    assert lines[0] == "room 12 IR"  # "IR" before a word, and "room 12", break as any words do
