"""The other papers of a visit: the host briefing sheet (Persian), name cards on A4 sheets to cut, and the
post-visit report (Persian or English). Letters (visa support, certificate of visit) are letters of the
outgoing register and are built by app.documents.letters.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from app.documents.flow import Row, Run, draw_runs, fit_size, keep_last_lines, single_run
from app.documents.fonts import BOLD, REGULAR, register_fonts
from app.documents.frame import LEFT, RIGHT, Letterhead, PageContext
from app.documents.itinerary import LABELS, Both, ItineraryData, persian_value, programme_rows, reference_text
from app.documents.pdf import new_canvas
from app.documents.visit_layout import (
    Column,
    Decorations,
    column_rows,
    draw_pages,
    gap,
    long_date,
    new_document,
    release,
)

WORDS = {
    "en": {
        "report": "Post-visit report",
        "particulars": "The visit",
        "summary": "What happened",
        "meetings": "Meetings held",
        "agreements": "Agreements reached",
        "programme": "Programme carried out",
        "costs": "Costs",
        "host_unit": "Host unit",
        "host": "Host",
        "status": "Status",
        "none": "—",
        "head": "head of delegation",
    },
    "fa": {
        "report": "گزارش پس از بازدید",
        "particulars": "مشخصات بازدید",
        "summary": "شرح بازدید",
        "meetings": "جلسات برگزارشده",
        "agreements": "توافق‌های حاصل‌شده",
        "programme": "برنامه اجراشده",
        "costs": "هزینه‌ها",
        "host_unit": "واحد میزبان",
        "host": "میزبان",
        "status": "وضعیت",
        "none": "—",
        "head": "سرپرست هیئت",
        "briefing": "برگه توجیهی میزبانان",
        "guests": "مهمانان",
        "notes": "نکات",
        "needs": "ملاحظات",
        "advice": "لطفاً در زمان مقرر در محل حاضر باشید و هر تغییری در برنامه را پیش از آن به "
        "معاونت بین‌الملل اطلاع دهید. در گفت‌وگو با مهمانان از زبان انگلیسی استفاده شود یا از مترجم کمک "
        "گرفته شود.",
    },
}
COST_KINDS = {
    "honorarium": Both("Honorarium", "حق‌الزحمه"),
    "hotel": Both("Hotel", "هتل"),
    "travel": Both("Travel", "سفر"),
    "meals": Both("Meals", "پذیرایی"),
    "transport": Both("Local transport", "ایاب و ذهاب"),
    "other": Both("Other", "سایر"),
}
STATUSES = {
    "proposed": Both("Proposed", "پیشنهادی"),
    "approved": Both("Approved", "تصویب‌شده"),
    "invited": Both("Invited", "دعوت‌شده"),
    "confirmed": Both("Confirmed", "قطعی"),
    "in_progress": Both("In progress", "در حال برگزاری"),
    "completed": Both("Completed", "انجام‌شده"),
    "report_filed": Both("Report filed", "گزارش ثبت‌شده"),
    "cancelled": Both("Cancelled", "لغوشده"),
}


@dataclass(frozen=True)
class GuestCard:
    name: Both
    position: str = ""
    institution: Both = Both()
    country: Both = Both()
    needs: str = ""
    email: str = ""
    is_head: bool = False


@dataclass(frozen=True)
class CostLine:
    kind: str
    amount_en: str  # "450.00 EUR"
    amount_fa: str  # "۴۵۰٫۰۰ یورو"
    note: str = ""


@dataclass(frozen=True, kw_only=True)
class VisitSheet:
    """A visit's particulars for the briefing sheet and the report (the programme included)."""

    itinerary: ItineraryData
    host_unit: Both
    host: Both
    guests: tuple[GuestCard, ...]
    status: str
    notes: str = ""
    summary: str = ""
    meetings: str = ""
    agreements: str = ""
    costs: tuple[CostLine, ...] = ()


# A closing section of at most this many lines (heading included) is kept whole and with what precedes it.
_SHORT_SECTION = 5


def _page(lang: str) -> Column:
    return Column(LEFT, RIGHT, lang)


def _heading(text: str, lang: str) -> list[Row]:
    return gap(8, keep=True) + [Row(r.height, r.runs, True) for r in column_rows(text, _page(lang), "head")]


def _field(label: str, value: str, lang: str) -> list[Row]:
    if not value:
        return []
    return release(
        column_rows(f"{label}: {persian_value(value) if lang == 'fa' else value}", _page(lang), "body")
    )


