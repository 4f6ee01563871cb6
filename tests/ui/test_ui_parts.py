"""The UI's shared parts: attempt() for calling a service, the rows table model, the Move up / down helper."""

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLineEdit, QMessageBox, QTableView, QWidget

from app.services.errors import ValidationError
from app.ui.attempt import attempt, succeeds
from app.ui.models.paged import ROW_ROLE, Column
from app.ui.models.rows import RowsTableModel
from app.ui.widgets.form import FieldForm
from app.ui.widgets.rows import move_buttons, select_row


@dataclass
class Row:
    id: int
    name: str
    code: str


def refuse(field: str = "name"):
    raise ValidationError(field, "Enter a name.")


def test_attempt_gives_the_value_or_shows_the_refusal_by_its_field(qtbot, monkeypatch):
    holder = QWidget()
    qtbot.addWidget(holder)
    form = FieldForm(holder)
    form.add("name", "Name", QLineEdit())
    boxes = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: boxes.append(text))
    assert attempt(holder, lambda: 42, form=form) == 42
    assert attempt(holder, refuse, form=form) is None
    assert form.error_text("name") == "Enter a name." and boxes == []
    assert attempt(holder, lambda: refuse("email"), form=form) is None  # no such field: a message
    assert boxes == ["Enter a name."]
    assert attempt(holder, lambda: "ok", form=form) == "ok" and form.error_text("name") == ""
    assert succeeds(holder, lambda: None) is True  # a step that returns nothing went through
    shown = []
    assert succeeds(holder, refuse, on_error=shown.append) is False and len(shown) == 1


def test_the_rows_model_shows_columns_tints_and_finds_rows(qapp):
    rows = [Row(1, "Tabriz", "1405/0001/IVC"), Row(7, "Shiraz", "1405/0002/IVC")]
    model = RowsTableModel(
        [
            Column("Name", lambda r: r.name, tooltip=lambda r: f"#{r.id}"),
            Column("Code", lambda r: r.code, ltr=True, align_end=True),
        ],
        background=lambda r: QColor("red") if r.id == 7 else None,
    )
    model.set_rows(rows)
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    assert model.index(1, 0).data() == "Shiraz" and model.index(1, 1).data() == "\u20661405/0002/IVC\u2069"
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "#1"
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) == QColor("red")
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(0, 1).data(ROW_ROLE) is rows[0]
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Code"
    assert model.row_of_id(7) == 1 and model.row_of_id(3) == -1 and model.row_object(5) is None


def test_move_buttons_move_the_chosen_row_and_keep_it_chosen(qtbot, ui_language):
    rows = [Row(1, "a", ""), Row(2, "b", ""), Row(3, "c", "")]
    model = RowsTableModel([Column("Name", lambda r: r.name)])
    model.set_rows(rows)
    view = QTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    holder = QWidget()
    qtbot.addWidget(holder)

    def move(row, offset):
        at = rows.index(row)
        rows.insert(at + offset, rows.pop(at))
        model.set_rows(rows)

    up, down = move_buttons(view, move, holder)
    select_row(view, 0)
    down.click()
    assert [r.name for r in model.rows()] == ["b", "a", "c"] and view.currentIndex().row() == 1
    down.click()
    assert [r.name for r in model.rows()] == ["b", "c", "a"] and view.currentIndex().row() == 2
    up.click()
    assert [r.name for r in model.rows()] == ["b", "a", "c"] and view.currentIndex().row() == 1
