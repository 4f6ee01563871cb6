"""The meetings' documents: agenda, attendance sheet, minutes and the action follow-up list.

Each takes plain data in one language (built by app.services.meetings.documents) and is printed on the
letterhead with the meeting's number and date in the reference block. A document in both languages is
the Persian one followed by the English one, each with its own page numbers. Minutes not yet approved
carry the draft watermark.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO
from itertools import chain

from app.common.text import digits_for
from app.documents.bidi_text import ltr
from app.documents.flow import Row, Style, draw_runs, page_runs, paginate, text_rows
from app.documents.fonts import BOLD, REGULAR
from app.documents.frame import BOTTOM, FIRST_TOP, LEFT, NEXT_TOP, RIGHT, Letterhead, PageContext, draw_frame
from app.documents.meeting_data import (
    ActionLine,
    AgendaDoc,
    AttendanceDoc,
    FollowUpDoc,
    MeetingDocument,
    MeetingHeader,
    MinutesDoc,
)
from app.documents.meeting_words import LABELS, WORDS
from app.documents.pdf import new_canvas
from app.documents.table import Column, Grid, keep_with_next, paragraph_rtl, table_rows


@dataclass(frozen=True)
class _Styles:
    body: Style
    bold: Style
    small: Style
    cell: Style
    cell_bold: Style
    title: Style
    subtitle: Style
    heading: Style


def _styles(lang: str) -> _Styles:
    side = "right" if lang == "fa" else "left"
    return _Styles(
        body=Style(REGULAR, 10.5, 18.0 if lang == "fa" else 15.0, "justify" if lang == "fa" else "left"),
        bold=Style(BOLD, 10.5, 18.0 if lang == "fa" else 15.0, side),
        small=Style(REGULAR, 9.5, 16.0 if lang == "fa" else 13.5, side),
        cell=Style(REGULAR, 9.5, 15.5 if lang == "fa" else 13.0, side),
        cell_bold=Style(BOLD, 9.5, 15.5 if lang == "fa" else 13.0, side),
        title=Style(BOLD, 15.0, 24.0, "centre"),
        subtitle=Style(REGULAR, 11.0, 18.0, "centre"),
        heading=Style(BOLD, 11.5, 20.0, side),
    )


class _Page:
    """One document being laid out: its rows, the grid of its tables, and shortcuts for its language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.rtl = lang == "fa"
        self.s = _styles(lang)
        self.grid = Grid()
        self.rows: list[Row] = []
        self.labels = LABELS[lang]
        self.words = WORDS[lang]

    def d(self, text: object) -> str:
        """Digits in the document's script."""
        return digits_for(str(text), self.lang)

    def para(self, text: str, style: Style, keep: bool = False) -> list[Row]:
        """Rows of one paragraph in its own direction, set on the document's side (see paragraph_rtl)."""
        rtl = paragraph_rtl(text, self.rtl)
        if rtl != self.rtl and style.align in ("justify", "left", "right"):
            style = dataclasses.replace(style, align="right" if self.rtl else "left")
        return text_rows(text, style, LEFT, RIGHT, rtl, keep)

    def embedded(self, text: str) -> str:
        """User text inside a line of the document's own words, kept in its own direction."""
        if paragraph_rtl(text, self.rtl) != self.rtl:
            return ltr(text) if self.rtl else f"\u2067{text}\u2069"
        return text

    def text(self, text: str, style: Style, keep: bool = False) -> None:
        self.rows += self.para(text, style, keep)

    def gap(self, height: float, keep: bool = False) -> None:
        self.rows.append(Row(height, (), keep))

    def heading(self, text: str) -> None:
        self.gap(8, keep=True)
        self.rows += keep_with_next(text_rows(text, self.s.heading, LEFT, RIGHT, self.rtl, True))
        self.gap(2, keep=True)

    def table(
        self,
        header: Sequence[str],
        cells: Sequence[Sequence[str]],
        columns: Sequence[Column],
        min_height: float = 0.0,
    ) -> None:
        self.rows += table_rows(
            cells,
            columns,
            self.s.cell,
            LEFT,
            RIGHT,
            self.rtl,
            self.grid,
            header=header,
            header_style=self.s.cell_bold,
            min_height=min_height,
        )

    def title(self, title: str, header: MeetingHeader | None) -> None:
        self.rows += text_rows(title, self.s.title, LEFT, RIGHT, self.rtl, True)
        if header is not None:
            self.rows += self.para(f"{header.kind_name}: {header.title}", self.s.subtitle, True)
        self.gap(8)

    def details(self, h: MeetingHeader) -> None:
        """The meeting's particulars as a two-column ruled table."""
        L = self.labels
        time = L["time_range"].format(start=self.d(h.start), end=self.d(h.end))
        date = h.date_text + (f" ({h.date_text_alt})" if h.date_text_alt else "")
        pairs = [(L["date_col"], date), (L["time"], time)]
        if h.location:
            pairs.append((L["place"], h.location))
        if h.mode != "in_person":
            pairs.append((L["mode"], self.words["mode"].get(h.mode, h.mode)))
        if h.online_link:
            pairs.append((L["link"], h.online_link))
        pairs += [(L[key], value) for key, value in (("chair", h.chair), ("secretary", h.secretary)) if value]
        self.rows += table_rows(
            pairs, (Column(1), Column(3.2)), self.s.cell, LEFT, RIGHT, self.rtl, self.grid
        )
        self.gap(6)

    def actions_table(self, actions: Sequence[ActionLine], with_meeting: bool) -> None:
        L = self.labels
        header = [L["row"], L["action"], L["owner"], L["due"], L["status"]]
        columns = [Column(0.7, "centre"), Column(3.8), Column(1.7), Column(1.45, "centre"), Column(1.9)]
        if with_meeting:
            header.insert(2, L["meeting"])
            columns.insert(2, Column(1.6))
        cells = []
        for n, a in enumerate(actions, 1):
            status = self.words["action_status"].get(a.status, a.status) + (L["overdue"] if a.overdue else "")
            row = [self.d(n), a.text, a.owner or L["none"], a.due_text or L["none"], status]
            if with_meeting:
                row.insert(2, a.meeting)
            cells.append(row)
        self.table(header, cells, columns)


