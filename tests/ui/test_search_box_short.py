"""The one search box with one or two letters typed, driven as a secretary types, in both interface
languages: keys typed together run one search (a search does not queue behind another), and the record
whose name is what was typed comes first, the others capped per register."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app.services import directory, search
from app.ui.main_window import MainWindow
from app.ui.tabs.today import TodayTab
from tests.ui.test_today_tab import ctrl_k
from tests.ui.typing import press, type_text


def guest(last: str, first: str = "") -> int:
    return directory.save_person(
        {"kind": "foreign_guest", "first_name_en": first, "last_name_en": last, "country": "ES"}
    )


def test_two_letters_typed_at_once_run_one_search_and_the_equal_name_comes_first(
    qtbot, db, frozen_clock, ui_language, monkeypatch
):
    from app.ui.tabs.today_reminder import install_search

    frozen_clock(dt.datetime(2026, 11, 30, 9, 0))
    others = [guest(f"Nasiri {n}", "Kaveh") for n in range(12)]
    equal = guest("Ka")
    inside = guest("Makarem", "Sara")  # "ka" inside a word: not a start
    typed: list[str] = []
    real = search.search
    monkeypatch.setattr(search, "search", lambda text, *a, **k: (typed.append(text), real(text, *a, **k))[1])
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1000, 600)
    window.show()
    install_search(window, TodayTab())
    box = window.search_box  # type: ignore[attr-defined]
    ctrl_k(qtbot, window)
    assert box.hasFocus()
    type_text("ka", box)  # both keys arrive before the program reads them
    qtbot.waitUntil(lambda: box.results.isVisible())
    assert typed == ["ka"]  # one search, for the whole text: none for "k" queued behind it
    hit = box.results.current_hit()
    assert (hit.register, hit.record_id) == ("people", equal)
    shown = [r for r in box.results.hit_rows()]
    ids = [box.results.model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1).record_id for r in shown]
    assert ids == [equal, *others[: search.PER_REGISTER - 1]] and inside not in ids
    press(Qt.Key.Key_Escape, box)
    assert not box.results.isVisible()
