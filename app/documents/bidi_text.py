"""Persian and mixed-script text laid out for drawing on a ReportLab canvas.

ReportLab draws glyphs left to right as given, so Persian must arrive shaped (joined presentation forms)
and in visual order. The recipe that reads right: wrap in logical order, measuring the shaped words; then
shape each line with arabic-reshaper and order it by the current UAX #9 (`visual_order`); draw
right-aligned for a right-to-left paragraph.

The levels come from python-bidi's Rust core (the unicode-bidi crate: isolates and bracket pairs, N0 and
BD16, which python-bidi's pure-Python algorithm lacks); the line rules L1, L2 and the mirroring L4, which
its `get_display` does not do, are applied here. tests/documents/test_bidi_reference.py holds the result
to ICU and to Unicode's BidiCharacterTest.txt.

Speed matters (hundreds of letters at a time). Lines are therefore cut into chunks at spaces that sit between
two strong characters of the paragraph's own direction: the bidi algorithm cannot carry anything across such
a space (see `_chunks`), so each chunk is shaped and ordered once per process and served from a cache, and
lines are assembled from chunks. A test checks the result against the whole line ordered at once.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from bidi.mirror import MIRRORED
from bidi.wrapper import get_display_inner
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.documents.markup import clean
from app.documents.shaping import _shape_word, shape

# Characters that make a line need the bidi algorithm even in a left-to-right paragraph: right-to-left
# scripts, Arabic-Indic digits, explicit directional marks and embeddings, and the zero-width characters
# (which the algorithm drops, so that both paths give the same text).
_NEEDS_BIDI = re.compile(
    "[\u0590-\u08ff\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufb1d-\ufdff\ufe70-\ufefe"
    "\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
_EXPLICIT = re.compile("[\u202a-\u202e\u2066-\u2069]")
# Digit groups joined by hyphens, in any of the three digit scripts.
_CODE = re.compile("\\+?[0-9\u06f0-\u06f9\u0660-\u0669]+(?:-[0-9\u06f0-\u06f9\u0660-\u0669]+)+")
# What UAX #9 rule X9 removes (embeddings, overrides and boundary neutrals such as ZWNJ), and what is not
# drawn once the line is ordered: isolate controls and directional marks (invisible and zero-width; left in,
# they would only confuse text extractors).
_REMOVED = frozenset(("RLE", "LRE", "RLO", "LRO", "PDF", "BN"))
_UNDRAWN = frozenset("\u200e\u200f\u061c\u2066\u2067\u2068\u2069")
# Rule L1: whitespace and isolate controls before a segment separator or the end of the line go back to
# the paragraph level (with the removed characters among them).
_TRAILING = frozenset(("WS", "LRI", "RLI", "FSI", "PDI")) | _REMOVED
# The Rust core's resolved levels, one per UTF-8 byte, in its debug description of the paragraph.
_LEVELS_START = "\n    levels: [\n"
_LEVELS_END = "\n    paragraphs: ["
_LEVEL = re.compile(r"Level\(\s*(\d+),")
_STRONG = {True: ("R", "AL"), False: ("L",)}
_OPENING = frozenset(ch for ch in MIRRORED if unicodedata.category(ch) == "Ps")
_CLOSING = frozenset(ch for ch in MIRRORED if unicodedata.category(ch) == "Pe")
# A flight number written with a space: a two-character IATA airline code (letters, or a letter and a digit),
# then one to four digits (Latin or Persian), perhaps in brackets or before a comma or stop.
_AIRLINE = re.compile(r"[(«]?(?:[A-Z]{2}|[A-Z][0-9]|[0-9][A-Z])")
_FLIGHT_NUMBER = re.compile("[0-9\u06f0-\u06f9]{1,4}[)»,.،؛:]*")
# ReportLab draws no-break spaces as spaces (byte 32), so the PDF word spacing (Tw) stretches them too.
_SPACES = (" ", "\u00a0")


@dataclass(frozen=True, slots=True)
class Line:
    """One laid-out line: `text` is shaped and in visual order, ready to be drawn left to right."""

    text: str
    width: float  # in points, at the size the line was laid out for
    gaps: int  # spaces the PDF word spacing will stretch when the line is justified
    last: bool  # last line of its paragraph: never justified
    logical: str = ""  # the line as written (reading order), for the PDF's text layer (see textlayer)


def ltr(text: str) -> str:
    """`text` marked to read left to right as one unit inside a right-to-left line (a phone number, a code).

    Persian digits after Persian letters are Arabic numbers to the bidi algorithm, and a hyphen between
    two of those does not join them: "۰۲۱-۸۸۹۹" would be drawn "۸۸۹۹-۰۲۱" without the isolate.
    """
    return f"\u2066{text}\u2069"


def join_units(parts: list[str], separator: str, rtl: bool) -> str:
    """Parts of one line (address, telephone, e-mail) joined so that each stays whole, in reading order.

    Without the isolates, neighbouring Latin parts of a Persian line (an e-mail, then a website) would
    merge into one left-to-right run and leave their Persian labels behind.
    """
    start = "\u2067" if rtl else "\u2066"
    return separator.join(f"{start}{part}\u2069" for part in parts)


def _protect_code(match: re.Match[str]) -> str:
    code = match.group()
    groups = code.lstrip("+").split("-")
    if code[0] in "+0۰٠" or len(groups) > 2 or max(map(len, groups)) >= 5:
        return ltr(code)
    return code


def protect_codes(line: str) -> str:
    """Phone numbers, postal codes and the like in a right-to-left line kept left to right.

    After Persian words the bidi algorithm reads digits as Arabic numbers, which a hyphen does not join:
    "۰۲۱-۸۸۹۹۰۰۱۱" would be drawn "۸۸۹۹۰۰۱۱-۰۲۱". A range such as "۱۰-۲۰" or "۱۴۰۴-۱۴۰۵" is right as
    the algorithm draws it (read right to left: from 10 to 20), so only what looks like a code is held:
    a leading 0 or +, three or more groups, or a group of five or more digits.
    """
    return _CODE.sub(_protect_code, line) if "-" in line else line


def needs_bidi(text: str) -> bool:
    """True if `text` holds right-to-left script, Arabic digits or directional controls."""
    return _NEEDS_BIDI.search(text) is not None


def paragraph_rtl(paragraph: str, rtl: bool) -> bool:
    """The direction of one paragraph of a document written in direction `rtl`, taken from its own text.

    In an English document, from its first letter (UAX #9 rules P2-P3): a Persian paragraph reads right
    to left. In a Persian one, a paragraph reads left to right only when it holds no right-to-left letter
    at all, since Persian sentences often open with a Latin name ("Prof. Smith از ...").
    """
    if rtl:
        return needs_bidi(paragraph) or not any(unicodedata.bidirectional(ch) == "L" for ch in paragraph)
    return first_strong_rtl(paragraph, False)


def first_strong_rtl(text: str, default: bool) -> bool:
    """True when the first strong letter of `text` is right to left (UAX #9 P2-P3); `default` without any.

    As P2 says, what stands inside an isolate (LRI, RLI, FSI up to its PDI) is skipped: in "1. ⁧بررسی⁩"
    the number leads an English line, with the Persian title kept to its own direction inside it."""
    depth = 0
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("LRI", "RLI", "FSI"):
            depth += 1
        elif kind == "PDI":
            depth = max(0, depth - 1)
        elif depth:
            continue
        elif kind in ("R", "AL"):
            return True
        elif kind == "L":
            return False
    return default


def _resolved_levels(line: str, rtl: bool) -> list[int]:
    """Each character's embedding level after rules X1-I2 of UAX #9 (explicit levels, weak and neutral
    types with bracket pairs, implicit levels), from python-bidi's Rust core."""
    described = get_display_inner(line, "R" if rtl else "L", True)
    start = described.rindex(_LEVELS_START)
    per_byte = _LEVEL.findall(described, start, described.index(_LEVELS_END, start))
    levels = []
    offset = 0
    for ch in line:
        levels.append(int(per_byte[offset]))
        offset += len(ch.encode())
    return levels


def _line_levels(line: str, rtl: bool) -> list[int]:
    """Resolved levels with rule L1 applied: trailing whitespace and separators at the paragraph level."""
    levels = _resolved_levels(line, rtl) if line else []
    base = int(rtl)
    at_end = True  # inside a run of whitespace that ends the line or precedes a separator
    for index in range(len(line) - 1, -1, -1):
        kind = unicodedata.bidirectional(line[index])
        if kind in ("S", "B"):
            levels[index] = base
            at_end = True
        elif at_end and kind in _TRAILING:
            levels[index] = base
        else:
            at_end = False
    return levels


def _reorder(line: str, rtl: bool) -> tuple[list[int], list[int]]:
    """(visual order of the kept characters' indices, every character's level) by rules L1-L2."""
    levels = _line_levels(line, rtl)
    order = [i for i, ch in enumerate(line) if unicodedata.bidirectional(ch) not in _REMOVED]
    if not order:
        return order, levels
    kept = [levels[i] for i in order]
    highest, lowest_odd = max(kept), min(kept) | 1
    for level in range(highest, lowest_odd - 1, -1):  # L2: reverse every run at this level or higher
        position = 0
        while position < len(order):
            if levels[order[position]] < level:
                position += 1
                continue
            end = position
            while end < len(order) and levels[order[end]] >= level:
                end += 1
            order[position:end] = order[position:end][::-1]
            position = end
    return order, levels


def visual_order(line: str, rtl: bool) -> list[int]:
    """Indices of `line`'s characters in visual order, left to right, by UAX #9 (the characters rule X9
    removes left out), for a right-to-left (`rtl`) or left-to-right paragraph."""
    return _reorder(line, rtl)[0]


def display(line: str, rtl: bool) -> str:
    """`line` in visual order, mirrored characters (brackets) turned at right-to-left levels (rule L4),
    and without the invisible bidi controls."""
    order, levels = _reorder(line, rtl)
    return "".join(
        MIRRORED.get(line[i], line[i]) if levels[i] % 2 else line[i] for i in order if line[i] not in _UNDRAWN
    )


@lru_cache(maxsize=32768)
def _display_chunk(chunk: str, rtl: bool) -> str:
    return display(shape(chunk), rtl)


def _chunks(line: str, rtl: bool) -> list[str]:
    """`line` cut at the spaces whose neighbours are both strong in the paragraph's direction.

    Such a space resolves to the paragraph level and so do its neighbours; no weak-type rule (W1-W7)
    looks past a strong character, neutrals (N1-N2) stop at one, and reordering (L2) never moves text
    across a run at the paragraph level. Each chunk is therefore ordered on its own exactly as it is
    inside the whole line; with explicit embeddings or isolates, which can span a space, the line stays
    whole, and no cut falls between brackets (rule N0 looks at a pair's whole content).
    """
    if _EXPLICIT.search(line):
        return [line]
    strong = _STRONG[rtl]
    bidirectional = unicodedata.bidirectional
    chunks: list[str] = []
    current: list[str] = []
    previous = ""
    depth = 0  # brackets opened and not yet closed
    for token in line.split(" "):
        if (
            current
            and token
            and previous
            and not depth
            and bidirectional(previous[-1]) in strong
            and bidirectional(token[0]) in strong
        ):
            chunks.append(" ".join(current))
            current = []
        current.append(token)
        previous = token
        for ch in token:
            if ch in _OPENING:
                depth += 1
            elif ch in _CLOSING and depth:
                depth -= 1
    chunks.append(" ".join(current))
    return chunks


@lru_cache(maxsize=8192)
def visual(line: str, rtl: bool = True) -> str:
    """One logical line shaped and put in visual order, for a right-to-left (`rtl`) or left-to-right
    paragraph.

    A left-to-right line with nothing that needs the bidi algorithm comes back unchanged.
    """
    line = line.replace("\t", " ")
    if not rtl and not needs_bidi(line):
        return line
    line = protect_codes(line)  # a phone number after Persian words, in either direction
    parts = [_display_chunk(chunk, rtl) for chunk in _chunks(line, rtl)]
    # Right to left, the first chunk in reading order is the rightmost one on the page.
    return " ".join(reversed(parts) if rtl else parts)


@lru_cache(maxsize=32768)
def _unit_width(word: str, font_name: str) -> float:
    # A shaped line is its words shaped one by one, and ReportLab's widths add up glyph by glyph (no
    # kerning): a line's width is the sum of its words' widths and its spaces.
    return stringWidth(_shape_word(word), font_name, 1.0)


def text_width(text: str, font_name: str, size: float) -> float:
    """Width in points of one line of text once shaped, as it will be drawn."""
    text = text.replace("\t", " ")
    words = text.split(" ")
    return (
        sum(_unit_width(w, font_name) for w in words) + (len(words) - 1) * _unit_width(" ", font_name)
    ) * size


def _break_word(word: str, width: float, font_name: str, size: float) -> list[str]:
    """A word longer than the line (a long address or e-mail) cut into pieces that each fit."""
    pieces: list[str] = []
    while word:
        low, high = 1, len(word)
        while low < high:  # longest prefix that fits; a single character always goes
            mid = (low + high + 1) // 2
            if _unit_width(word[:mid], font_name) * size <= width:
                low = mid
            else:
                high = mid - 1
        pieces.append(word[:low])
        word = word[low:]
    return pieces


def _unbroken(paragraph: str) -> list[str]:
    """The paragraph's words, with a flight's airline code kept with its number ("IR 721", "LH 600"): a line
    never ends between the two."""
    units: list[str] = []
    for word in paragraph.replace("\t", " ").split(" "):
        if not word:
            continue
        if units and _FLIGHT_NUMBER.fullmatch(word) and _AIRLINE.fullmatch(units[-1]):
            units[-1] += " " + word
        else:
            units.append(word)
    return units


def wrap(paragraph: str, width: float, font_name: str, size: float) -> list[tuple[str, float]]:
    """One paragraph (no newlines) cut into logical lines that fit `width`: (line, its width) pairs.

    Runs of spaces count as one; no-break spaces never break, nor the space of a flight number.
    """
    space = _unit_width(" ", font_name) * size
    lines: list[tuple[str, float]] = []
    words: list[str] = []
    used = 0.0
    for word in _unbroken(paragraph):
        w = _unit_width(word, font_name) * size
        if words and used + space + w <= width + 1e-6:
            words.append(word)
            used += space + w
            continue
        if words:
            lines.append((" ".join(words), used))
        if w > width + 1e-6:
            *full, word = _break_word(word, width, font_name, size)
            lines.extend((piece, _unit_width(piece, font_name) * size) for piece in full)
            w = _unit_width(word, font_name) * size
        words, used = [word], w
    if words or not lines:
        lines.append((" ".join(words), used))
    return lines


@lru_cache(maxsize=4096)
def layout(text: str, width: float, font_name: str, size: float, rtl: bool = True) -> tuple[Line, ...]:
    """User text laid out in lines of at most `width` points; each newline starts a new paragraph.

    Control characters are removed first (`markup.clean`); an empty paragraph is an empty line.
    """
    result: list[Line] = []
    for paragraph in clean(text).split("\n"):
        pieces = wrap(paragraph, width, font_name, size)
        for index, (logical, used) in enumerate(pieces):
            drawn = visual(logical, rtl)
            gaps = sum(drawn.count(s) for s in _SPACES)
            result.append(Line(drawn, used, gaps, index == len(pieces) - 1, logical))
    return tuple(result)


def visual_lines(text: str, width: float, font_name: str, size: float, rtl: bool = True) -> list[str]:
    """The lines of `text` as they will be drawn (shaped, visual order), wrapped to `width` points.

    `rtl` is the paragraph direction: True for Persian documents, False for English ones.
    """
    return [line.text for line in layout(text, width, font_name, size, rtl)]
