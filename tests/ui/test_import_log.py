"""File › Import log (issue 16): the past imports with their counts, Undo, and Undo refused in words when a
record was changed since; in both interface languages, checked against what the database then holds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from app.common.text import to_latin_digits
from app.services import context, directory, imports
from app.ui import i18n
from app.ui.imports.log import ImportLogDialog
from app.ui.main_window import MainWindow
from db.models import Person
from tests.services.import_sheets import people_sheet


def _import(tmp_path) -> int:  # type: ignore[no-untyped-def]
    table = imports.open_sheet("people", people_sheet(tmp_path / "people.xlsx"))
    preview = imports.preview("people", table, imports.guess_mapping("people", table))
    return imports.apply_import(preview, skip_refused=True).batch


def _karimi() -> int:
    with context.database().reading() as session:
        return session.execute(select(Person.id).where(Person.last_name_en == "Karimi")).scalar_one()


def _archived_people() -> int:
    with context.database().reading() as session:
        return len(session.execute(select(Person.id).where(Person.archived_at.is_not(None))).all())


def test_the_log_lists_imports_and_refuses_an_undo_in_words(qtbot, db, ui_language, tmp_path, monkeypatch):
    first = _import(tmp_path)
    karimi = _karimi()
    directory.save_person({**directory.get_person(karimi).values, "position": "Head"}, karimi)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    dialog = ImportLogDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 1
    cells = [dialog.model.index(0, c).data() for c in range(7)]
    assert cells[0] == i18n.digits(str(first))
    assert cells[3] == i18n.translate("imports", "People")
    assert cells[4].startswith("people.xlsx")
    assert cells[5] == i18n.digits(dialog.tr("%1 added, %2 updated").replace("%1", "4").replace("%2", "0"))
    assert dialog.undo_button.isEnabled()
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    refusal = dialog.message.text()
    assert "\u2068Maryam Karimi\u2069 / \u2068مریم کریمی\u2069" in refusal  # the record changed, by name
    assert "(5)" in to_latin_digits(refusal)  # and its row in the sheet
    words = i18n.translate(
        "errors",
        "This import cannot be undone: these records (with their row in the sheet) have been "
        "changed or used since: {records}.",
    )
    assert refusal.startswith(words.split("{records}")[0].strip())
    assert _archived_people() == 0  # nothing was changed
    assert dialog.model.index(0, 6).data() == dialog.tr("In place")


def test_undo_from_the_log_archives_the_batch_and_the_lists_reload(
    qtbot, db, ui_language, tmp_path, monkeypatch
):
    from tests.ui.dialogs import on_dialog

    batch = _import(tmp_path)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    window = MainWindow()
    qtbot.addWidget(window)
    reloaded: list[bool] = []
    monkeypatch.setattr(window, "reload_tabs", lambda: reloaded.append(True))
    seen: dict[str, object] = {}

    def undo(dialog: ImportLogDialog) -> None:
        dialog.undo_button.click()
        seen["message"] = dialog.message.text()
        seen["state"] = dialog.model.index(0, 6).data()
        seen["enabled"] = dialog.undo_button.isEnabled()
        dialog.reject()

    done = on_dialog(undo, ImportLogDialog)
    window.open_import_log()
    assert done
    assert seen["state"] == i18n.translate("ImportLogDialog", "Undone") and seen["enabled"] is False
    assert i18n.digits(str(batch)) in str(seen["message"])
    assert _archived_people() == 4  # the four people the sheet added
    assert imports.list_imports()[0].undone
    assert reloaded == [True]
