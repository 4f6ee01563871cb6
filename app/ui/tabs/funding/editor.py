"""The request editor: the kind of request, the applicant, the conference and paper (or for the other kinds
the host, the months, the plan and the language certificate), the requested costs, the documents'
checklist, the rules checked live as the secretary types, and the request's history. Only drafts can be
changed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.common.money import MoneyError
from app.services import directory, funding
from app.services.errors import ServiceError, ValidationError
from app.services.funding.kinds import (
    APPLICANT_KINDS,
    LANGUAGE_CERTIFICATES,
    LINE_KINDS,
    PRESENTATION_KINDS,
    REQUEST_KINDS,
)
from app.ui import i18n, labels
from app.ui.dialogs.record import RecordDialog
from app.ui.i18n import error_text, translate
from app.ui.tabs.funding.side_panel import RequestSidePanel
from app.ui.tabs.funding.words import RANKS, findings_html, history_line, names, score_tenths, score_text
from app.ui.widgets.date_edit import DateEdit
from app.ui.widgets.form import FieldForm
from app.ui.widgets.money_edit import MoneyEdit
from app.ui.widgets.pickers import CodeCombo, InstitutionPicker, PersonPicker, UnitPicker


class RequestDialog(RequestSidePanel, RecordDialog):
    TABLE = "funding_requests"

    def reload_record(self, record_id: int) -> None:
        self.fill_record(funding.get_request(record_id))
        self._kind_changed()
        self._recheck()

    def build(self, form: FieldForm) -> None:
        self.setWindowTitle(translate("FundingEditor", "Support request"))
        self.setMinimumSize(1100, 600)
        self.request_kind = form.add(
            "kind", translate("FundingEditor", "Kind of request"), CodeCombo(names(REQUEST_KINDS))
        )
        self.request_kind.setObjectName("request_kind")
        self.applicant = form.add(
            "applicant_id", translate("FundingEditor", "Applicant"), PersonPicker(kinds=APPLICANT_KINDS)
        )
        self.kind = form.add(
            "applicant_kind", translate("FundingEditor", "Applicant is"), CodeCombo(names(APPLICANT_KINDS))
        )
        self.rank = form.add(
            "academic_rank",
            translate("FundingEditor", "Academic rank"),
            CodeCombo(names(RANKS), allow_empty=True),
        )
        self.supervisor = form.add(
            "supervisor_id", translate("FundingEditor", "Supervisor"), PersonPicker(kinds=("faculty",))
        )
        self.unit = form.add("unit_id", translate("FundingEditor", "Department"), UnitPicker())
        self.conference = form.add("conference", translate("FundingEditor", "Conference"), QLineEdit())
        self.organiser = form.add("organiser", translate("FundingEditor", "Organiser"), QLineEdit())
        self.city = form.add("city", translate("FundingEditor", "City"), QLineEdit())
        self.country = form.add(
            "country",
            translate("FundingEditor", "Country"),
            CodeCombo(labels.countries_sorted(), allow_empty=True),
        )
        dates_row = QWidget()
        row = QHBoxLayout(dates_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.starts_on, self.ends_on = DateEdit(), DateEdit()
        row.addWidget(self.starts_on)
        row.addWidget(QLabel(translate("FundingEditor", "to")))
        row.addWidget(self.ends_on)
        form.add("starts_on", translate("FundingEditor", "Dates"), dates_row)
        form._errors["ends_on"] = form._errors["starts_on"]  # noqa: SLF001 - one row holds both dates
        form._widgets["ends_on"] = self.ends_on  # noqa: SLF001
        self.presentation = form.add(
            "presentation_kind",
            translate("FundingEditor", "Presentation"),
            CodeCombo(names(PRESENTATION_KINDS)),
        )
        self.paper = form.add("paper_title", translate("FundingEditor", "Paper title"), QLineEdit())
        self.position = form.add(
            "author_position", translate("FundingEditor", "Author position (1 = first author)"), QSpinBox()
        )
        self.position.setRange(1, 50)
        self._case_fields(form)
        self.lines: dict[str, MoneyEdit] = {}
        costs = QWidget()
        grid = QVBoxLayout(costs)
        grid.setContentsMargins(0, 0, 0, 0)
        for kind in LINE_KINDS:
            line = QHBoxLayout()
            caption = QLabel(funding.name(kind, i18n.language()))
            caption.setMinimumWidth(130)
            self.lines[kind] = MoneyEdit(currency="EUR")
            self.lines[kind].setObjectName(f"line_{kind}")
            self.lines[kind].amount.setMinimumWidth(150)
            self.lines[kind].currency.setMaximumWidth(170)
            line.addWidget(caption)
            line.addWidget(self.lines[kind], 1)
            grid.addLayout(line)
        form.add("lines", translate("FundingEditor", "Requested costs"), costs)
        self.notes = form.add("notes", translate("FundingEditor", "Notes"), QPlainTextEdit())
        self.notes.setMaximumHeight(50)
        self._side_panel()
        self._wire()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.request_kind.currentIndexChanged.connect(self._request_kind_changed)
        self.applicant.person_changed.connect(self._applicant_chosen)
        self.status = "draft"
        if self.record_id is not None:
            self.fill_record(funding.get_request(self.record_id))
        self._kind_changed()
        self._request_kind_changed()
        self._recheck()

    def _case_fields(self, form: FieldForm) -> None:
        """The fields of the kinds other than conferences (shown for those kinds only)."""
        self.partner = form.add(
            "host_institution_id", translate("FundingEditor", "Host (a partner)"), InstitutionPicker()
        )
        self.host = form.add("host_institution", translate("FundingEditor", "Host institution"), QLineEdit())
        self.months = form.add("duration_months", translate("FundingEditor", "Duration (months)"), QSpinBox())
        self.months.setRange(0, 24)
        self.months.setSpecialValueText("—")
        self.plan = form.add(
            "study_plan", translate("FundingEditor", "Research or study plan"), QPlainTextEdit()
        )
        self.plan.setMaximumHeight(70)
        self.approved = form.add(
            "supervisor_approved",
            translate("FundingEditor", "Supervisor's approval"),
            QCheckBox(translate("FundingEditor", "The supervisor has approved the plan")),
        )
        self.certificate = form.add(
            "language_certificate",
            translate("FundingEditor", "Language certificate"),
            CodeCombo(names(LANGUAGE_CERTIFICATES), allow_empty=True),
        )
        self.score = form.add("language_score", translate("FundingEditor", "Score"), QLineEdit())
        self.score.setPlaceholderText(translate("FundingEditor", "as printed, e.g. 6.5"))
        self._conference_only = (self.organiser, self.presentation, self.paper, self.position)
        self._case_only = (
            self.partner,
            self.host,
            self.months,
            self.plan,
            self.approved,
            self.certificate,
            self.score,
        )

    def _request_kind_changed(self) -> None:
        """Show the fields of the chosen kind; the title field is the conference's or the case's."""
        conference = self.request_kind.code() == "conference"
        for widget in self._conference_only:
            self.form.setRowVisible(widget.parentWidget(), conference)
        for widget in self._case_only:
            self.form.setRowVisible(widget.parentWidget(), not conference)
        label = self.form.labelForField(self.conference.parentWidget())
        if label is not None:
            label.setText(
                translate("FundingEditor", "Conference")
                if conference
                else translate("FundingEditor", "Title of the study or mission")
            )
        self._timer.start()

    def done(self, result: int) -> None:
        self._timer.stop()  # no rule check after the dialog closed
        super().done(result)

    def _wire(self) -> None:
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self._recheck)
        for edit in (self.conference, self.organiser, self.city, self.paper, self.host, self.score):
            edit.textChanged.connect(self._timer.start)
        for combo in (
            self.kind,
            self.rank,
            self.country,
            self.presentation,
            self.unit,
            self.partner,
            self.certificate,
        ):
            combo.currentIndexChanged.connect(self._timer.start)
        self.months.valueChanged.connect(self._timer.start)
        self.approved.toggled.connect(self._timer.start)
        self.plan.textChanged.connect(self._timer.start)
        for date in (self.starts_on, self.ends_on):
            date.dateChanged.connect(lambda _day: self._timer.start())
        for person in (self.applicant, self.supervisor):
            person.person_changed.connect(self._timer.start)
        self.position.valueChanged.connect(self._timer.start)
        for money in self.lines.values():
            money.amount.textChanged.connect(self._timer.start)
            money.currency.currentIndexChanged.connect(self._timer.start)

    # ------------------------------------------------------------- behaviour

    def _kind_changed(self) -> None:
        kind = self.kind.code()
        self.rank.setEnabled(kind == "faculty" and self.status == "draft")
        self.supervisor.setEnabled(kind in funding.STUDENTS and self.status == "draft")
        self.approved.setEnabled(kind in funding.STUDENTS and self.status == "draft")

    def _applicant_chosen(self, person_id: int | None) -> None:
        """The directory knows the applicant's kind, rank and department: fill them in."""
        if person_id is None:
            return
        try:
            person = directory.get_person(person_id).values
        except ServiceError:
            return
        if person["kind"] in APPLICANT_KINDS:
            self.kind.set_code(person["kind"])
        if person["academic_rank"]:
            self.rank.set_code(person["academic_rank"])
        if person["unit_id"] and self.unit.record_id() is None:
            self.unit.set_record(person["unit_id"])

    def _recheck(self) -> None:
        """The rules the request would break if submitted today, shown as the secretary types."""
        if self.status != "draft":  # checked as of its submission (or its approved amount)
            self.checks.setText(
                findings_html(funding.current_checks(self.record_id)) if self.record_id else ""
            )
            return
        try:
            values = self.values()
            findings = funding.preview_checks(values, self.record_id)
        except (ServiceError, MoneyError) as error:
            text = (
                error_text(error)
                if isinstance(error, ServiceError)
                else translate("FundingEditor", "An amount cannot be read.")
            )
            caption = self._caption(getattr(error, "field", ""))
            text = f"{caption}: {text}" if caption else text
            self.checks.setText("<span style='color:#6b6b6b'>" + text.replace("<", "&lt;") + "</span>")
            self.total.setText("")
            return
        self.checks.setText(findings_html(findings))
        self._show_total(values)

    def _caption(self, field: str) -> str:
        """The label of a field of the form, for a message shown away from it."""
        try:
            box = self.form.field_widget(field)
        except KeyError:
            return ""
        while box is not None and self.form.labelForField(box) is None:
            box = box.parentWidget()
        label = self.form.labelForField(box) if box is not None else None
        return label.text() if label is not None else ""

    def fill_record(self, record: funding.RequestRecord) -> None:
        v = record.values
        self.status = v["status"]
        lang = i18n.language()
        self.request_kind.set_code(v["kind"])
        self.applicant.set_person(
            v["applicant_id"], v["applicant_fa"] if lang == "fa" and v["applicant_fa"] else v["applicant_en"]
        )
        self.kind.set_code(v["applicant_kind"])
        self.rank.set_code(v["academic_rank"])
        if v["supervisor_id"]:
            self.supervisor.set_person(
                v["supervisor_id"],
                v["supervisor_fa"] if lang == "fa" and v["supervisor_fa"] else v["supervisor_en"],
            )
        self.unit.set_record(v["unit_id"])
        self.conference.setText(v["conference"])
        self.organiser.setText(v["organiser"])
        self.city.setText(v["city"])
        self.country.set_code(v["country"])
        self.starts_on.set_date(v["starts_on"])
        self.ends_on.set_date(v["ends_on"])
        self.presentation.set_code(v["presentation_kind"])
        self.paper.setText(v["paper_title"])
        self.position.setValue(v["author_position"])
        self.notes.setPlainText(v["notes"])
        self.partner.set_record(v["host_institution_id"])
        self.host.setText(v["host_institution"])
        self.months.setValue(v["duration_months"] or 0)
        self.plan.setPlainText(v["study_plan"])
        self.approved.setChecked(bool(v["supervisor_approved"]))
        self.certificate.set_code(v["language_certificate"])
        self.score.setText(score_text(v["language_score"]))
        for line in record.lines:
            self.lines[line.kind].set_value(line.amount, line.currency)
        self.history.setPlainText("\n".join(history_line(t) for t in record.history))
        self._show_documents()
        editable = self.status == "draft"
        for widget in (
            self.request_kind,
            *self._case_only,
            self.applicant,
            self.kind,
            self.unit,
            self.conference,
            self.organiser,
            self.city,
            self.country,
            self.starts_on,
            self.ends_on,
            self.presentation,
            self.paper,
            self.position,
            self.notes,
            *self.lines.values(),
        ):
            widget.setEnabled(editable)
        self.buttons.button(self.buttons.StandardButton.Save).setEnabled(editable)

    def values(self) -> dict[str, Any]:
        lines = []
        for kind, money in self.lines.items():
            try:
                amount = money.minor_units()
            except MoneyError:
                raise ValidationError(
                    "lines", translate("FundingEditor", "An amount cannot be read.")
                ) from None
            if amount is not None:
                lines.append({"kind": kind, "currency": money.currency_code(), "amount": amount})
        return {
            "kind": self.request_kind.code(),
            "host_institution_id": self.partner.record_id(),
            "host_institution": self.host.text(),
            "duration_months": self.months.value() or None,
            "study_plan": self.plan.toPlainText(),
            "supervisor_approved": self.approved.isChecked(),
            "language_certificate": self.certificate.code(),
            "language_score": score_tenths(self.score.text()),
            "applicant_id": self.applicant.person_id(),
            "applicant_kind": self.kind.code(),
            "academic_rank": self.rank.code(),
            "supervisor_id": self.supervisor.person_id(),
            "unit_id": self.unit.record_id(),
            "conference": self.conference.text(),
            "organiser": self.organiser.text(),
            "city": self.city.text(),
            "country": self.country.code(),
            "starts_on": self.starts_on.date_value(),
            "ends_on": self.ends_on.date_value(),
            "presentation_kind": self.presentation.code(),
            "paper_title": self.paper.text(),
            "author_position": self.position.value(),
            "notes": self.notes.toPlainText(),
            "lines": lines,
        }

    def save(self, values: dict[str, Any], record_id: int | None) -> int:
        return funding.save_request(values, record_id)
