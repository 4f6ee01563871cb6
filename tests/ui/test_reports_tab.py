"""The Reports tab shows the year's figures counted by hand in tests/services/reports_fixture.py, in the
interface's digits, with the same chart drawings as the PDF; a figure opens into its records; Print gives
the PDF whose text holds the same numbers; the indicator pack is written where the person chooses."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from app.documents.annual_report import value_text
from app.ui import i18n
from app.ui.tabs.reports import ReportsTab, TracesDialog
from app.ui.widgets.drawing_view import DrawingView
from tests.services import reports_fixture as fx
from tests.ui.dialogs import on_dialog, shown_tab

PERSIAN = str.maketrans("0123456789,", "۰۱۲۳۴۵۶۷۸۹٬")


def shown(value: int) -> str:
    """A number as the interface should show it (written here: Latin or Persian digits, grouped)."""
    text = f"{value:,}"
    return text.translate(PERSIAN) if i18n.language() == "fa" else text


@pytest.fixture
def tab(qtbot, db, frozen_clock, ui_language):
    fx.build()
    frozen_clock(fx.NOW)
    widget = shown_tab(qtbot, ReportsTab)
    qtbot.waitUntil(lambda: widget.report is not None, timeout=30000)
    return widget


def _cells(view) -> list[list[str]]:
    model = view.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_the_page_shows_the_hand_counted_figures(qtbot, tab):
    assert tab.year.currentData() == 1405
    labels = {"en": ("Visits", "Guests", "Days hosted"), "fa": ("بازدیدها", "مهمانان", "روزهای میزبانی")}[
        i18n.language()
    ]
    guests = {row[0]: row[1:3] for row in _cells(tab.figure_views[0])}
    for label, key in zip(labels, ("visits", "guests", "days_hosted"), strict=True):
        this, last = fx.EXPECTED[key]
        assert guests[label] == [shown(this), shown(last)]
    office = _cells(tab.figure_views[3])
    assert [shown(fx.EXPECTED["letters"][0]), shown(fx.EXPECTED["letters"][1])] in [
        row[1:3] for row in office
    ]
    money = {row[0]: row[1] for row in _cells(tab.figure_views[2])}
    assert shown(fx.EXPECTED["approved"][0]) in money.values()
    # Two bar charts and the month line: the PDF's own drawings.
    views = tab.scroll.widget().findChildren(DrawingView)
    assert len(views) == 3
    assert all(view.width() > 300 and view.height() > 100 for view in views)
    image = views[0].grab().toImage()
    assert (
        len({image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}) > 3
    )


def test_another_year_and_a_figure_opens_into_its_names(qtbot, tab):
    tab.year.setCurrentIndex(tab.year.findData(1406))
    qtbot.waitUntil(lambda: tab.report is not None and tab.report.year == 1406, timeout=30000)
    letters_row = next(
        r
        for r, row in enumerate(_cells(tab.figure_views[3]))
        if row[0] == ("نامه‌های صادرشده" if i18n.language() == "fa" else "Letters issued")
    )
    names: list[list[str]] = []

    def read(dialog: TracesDialog) -> None:
        model = dialog.view.model()
        names.append([model.index(r, 1).data() for r in range(model.rowCount())])
        dialog.reject()

    done = on_dialog(read, TracesDialog)
    view = tab.figure_views[3]
    index = view.model().index(letters_row, 0)
    tab.scroll.ensureWidgetVisible(view)
    point = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: bool(done))
    assert names == [["Issued on the first of Farvardin"]]  # 00:30 on 1 Farvardin: 1406's


def test_print_and_the_indicator_pack_hold_the_same_numbers(qtbot, tab, monkeypatch, tmp_path, pdf_text):
    printed: list[bytes] = []
    monkeypatch.setattr("app.ui.tabs.reports.open_pdf", lambda _parent, data, _stem: printed.append(data))
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(printed), timeout=30000)
    text = pdf_text(printed[0])
    lang = tab.doc_lang.currentData()
    assert value_text(fx.EXPECTED["approved"][0], lang, True) in text
    assert shown(fx.EXPECTED["approved"][0]) in text  # the same as the page shows
    target = tmp_path / "pack.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=30000)
    book = load_workbook(target)
    summary = [row[1:3] for row in book.worksheets[0].iter_rows(min_row=2, values_only=True)]
    assert fx.EXPECTED["approved"] in summary and fx.EXPECTED["visits"] in summary


def test_the_page_shows_the_ranking_indicators_as_the_pdf_prints_them(qtbot, tab):
    """The indicators section: counts and shares in the interface's digits, from the same report the PDF is
    printed from (the reports fixture: a faculty member and a resident, neither of recorded citizenship)."""
    lang = i18n.language()
    rows = {row[0]: row[1:4] for row in _cells(tab.figure_views[4])}
    report = tab.report
    for key in ("qs_faculty_ratio", "qs_faculty", "qs_students", "exchange_inbound", "exchange_outbound"):
        figure = report.figure(key)
        expected = [
            value_text(v, lang, figure.money, figure.percent) for v in (figure.this_year, figure.last_year)
        ]
        assert rows[figure.label][:2] == expected, key
    assert rows[report.figure("qs_faculty").label][:2] == [shown(1), shown(1)]
    assert rows[report.figure("qs_faculty_ratio").label][:2] == (
        ["0.0%", "0.0%"] if lang == "en" else ["۰٫۰٪", "۰٫۰٪"]
    )
    assert rows[report.figure("exchange_outbound").label][:2] == [shown(3), shown(0)]
