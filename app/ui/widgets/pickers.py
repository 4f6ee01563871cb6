"""Pickers for records of the directory: a person found by typing either script, a unit from a list."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from app.services import directory
from app.ui import i18n, labels

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PersonPicker(QLineEdit):
    """Type part of a name (Persian or Latin), an email or a phone number; pick from the suggestions."""

    person_changed = Signal(object)  # the chosen id, or None

    def __init__(self, parent: QWidget | None = None, kinds: tuple[str, ...] = ()) -> None:
        super().__init__(parent)
        self._person_id: int | None = None
        self._kinds = kinds
        self.setPlaceholderText(self.tr("Type a name, email or phone…"))
        self.setClearButtonEnabled(True)
        self._model = QStandardItemModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setWidget(self)
        self._completer.activated[QModelIndex].connect(self._chosen)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self._suggest)
        self.textEdited.connect(self._typed)

    def person_id(self) -> int | None:
        return self._person_id

    def set_person(self, person_id: int | None, name: str = "") -> None:
        self._person_id = person_id
        self.setText(name)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # A suggestion still pending when the dialog closes is dropped: nobody is there to pick it.
        self._timer.stop()
        super().hideEvent(event)

    def _typed(self, _text: str) -> None:
        if self._person_id is not None:
            self._person_id = None
            self.person_changed.emit(None)
        self._timer.start()

    def _suggest(self) -> None:
        text = self.text().strip()
        self._model.clear()
        if not text:
            return
        for row in directory.list_people(directory.PageRequest(search=text, limit=15)).rows:
            if self._kinds and row.kind not in self._kinds:
                continue
            unit = row.unit_fa if i18n.language() == "fa" else row.unit_en
            item = QStandardItem(
                " — ".join(part for part in (row.name(i18n.language()), unit or row.email) if part)
            )
            item.setData(row.id, ID_ROLE)
            item.setData(row.name(i18n.language()), Qt.ItemDataRole.EditRole + 100)
            self._model.appendRow(item)
        if self._model.rowCount():
            self._completer.complete()

    def _chosen(self, index: QModelIndex) -> None:
        self._person_id = index.data(ID_ROLE)
        self.setText(index.data(Qt.ItemDataRole.EditRole + 100))
        self.person_changed.emit(self._person_id)


class RecordCombo(QComboBox):
    """A choice among a short register (units, partners), with an empty choice; type to narrow the list.

    `entries()` returns (id, text) pairs in the order to show.
    """

    def __init__(self, parent: QWidget | None = None, allow_empty: bool = True) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._allow_empty = allow_empty
        self.reload()

    def entries(self) -> list[tuple[int, str]]:
        raise NotImplementedError

    def reload(self) -> None:
        current = self.record_id() if self.count() else None
        self.clear()
        if self._allow_empty:
            self.addItem("", None)
        for record_id, text in self.entries():
            self.addItem(text, record_id)
        self.set_record(current)

    def record_id(self) -> int | None:
        index = self.currentIndex()
        return self.itemData(index) if index >= 0 and self.currentText() == self.itemText(index) else None

    def set_record(self, record_id: int | None) -> None:
        index = self.findData(record_id)
        self.setCurrentIndex(max(0, index) if self._allow_empty or index >= 0 else -1)


class UnitPicker(RecordCombo):
    """Departments, hospitals and research centres."""

    def entries(self) -> list[tuple[int, str]]:
        lang = i18n.language()
        units = directory.list_units(directory.PageRequest(sort="name_" + lang, limit=1000)).rows
        return [(u.id, f"{u.name(lang)} ({labels.label(u.kind)})") for u in units]


class InstitutionPicker(RecordCombo):
    """Partner universities and institutes (the first thousand in name order)."""

    def entries(self) -> list[tuple[int, str]]:
        lang = i18n.language()
        partners = directory.list_institutions(directory.PageRequest(sort="name_" + lang, limit=1000)).rows
        return [(p.id, f"{p.name(lang)} ({labels.country(p.country)})") for p in partners]


class CodeCombo(QComboBox):
    """A choice among stored codes shown by their translated labels (kinds, ranks, statuses, countries)."""

    def __init__(
        self, items: list[tuple[str, str]], parent: QWidget | None = None, allow_empty: bool = False
    ) -> None:
        super().__init__(parent)
        if allow_empty:
            self.addItem("", "")
        for code, text in items:
            self.addItem(text, code)

    def code(self) -> str:
        return self.currentData() or ""

    def set_code(self, code: str) -> None:
        self.setCurrentIndex(max(0, self.findData(code or "")))
