"""User text on its way to ReportLab markup: printed literally, never obeyed."""

from __future__ import annotations

import io
import re
from xml.sax.saxutils import unescape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from app.documents.fonts import REGULAR, register_fonts
from app.documents.markup import clean, escape

PAYLOADS = [
    '<img src="/etc/passwd"/>',
    "<img src='http://example.com/track.png' width=100 height=100/>",
    '<font name="Courier" size="40" color="red">big</font>',
    '<a href="file:///etc/shadow">click</a>',
    '<link href="https://example.com">x</link>',
    "&amp; &lt; &#60; &bogus; & < >",
    "<b>bold?</b> <i>italic?</i> <br/> <para>",
    "]]><!-- --><![CDATA[x]]>",
    "بسمه تعالی <img src=x> شماره ۱۴۰۵/۰۰۴۲",
]

# Markup fragments, control characters, directional marks and Persian, mixed at random.
SPECIAL = (
    [
        "\u00ad",
        "\ufeff",
        "\u2060",
        "\x00",
        "\x07",
        "\x1b",
        "\x7f",
        "\x85",
        "\r",
        "\n",
        "\t",
        "\u2028",
        "\u2029",
    ]
    + [
        "\u200c",
        "\u200d",
        "\u200e",
        "\u200f",
        "\u202a",
        "\u202b",
        "\u202c",
        "\u2066",
        "\u2067",
        "\u2068",
        "\u2069",
    ]
    + list("<>&;=\"'/ابپتثجچحخ۰۱۲")
)
NASTY = st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from(SPECIAL), max_size=25)
FRAGMENTS = st.tuples(NASTY, st.sampled_from(["", *PAYLOADS]), NASTY).map("".join)

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_INVISIBLE = re.compile("[\u00ad\u180e\u2060-\u2064\u206a-\u206f\ufeff\ufff9-\ufffb]")


_PAIR = re.compile("([\u2066-\u2068])([^\u2066-\u2069\n]*)\u2069")


def _balanced(paragraph: str) -> str:
    """Embeddings and overrides gone; isolates kept only as pairs (innermost first, marked, then restored)."""
    paragraph = re.sub("[\u202a-\u202e]", "", paragraph)
    marks = {"\u2066": "\x01", "\u2067": "\x02", "\u2068": "\x03"}
    while (found := _PAIR.search(paragraph)) is not None:
        paragraph = (
            paragraph[: found.start()] + marks[found[1]] + found[2] + "\x04" + paragraph[found.end() :]
        )
    paragraph = re.sub("[\u2066-\u2069]", "", paragraph)
    return paragraph.translate(
        str.maketrans({"\x01": "\u2066", "\x02": "\u2067", "\x03": "\u2068", "\x04": "\u2069"})
    )


def expected_clean(text: str) -> str:
    """What clean() promises, written independently: breaks become \\n, other controls and invisibles go,
    and bidi controls are balanced in each paragraph."""
    text = re.sub("\r\n|[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]", "\n", text)
    text = _INVISIBLE.sub("", _CONTROL.sub("", text))
    return "\n".join(map(_balanced, text.split("\n")))


@settings(max_examples=10_000, deadline=None)
@given(FRAGMENTS)
def test_escape_round_trips_and_leaves_no_markup(text: str) -> None:
    escaped = escape(text)
    assert unescape(escaped) == clean(text) == expected_clean(text)
    assert "<" not in escaped and ">" not in escaped
    assert re.fullmatch(r"([^&]|&(amp|lt|gt);)*", escaped, flags=re.DOTALL)
    assert not _CONTROL.search(escaped)


@pytest.fixture(scope="module")
def style() -> ParagraphStyle:
    register_fonts()
    return ParagraphStyle("body", fontName=REGULAR, fontSize=10)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_paragraph_prints_payload_literally(payload: str, style: ParagraphStyle) -> None:
    paragraph = Paragraph(escape(payload), style)
    assert paragraph.getPlainText() == " ".join(clean(payload).split()) or paragraph.getPlainText() == clean(
        payload
    )
    assert all(not getattr(frag, "link", None) and not getattr(frag, "img", None) for frag in paragraph.frags)


@settings(max_examples=1500, deadline=None)
@given(FRAGMENTS)
def test_paragraph_never_obeys_user_markup(text: str) -> None:
    register_fonts()
    paragraph = Paragraph(escape(text), ParagraphStyle("body", fontName=REGULAR, fontSize=10))
    assert all(not getattr(frag, "link", None) and not getattr(frag, "img", None) for frag in paragraph.frags)
    assert all(frag.fontName == REGULAR and frag.fontSize == 10 for frag in paragraph.frags)


def test_pdf_from_hostile_text_loads_nothing(style: ParagraphStyle) -> None:
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer)
    document.build([Paragraph(escape(payload), style) for payload in PAYLOADS])
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    page = reader.pages[0]
    assert "/XObject" not in page["/Resources"]
    assert "/Annots" not in page
    text = page.extract_text()
    assert "/etc/passwd" in text and "file:///etc/shadow" in text and "<font" in text


def test_clean_keeps_text_and_unifies_line_breaks() -> None:
    assert clean("a\r\nb\rc\u2028d\x00e\tf") == "a\nb\nc\nde\tf"
    assert clean("\ufeffsoft\u00adhy\u2060phen") == "softhyphen"
    assert clean("می\u200cشود \u200f(IR 721)") == "می\u200cشود \u200f(IR 721)"
