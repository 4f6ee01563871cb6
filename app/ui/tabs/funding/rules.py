"""Rules and rates: each fiscal year's budget, caps, award limits, deadline, report rule and required
documents; the other kinds' rules (app.ui.tabs.funding.kind_rules); and the dated exchange-rate table."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.common import dates
from app.common.money import CURRENCIES, format_amount
from app.services import funding
from app.services.errors import ServiceError
from app.services.funding.kinds import APPLICANT_KINDS, DOCUMENT_KINDS
from app.services.funding.rules import CAP_DIMENSIONS
from app.ui import i18n
from app.ui.i18n import translate
from app.ui.tabs.funding.steps import rials
from app.ui.widgets.date_edit import DateEdit
from app.ui.widgets.form import FieldForm
from app.ui.widgets.pickers import CodeCombo
from app.ui.widgets.text_box import follow_paragraphs


def amount_text(value: int | None) -> str:
    return "" if value is None else format_amount(value, "IRR", i18n.language(), with_currency=False)


class RulesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("FundingRules", "Funding rules and exchange rates"))
        self.setMinimumSize(980, 600)
        tabs = QTabWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._rules_page())
        tabs.addTab(scroll, translate("FundingRules", "Rules of a fiscal year"))
        from app.ui.tabs.funding.kind_rules import KindRulesPage

        self.kind_rules = KindRulesPage()
        kinds = QScrollArea()
        kinds.setWidgetResizable(True)
        kinds.setWidget(self.kind_rules)
        tabs.addTab(kinds, translate("FundingRules", "Sabbaticals, missions and other kinds"))
        tabs.addTab(self._rates_page(), translate("FundingRules", "Exchange rates"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.year.setValue(dates.jalali_year(dates.today()))
        self.show_rules()
        self.show_rates()

    # ------------------------------------------------------------- rules

    def _rules_page(self) -> QWidget:
        page = QWidget()
        self.form = FieldForm()
        self.year = self.form.add("fiscal_year", translate("FundingRules", "Fiscal year"), QSpinBox())
        self.year.setRange(1304, 1435)
        self.year.valueChanged.connect(self.show_rules)
        self.budget = self.form.add("budget_irr", translate("FundingRules", "Budget (rials)"), QLineEdit())
        self.max_awards = self.form.add(
            "max_awards", translate("FundingRules", "At most this many awards a person…"), QSpinBox()
        )
        self.max_awards.setRange(1, 50)
        self.window = self.form.add(
            "award_window_years", translate("FundingRules", "…in this many fiscal years"), QSpinBox()
        )
        self.window.setRange(1, 20)
        self.min_days = self.form.add(
            "min_days_before", translate("FundingRules", "Days before the conference, at least"), QSpinBox()
        )
        self.min_days.setRange(0, 365)
        self.report = self.form.add(
            "report_required",
            translate("FundingRules", "Report"),
            QCheckBox(translate("FundingRules", "A missing post-trip report blocks a new request")),
        )
        caps = QGroupBox(translate("FundingRules", "Caps in rials (empty: no cap)"))
        grid = QGridLayout(caps)
        self.caps: dict[tuple[str, str], QLineEdit] = {}
        for column, (dimension, codes) in enumerate(CAP_DIMENSIONS.items()):
            for row, code in enumerate(codes):
                edit = QLineEdit()
                edit.setObjectName(f"cap_{code}")
                self.caps[(dimension, code)] = edit
                grid.addWidget(QLabel(funding.name(code, i18n.language())), row, column * 2)
                grid.addWidget(edit, row, column * 2 + 1)
        self.form.add("caps", translate("FundingRules", "Caps"), caps)
        documents = QGroupBox(translate("FundingRules", "Required documents by applicant"))
        grid = QGridLayout(documents)
        self.required: dict[tuple[str, str], QCheckBox] = {}
        for column, kind in enumerate(APPLICANT_KINDS):
            grid.addWidget(QLabel("<b>" + funding.name(kind, i18n.language()) + "</b>"), 0, column)
            for row, code in enumerate(DOCUMENT_KINDS, 1):
                box = QCheckBox(funding.name(code, i18n.language()))
                self.required[(kind, code)] = box
                grid.addWidget(box, row, column)
        self.form.add("required_documents", translate("FundingRules", "Documents"), documents)
        self.save_button = QPushButton(translate("FundingRules", "Save the rules of this year"))
        self.save_button.clicked.connect(self.save_rules)
        self.saved = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.saved, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(page)
        layout.addLayout(self.form)
        layout.addLayout(row)
        return page

    def show_rules(self) -> None:
        rules = funding.get_rules(self.year.value())
        self.budget.setText(amount_text(rules.budget_irr))
        self.max_awards.setValue(rules.max_awards)
        self.window.setValue(rules.award_window_years)
        self.min_days.setValue(rules.min_days_before)
        self.report.setChecked(rules.report_required)
        for (dimension, code), edit in self.caps.items():
            edit.setText(amount_text(rules.caps.get(dimension, {}).get(code)))
        for (kind, code), box in self.required.items():
            box.setChecked(code in rules.required_documents.get(kind, []))
        self.saved.setText(
            ""
            if rules.stored
            else translate("FundingRules", "No rules saved for this year yet: the defaults are shown.")
        )
        self.form.clear_errors()

    def rules_values(self) -> dict:
        caps: dict[str, dict[str, int]] = {}
        for (dimension, code), edit in self.caps.items():
            value = rials(edit, "caps")
            if value is not None:
                caps.setdefault(dimension, {})[code] = value
        return {
            "fiscal_year": self.year.value(),
            "budget_irr": rials(self.budget, "budget_irr") or 0,
            "max_awards": self.max_awards.value(),
            "award_window_years": self.window.value(),
            "min_days_before": self.min_days.value(),
            "report_required": self.report.isChecked(),
            "caps": caps,
            "required_documents": {
                kind: [code for code in DOCUMENT_KINDS if self.required[(kind, code)].isChecked()]
                for kind in APPLICANT_KINDS
            },
        }

    def save_rules(self) -> None:
        try:
            funding.save_rules(self.rules_values())
        except ServiceError as error:
            if not self.form.show_error(error):
                self.saved.setText(i18n.error_text(error))
            return
        self.form.clear_errors()
        self.saved.setText(translate("FundingRules", "Saved."))

    # ------------------------------------------------------------- rates

    def _rates_page(self) -> QWidget:
        page = QWidget()
        self.rates_form = FieldForm()
        self.currency = self.rates_form.add(
            "currency",
            translate("FundingRules", "Currency"),
            CodeCombo(
                [
                    (code, f"{code} — {cur.name_fa if i18n.language() == 'fa' else cur.name_en}")
                    for code, cur in CURRENCIES.items()
                    if code != "IRR"
                ]
            ),
        )
        self.effective_on = self.rates_form.add("effective_on", translate("FundingRules", "From"), DateEdit())
        self.rate = self.rates_form.add("rials", translate("FundingRules", "Rials for one unit"), QLineEdit())
        self.add_rate_button = QPushButton(translate("FundingRules", "Add or correct the rate"))
        self.add_rate_button.clicked.connect(self.add_rate)
        self.rates_list = follow_paragraphs(QPlainTextEdit())
        self.rates_list.setReadOnly(True)
        layout = QVBoxLayout(page)
        layout.addLayout(self.rates_form)
        layout.addWidget(self.add_rate_button)
        layout.addWidget(
            QLabel(translate("FundingRules", "Rates, newest first (a day's rate holds until the next one):"))
        )
        layout.addWidget(self.rates_list, 1)
        return page

    def show_rates(self) -> None:
        lines = [
            f"{i18n.format_date(r.effective_on)}  {r.currency}  {amount_text(r.rials)}"
            for r in funding.list_rates()
        ]
        self.rates_list.setPlainText("\n".join(lines))

    def add_rate(self) -> None:
        try:
            funding.save_rate(
                {
                    "currency": self.currency.code(),
                    "effective_on": self.effective_on.date_value(),
                    "rials": rials(self.rate, "rials"),
                }
            )
        except ServiceError as error:
            self.rates_form.show_error(error)
            return
        self.rates_form.clear_errors()
        self.rate.clear()
        self.show_rates()
