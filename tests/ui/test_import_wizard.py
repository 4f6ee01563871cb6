"""File › Import… driven as a secretary does, in both interface languages (issue 16): the file typed, the
columns guessed, every row's outcome seen before anything is written, a duplicate updated, the refused rows
left out only when asked, and the import undone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard
from sqlalchemy import select

from app.services import context, directory, imports
from app.services.errors import ServiceError
from app.ui import i18n
from app.ui.i18n import translate
from app.ui.imports.wizard import ImportWizard
from db.models import Person, Unit
from tests.services.import_sheets import agreements_sheet, people_sheet, visits_sheet
from tests.ui.dialogs import click_row, error
from tests.ui.typing import press, type_text


def _people() -> list[Person]:
    with context.database().reading() as session:
        return list(session.execute(select(Person).order_by(Person.id)).scalars())


def _next(qtbot, wizard: QWizard) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    QApplication.processEvents()


@pytest.fixture
def wizard(qtbot, db, ui_language):  # type: ignore[no-untyped-def]
    shown = ImportWizard()
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _choose(qtbot, wizard: ImportWizard, register: str, path: Path) -> None:  # type: ignore[no-untyped-def]
    wizard.choose.register.setCurrentIndex(wizard.choose.register.findData(register))
    wizard.choose.file.setFocus()
    type_text(str(path))
    press(Qt.Key.Key_Tab)
    assert [wizard.choose.sheet.itemText(i) for i in range(wizard.choose.sheet.count())] == [
        "Sheet1",
        "Notes",
    ]
    _next(qtbot, wizard)


def test_a_messy_people_sheet_imported_and_undone(qtbot, wizard, tmp_path):
    directory.save_person({"kind": "foreign_guest", "first_name_en": "Jurgen", "last_name_en": "Muller"})
    _choose(qtbot, wizard, "people", people_sheet(tmp_path / "people.xlsx"))
    assert wizard.currentPage() is wizard.mapping
    assert wizard.mapping.columns["full_name_fa"].currentText() == "نام و نام خانوادگی"
    assert wizard.mapping.columns["email"].currentText() == "ایمیل"
    assert wizard.mapping.columns["phone"].currentData() is None  # no such column: left out
    _next(qtbot, wizard)
    page = wizard.preview
    assert wizard.currentPage() is page
    model = page.model
    assert model.rowCount() == 8
    assert model.index(0, 0).data() == i18n.digits("4")  # the sheet's own row numbers
    texts = {model.rows[r].row: model.index(r, 3).data() for r in range(8)}
    assert error("Possible duplicate of «{name}» (record {id}).").split("«")[0] in texts[10]
    assert "CONCATENATE" in texts[9]
    assert "فضانورد" in texts[11]
    assert len(_people()) == 1  # nothing written by the preview
    counts = [imports.ADD, imports.DUPLICATE, imports.REFUSED]
    assert page.summary.text() == translate(
        "ImportWizard", "To add: %1 · possible duplicates: %2 · refused: %3. Nothing has been written yet."
    ).replace("%1", i18n.digits("3")).replace("%2", i18n.digits("2")).replace("%3", i18n.digits("3"))
    assert [sum(r.outcome == c for r in model.rows) for c in counts] == [3, 2, 3]
    click_row(qtbot, page.view, 5)  # row 10 of the sheet: Müller, stored as Muller
    qtbot.mouseClick(page.choices["update"], Qt.MouseButton.LeftButton)
    assert model.index(5, 4).data() == translate("ImportWizard", "Update it")
    _next(qtbot, wizard)  # Import, with refused rows and nothing ticked: refused in words
    assert wizard.currentPage() is page
    refused = (
        "{count} rows are refused: correct them in the sheet, or import the other rows without them. "
        "Nothing was written."
    )
    assert page.error.text() == i18n.error_text(ServiceError(refused, count=3))
    assert len(_people()) == 1
    page.skip.setFocus()
    press(Qt.Key.Key_Space)
    assert page.skip.isChecked()
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.done_page
    people = _people()
    assert len(people) == 4
    assert (people[0].first_name_en, people[0].last_name_en, people[0].country) == ("Jürgen", "Müller", "DE")
    assert {p.last_name_fa for p in people[1:]} == {"رضایی", "کریمی", "کاظمی"}
    qtbot.mouseClick(wizard.done_page.undo, Qt.MouseButton.LeftButton)
    assert not wizard.done_page.undo.isEnabled()
    people = _people()
    assert [p.id for p in people if p.archived_at is None] == [1] and people[0].last_name_en == "Muller"
    with context.database().reading() as session:
        assert all(u.archived_at is not None for u in session.execute(select(Unit)).scalars())


def test_the_preview_shows_cells_in_their_direction_and_refusals_in_labels(
    qtbot, wizard, tmp_path, ui_language
):
    """A formula typed in a name cell reads «=CONCATENATE(…)» with its «=» first in the Persian interface
    too (an isolate), and an unknown kind is refused with the kinds' labels in the interface's language,
    never the stored codes, wrapped onto as many lines as it needs."""
    _choose(qtbot, wizard, "people", people_sheet(tmp_path / "people.xlsx"))
    _next(qtbot, wizard)
    page = wizard.preview
    model, view = page.model, page.view
    by_row = {model.rows[r].row: r for r in range(model.rowCount())}
    assert model.index(by_row[9], 2).data() == '\u2068=CONCATENATE("a","b")\u2069'
    assert model.index(by_row[4], 2).data() == "\u2068دکتر علی رضایی\u2069"
    unknown = model.index(by_row[11], 3).data()
    labels = (
        "عضو هیئت علمی، دستیار، دانشجوی دکتری، دانشجوی کارشناسی ارشد، دانشجو، کارمند، مهمان خارجی"
        if ui_language == "fa"
        else "Faculty member, Resident, PhD student, MSc student, Student, Staff member, Foreign guest"
    )
    assert f"\u2068{labels}\u2069" in unknown and "\u2068فضانورد\u2069" in unknown
    assert not any(code in unknown for code in ("faculty", "phd_student", "foreign_guest", "staff"))
    if ui_language == "fa":
        assert "is not one of" not in unknown  # the sentence itself is Persian
    assert model.index(by_row[11], 3).data(Qt.ItemDataRole.ToolTipRole) == unknown  # in full
    wizard.resize(700, 640)  # a narrower window: the details column narrows, its rows grow
    row = by_row[11]
    qtbot.waitUntil(lambda: view.rowHeight(row) >= view.sizeHintForRow(row))
    assert view.textElideMode() == Qt.TextElideMode.ElideNone
    assert view.rowHeight(row) > view.fontMetrics().height() * 1.5  # wrapped onto more than one line


def test_a_date_column_read_in_the_calendar_chosen(qtbot, wizard, tmp_path):
    _choose(qtbot, wizard, "agreements", agreements_sheet(tmp_path / "agreements.xlsx"))
    calendar = wizard.mapping.calendars["signed_on"]
    assert calendar.currentData() == "jalali"  # detected
    calendar.setCurrentIndex(calendar.findData("gregorian"))
    _next(qtbot, wizard)
    model = wizard.preview.model
    assert (
        error("{value} is a Jalali date, but this column is read as Gregorian.").split("{value}")[1].strip()
        in model.index(0, 3).data()
    )


def test_a_file_that_is_not_a_workbook_is_said_so_under_the_field(qtbot, wizard, tmp_path):
    (tmp_path / "notes.xlsx").write_text("plain text")
    wizard.choose.file.setFocus()
    type_text(str(tmp_path / "notes.xlsx"))
    press(Qt.Key.Key_Tab)
    assert "notes.xlsx" in wizard.choose.error.text()
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.choose


def test_a_year_of_visits_through_the_wizard(qtbot, wizard, tmp_path):
    from db.models import Visit

    _choose(qtbot, wizard, "visits", visits_sheet(tmp_path / "visits.xlsx"))
    assert wizard.mapping.columns["guests"].currentText() == "نام مهمان"
    assert wizard.mapping.calendars["arrival_date"].currentData() == "jalali"
    _next(qtbot, wizard)
    details = [wizard.preview.model.index(r, 3).data() for r in range(wizard.preview.model.rowCount())]
    assert (
        i18n.error_text(ServiceError("An amount cannot be negative ({value}).", value="-۵۰۰٬۰۰۰"))
        in details[4]
    )
    wizard.preview.skip.setFocus()
    press(Qt.Key.Key_Space)
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.done_page
    with context.database().reading() as session:
        statuses = sorted(v.status for v in session.execute(select(Visit)).scalars())
    assert statuses == ["cancelled", "completed", "completed", "in_progress"]


def test_file_import_opens_the_wizard(qtbot, ui_language):
    from app.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    [action] = [a for a in window.file_menu.actions() if a.text() == translate("MainWindow", "&Import…")]
    assert action in window.database_actions  # enabled once the database is open
    with qtbot.waitSignal(window.import_requested, timeout=1000):
        action.setEnabled(True)
        action.trigger()
