"""What a secretary sees when data safety matters: backups, restore, read-only, damage, audit log."""

import datetime as dt
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services import backups, context, directory
from app.ui import i18n
from app.ui.dialogs.audit_log import AuditLogDialog
from app.ui.dialogs.backups import RestoreDialog
from app.ui.main_window import MainWindow
from app.ui.startup import Startup

PERSON = {"kind": "staff", "last_name_en": "Ahmadi", "country": "IR"}


@pytest.fixture
def english(qt_settings):
    i18n.install(QApplication.instance(), "en")


def start(qtbot, monkeypatch, answer=QMessageBox.StandardButton.Yes):
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(text) or answer)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a, **k: shown.append(text))
    window = MainWindow()
    qtbot.addWidget(window)
    startup = Startup(QApplication.instance(), window, exit_after_start=False)
    startup.app = _NoQuit()
    window.show()  # the first paint opens the database
    qtbot.waitUntil(lambda: window.tabs.count() >= 6 or bool(asked) or bool(shown), timeout=10_000)
    return window, startup, asked, shown


class _NoQuit:
    """Stands in for the application in these tests: quitting is recorded, not done."""

    quit_called = False

    def quit(self):
        self.quit_called = True

    class aboutToQuit:  # noqa: N801 - mimics the signal's name
        @staticmethod
        def connect(_slot):
            pass


def test_second_instance_opens_read_only_with_a_banner(qtbot, db, english, monkeypatch):
    from app.services import settings

    settings.save({"setup_done": "1"})
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys,time\nfrom app.services import context\ncontext.close_database()\n"
            "context.open_database(sys.argv[1])\nprint('open', flush=True)\ntime.sleep(60)",
            str(db),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    context.close_database()
    try:
        assert holder.stdout.readline().strip() == "open"
        window, _startup, asked, _shown = start(qtbot, monkeypatch)
        assert "already open" in asked[0] and "read-only" in asked[0]
        assert context.database().readonly
        qtbot.waitUntil(lambda: window.banner.isVisibleTo(window))
        assert "Read-only" in window.banner.text()
    finally:
        holder.kill()
        holder.wait()


def test_damaged_database_offers_the_newest_good_backup(qtbot, db, english, monkeypatch):
    from app.services import settings

    settings.save({"setup_done": "1"})
    directory.save_person(PERSON)
    backups.take_backup("close")
    context.close_database()
    raw = bytearray(db.read_bytes())
    for page in range(1, len(raw) // 4096):
        raw[page * 4096 : page * 4096 + 12] = b"\xff" * 12
    db.write_bytes(bytes(raw))
    window, _startup, asked, shown = start(qtbot, monkeypatch)
    qtbot.waitUntil(lambda: bool(asked))  # found at once, or by the background check
    assert "damaged" in asked[0] and "Restore the newest good backup" in asked[0]
    assert shown == []
    qtbot.waitUntil(lambda: directory.list_people().total == 1)
    assert window.tabs.count() >= 6


def test_restore_dialog_lists_backups_with_counts(qtbot, db, english):
    directory.save_person(PERSON)
    backups.take_backup("manual")
    dialog = RestoreDialog()
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    assert dialog.model.item(0, 1).text() == "Manual"
    assert dialog.model.item(0, 3).text() == "1 people, 0 letters"
    dialog.accept()
    assert dialog.chosen == backups.list_backups()[0].path


def test_audit_log_filters_by_record_and_person(qtbot, db, english):
    first = directory.save_person(PERSON)
    directory.save_person({**PERSON, "last_name_en": "Karimi"}, first)
    context.set_actor("Mina")
    directory.save_unit({"kind": "hospital", "name_fa": "بیمارستان سینا"})
    dialog = AuditLogDialog()
    qtbot.addWidget(dialog)
    assert dialog.model.total == 3
    dialog.table_filter.setCurrentIndex(dialog.table_filter.findData("people"))
    assert dialog.model.total == 2
    assert dialog.model.data(dialog.model.index(0, 4)) == "Changed"
    assert "last_name_en: \u2068Ahmadi\u2069 → \u2068Karimi\u2069" in dialog.model.data(
        dialog.model.index(0, 5)
    )
    dialog.table_filter.setCurrentIndex(0)
    dialog.actor.setText("Mina")
    assert dialog.model.total == 1
    dialog.since.set_date(dt.date.today() + dt.timedelta(days=1))
    assert dialog.model.total == 0


@pytest.mark.parametrize(
    "lang, words",
    [
        (
            "en",
            (
                "Issued after this backup and registered again",
                "Letters: 1405/0001/IVC, 1405/0002/IVC",
                "Meetings: 1/1405",
            ),
        ),
        ("fa", ("پس از این پشتیبان صادر شده", "نامه‌ها: ۱۴۰۵/۰۰۰۱/IVC، ۱۴۰۵/۰۰۰۲/IVC", "جلسه‌ها: ۱/۱۴۰۵")),
    ],
)
def test_the_restore_message_says_what_was_registered_again_and_what_was_taken_back(
    qtbot, db, qt_settings, lang, words
):
    from app.services import letters
    from app.ui.safety import restore_message
    from tests.services.meetings_helpers import new_council

    i18n.install(QApplication.instance(), lang)
    backup = backups.take_backup("manual")
    for n in range(2):
        letters.issue_letter(
            letters.save_draft({"lang": "en", "recipient": "A", "subject": f"S{n}", "body": "B"}),
            dt.date(2026, 11, 24),
        )
    new_council()
    text = restore_message(backups.restore_backup(backup))
    for word in words:
        assert word in text, (word, text)
