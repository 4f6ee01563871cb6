"""The printed programme of a visit: in English, in Persian, or both side by side.

The bilingual itinerary sets an English column at the left and a Persian column at the right with the
times between them. Each field of an item (title, place, host, participants, transport, notes) is laid
out in both columns and the two are aligned row by row, so a line of English always faces its Persian
line, across page breaks too: an item's rows are kept together and move to the next page as one block.
Each day opens with a shaded band; a thin rule separates the items.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from io import BytesIO

from app.common import dates
from app.common.text import digits_for
from app.documents.bidi_text import ltr, needs_bidi
from app.documents.flow import Row, text_rows
from app.documents.fonts import register_fonts
from app.documents.frame import LEFT, RIGHT, Letterhead, PageContext
from app.documents.visit_layout import (
    STYLES,
    Column,
    Decorations,
    column_rows,
    draw_pages,
    gap,
    long_date,
    new_document,
    release,
    side_by_side,
    time_range,
)

LANGS = ("fa", "en", "both")
_TIME_WIDTH = 74.0
_GUTTER = 10.0

LABELS = {
    "en": {
        "title": "Programme of the visit",
        "title_for": "Programme of the visit of {name}",
        "reference": "Reference",
        "guests": "Guests",
        "institution": "Institution",
        "purpose": "Purpose",
        "dates": "Dates",
        "arrival": "Arrival",
        "departure": "Departure",
        "accommodation": "Accommodation",
        "local_transport": "Local transport",
        "interpreter": "Interpreter",
        "needs": "Dietary or access needs",
        "location": "Place",
        "host": "Host",
        "participants": "With",
        "transport": "Transport",
        "notes": "Notes",
        "day": "Day {n}",
        "contacts": "Contacts",
        "to": "to",
        "printed": "Printed",
        "continued": "continued",
    },
    "fa": {
        "title": "برنامه بازدید",
        "title_for": "برنامه بازدید {name}",
        "reference": "شماره",
        "guests": "مهمانان",
        "institution": "مؤسسه",
        "purpose": "هدف",
        "dates": "تاریخ",
        "arrival": "ورود",
        "departure": "خروج",
        "accommodation": "محل اقامت",
        "local_transport": "ایاب و ذهاب",
        "interpreter": "مترجم",
        "needs": "ملاحظات غذایی یا دسترسی",
        "location": "مکان",
        "host": "میزبان",
        "participants": "با حضور",
        "transport": "وسیله",
        "notes": "توضیحات",
        "day": "روز {n}",
        "contacts": "تماس",
        "to": "تا",
        "printed": "تاریخ چاپ",
        "continued": "ادامه",
    },
}


@dataclass(frozen=True)
class Both:
    """One value in English and in Persian (names, titles); each side falls back to the other."""

    en: str = ""
    fa: str = ""

    def get(self, lang: str) -> str:
        return (self.fa or self.en) if lang == "fa" else (self.en or self.fa)


@dataclass(frozen=True)
class ItineraryEntry:
    start: dt.time
    end: dt.time
    title: Both
    location: str = ""
    host: Both = Both()
    participants: Both = Both()
    transport: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ItineraryDay:
    day: dt.date
    entries: tuple[ItineraryEntry, ...]


@dataclass(frozen=True)
class Contact:
    """Whom to call: "Host: Dr. Maryam Hosseini · +98 912 123 4567 · m.hosseini@..."."""

    label: Both
    name: Both
    details: str = ""  # phone numbers and e-mail, kept left to right in Persian

    def get(self, lang: str) -> str:
        # each detail (a phone number, an e-mail) is its own left-to-right unit, so that a line wrapped
        # between two of them leaves the separators in reading order
        parts = [part for part in self.details.split(" · ") if part.strip()]
        details = " · ".join(ltr(part) for part in parts) if lang == "fa" else " · ".join(parts)
        name = persian_value(self.name.get(lang)) if lang == "fa" else self.name.get(lang)
        return f"{self.label.get(lang)}: {name}" + (f" · {details}" if details else "")


@dataclass(frozen=True, kw_only=True)
class ItineraryData:
    """Everything printed on a visit's programme, as plain data."""

    reference: str
    purpose: Both
    guests: tuple[Both, ...]  # one line per guest: name, position, institution
    institution: Both = Both()
    first_day: dt.date | None = None
    last_day: dt.date | None = None
    arrival: Both = Both()  # "Monday 7 December 2026, 06:30, LH600, IKA"
    departure: Both = Both()
    accommodation: str = ""
    local_transport: str = ""
    interpreter: str = ""
    days: tuple[ItineraryDay, ...] = ()
    contacts: tuple[Contact, ...] = ()  # the host's and the office's contacts
    for_guest: Both | None = None  # the programme printed for one guest of a delegation
    needs: str = ""  # that guest's dietary or access needs
    printed_on: dt.date = field(default_factory=dates.today)


