"""Draft or change an ordinance: kind, recipient, unit, position, term, text; the filled text beside it."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services import ordinances
from app.services.errors import ServiceError
from app.ui import i18n, labels
from app.ui.dialogs import conflict
from app.ui.dialogs.guarded import GuardedDialog
from app.ui.dialogs.sizing import remembered_splitter
from app.ui.i18n import error_text, translate
from app.ui.printing import open_pdf
from app.ui.tabs.ordinances.widgets import english_text, persian_text
from app.ui.widgets.date_edit import DateEdit
from app.ui.widgets.form import FieldForm
from app.ui.widgets.pickers import PersonPicker, UnitPicker
from app.ui.widgets.signatory_choice import SignatoryChoice

_TEXT_FIELDS = (
    "recipient_title_fa",
    "recipient_title_en",
    "position_fa",
    "position_en",
    "signatory_name_fa",
    "signatory_title_fa",
    "signatory_name_en",
    "signatory_title_en",
)
_LONG_FIELDS = ("body_fa", "body_en", "copies_to_fa", "copies_to_en")


class OrdinanceDialog(GuardedDialog):
    """`record_id` None drafts a new ordinance (with `initial` values, e.g. a unit and a kind)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        record_id: int | None = None,
        initial: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.record_id = record_id
        self.saved_id: int | None = None
        self.check = conflict.VersionCheck("ordinances")  # a save over another PC's change asks first
        self._names = {"recipient_name_fa": "", "recipient_name_en": ""}
        self._kind_id: int | None = None
        self._previous_id: int | None = None
        self.setWindowTitle(translate("Ordinances", "Ordinance"))
        self.resize(1180, 640)
        self.form = FieldForm()
        self._build_form()
        holder = QWidget()
        holder.setLayout(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(holder)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(self._build_preview())
        splitter.setSizes([620, 560])
        remembered_splitter(splitter, "ordinance-editor")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.accept)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.update_preview)
        if record_id is not None:
            self.check.seen(record_id)
            self.fill(ordinances.get_ordinance(record_id))
        else:
            self.fill_new(initial or {})
        self._connect_changes()
        self.update_preview()

    # ------------------------------------------------------------- layout

    def _build_form(self) -> None:
        form = self.form
        self.kind = form.add("kind_id", translate("Ordinances", "Kind"), QComboBox())
        for kind in ordinances.list_kinds():
            self.kind.addItem(kind.name(i18n.language()), kind.id)
        self.person = form.add("person_id", translate("Ordinances", "Recipient"), PersonPicker())
        self.unit = form.add("unit_id", translate("Ordinances", "Department or hospital"), UnitPicker())
        self.previous = form.add(
            "previous_id", translate("Ordinances", "Renews, supersedes or revokes"), QComboBox()
        )
        captions = {
            "recipient_title_fa": translate("Ordinances", "Title in Persian (e.g. جناب آقای دکتر)"),
            "recipient_title_en": translate("Ordinances", "Title in English (e.g. Dr.)"),
            "position_fa": translate("Ordinances", "Position (Persian)"),
            "position_en": translate("Ordinances", "Position (English)"),
        }
        self.edits: dict[str, QLineEdit] = {
            name: form.add(name, caption, QLineEdit()) for name, caption in captions.items()
        }
        self.term_start = form.add(
            "term_start", translate("Ordinances", "Term from"), DateEdit(optional=True)
        )
        self.term_end = form.add("term_end", translate("Ordinances", "Term until"), DateEdit(optional=True))
        self.texts: dict[str, QPlainTextEdit] = {}
        for name, caption, height in (
            ("body_fa", translate("Ordinances", "Text (Persian)"), 150),
            ("body_en", translate("Ordinances", "Text (English)"), 150),
            ("copies_to_fa", translate("Ordinances", "Copies to, Persian (one per line)"), 60),
            ("copies_to_en", translate("Ordinances", "Copies to, English (one per line)"), 60),
        ):
            self.texts[name] = form.add(name, caption, QPlainTextEdit())
            self.texts[name].setMinimumHeight(height)
        for name, text in self.texts.items():
            (persian_text if name.endswith("_fa") else english_text)(text)
        for combo in (self.kind, self.unit, self.previous):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(24)
        self.fields_hint = QLabel(
            translate("Ordinances", "Fields: %1").replace(
                "%1", "  ".join("{" + f + "}" for f in ordinances.FIELDS)
            )
        )
        self.fields_hint.setWordWrap(True)
        self.fields_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow("", self.fields_hint)
        self.signed_by = form.add("signed_by", translate("Ordinances", "Signed by"), SignatoryChoice())
        self.signed_by.chosen.connect(self._signatory_chosen)
        for name, caption in (
            ("signatory_name_fa", translate("Ordinances", "Signatory (Persian)")),
            ("signatory_title_fa", translate("Ordinances", "Signatory's title (Persian)")),
            ("signatory_name_en", translate("Ordinances", "Signatory (English)")),
            ("signatory_title_en", translate("Ordinances", "Signatory's title (English)")),
        ):
            self.edits[name] = form.add(name, caption, QLineEdit())
        for name in ("recipient_title_en", "position_en", "signatory_name_en", "signatory_title_en"):
            self.edits[name].setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    def _signatory_chosen(self, signatory: Any) -> None:
        for lang in ordinances.LANGS:
            self.edits[f"signatory_name_{lang}"].setText(signatory.name(lang))
            self.edits[f"signatory_title_{lang}"].setText(signatory.title(lang))

    def _build_preview(self) -> QWidget:
        panel = QWidget()
        column = QVBoxLayout(panel)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("Ordinances", "Preview in")))
        self.preview_lang = QComboBox()
        for code in ordinances.LANGS:
            self.preview_lang.addItem(labels.label(code), code)
        self.preview_lang.setCurrentIndex(self.preview_lang.findData(i18n.language()))
        top.addWidget(self.preview_lang)
        top.addStretch(1)
        self.pdf_button = QPushButton(translate("Ordinances", "Preview PDF"))
        top.addWidget(self.pdf_button)
        column.addLayout(top)
        self.preview = QTextBrowser()
        self.preview.setObjectName("preview")
        column.addWidget(self.preview, 1)
        self.preview_lang.currentIndexChanged.connect(lambda _i: self.update_preview())
        self.pdf_button.clicked.connect(self.show_pdf)
        return panel

    def _connect_changes(self) -> None:
        for edit in self.edits.values():
            edit.textChanged.connect(lambda _t: self._timer.start())
        for text in self.texts.values():
            text.textChanged.connect(self._timer.start)
        for date in (self.term_start, self.term_end):
            date.dateChanged.connect(lambda _d: self._timer.start())
        self.unit.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.previous.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.person.person_changed.connect(self._person_chosen)

    # ------------------------------------------------------------- values

    def fill_new(self, initial: dict[str, Any]) -> None:
        kind_id = initial.get("kind_id") or self.kind.currentData()
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind_id)))
        values = ordinances.new_draft_values(
            self.kind.currentData(), initial.get("person_id"), initial.get("unit_id")
        )
        self._set_values(values)
        if initial.get("person_id"):
            self._person_chosen(initial["person_id"])

    def fill(self, values: dict[str, Any]) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(values["kind_id"])))
        self._set_values(values)
        self._names = {name: values[name] for name in self._names}
        self.person.set_person(
            values["person_id"],
            values["recipient_name_fa" if i18n.language() == "fa" else "recipient_name_en"],
        )
        self._reload_previous(values["person_id"], values["previous_id"])

    def _set_values(self, values: dict[str, Any]) -> None:
        self._kind_id = values["kind_id"]
        self.unit.set_record(values.get("unit_id"))
        for name, edit in self.edits.items():
            edit.setText(values.get(name) or "")
        for name, text in self.texts.items():
            text.setPlainText(values.get(name) or "")
        self.term_start.set_date(values.get("term_start"))
        self.term_end.set_date(values.get("term_end"))
        self.signed_by.show_matching(values.get("signatory_name_fa") or values.get("signatory_name_en") or "")

    def _kind_changed(self) -> None:
        """A new draft takes the chosen kind's position, term and text, keeping recipient and unit."""
        if self.record_id is not None or self.kind.currentData() == self._kind_id:
            self._timer.start()
            return
        values = ordinances.new_draft_values(
            self.kind.currentData(),
            self.person.person_id(),
            self.unit.record_id(),
            self.term_start.date_value(),
        )
        keep = {
            name: self.edits[name].text()
            for name in (
                "recipient_title_fa",
                "recipient_title_en",
                "signatory_name_fa",
                "signatory_title_fa",
                "signatory_name_en",
                "signatory_title_en",
            )
        }
        self._set_values({**values, **keep})
        self._timer.start()

    def _person_chosen(self, person_id: int | None) -> None:
        if person_id is None:
            self._names = {"recipient_name_fa": "", "recipient_name_en": ""}
        else:
            found = self.attempt(lambda: ordinances.recipient_for(person_id), form=self.form)
            if found is None:
                return
            self._names = {name: found[name] for name in self._names}
            for name in ("recipient_title_fa", "recipient_title_en"):
                self.edits[name].setText(found[name])
        self._reload_previous(person_id, self._previous_id)
        self._timer.start()

    def _reload_previous(self, person_id: int | None, current: int | None) -> None:
        self._previous_id = current
        self.previous.blockSignals(True)
        self.previous.clear()
        self.previous.addItem(translate("Ordinances", "(none)"), None)
        for issued in ordinances.in_force_for(person_id) if person_id else []:
            position = issued.position_fa if i18n.language() == "fa" else issued.position_en
            self.previous.addItem(f"{i18n.digits(issued.number)} — {position}", issued.id)
        if current is not None and self.previous.findData(current) < 0:
            self.previous.addItem(str(current), current)  # a renewal's ordinance, chosen before
        self.previous.setCurrentIndex(max(0, self.previous.findData(current)))
        self.previous.blockSignals(False)

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: edit.text() for name, edit in self.edits.items()}
        values.update({name: text.toPlainText() for name, text in self.texts.items()})
        values.update(self._names)
        values.update(
            kind_id=self.kind.currentData(),
            person_id=self.person.person_id(),
            unit_id=self.unit.record_id(),
            previous_id=self.previous.currentData(),
            term_start=self.term_start.date_value(),
            term_end=self.term_end.date_value(),
        )
        return values

    # ------------------------------------------------------------- preview and save

    def done(self, result: int) -> None:
        # a preview due after the dialog closed would query for nothing (or a closed database)
        self._timer.stop()
        super().done(result)

    def update_preview(self) -> None:
        lang = self.preview_lang.currentData()
        self.preview.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if lang == "fa" else Qt.LayoutDirection.LeftToRight
        )
        try:
            text = ordinances.preview_text(self.values(), lang)
        except ServiceError as error:
            self.preview.setPlainText(error_text(error))
            self.preview.setStyleSheet("color: #b3261e;")
            return
        self.preview.setStyleSheet("")
        title = " ".join(
            p
            for p in (self.edits[f"recipient_title_{lang}"].text(), self._names[f"recipient_name_{lang}"])
            if p
        )
        paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n"))
        self.preview.setHtml(
            f"<h3 align='center'>{html.escape(self.kind.currentText())}</h3>"
            f"<p><b>{html.escape(title)}</b></p>{paragraphs}"
        )

    def preview_text(self) -> str:
        return self.preview.toPlainText()

    def show_pdf(self) -> None:
        data = self.attempt(
            lambda: ordinances.preview_pdf(self.values(), self.preview_lang.currentData()), form=self.form
        )
        if data is not None:
            open_pdf(self, data, "ordinance-preview")

    def snapshot(self) -> dict[str, Any]:
        return self.values()

    def save_changes(self) -> bool:
        saved = self.attempt(
            lambda: self.check.save(lambda: ordinances.save_draft(self.values(), self.record_id)),
            form=self.form,
        )
        choice = self.check.resolve(self)
        if choice == conflict.KEEP:  # saved on top of their version, knowingly
            return self.save_changes()
        if choice == conflict.RELOAD and self.record_id is not None:
            self.fill(ordinances.get_ordinance(self.record_id))
            self.update_preview()
            self.mark_clean()
        if saved is None:
            return False
        self.saved_id = saved
        return True