# ---------------------------------------------------------------- the four documents


def agenda_rows(doc: AgendaDoc) -> _Page:
    p = _Page(doc.header.lang)
    L = p.labels
    p.title(L["agenda"], doc.header)
    p.details(doc.header)
    if doc.items:
        cells = []
        for n, item in enumerate(doc.items, 1):
            title = item.title + (f"\n{item.description}" if item.description else "")
            cells.append(
                [
                    p.d(n),
                    title,
                    item.presenter or L["none"],
                    L["time_range"].format(start=p.d(item.start), end=p.d(item.end)),
                    p.d(item.minutes) if item.minutes else L["none"],
                ]
            )
        p.table(
            [L["row"], L["item"], L["presenter"], L["time"], L["minutes_col"]],
            cells,
            [Column(0.7, "centre"), Column(4.4), Column(1.9), Column(1.45, "centre"), Column(0.95, "centre")],
        )
        total = sum(item.minutes for item in doc.items)
        p.gap(4)
        p.text(f"{L['total']}: {p.d(total)} " + ("دقیقه" if p.rtl else "minutes"), p.s.small)
    else:
        p.text(L["no_items"], p.s.body)
    if doc.follow_ups:
        p.heading(L["previous"])
        p.actions_table(doc.follow_ups, with_meeting=True)
    return p


def attendance_rows(doc: AttendanceDoc) -> _Page:
    p = _Page(doc.header.lang)
    L = p.labels
    p.title(L["attendance"], doc.header)
    p.details(doc.header)
    cells = [
        [p.d(n), person.name, person.position, p.words["role"].get(person.role, person.role), ""]
        for n, person in enumerate(doc.people, 1)
    ]
    p.table(
        [L["row"], L["name"], L["position"], L["role"], L["signature"]],
        cells,
        [Column(0.7, "centre"), Column(2.6), Column(2.3), Column(1.2, "centre"), Column(2.2)],
        min_height=30,
    )
    return p


def _names_line(p: _Page, label: str, names: Sequence[str]) -> None:
    separator = "، " if p.rtl else ", "
    p.text(f"{label}: " + (separator.join(names) if names else p.labels["none"]), p.s.body)


def _votes(p: _Page, votes: tuple[int | None, int | None, int | None]) -> str:
    if all(v is None for v in votes):
        return ""
    values = [p.d(v) if v is not None else p.labels["none"] for v in votes]
    return p.labels["votes"] + p.labels["votes_text"].format(
        **dict(zip(("for", "against", "abstain"), values, strict=True))
    )