# ---------------------------------------------------------------- the itinerary


@dataclass(frozen=True)
class _Layout:
    """Where each language's text and the times go, for one of the three layouts."""

    columns: tuple[Column, ...]
    time: Column

    @staticmethod
    def make(lang: str) -> _Layout:
        if lang == "both":
            width = (RIGHT - LEFT - _TIME_WIDTH - 2 * _GUTTER) / 2
            en = Column(LEFT, LEFT + width, "en")
            fa = Column(RIGHT - width, RIGHT, "fa")
            middle = (LEFT + RIGHT) / 2
            return _Layout((en, fa), Column(middle - _TIME_WIDTH / 2, middle + _TIME_WIDTH / 2, "en"))
        if lang == "fa":
            return _Layout(
                (Column(LEFT, RIGHT - _TIME_WIDTH - _GUTTER, "fa"),), Column(RIGHT - _TIME_WIDTH, RIGHT, "fa")
            )
        return _Layout(
            (Column(LEFT + _TIME_WIDTH + _GUTTER, RIGHT, "en"),), Column(LEFT, LEFT + _TIME_WIDTH, "en")
        )


def persian_value(value: str) -> str:
    """A value typed in Latin script (a hotel, a phone number) kept whole, left to right, in a Persian
    line."""
    return ltr(value) if value and not needs_bidi(value) else value


def reference_text(reference: str, lang: str) -> str:
    """References are codes: Latin digits, left to right in Persian too."""
    return ltr(reference) if lang == "fa" else reference


def _labelled(label: str, value: str, lang: str) -> str:
    if not value:
        return ""
    return f"{LABELS[lang][label]}: {persian_value(value) if lang == 'fa' else value}"


def _field_rows(layout: _Layout, texts: dict[str, str], style: str) -> list[Row]:
    """One field in every column of the layout, aligned row by row."""
    return side_by_side(*(column_rows(texts[c.lang], c, style) for c in layout.columns))


def _entry_rows(entry: ItineraryEntry, layout: _Layout, decorations: Decorations) -> list[Row]:
    langs = [c.lang for c in layout.columns]
    time_style = STYLES[layout.time.lang]["bold"]
    time_text = time_range(entry.start, entry.end, layout.time.lang)
    time_rows = text_rows(
        time_text,
        dataclasses.replace(time_style, align="centre"),
        layout.time.left,
        layout.time.right,
        layout.time.rtl,
    )
    title = side_by_side(
        *(column_rows(entry.title.get(c.lang), c, "bold") for c in layout.columns), time_rows
    )
    rows = title
    details = (
        ("location", {lang: entry.location for lang in langs}),
        ("host", {lang: entry.host.get(lang) for lang in langs}),
        ("participants", {lang: entry.participants.get(lang) for lang in langs}),
        ("transport", {lang: entry.transport for lang in langs}),
        ("notes", {lang: entry.notes for lang in langs}),
    )
    for label, values in details:
        rows += _field_rows(layout, {lang: _labelled(label, values[lang], lang) for lang in langs}, "small")
    rows = release(rows + gap(5, keep=True))
    decorations.rules.add(id(rows[0]))
    return rows


def _day_heading(number: int, day: ItineraryDay, layout: _Layout, continued: bool) -> list[Row]:
    texts = {}
    for lang in ("en", "fa"):
        text = f"{digits_for(LABELS[lang]['day'].format(n=number), lang)} — {long_date(day.day, lang)}"
        texts[lang] = f"{text} ({LABELS[lang]['continued']})" if continued else text
    return _field_rows(layout, texts, "head")


def _day_rows(number: int, day: ItineraryDay, layout: _Layout, decorations: Decorations) -> list[Row]:
    rows = _day_heading(number, day, layout, continued=False)
    for row in rows:
        decorations.bands.add(id(row))
    return rows + gap(4, keep=True)


