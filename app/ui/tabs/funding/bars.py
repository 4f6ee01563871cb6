"""The Funding tab's two rows of controls: the filters (kind, status, fiscal year) with the export and
the rules buttons, and the workflow's step buttons with the print menu."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMenu, QPushButton, QToolButton

from app.services import funding
from app.services.funding.kinds import FUNDING_STATUSES, REQUEST_KINDS
from app.ui import i18n
from app.ui.i18n import translate
from app.ui.tabs.base import RegisterTab


def build_filters(tab: RegisterTab) -> None:
    """The Funding tab's row of filters (kind, status, fiscal year) with the export and the rules buttons."""
    tab.kind_filter = QComboBox()
    tab.kind_filter.setObjectName("kind_filter")
    tab.kind_filter.addItem(translate("FundingTab", "All kinds"), "")
    for kind in REQUEST_KINDS:
        tab.kind_filter.addItem(funding.name(kind, i18n.language()), kind)
    tab.kind_filter.currentIndexChanged.connect(tab._filter_changed)
    tab.status_filter = QComboBox()
    tab.status_filter.addItem(translate("FundingTab", "All statuses"), "")
    tab.status_filter.addItem(translate("FundingTab", "Waiting for the council"), "pending")
    for status in FUNDING_STATUSES:
        tab.status_filter.addItem(funding.name(status, i18n.language()), status)
    tab.year_filter = QComboBox()
    tab.year_filter.addItem(translate("FundingTab", "All years"), None)
    tab.status_filter.currentIndexChanged.connect(tab._filter_changed)
    tab.year_filter.currentIndexChanged.connect(tab._filter_changed)
    tab.rules_button = QPushButton(translate("FundingTab", "Rules and rates…"))
    tab.rules_button.clicked.connect(tab.edit_rules)
    tab.export_button = QPushButton(translate("FundingTab", "Export to Excel…"))
    tab.export_button.clicked.connect(tab.export)
    tab.filter_row = QHBoxLayout()
    tab.filter_row.addWidget(QLabel(translate("FundingTab", "Kind")))
    tab.filter_row.addWidget(tab.kind_filter)
    tab.filter_row.addWidget(QLabel(translate("FundingTab", "Status")))
    tab.filter_row.addWidget(tab.status_filter)
    tab.filter_row.addWidget(QLabel(translate("FundingTab", "Fiscal year")))
    tab.filter_row.addWidget(tab.year_filter)
    tab.filter_row.addStretch(1)
    tab.filter_row.addWidget(tab.export_button)
    tab.filter_row.addWidget(tab.rules_button)


def build_step_buttons(tab: RegisterTab) -> None:
    """The Funding tab's row of the workflow's step buttons, with the print menu."""
    tab.submit_button = QPushButton(translate("FundingTab", "Submit"))
    tab.agenda_button = QPushButton(
        translate("FundingTab", "Put pending requests on the next council agenda")
    )
    tab.decision_button = QPushButton(translate("FundingTab", "Council decision…"))
    tab.payment_button = QPushButton(translate("FundingTab", "Payment…"))
    tab.report_button = QPushButton(translate("FundingTab", "Report received…"))
    tab.close_button = QPushButton(translate("FundingTab", "Close"))
    tab.withdraw_button = QPushButton(translate("FundingTab", "Withdraw…"))
    tab.back_button = QPushButton(translate("FundingTab", "Back to draft…"))
    tab.back_button.clicked.connect(tab.back_to_draft)
    tab.print_button = QToolButton()
    tab.print_button.setText(translate("FundingTab", "Print"))
    tab.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(tab.print_button)
    tab.print_actions = {}
    for key, caption in (
        ("decision-letter", translate("FundingTab", "Decision letter")),
        ("payment-order", translate("FundingTab", "Payment order")),
        ("council-annex", translate("FundingTab", "Council annex of the request's meeting")),
    ):
        for lang, language in (
            ("fa", translate("FundingTab", "Persian")),
            ("en", translate("FundingTab", "English")),
        ):
            action = menu.addAction(f"{caption} — {language}")
            action.triggered.connect(lambda _checked=False, k=key, lg=lang: tab.print_document(k, lg))
            tab.print_actions[(key, lang)] = action
    menu.addSeparator()
    for lang, language in (
        ("fa", translate("FundingTab", "Persian")),
        ("en", translate("FundingTab", "English")),
    ):
        action = menu.addAction(
            translate("FundingTab", "Council annex of the next council meeting") + f" — {language}"
        )
        action.triggered.connect(lambda _checked=False, lg=lang: tab.print_next_annex(lg))
    tab.print_button.setMenu(menu)
    tab.submit_button.clicked.connect(tab.submit)
    tab.agenda_button.clicked.connect(tab.put_on_agenda)
    tab.decision_button.clicked.connect(tab.decide)
    tab.payment_button.clicked.connect(tab.pay)
    tab.report_button.clicked.connect(tab.report_received)
    tab.close_button.clicked.connect(tab.close_request)
    tab.withdraw_button.clicked.connect(tab.withdraw)
    tab.steps_row = QHBoxLayout()
    for button in (
        tab.submit_button,
        tab.back_button,
        tab.agenda_button,
        tab.decision_button,
        tab.payment_button,
        tab.report_button,
        tab.close_button,
        tab.withdraw_button,
    ):
        tab.steps_row.addWidget(button)
    tab.steps_row.addStretch(1)
    tab.steps_row.addWidget(tab.print_button)


# ------------------------------------------------------------- the tab's interface
