"""People: faculty, residents, students, staff and foreign guests."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from app.services import directory
from app.ui import i18n, labels
from app.ui.dialogs.record import RecordDialog
from app.ui.models.paged import Column, PagedTableModel
from app.ui.widgets.date_edit import DateEdit
from app.ui.widgets.form import FieldForm
from app.ui.widgets.pickers import CodeCombo, InstitutionPicker, UnitPicker
from app.ui.widgets.register_page import RegisterPage


class PersonDialog(RecordDialog):
    TABLE = "people"

    def load(self, record_id: int) -> dict[str, Any] | None:
        return directory.get_person(record_id).values

    TEXT_FIELDS = (
        "title_fa",
        "title",
        "first_name_fa",
        "last_name_fa",
        "first_name_en",
        "last_name_en",
        "position",
        "affiliation",
        "email",
        "phone",
        "passport_number",
    )
    PRINTED_FIELDS = TEXT_FIELDS + ("needs",)

    def build(self, form: FieldForm) -> None:
        self.setWindowTitle(self.tr("Person") if self.record_id is None else self.tr("Edit person"))
        self.kind = form.add(
            "kind", self.tr("Type"), CodeCombo([(k, labels.label(k)) for k in directory.PERSON_KINDS])
        )
        forms = [
            ("", self.tr("None (title and name only)")),
            ("mr", self.tr("Mr (جناب آقای)")),
            ("ms", self.tr("Ms (سرکار خانم)")),
        ]
        self.address_form = form.add("address_form", self.tr("Form of address"), CodeCombo(forms))
        self.address_form.setToolTip(
            self.tr("How letters address this person: «سرکار خانم دکتر …» in Persian, Ms or Dr. in English.")
        )
        self.edits: dict[str, QLineEdit] = {}
        captions = {
            "title_fa": self.tr("Title (Persian)"),
            "title": self.tr("Title (English)"),
            "first_name_fa": self.tr("First name (Persian)"),
            "last_name_fa": self.tr("Family name (Persian)"),
            "first_name_en": self.tr("First name (Latin)"),
            "last_name_en": self.tr("Family name (Latin)"),
        }
        for name, caption in captions.items():
            self.edits[name] = form.add(name, caption, QLineEdit())
        self.rank = form.add(
            "academic_rank",
            self.tr("Academic rank"),
            CodeCombo([(k, labels.label(k)) for k in directory.ACADEMIC_RANKS], allow_empty=True),
        )
        self.unit = form.add("unit_id", self.tr("Unit"), UnitPicker())
        self.institution = form.add("institution_id", self.tr("Partner institution"), InstitutionPicker())
        for name, caption in (
            ("position", self.tr("Position")),
            ("affiliation", self.tr("Affiliation")),
            ("email", self.tr("Email")),
            ("phone", self.tr("Phone")),
        ):
            self.edits[name] = form.add(name, caption, QLineEdit())
        self.country = form.add(
            "country", self.tr("Country"), CodeCombo(labels.countries_sorted(), allow_empty=True)
        )
        self.nationality = form.add(
            "nationality", self.tr("Nationality"), CodeCombo(labels.countries_sorted(), allow_empty=True)
        )
        self.nationality2 = form.add(
            "nationality2",
            self.tr("Second citizenship"),
            CodeCombo(labels.countries_sorted(), allow_empty=True),
        )
        self.second_at_birth = form.add(
            "nationality2_at_birth",
            self.tr("Citizenship at birth"),
            QCheckBox(self.tr("The second citizenship is the one held at birth")),
        )
        self.at_faculty_from = form.add(
            "at_faculty_from", self.tr("At the faculty from"), DateEdit(optional=True)
        )
        self.at_faculty_until = form.add(
            "at_faculty_until", self.tr("At the faculty until"), DateEdit(optional=True)
        )
        self.employed_elsewhere = form.add(
            "employed_elsewhere",
            self.tr("Employer"),
            QCheckBox(self.tr("A visiting academic employed by another institution")),
        )
        self.study_mode = form.add(
            "study_mode",
            self.tr("Study mode"),
            CodeCombo(
                [
                    ("on_campus", self.tr("On campus")),
                    ("offshore", self.tr("Offshore (at a campus abroad)")),
                    ("distance", self.tr("Distance learning")),
                ]
            ),
        )
        self.edits["passport_number"] = form.add("passport_number", self.tr("Passport number"), QLineEdit())
        self.notes = form.add("notes", self.tr("Notes"), QPlainTextEdit())
        self.notes.setMaximumHeight(70)
        self.needs = form.add("needs", self.tr("Dietary or access needs"), QLineEdit())
        # examples in the field's own language, whatever the interface's
        self.edits["title_fa"].setPlaceholderText("دکتر، پروفسور")
        self.edits["title"].setPlaceholderText("Dr., Prof.")
        for name in ("title", "first_name_en", "last_name_en", "email", "phone", "passport_number"):
            self.edits[name].setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        if self.record_id is not None:
            self._add_history(form)
            self.fill(directory.get_person(self.record_id).values)
        else:
            self.country.set_code("IR")
            self.nationality.set_code("IR")

    def _add_history(self, form: FieldForm) -> None:
        """The person's English evaluations for promotion, when they have any."""
        from app.ui.tabs.faculty.evaluation_dialogs import history_text

        text = self.attempt(lambda: history_text(self.record_id))
        if text:
            shown = form.add("evaluations", self.tr("English evaluations"), QLabel(text))
            shown.setObjectName("person_evaluations")
            shown.setWordWrap(True)

    def fill(self, values: dict[str, Any]) -> None:
        self.kind.set_code(values["kind"])
        self.address_form.set_code(values.get("address_form") or "")
        for name, edit in self.edits.items():
            edit.setText(values.get(name) or "")
        self.rank.set_code(values["academic_rank"])
        self.unit.set_record(values["unit_id"])
        self.country.set_code(values["country"])
        self.nationality.set_code(values["nationality"])
        self.nationality2.set_code(values.get("nationality2") or "")
        self.second_at_birth.setChecked(bool(values.get("nationality2_at_birth")))
        self.at_faculty_from.set_date(values.get("at_faculty_from"))
        self.at_faculty_until.set_date(values.get("at_faculty_until"))
        self.employed_elsewhere.setChecked(bool(values.get("employed_elsewhere")))
        self.study_mode.set_code(values.get("study_mode") or "on_campus")
        self.notes.setPlainText(values["notes"])
        self.needs.setText(values.get("needs") or "")
        self.institution.set_record(values["institution_id"])

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: edit.text() for name, edit in self.edits.items()}
        values.update(
            kind=self.kind.code(),
            address_form=self.address_form.code(),
            academic_rank=self.rank.code(),
            unit_id=self.unit.record_id(),
            institution_id=self.institution.record_id(),
            country=self.country.code(),
            nationality=self.nationality.code(),
            nationality2=self.nationality2.code(),
            nationality2_at_birth=self.second_at_birth.isChecked(),
            at_faculty_from=self.at_faculty_from.date_value(),
            at_faculty_until=self.at_faculty_until.date_value(),
            employed_elsewhere=self.employed_elsewhere.isChecked(),
            study_mode=self.study_mode.code(),
            notes=self.notes.toPlainText(),
            needs=self.needs.text(),
        )
        return values

    def save(self, values: dict[str, Any], record_id: int | None) -> int:
        return directory.save_person(values, record_id)


def people_columns() -> list[Column]:
    lang = i18n.language()
    translate = i18n.translate
    other = "en" if lang == "fa" else "fa"
    return [
        Column(
            translate("PeoplePage", "Name"),
            lambda r: r.name(lang),
            "name_" + lang,
            tooltip=lambda r: r.name(other),
        ),
        Column(translate("PeoplePage", "Type"), lambda r: labels.label(r.kind), "kind"),
        Column(
            translate("PeoplePage", "Unit"),
            lambda r: r.unit_fa if lang == "fa" else (r.unit_en or r.unit_fa),
            "unit",
        ),
        Column(translate("PeoplePage", "Email"), lambda r: r.email, "email", ltr=True),
        Column(translate("PeoplePage", "Phone"), lambda r: r.phone, "phone", ltr=True),
        Column(translate("PeoplePage", "Country"), lambda r: labels.country(r.country), "country"),
        Column(translate("PeoplePage", "Passport"), lambda r: r.passport_masked, ltr=True),
    ]


class PeoplePage(RegisterPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        model = PagedTableModel(
            people_columns(),
            directory.list_people,
            directory.PageRequest(sort="name_" + i18n.language()),
        )
        super().__init__(model, PersonDialog, directory.archive_person, directory.restore_person, parent)