def minutes_rows(doc: MinutesDoc) -> _Page:
    p = _Page(doc.header.lang)
    L = p.labels
    p.title(L["minutes"], doc.header)
    p.details(doc.header)
    _names_line(p, L["present"], doc.present)
    _names_line(p, L["excused"], doc.excused)
    _names_line(p, L["absent"], doc.absent)
    if doc.guests:
        _names_line(p, L["guests"], doc.guests)
    members, present, required, met = doc.quorum
    if members:
        text = (
            L["quorum_text"].format(
                present=p.d(present),
                members=p.d(members),
                required=p.d(required),
                met=L["met"] if met else L["not_met"],
            )
            if required
            else L["no_rule"].format(present=p.d(present), members=p.d(members))
        )
        p.text(text, p.s.body)
    if doc.notes.strip():
        p.heading(L["opening"])
        for paragraph in doc.notes.strip().split("\n"):
            p.text(paragraph, p.s.body)
    if doc.follow_ups:
        p.heading(L["previous"])
        p.actions_table(doc.follow_ups, with_meeting=True)
    p.heading(L["items"])
    if not doc.items:
        p.text(L["no_items"], p.s.body)
    number = 0
    for n, item in enumerate(doc.items, 1):
        p.gap(4, keep=True)
        p.rows += keep_with_next(
            text_rows(f"{p.d(n)}. {p.embedded(item.title)}", p.s.bold, LEFT, RIGHT, p.rtl, True)
        )
        if item.presenter:
            p.rows += keep_with_next(p.para(f"{L['presenter']}: {item.presenter}", p.s.small))
        if item.discussion.strip():
            p.rows += keep_with_next(text_rows(L["discussion"], p.s.small, LEFT, RIGHT, p.rtl, True))
            for paragraph in item.discussion.strip().split("\n"):
                p.text(paragraph, p.s.body)
        if item.resolutions:
            p.rows += keep_with_next(text_rows(L["resolutions"], p.s.small, LEFT, RIGHT, p.rtl, True))
        for resolution in item.resolutions:
            number += 1
            p.rows += keep_with_next(
                text_rows(L["resolution"].format(n=p.d(number)), p.s.bold, LEFT, RIGHT, p.rtl, True)
            )
            p.rows += keep_with_next(p.para(resolution.text, p.s.bold))
            parts = [L["outcome"] + p.words["outcome"].get(resolution.outcome, resolution.outcome)]
            if votes := _votes(p, resolution.votes):
                parts.append(votes)
            if resolution.amount_text:
                parts.append(L["amount"] + resolution.amount_text)
            p.text(("؛ " if p.rtl else "; ").join(parts), p.s.small)
    if doc.actions:
        p.heading(L["actions"])
        p.actions_table(doc.actions, with_meeting=False)
    if doc.signatures:
        p.heading(L["signatures"])
        per_row = 3
        cells = []
        for start in range(0, len(doc.signatures), per_row):
            chunk = doc.signatures[start : start + per_row]
            row = [f"{name}\n{p.words['role'].get(role, role)}" for name, role in chunk]
            cells.append(row + [""] * (per_row - len(row)))
        p.rows += table_rows(
            cells, [Column(1, "centre")] * per_row, p.s.cell, LEFT, RIGHT, p.rtl, p.grid, min_height=62
        )
    return p


def follow_up_rows(doc: FollowUpDoc) -> _Page:
    p = _Page(doc.lang)
    L = p.labels
    p.title(L["follow_up"], None)
    p.rows += text_rows(doc.subtitle, p.s.subtitle, LEFT, RIGHT, p.rtl, True)
    p.gap(6)
    if doc.actions:
        p.actions_table(doc.actions, with_meeting=True)
    else:
        p.text(L["no_actions"], p.s.body)
    return p


# ---------------------------------------------------------------- printing

_BUILDERS = {
    AgendaDoc: agenda_rows,
    AttendanceDoc: attendance_rows,
    MinutesDoc: minutes_rows,
    FollowUpDoc: follow_up_rows,
}
_TITLES = {AgendaDoc: "agenda", AttendanceDoc: "attendance", MinutesDoc: "minutes", FollowUpDoc: "follow_up"}


def _context(doc: MeetingDocument) -> PageContext:
    if isinstance(doc, FollowUpDoc):
        return PageContext(doc.lang, ((LABELS[doc.lang]["date"], doc.date_text),))
    h = doc.header
    L = LABELS[h.lang]
    refs = [(L["number"], digits_for(h.number, h.lang)), (L["date"], h.date_text)]
    if h.date_text_alt:
        refs.append(("", h.date_text_alt))
    return PageContext(h.lang, tuple(refs), draft=isinstance(doc, MinutesDoc) and doc.draft)


def _lang(doc: MeetingDocument) -> str:
    return doc.lang if isinstance(doc, FollowUpDoc) else doc.header.lang


def build_meeting_pdf(docs: Sequence[MeetingDocument], head: Letterhead) -> bytes:
    """One PDF of one or more meeting documents (e.g. the Persian and the English minutes), each from a new
    page with its own page numbers. Raises ValueError for an empty list."""
    if not docs:
        raise ValueError("There is nothing to print")
    first = docs[0]
    buffer = BytesIO()
    title = LABELS[_lang(first)][_TITLES[type(first)]]
    if not isinstance(first, FollowUpDoc):
        title = f"{title} — {first.header.kind_name} {digits_for(first.header.number, first.header.lang)}"
    office = " — ".join(part for part in head.names(_lang(first))[::-1] if part)
    canvas = new_canvas(buffer, lang=_lang(first), title=title, author=office, subject=title)
    for doc in docs:
        page = _BUILDERS[type(doc)](doc)
        pages = paginate(page.rows, FIRST_TOP, NEXT_TOP, BOTTOM)
        context = _context(doc)
        for number, placed in enumerate(pages, 1):
            frame_runs = draw_frame(canvas, head, context, number, len(pages))
            page.grid.draw(canvas, placed)
            draw_runs(canvas, chain(frame_runs, page_runs(placed)))
            canvas.showPage()
    canvas.save()
    return buffer.getvalue()
