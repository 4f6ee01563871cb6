"""Long documents break into pages as a reader expects: a table that runs on repeats its header row, its
total never stands alone, a heading never ends a page away from its first lines, and a short last section
is not left alone on a page. Checked on each page's text as pypdf extracts it."""

from __future__ import annotations

import io
import re
import unicodedata

import pytest
from pypdf import PdfReader

from app.documents.funding import FundingDocument, Section, Table, build_funding_pdf
from app.documents.meeting_data import (
    AgendaDoc,
    AgendaLine,
    MeetingHeader,
    MinutesDoc,
    MinutesItem,
    ResolutionLine,
)
from app.documents.meetings import build_meeting_pdf
from tests.documents.letter_samples import sample_letterhead


def pages(pdf: bytes) -> list[str]:
    return [
        unicodedata.normalize("NFKC", page.extract_text()).replace("\u200c", "")
        for page in PdfReader(io.BytesIO(pdf)).pages
    ]


def header(lang: str) -> MeetingHeader:
    return MeetingHeader(
        lang=lang,
        number="7/1405",
        kind_name="Council" if lang == "en" else "شورا",
        title="Long meeting" if lang == "en" else "جلسه طولانی",
        date_text="1 December 2026",
        start="09:00",
        end="13:00",
    )


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_a_long_agenda_repeats_its_header_row_on_every_page(lang):
    word = "Presenter" if lang == "en" else "ارائهدهنده"
    items = [
        AgendaLine(
            f"Item number {n} of a long agenda" if lang == "en" else f"موضوع شماره {n} دستور جلسه",
            "A description that takes a second line in the item's cell " * 2,
            "Dr. Karimi",
            10,
            "09:00",
            "09:10",
        )
        for n in range(1, 45)
    ]
    texts = pages(build_meeting_pdf([AgendaDoc(header(lang), items)], sample_letterhead()))
    assert len(texts) >= 3
    for number, text in enumerate(texts, 1):
        assert word in text, f"page {number} has no header row"


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_a_long_funding_table_repeats_its_header_and_keeps_its_total_with_rows(lang):
    rows = [
        (str(n), f"Applicant {n}" if lang == "en" else f"متقاضی {n}", f"{n * 1000:,}") for n in range(1, 121)
    ]
    heading = ("Applicant", "Amount") if lang == "en" else ("متقاضی", "مبلغ")
    table = Table(
        ("No.", *heading),
        (0.5, 3, 1.5),
        rows,
        (False, False, True),
        ("", "Total" if lang == "en" else "جمع", "7,260,000"),
    )
    doc = FundingDocument(
        lang=lang, title="Report", date_text="1 December 2026", sections=(Section("Requests", (), table),)
    )
    texts = pages(build_funding_pdf(doc, sample_letterhead()))
    assert len(texts) >= 3
    for number, text in enumerate(texts, 1):
        assert heading[0] in text and heading[1] in text, f"page {number} has no header row"
    last = texts[-1]
    rows_on_last = sum(1 for n in range(1, 121) if f"{n * 1000:,}" in last)
    assert rows_on_last >= 2, "the total or the last row stands alone on the last page"
    for n in range(1, 121):  # no row lost, none printed twice
        amount = re.compile(rf"(?<![\d,]){n * 1000:,}(?![\d,])")
        assert sum(len(amount.findall(text)) for text in texts) == 1, n


@pytest.mark.parametrize("lang", ["en", "fa"])
@pytest.mark.parametrize("lines", range(14, 34))
def test_minutes_keep_the_resolutions_heading_with_a_resolution(lang, lines):
    label = "Resolutions:" if lang == "en" else "مصوبات:"
    discussion = "\n".join(
        ["The members discussed the plan at length." if lang == "en" else "اعضا درباره برنامه گفتگو کردند."]
        * lines
    )
    resolution = ResolutionLine("The plan is approved." if lang == "en" else "برنامه تصویب شد.", "approved")
    items = [MinutesItem(f"Item {n}", "", discussion, [resolution]) for n in range(1, 4)]
    doc = MinutesDoc(
        header=header(lang),
        present=["A"],
        excused=[],
        absent=[],
        guests=[],
        quorum=(0, 0, 0, True),
        notes="",
        follow_ups=[],
        items=items,
        actions=[],
        signatures=[],
        draft=False,
    )
    found = 0
    word = "approved" if lang == "en" else "تصویب"
    for text in pages(build_meeting_pdf([doc], sample_letterhead())):
        body = [line.strip() for line in text.split("\n") if line.strip()]
        for index in (i for i, line in enumerate(body) if line == label):
            found += 1
            assert any(word in line for line in body[index + 1 :]), body[index - 2 :]
    assert found == 3  # one heading per item, each on a page with its resolution


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_the_visit_reports_costs_never_stand_alone_on_the_last_page(db, lang):
    import datetime as dt

    from app.services import visits
    from tests.services.test_visits import ARRIVAL, guest, visit_data

    visit_id = visits.save_visit(visit_data(guest()))
    heading, item = ("Costs", "Programme item") if lang == "en" else ("هزینهها", "برنامه شماره")
    alone = 0
    for n in range(1, 31):  # each item moves the costs down; some count brings them to a page's top
        visits.save_item(
            visit_id,
            {
                "day": ARRIVAL + dt.timedelta(days=n % 2),
                "start_time": dt.time(8 + n % 10),
                "end_time": dt.time(9 + n % 10),
                "title_en": f"Programme item {n}",
                "title_fa": f"برنامه شماره {n}",
            },
        )
        texts = pages(visits.report_pdf(visit_id, lang))
        [page] = [text for text in texts if heading in text.split("\n") or f"{heading}\n" in text]
        alone += item not in page and len(texts) > 1
    assert alone == 0