def _info_rows(data: ItineraryData, layout: _Layout) -> list[Row]:
    """The title and the visit's particulars, each field facing itself in the other language."""
    rows: list[Row] = []
    for column in layout.columns:
        lang = column.lang
        title = (
            LABELS[lang]["title_for"].format(name=data.for_guest.get(lang))
            if data.for_guest
            else LABELS[lang]["title"]
        )
        span = Column(LEFT, RIGHT, lang) if len(layout.columns) == 1 else column
        rows_for = column_rows(title, span, "title")
        rows = side_by_side(rows, rows_for, keep=True) if rows else rows_for
    rows += gap(6, keep=True)
    langs = [c.lang for c in layout.columns]

    def field_rows(label: str, values: dict[str, str]) -> None:
        nonlocal rows
        rows += release(
            _field_rows(layout, {lang: _labelled(label, values[lang], lang) for lang in langs}, "body")
        )

    def dated(lang: str) -> str:
        if not data.first_day:
            return ""
        return f"{long_date(data.first_day, lang)} {LABELS[lang]['to']} {long_date(data.last_day, lang)}"

    field_rows("reference", {lang: reference_text(data.reference, lang) for lang in langs})
    field_rows("purpose", {lang: data.purpose.get(lang) for lang in langs})
    if data.guests:
        rows += _field_rows(layout, {lang: LABELS[lang]["guests"] + ":" for lang in langs}, "body")
        for guest in data.guests:
            rows += release(_field_rows(layout, {lang: "• " + guest.get(lang) for lang in langs}, "body"))
    field_rows("institution", {lang: data.institution.get(lang) for lang in langs})
    field_rows("dates", {lang: dated(lang) for lang in langs})
    field_rows("arrival", {lang: data.arrival.get(lang) for lang in langs})
    field_rows("departure", {lang: data.departure.get(lang) for lang in langs})
    for name in ("accommodation", "local_transport", "interpreter", "needs"):
        field_rows(name, {lang: getattr(data, name) for lang in langs})
    return rows + gap(10)


def _contact_rows(data: ItineraryData, layout: _Layout) -> list[Row]:
    if not data.contacts:
        return []
    langs = [c.lang for c in layout.columns]
    rows = gap(8, keep=True) + _field_rows(layout, {lang: LABELS[lang]["contacts"] for lang in langs}, "head")
    for contact in data.contacts:
        rows += _field_rows(layout, {lang: contact.get(lang) for lang in langs}, "small")
    return release(rows)


def itinerary_rows(data: ItineraryData, lang: str) -> tuple[list[Row], Decorations]:
    """The programme laid out in rows, with the bands and rules to draw behind them."""
    if lang not in LANGS:
        raise ValueError(f"An itinerary's language must be one of {LANGS}, not {lang!r}")
    register_fonts()  # text is measured before the canvas exists
    layout = _Layout.make(lang)
    decorations = Decorations()
    rows = (
        _info_rows(data, layout) + programme_rows(data.days, lang, decorations) + _contact_rows(data, layout)
    )
    return rows, decorations


def programme_rows(days: Iterable[ItineraryDay], lang: str, decorations: Decorations) -> list[Row]:
    """The days and their items (also used by the briefing sheet and the post-visit report)."""
    layout = _Layout.make(lang)
    rows: list[Row] = []
    for number, day in enumerate(days, 1):
        rows += _day_rows(number, day, layout, decorations)
        heading = _day_heading(number, day, layout, continued=True) + gap(4)
        for row in heading[:-1]:
            decorations.bands.add(id(row))
        for entry in day.entries:
            entry_rows = _entry_rows(entry, layout, decorations)
            for row in entry_rows:
                decorations.continued[id(row)] = heading
            rows += entry_rows
        rows += gap(6)
    return rows


def _context(data: ItineraryData, lang: str) -> PageContext:
    frame_lang = "fa" if lang == "fa" else "en"
    labels = LABELS[frame_lang]
    refs = [
        (labels["reference"] + ":", reference_text(data.reference, frame_lang)),
        (labels["printed"] + ":", long_date(data.printed_on, frame_lang, weekday=False)),
    ]
    return PageContext(frame_lang, tuple(refs))


def build_itinerary_pdf(data: ItineraryData, lang: str, head: Letterhead) -> bytes:
    """The programme as a PDF: `lang` is "en", "fa" or "both" (side by side)."""
    rows, decorations = itinerary_rows(data, lang)
    buffer = BytesIO()
    title_lang = "fa" if lang == "fa" else "en"
    canvas = new_document(buffer, lang, f"{LABELS[title_lang]['title']} {data.reference}", head)
    draw_pages(canvas, rows, head, _context(data, lang), decorations)
    canvas.save()
    return buffer.getvalue()
