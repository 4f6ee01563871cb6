"""Shared widgets every tab reuses: person picker, unit picker, money edit."""

import pytest
from PySide6.QtWidgets import QApplication

from app.common.money import MoneyError
from app.services import directory
from app.ui import i18n
from app.ui.widgets.money_edit import MoneyEdit
from app.ui.widgets.pickers import PersonPicker, UnitPicker


@pytest.fixture
def english(qt_settings):
    i18n.install(QApplication.instance(), "en")


def test_person_picker_finds_by_either_script(qtbot, db, english):
    ali = directory.save_person(
        {
            "kind": "faculty",
            "first_name_fa": "علی",
            "last_name_fa": "کریمی",
            "first_name_en": "Ali",
            "last_name_en": "Karimi",
            "country": "IR",
        }
    )
    picker = PersonPicker()
    qtbot.addWidget(picker)
    chosen = []
    picker.person_changed.connect(chosen.append)
    qtbot.keyClicks(picker, "kari")
    qtbot.waitUntil(lambda: picker._model.rowCount() == 1)
    picker._chosen(picker._model.index(0, 0))
    assert picker.person_id() == ali and chosen == [ali] and picker.text() == "Ali Karimi"
    qtbot.keyClicks(picker, "x")  # typing again forgets the choice
    assert picker.person_id() is None and chosen == [ali, None]


def test_unit_picker_lists_units_with_an_empty_choice(qtbot, db, english):
    unit = directory.save_unit({"kind": "hospital", "name_fa": "بیمارستان سینا", "name_en": "Sina Hospital"})
    picker = UnitPicker()
    qtbot.addWidget(picker)
    assert picker.record_id() is None
    picker.set_record(unit)
    assert picker.record_id() == unit and picker.currentText() == "Sina Hospital (Hospital)"


def test_money_edit_reads_minor_units_and_tidies(qtbot, english):
    edit = MoneyEdit(currency="EUR")
    qtbot.addWidget(edit)
    assert edit.minor_units() is None
    qtbot.keyClicks(edit.amount, "1250.5")
    assert edit.minor_units() == 125050
    edit.amount.editingFinished.emit()
    assert edit.amount.text() == "1,250.50"
    edit.amount.setText("twelve")
    with pytest.raises(MoneyError):
        edit.minor_units()
    edit.set_value(15_000_000, "IRR")
    assert edit.currency_code() == "IRR" and edit.minor_units() == 15_000_000


def test_a_row_chosen_from_code_is_selected_in_either_direction(qtbot, ui_language):
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QAbstractItemView, QPushButton, QTableView

    from app.ui.widgets.rows import enable_with_row, select_row

    model = QStandardItemModel(0, 2)
    for row in range(3):
        model.appendRow([QStandardItem(f"{row}a"), QStandardItem(f"{row}b")])
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    qtbot.addWidget(view)
    button = QPushButton()
    enable_with_row(view, (button,))
    assert not button.isEnabled()
    view.show()
    select_row(view, 2)
    assert view.currentIndex().row() == 2 and [i.row() for i in view.selectionModel().selectedRows()] == [2]
    assert button.isEnabled()
    select_row(view, 7)  # out of range: nothing changes
    assert view.currentIndex().row() == 2
    model.clear()  # a reset leaves nothing chosen, and the button follows
    assert not button.isEnabled()