def _title(text: str, lang: str) -> list[Row]:
    return column_rows(text, _page(lang), "title") + gap(6, keep=True)


def _particulars(sheet: VisitSheet, lang: str) -> list[Row]:
    data, labels = sheet.itinerary, LABELS[lang]
    rows = _field(labels["reference"], reference_text(data.reference, lang), lang)
    rows += _field(labels["purpose"], data.purpose.get(lang), lang)
    rows += _field(labels["institution"], data.institution.get(lang), lang)
    if data.first_day:
        dated = f"{long_date(data.first_day, lang)} {labels['to']} {long_date(data.last_day, lang)}"
        rows += _field(labels["dates"], dated, lang)
    rows += _field(labels["arrival"], data.arrival.get(lang), lang)
    rows += _field(labels["departure"], data.departure.get(lang), lang)
    rows += _field(WORDS[lang]["host_unit"], sheet.host_unit.get(lang), lang)
    rows += _field(WORDS[lang]["host"], sheet.host.get(lang), lang)
    for name in ("accommodation", "local_transport", "interpreter"):
        rows += _field(labels[name], getattr(data, name), lang)
    return rows


def _programme(sheet: VisitSheet, lang: str, heading: str, decorations: Decorations) -> list[Row]:
    if not sheet.itinerary.days:
        return []
    return _heading(heading, lang) + programme_rows(sheet.itinerary.days, lang, decorations)


def build_briefing_pdf(sheet: VisitSheet, head: Letterhead) -> bytes:
    """The host briefing sheet, in Persian: who the guests are, why they come, what is planned, what to
    mind."""
    lang, words = "fa", WORDS["fa"]
    register_fonts()  # text is measured before the canvas exists
    decorations = Decorations()
    rows = _title(f"{words['briefing']} — {reference_text(sheet.itinerary.reference, lang)}", lang)
    rows += _heading(words["particulars"], lang) + _particulars(sheet, lang)
    rows += _heading(words["guests"], lang)
    for guest in sheet.guests:
        name = guest.name.fa if guest.name.fa == guest.name.en else f"{guest.name.fa} ({guest.name.en})"
        if guest.is_head:
            name += f" — {words['head']}"
        block = column_rows(name, _page(lang), "bold")
        details = "، ".join(p for p in (guest.position, guest.institution.fa, guest.country.fa) if p)
        block += column_rows(details, _page(lang), "body")
        if guest.needs:
            block += column_rows(f"{words['needs']}: {guest.needs}", _page(lang), "body")
        rows += release([Row(r.height, r.runs, True) for r in block]) + gap(3)
    rows += _programme(sheet, lang, LABELS[lang]["title"], decorations)
    rows += _heading(words["notes"], lang)
    for text in (sheet.notes, words["advice"]):
        rows += release(column_rows(text, _page(lang), "body"))
    buffer = BytesIO()
    canvas = new_document(buffer, lang, f"{words['briefing']} {sheet.itinerary.reference}", head)
    context = PageContext(
        lang,
        (
            (LABELS[lang]["reference"] + ":", reference_text(sheet.itinerary.reference, lang)),
            (LABELS[lang]["printed"] + ":", long_date(sheet.itinerary.printed_on, lang, False)),
        ),
    )
    draw_pages(canvas, rows, head, context, decorations)
    canvas.save()
    return buffer.getvalue()


def build_report_pdf(sheet: VisitSheet, lang: str, head: Letterhead) -> bytes:
    """The post-visit report in Persian or English."""
    if lang not in ("fa", "en"):
        raise ValueError(f"A report's language is fa or en, not {lang!r}")
    words = WORDS[lang]
    register_fonts()
    decorations = Decorations()
    rows = _title(f"{words['report']} — {reference_text(sheet.itinerary.reference, lang)}", lang)
    rows += _heading(words["particulars"], lang) + _particulars(sheet, lang)
    rows += _field(
        words["status"], STATUSES.get(sheet.status, Both(sheet.status, sheet.status)).get(lang), lang
    )
    guests = [
        g.name.get(lang) + (f" ({words['head']})" if g.is_head and len(sheet.guests) > 1 else "")
        for g in sheet.guests
    ]
    rows += _field(LABELS[lang]["guests"], ("، " if lang == "fa" else ", ").join(guests), lang)
    for key, text in (
        ("summary", sheet.summary),
        ("meetings", sheet.meetings),
        ("agreements", sheet.agreements),
    ):
        rows += _heading(words[key], lang)
        rows += release(column_rows(text or words["none"], _page(lang), "body"))
    rows += _programme(sheet, lang, words["programme"], decorations)
    if sheet.costs:
        costs = _heading(words["costs"], lang)
        for cost in sheet.costs:
            amount = cost.amount_fa if lang == "fa" else cost.amount_en
            text = f"{COST_KINDS.get(cost.kind, Both(cost.kind, cost.kind)).get(lang)}: {amount}"
            costs += release(
                column_rows(text + (f" ({cost.note})" if cost.note else ""), _page(lang), "body")
            )
        if sum(1 for row in costs if row.runs) <= _SHORT_SECTION:  # kept whole, with the lines before it
            rows = (
                keep_last_lines(rows)
                + [dataclasses.replace(row, keep_with_next=True) for row in costs[:-1]]
                + costs[-1:]
            )
        else:
            rows += costs
    buffer = BytesIO()
    canvas = new_document(buffer, lang, f"{words['report']} {sheet.itinerary.reference}", head)
    context = PageContext(
        lang,
        (
            (LABELS[lang]["reference"] + ":", reference_text(sheet.itinerary.reference, lang)),
            (LABELS[lang]["printed"] + ":", long_date(sheet.itinerary.printed_on, lang, False)),
        ),
    )
    draw_pages(canvas, rows, head, context, decorations)
    canvas.save()
    return buffer.getvalue()


