"""The rules of each kind of request other than conferences, per fiscal year: who may apply, the years of
service since the last sabbatical, the longest stay, the minimum language scores, the caps (monthly stipends
by rank and country group, or a lump sum), the documents required and the report due. A page of the rules
and rates dialog."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.common import dates
from app.common.text import to_latin_digits
from app.services import funding
from app.services.errors import ServiceError, ValidationError
from app.services.funding.cases import COUNTRY_GROUPS, KINDS
from app.services.funding.kinds import APPLICANT_KINDS, DOCUMENT_KINDS, LANGUAGE_CERTIFICATES
from app.ui import i18n
from app.ui.i18n import translate
from app.ui.tabs.funding.editor import RANKS, names, score_tenths, score_text
from app.ui.tabs.funding.steps import rials
from app.ui.widgets.form import FieldForm
from app.ui.widgets.pickers import CodeCombo


def _amount(value: int | None) -> str:
    from app.common.money import format_amount

    return "" if value is None else format_amount(value, "IRR", i18n.language(), with_currency=False)


def _boxes(codes: tuple[str, ...], columns: int = 4) -> tuple[QWidget, dict[str, QCheckBox]]:
    holder = QWidget()
    grid = QGridLayout(holder)
    grid.setContentsMargins(0, 0, 0, 0)
    boxes = {}
    for n, code in enumerate(codes):
        boxes[code] = QCheckBox(funding.name(code, i18n.language()))
        grid.addWidget(boxes[code], n // columns, n % columns)
    return holder, boxes


class KindRulesPage(QWidget):
    """One kind's rules of one fiscal year, shown and saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = FieldForm()
        self.year = self.form.add("fiscal_year", translate("FundingKindRules", "Fiscal year"), QSpinBox())
        self.year.setRange(1304, 1435)
        self.kind = self.form.add(
            "kind", translate("FundingKindRules", "Kind of request"), CodeCombo(names(KINDS))
        )
        holder, self.applicants = _boxes(APPLICANT_KINDS)
        self.form.add(
            "applicant_kinds", translate("FundingKindRules", "Who may apply (none: anyone)"), holder
        )
        holder, self.ranks = _boxes(RANKS)
        self.form.add("ranks", translate("FundingKindRules", "Ranks that may apply (none: any)"), holder)
        self.service = self.form.add(
            "min_service_years",
            translate("FundingKindRules", "Years of service since the last sabbatical, at least"),
            QSpinBox(),
        )
        self.service.setRange(0, 30)
        self.months = self.form.add(
            "max_months", translate("FundingKindRules", "Longest stay (months)"), QSpinBox()
        )
        self.months.setRange(1, 24)
        self.lump_sum = self.form.add(
            "lump_sum_irr", translate("FundingKindRules", "Lump sum (rials; empty: no cap)"), QLineEdit()
        )
        scores = QWidget()
        row = QHBoxLayout(scores)
        row.setContentsMargins(0, 0, 0, 0)
        self.scores: dict[str, QLineEdit] = {}
        for code in LANGUAGE_CERTIFICATES:
            row.addWidget(QLabel(funding.name(code, i18n.language())))
            self.scores[code] = QLineEdit()
            self.scores[code].setObjectName(f"min_{code}")
            self.scores[code].setMaximumWidth(70)
            row.addWidget(self.scores[code])
        row.addStretch(1)
        self.form.add("min_language_scores", translate("FundingKindRules", "Minimum language scores"), scores)
        stipends = QGroupBox(
            translate("FundingKindRules", "Monthly stipend by rank and country group (rials)")
        )
        grid = QGridLayout(stipends)
        self.stipends: dict[tuple[str, str], QLineEdit] = {}
        for column, group in enumerate(COUNTRY_GROUPS, 1):
            grid.addWidget(
                QLabel(translate("FundingKindRules", "Group %1").replace("%1", i18n.digits(group))), 0, column
            )
        for line, rank in enumerate(RANKS, 1):
            grid.addWidget(QLabel(funding.name(rank, i18n.language())), line, 0)
            for column, group in enumerate(COUNTRY_GROUPS, 1):
                edit = QLineEdit()
                edit.setObjectName(f"stipend_{rank}_{group}")
                self.stipends[(rank, group)] = edit
                grid.addWidget(edit, line, column)
        self.form.add("stipends", translate("FundingKindRules", "Stipends"), stipends)
        groups = QWidget()
        column = QVBoxLayout(groups)
        column.setContentsMargins(0, 0, 0, 0)
        self.groups: dict[str, QLineEdit] = {}
        for group in COUNTRY_GROUPS[:-1]:  # the last group holds every country not named
            self.groups[group] = QLineEdit()
            self.groups[group].setPlaceholderText(
                translate("FundingKindRules", "country codes, e.g. DE SE GB")
            )
            line = QHBoxLayout()
            line.addWidget(
                QLabel(translate("FundingKindRules", "Group %1").replace("%1", i18n.digits(group)))
            )
            line.addWidget(self.groups[group], 1)
            column.addLayout(line)
        column.addWidget(
            QLabel(
                translate("FundingKindRules", "Every other country is in group %1.").replace(
                    "%1", i18n.digits(COUNTRY_GROUPS[-1])
                )
            )
        )
        self.form.add("country_groups", translate("FundingKindRules", "Country groups"), groups)
        holder, self.documents = _boxes(DOCUMENT_KINDS, 3)
        self.form.add("required_documents", translate("FundingKindRules", "Required documents"), holder)
        self.report = self.form.add(
            "report_required",
            translate("FundingKindRules", "Report"),
            QCheckBox(
                translate("FundingKindRules", "A missing report (or return report) blocks the next request")
            ),
        )
        self.save_button = QPushButton(translate("FundingKindRules", "Save the rules of this kind and year"))
        self.save_button.clicked.connect(self.save)
        self.saved = QLabel()
        bottom = QHBoxLayout()
        bottom.addWidget(self.saved, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(bottom)
        self.year.setValue(dates.jalali_year(dates.today()))
        self.year.valueChanged.connect(self.show_rules)
        self.kind.currentIndexChanged.connect(self.show_rules)
        self.show_rules()

    def show_rules(self) -> None:
        rules = funding.get_kind_rules(self.year.value(), self.kind.code())
        for code, box in self.applicants.items():
            box.setChecked(code in rules.applicant_kinds)
        for code, box in self.ranks.items():
            box.setChecked(code in rules.ranks)
        self.service.setValue(rules.min_service_years)
        self.months.setValue(rules.max_months)
        self.lump_sum.setText(_amount(rules.lump_sum_irr))
        for code, edit in self.scores.items():
            edit.setText(score_text(rules.min_language_scores.get(code)))
        for (rank, group), edit in self.stipends.items():
            edit.setText(_amount(rules.stipends.get(rank, {}).get(group)))
        for group, edit in self.groups.items():
            edit.setText(" ".join(code for code, g in sorted(rules.country_groups.items()) if g == group))
        for code, box in self.documents.items():
            box.setChecked(code in rules.required_documents)
        self.report.setChecked(rules.report_required)
        self.saved.setText(
            ""
            if rules.stored
            else translate(
                "FundingKindRules", "No rules saved for this kind and year yet: the defaults are shown."
            )
        )
        self.form.clear_errors()

    def values(self) -> dict:
        scores = {}
        for code, edit in self.scores.items():
            try:
                value = score_tenths(edit.text())
            except ValidationError:
                raise ValidationError(
                    "min_language_scores",
                    translate("FundingKindRules", "Enter each score as printed on the certificate."),
                ) from None
            if value is not None:
                scores[code] = value
        stipends: dict[str, dict[str, int]] = {}
        for (rank, group), edit in self.stipends.items():
            value = rials(edit, "stipends")
            if value is not None:
                stipends.setdefault(rank, {})[group] = value
        country_groups = {
            code: group
            for group, edit in self.groups.items()
            for code in to_latin_digits(edit.text()).upper().replace(",", " ").replace("،", " ").split()
        }
        return {
            "fiscal_year": self.year.value(),
            "kind": self.kind.code(),
            "applicant_kinds": [code for code, box in self.applicants.items() if box.isChecked()],
            "ranks": [code for code, box in self.ranks.items() if box.isChecked()],
            "min_service_years": self.service.value(),
            "max_months": self.months.value(),
            "lump_sum_irr": rials(self.lump_sum, "lump_sum_irr"),
            "min_language_scores": scores,
            "stipends": stipends,
            "country_groups": country_groups,
            "required_documents": [code for code, box in self.documents.items() if box.isChecked()],
            "report_required": self.report.isChecked(),
        }

    def save(self) -> None:
        try:
            funding.save_kind_rules(self.values())
        except ServiceError as error:
            if not self.form.show_error(error):
                self.saved.setText(i18n.error_text(error))
            return
        self.form.clear_errors()
        self.saved.setText(translate("FundingKindRules", "Saved."))
