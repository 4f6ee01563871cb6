"""Support requests (DESIGN 2.3) of every kind, conferences first: requests and their documents, the rules
of each fiscal year, the workflow, the budget, exchange rates, the council link and the documents' data.

Modules: requests (drafts), record (a request as read, its archive), attached (the request's documents and
their checklist), register (the list), rules (rules per year and the checks), cases (the other kinds' rules
and checks), workflow (the steps), budgets, rates, decision (the decision letter), council (agenda and
resolutions), annex (the council's annex), documents (the payment order, the PDFs and the export).
"""

from app.services.funding.attached import attach_document, checklist, detach_document
from app.services.funding.budgets import Budget, BudgetLine, budget, budget_years
from app.services.funding.cases import KindRules, get_kind_rules, save_kind_rules
from app.services.funding.council import (
    CouncilAgendaPlan,
    PendingRequest,
    apply_council_resolution,
    council_agenda_plan,
    next_council,
    put_pending_on_agenda,
    record_council_decision,
)
from app.services.funding.decision import decision_letter_pdf
from app.services.funding.documents import (
    annual_report_pdf,
    council_annex_pdf,
    export_register,
    payment_order_pdf,
)
from app.services.funding.names import NAMES, name
from app.services.funding.rates import Rate, list_rates, save_rate
from app.services.funding.record import (
    DocumentRow,
    RequestRecord,
    Transition,
    archive_request,
    attached_documents,
    get_request,
    restore_request,
)
from app.services.funding.register import FundingFilter, list_funding
from app.services.funding.requests import (
    STUDENTS,
    FundingRow,
    Line,
    current_checks,
    preview_checks,
    save_request,
)
from app.services.funding.rules import Finding, RuleSet, get_rules, rule_years, save_rules
from app.services.funding.workflow import (
    TRANSITIONS,
    FundingRuleError,
    TransitionError,
    close,
    preview_approval,
    record_payment,
    record_report,
    return_to_draft,
    submit,
    withdraw,
)
from app.services.paging import Page, PageRequest

__all__ = [
    "KindRules",
    "get_kind_rules",
    "save_kind_rules",
    "NAMES",
    "STUDENTS",
    "annual_report_pdf",
    "council_annex_pdf",
    "payment_order_pdf",
    "export_register",
    "TRANSITIONS",
    "Budget",
    "BudgetLine",
    "DocumentRow",
    "Finding",
    "FundingFilter",
    "FundingRow",
    "FundingRuleError",
    "Line",
    "Page",
    "PageRequest",
    "Rate",
    "RequestRecord",
    "RuleSet",
    "Transition",
    "TransitionError",
    "CouncilAgendaPlan",
    "PendingRequest",
    "apply_council_resolution",
    "council_agenda_plan",
    "archive_request",
    "attach_document",
    "budget",
    "budget_years",
    "checklist",
    "close",
    "current_checks",
    "detach_document",
    "decision_letter_pdf",
    "attached_documents",
    "get_request",
    "get_rules",
    "list_funding",
    "list_rates",
    "name",
    "next_council",
    "preview_approval",
    "preview_checks",
    "put_pending_on_agenda",
    "record_council_decision",
    "record_payment",
    "record_report",
    "restore_request",
    "return_to_draft",
    "rule_years",
    "save_rate",
    "save_request",
    "save_rules",
    "submit",
    "withdraw",
]