# ---------------------------------------------------------------- name cards

_CARD_COLUMNS, _CARD_ROWS = 2, 4
_SHEET_MARGIN = 12 * mm
_CARD_PADDING = 8 * mm


def _card_runs(
    card: GuestCard, faculty: Both, left: float, right: float, top: float, height: float
) -> list[tuple[Run, float]]:
    """One card: the faculty at the top, the Latin and the Persian name large, then position and
    institution."""
    runs: list[tuple[Run, float]] = []
    inner_left, inner_right = left + _CARD_PADDING, right - _CARD_PADDING
    width = inner_right - inner_left
    y = top - _CARD_PADDING - 8

    def line(text: str, font: str, size: float, rtl: bool, step: float) -> None:
        nonlocal y
        if text:
            size = fit_size(text, font, size, width)
            runs.append((single_run(text, font, size, inner_left, inner_right, "centre", rtl), y))
        y -= step

    line(faculty.en, REGULAR, 7.5, False, 11)
    line(faculty.fa, REGULAR, 7.5, True, 28)
    line(card.name.en, BOLD, 19, False, 28)
    line(card.name.fa if card.name.fa != card.name.en else "", BOLD, 17, True, 24)
    line(card.position, REGULAR, 9.5, False, 13)
    line(card.institution.en, REGULAR, 9.5, False, 13)
    line(card.institution.fa if card.institution.fa != card.institution.en else "", REGULAR, 9.5, True, 13)
    line(f"{card.country.en} — {card.country.fa}" if card.country.en else "", REGULAR, 9, True, 13)
    return runs


def build_name_cards_pdf(cards: Sequence[GuestCard], faculty: Both) -> bytes:
    """Name cards, eight to an A4 sheet, with dashed lines to cut along."""
    if not cards:
        raise ValueError("There are no name cards to print")
    page_width, page_height = A4
    card_width = (page_width - 2 * _SHEET_MARGIN) / _CARD_COLUMNS
    card_height = (page_height - 2 * _SHEET_MARGIN) / _CARD_ROWS
    per_page = _CARD_COLUMNS * _CARD_ROWS
    buffer = BytesIO()
    canvas = new_canvas(buffer, lang="en", title="Name cards", author=faculty.en, subject="Name cards")
    for first in range(0, len(cards), per_page):
        canvas.setStrokeGray(0.6)
        canvas.setLineWidth(0.5)
        canvas.setDash(4, 3)
        for column in range(_CARD_COLUMNS + 1):
            x = _SHEET_MARGIN + column * card_width
            canvas.line(x, _SHEET_MARGIN - 6, x, page_height - _SHEET_MARGIN + 6)
        for row in range(_CARD_ROWS + 1):
            y = _SHEET_MARGIN + row * card_height
            canvas.line(_SHEET_MARGIN - 6, y, page_width - _SHEET_MARGIN + 6, y)
        canvas.setDash()
        runs: list[tuple[Run, float]] = []
        for index, card in enumerate(cards[first : first + per_page]):
            column, row = index % _CARD_COLUMNS, index // _CARD_COLUMNS
            left = _SHEET_MARGIN + column * card_width
            top = page_height - _SHEET_MARGIN - row * card_height
            runs += _card_runs(card, faculty, left, left + card_width, top, card_height)
        draw_runs(canvas, runs)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
