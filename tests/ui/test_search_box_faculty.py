"""The one search box finds an adjunct candidate, an English evaluation and a programme, shows a programme's
day in the interface's calendar and digits, and Enter opens each record's own dialog, in both languages."""

from __future__ import annotations

import datetime as dt

import jdatetime
from PySide6.QtCore import Qt

from app.services import evaluations, programmes
from app.ui.main_window import MainWindow
from app.ui.tabs.faculty.candidate import CandidateDialog
from app.ui.tabs.faculty.evaluation_dialogs import ResultDialog
from app.ui.tabs.faculty.programme_dialogs import ProgrammeDialog
from app.ui.tabs.today import TodayTab
from tests.services import adjunct_helpers as ah
from tests.services import evaluation_helpers as eh
from tests.ui.dialogs import on_dialog
from tests.ui.test_today_tab import ctrl_k
from tests.ui.typing import press, type_text

START = dt.date(2027, 1, 20)


def _search(qtbot, window, text: str):  # type: ignore[no-untyped-def]
    box = window.search_box
    ctrl_k(qtbot, window)
    type_text(text)
    qtbot.waitUntil(lambda: box.results.isVisible() and box.results.current_hit() is not None)
    return box


def test_faculty_registers_are_found_and_open_from_the_search_box(qtbot, db, frozen_clock, ui_language):
    from app.ui.tabs.today_reminder import install_search

    frozen_clock(dt.datetime(2026, 12, 16, 23, 40))
    ids = ah.setting_up()
    candidate = ah.candidate(ids)
    people = eh.setting_up()
    [evaluation] = evaluations.add_candidates(eh.session(people), [people["maryam"]])
    programme = programmes.save_programme(
        {
            "kind": "seasonal_school",
            "title_fa": "مدرسه زمستانی پزشکی مبتنی بر شواهد",
            "title_en": "Winter School of Evidence-Based Medicine",
            "starts_on": START,
            "ends_on": START + dt.timedelta(days=7),
            "location": "Tehran",
        }
    )
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1000, 600)
    window.show()
    install_search(window, TodayTab())

    for typed, register, record, kind in (
        ("مک آلیستر", "adjuncts", candidate, CandidateDialog),
        ("كاظمي", "evaluations", evaluation, ResultDialog),
        ("شواهد", "programmes", programme, ProgrammeDialog),
    ):
        box = _search(qtbot, window, typed)
        for _ in range(len(box.results.hit_rows())):  # down the list, as she would, to the register's group
            if box.results.current_hit().register == register:
                break
            press(Qt.Key.Key_Down, box)
        hit = box.results.current_hit()
        assert (hit.register, hit.record_id) == (register, record)
        opened: list[type] = []

        def seen(dialog, opened=opened) -> None:  # type: ignore[no-untyped-def]
            opened.append(type(dialog))
            dialog.reject()

        on_dialog(seen, kind)
        press(Qt.Key.Key_Return, box)
        qtbot.waitUntil(lambda opened=opened: bool(opened))
        assert opened == [kind]

    box = _search(qtbot, window, "winter school")
    row = box.results.hit_rows()[0]
    shown = box.results.model.index(row, 2).data()
    if ui_language == "fa":  # 1405/10/30, from jdatetime, in Persian digits
        day = jdatetime.date.fromgregorian(date=START)
        assert (
            f"{day.year}/{day.month:02d}/{day.day:02d}".translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
            in shown
        )
    else:
        assert "2027" in shown and "Tehran" in shown
    press(Qt.Key.Key_Escape, box)
