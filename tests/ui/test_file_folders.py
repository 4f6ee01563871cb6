"""File dialogs open where the person last saved or picked files for the same purpose, else in their
Documents folder, never in the program's folder."""

import os
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from app.ui import file_dialogs
from app.ui.printing import save_pdf


def test_each_purpose_remembers_its_folder(qtbot, db, ui_language, tmp_path, monkeypatch):
    parent = QWidget()
    qtbot.addWidget(parent)
    letters, calendars = tmp_path / "letters", tmp_path / "calendars"
    letters.mkdir()
    calendars.mkdir()
    asked: list[str] = []
    answers = iter([str(letters / "invitation.pdf"), str(calendars / "m.ics"), str(letters / "again.pdf")])

    def person_picks(_parent, _caption, start, _filters):  # the dialog as a person uses it
        asked.append(start)
        return next(answers), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", person_picks)
    first = save_pdf(parent, b"%PDF-1.4 first", "invitation.pdf")
    assert Path(first).read_bytes() == b"%PDF-1.4 first"
    assert Path(asked[0]).parent != Path(os.getcwd())  # not the program's folder
    assert Path(asked[0]).name == "invitation.pdf"
    file_dialogs.save_name(parent, file_dialogs.CALENDAR, "Export", "meeting-1.ics", "*.ics")
    assert Path(asked[1]).parent != letters  # another purpose, its own folder
    save_pdf(parent, b"%PDF-1.4 second", "minutes.pdf")
    assert Path(asked[2]) == letters / "minutes.pdf"  # where the last PDF went
    assert (letters / "again.pdf").read_bytes() == b"%PDF-1.4 second"
    assert file_dialogs.start_folder(file_dialogs.CALENDAR) == calendars
