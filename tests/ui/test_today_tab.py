"""The Today tab and the one search box, driven as a secretary does, in both interface languages."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QPlainTextEdit

from app.services import directory, meetings
from app.ui import i18n
from app.ui.main_window import MainWindow
from app.ui.tabs.today import ENTRY_ROLE, TodayTab
from tests.services.meetings_helpers import council_id, person
from tests.ui.dialogs import on_dialog
from tests.ui.typing import press, type_text

MONDAY = dt.datetime(2026, 11, 30, 8, 0)  # 1405/09/09


def _entries(tab: TodayTab, rule: str):  # type: ignore[no-untyped-def]
    return [i for i in tab.entry_indexes() if i.data(ENTRY_ROLE).rule == rule]


def test_follow_an_overdue_action_to_its_meeting_and_close_it(qtbot, db, frozen_clock, ui_language):
    frozen_clock(MONDAY)
    owner = person("Rezaei", "رضایی")
    m = meetings.create_meeting(
        {
            "kind_id": council_id(),
            "title": "شورای بورس",
            "starts_at": MONDAY - dt.timedelta(days=20),
            "ends_at": MONDAY - dt.timedelta(days=20, hours=-2),
        }
    )
    other = meetings.add_action(
        m, {"text": "تهیه فهرست داوطلبان", "due_on": MONDAY.date() + dt.timedelta(days=3)}
    )
    late = meetings.add_action(
        m,
        {
            "text": "ارسال نامه به دانشگاه کارولینسکا",
            "owner_id": owner,
            "due_on": MONDAY.date() - dt.timedelta(days=2),
        },
    )
    tab = TodayTab()
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.refreshed, timeout=10_000):
        tab.show()
        tab.activate()
    late_section = tab.counts["late"].text()
    assert late_section.endswith(i18n.digits("1"))
    [index] = _entries(tab, "action_overdue")
    assert index.data() == "ارسال نامه به دانشگاه کارولینسکا"
    row_cells = [index.sibling(index.row(), c).data() for c in range(4)]
    assert row_cells[1] == i18n.format_date(
        MONDAY.date() - dt.timedelta(days=2)
    )  # the UI's calendar and digits
    assert ("۱۴۰۵/۰۹/۰۷" if ui_language == "fa" else "2026-11-28") == row_cells[1]
    assert (
        i18n.translate("Today", "Owner: %1").replace(
            "%1", "سارا رضایی" if ui_language == "fa" else "Dr. Sara Rezaei"
        )
        == row_cells[3]
    )

    seen: dict[str, object] = {}

    def in_the_meeting(editor) -> None:  # type: ignore[no-untyped-def]
        from app.ui.tabs.meetings.words import current

        seen["page"] = editor.pages.currentWidget() is editor.actions
        seen["chosen"] = current(editor.actions.view).id

        def note(dialog) -> None:  # type: ignore[no-untyped-def]
            edit = dialog.findChild(QPlainTextEdit)
            edit.setFocus()
            type_text("نامه ارسال شد", edit)
            dialog.accept()

        on_dialog(note, QInputDialog)
        qtbot.mouseClick(editor.actions.done_button, Qt.MouseButton.LeftButton)
        seen["open_after"] = [a.id for a in meetings.actions(m) if a.status == "open"]
        qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)

    from app.ui.tabs.meetings.editor import MeetingEditor

    done = on_dialog(in_the_meeting, MeetingEditor)
    tab.view.setFocus()
    tab.view.setCurrentIndex(index)
    with qtbot.waitSignal(tab.refreshed, timeout=10_000):
        press(Qt.Key.Key_Return, tab.view)
    assert done and seen == {"page": True, "chosen": late, "open_after": [other]}
    closed = next(a for a in meetings.actions(m) if a.id == late)
    assert closed.status == "done" and closed.progress == "نامه ارسال شد"
    assert _entries(tab, "action_overdue") == []  # Today read the lists again
    assert tab.counts["late"].text().endswith(i18n.digits("0"))


def test_one_click_opens_an_entry_and_the_tab_reads_again_when_shown(qtbot, db, frozen_clock, ui_language):
    frozen_clock(MONDAY)
    m = meetings.create_meeting(
        {
            "kind_id": council_id(),
            "title": "Council",
            "starts_at": MONDAY + dt.timedelta(days=2),
            "ends_at": MONDAY + dt.timedelta(days=2, hours=2),
        }
    )
    tab = TodayTab()
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.refreshed, timeout=10_000):
        tab.show()
        tab.activate()
    [index] = _entries(tab, "meeting")
    from app.ui.tabs.meetings.editor import MeetingEditor

    opened: list[int | None] = []
    done = on_dialog(lambda editor: (opened.append(editor.saved_id), editor.reject()), MeetingEditor)
    tab.view.scrollTo(index)
    with qtbot.waitSignal(tab.refreshed, timeout=10_000):
        qtbot.mouseClick(
            tab.view.viewport(), Qt.MouseButton.LeftButton, pos=tab.view.visualRect(index).center()
        )
    assert done and opened == [m]
    meetings.create_meeting(
        {
            "kind_id": council_id(),
            "title": "Second council",
            "starts_at": MONDAY + dt.timedelta(days=4),
            "ends_at": MONDAY + dt.timedelta(days=4, hours=2),
        }
    )
    with qtbot.waitSignal(tab.refreshed, timeout=10_000):
        tab.activate()  # shown again after another tab changed the data
    assert [i.data() for i in _entries(tab, "meeting")] == ["Council", "Second council"]


def ctrl_k(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier
    )  # through the window's shortcuts


def test_search_box_ctrl_k_folds_what_is_typed_and_enter_opens(qtbot, db, ui_language):
    from app.ui.tabs.directory.people import PersonDialog
    from app.ui.tabs.today_reminder import install_search

    karimi = directory.save_person(
        {
            "kind": "faculty",
            "first_name_fa": "مریم",
            "last_name_fa": "کریمی",
            "first_name_en": "Maryam",
            "last_name_en": "Karimi",
        }
    )
    guest = directory.save_person({"kind": "foreign_guest", "first_name_en": "Ana", "last_name_en": "Núñez"})
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1000, 600)
    window.show()
    install_search(window, TodayTab())
    box = window.search_box  # type: ignore[attr-defined]
    ctrl_k(qtbot, window)
    assert box.hasFocus()
    type_text("كريمي")  # Arabic kaf and yeh
    qtbot.waitUntil(lambda: box.results.isVisible())
    hit = box.results.current_hit()
    assert (hit.register, hit.record_id) == ("people", karimi)
    opened: list[int | None] = []
    done = on_dialog(lambda dialog: (opened.append(dialog.record_id), dialog.reject()), PersonDialog)
    press(Qt.Key.Key_Return, box)
    assert done and opened == [karimi] and not box.results.isVisible()
    ctrl_k(qtbot, window)  # back in the field, its text chosen: typing replaces it
    assert box.hasFocus() and box.selectedText() == "كريمي"
    type_text("nunez")
    qtbot.waitUntil(
        lambda: box.results.current_hit() is not None and box.results.current_hit().record_id == guest
    )
    press(Qt.Key.Key_Escape, box)
    assert not box.results.isVisible()


def test_the_reminder_once_a_day_without_taking_the_keyboard(
    qtbot, db, frozen_clock, ui_language, monkeypatch
):
    from app.defaults import UI_DEFAULTS

    kept = dict(UI_DEFAULTS)  # the preferences in memory: QSettings("IVC Desk", ...) is the user's own file
    monkeypatch.setattr(i18n, "preference", lambda key: kept[key])
    monkeypatch.setattr(i18n, "set_preference", kept.__setitem__)
    from PySide6.QtWidgets import QLineEdit

    from app.ui.tabs.today_reminder import ReminderNotice, remind_once_a_day, set_reminders

    frozen_clock(MONDAY)
    m = meetings.create_meeting(
        {
            "kind_id": council_id(),
            "title": "Council",
            "starts_at": MONDAY - dt.timedelta(days=9),
            "ends_at": MONDAY - dt.timedelta(days=9, hours=-2),
        }
    )
    meetings.add_action(m, {"text": "Send the minutes", "due_on": MONDAY.date() - dt.timedelta(days=1)})
    window = MainWindow()
    qtbot.addWidget(window)
    tab = TodayTab()
    window.install_tabs([tab])
    window.show()
    field = QLineEdit(window)  # someone is typing somewhere
    field.show()
    field.setFocus()
    window.activateWindow()
    qtbot.waitUntil(field.hasFocus)
    with qtbot.waitSignal(tab.refreshed, timeout=10_000):
        remind_once_a_day(window, tab)
    qtbot.waitUntil(lambda: window.findChild(ReminderNotice) is not None)
    notice = window.findChild(ReminderNotice)
    assert notice.text.text() == i18n.translate("Today", "Today, %1: %2 due today, %3 late.").replace(
        "%1", i18n.format_date(MONDAY.date(), "long")
    ).replace("%2", i18n.digits("0")).replace("%3", i18n.digits("1"))
    qtbot.waitUntil(notice.isVisible)
    assert field.hasFocus()  # the notice took nothing from the field
    qtbot.mouseClick(notice.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(ReminderNotice) is None)
    remind_once_a_day(window, tab)  # the same day again: no second notice
    qtbot.wait(50)
    assert window.findChild(ReminderNotice) is None
    frozen_clock(MONDAY + dt.timedelta(days=1))
    set_reminders(False)  # the Today tab's "Remind me at start", unticked
    remind_once_a_day(window, tab)
    qtbot.wait(50)
    assert window.findChild(ReminderNotice) is None
    set_reminders(True)
    with qtbot.waitSignal(tab.refreshed, timeout=10_000):
        tab.load()
    remind_once_a_day(window, tab)
    qtbot.waitUntil(lambda: window.findChild(ReminderNotice) is not None)
