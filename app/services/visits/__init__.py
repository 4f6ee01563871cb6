"""Foreign guest visits: the record and its status flow (core), the itinerary and its clash checks
(itinerary), and the documents and calendar made from a visit (papers).

The package's names are re-exported here: callers write `visits.save_visit(...)`, and the shared clash
check finds this register's bookings at "app.services.visits:bookings_between".
"""

from app.services.paging import Page, PageRequest
from app.services.visits.core import (
    CANCELLABLE,
    COST_KINDS,
    COSTS_BY,
    GUEST_KIND,
    STATUS_FLOW,
    VISIT_KINDS,
    VISIT_STATUSES,
    VisitRow,
    archive_visit,
    clean_visit,
    get_visit,
    list_visits,
    next_statuses,
    restore_visit,
    save_visit,
    set_status,
)
from app.services.visits.documents import (
    briefing_pdf,
    itinerary_data,
    itinerary_ics,
    itinerary_pdf,
    letter_pdf,
    letter_preview_pdf,
    name_cards_pdf,
    register_letter,
    report_pdf,
    visit_letters,
)
from app.services.visits.itinerary import (
    COMMON_ITEMS,
    ItemRow,
    ItineraryProblem,
    add_common_items,
    bookings_between,
    check_itinerary,
    clean_item,
    duplicate_day,
    get_item,
    list_items,
    move_item,
    move_item_to_day,
    remove_item,
    save_item,
)

__all__ = [
    "CANCELLABLE", "COMMON_ITEMS", "COSTS_BY", "COST_KINDS", "GUEST_KIND", "STATUS_FLOW", "VISIT_KINDS",
    "VISIT_STATUSES", "ItemRow", "briefing_pdf", "itinerary_data", "itinerary_ics", "itinerary_pdf",
    "letter_pdf", "letter_preview_pdf", "name_cards_pdf", "register_letter", "report_pdf", "visit_letters", "ItineraryProblem", "Page", "PageRequest", "VisitRow", "add_common_items",
    "archive_visit", "bookings_between", "check_itinerary", "clean_item", "clean_visit", "duplicate_day",
    "get_item", "get_visit", "list_items", "list_visits", "move_item", "move_item_to_day", "next_statuses",
    "remove_item", "restore_visit", "save_item", "save_visit", "set_status",
]  # fmt: skip
