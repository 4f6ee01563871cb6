"""International adjunct faculty (اعضای هیئت علمی وابسته بین‌المللی): candidates, the recruitment
committee's decision, the appointment ordinance and the current adjuncts with their activity.

A candidate (a person of the directory, proposed by a department, from a partner institution) is put on
the agenda of a recruitment committee meeting as a linked item (`propose`); the committee's resolution on
that item decides (apply_committee_resolution, called by the meetings register inside the resolution's
transaction, see app/services/links.py): approval drafts the appointment ordinance with its term,
rejection keeps the reason, deferral sends the candidate back to be proposed again. "Appointed" is not
stored: it is the drafted ordinance once issued (from here or from the Ordinances tab).

Modules: common (what they share), candidates (the records), register (the list, the terms ending and the
Today lines), committee (the agenda item, the decision and the appointment), activities.
"""

from app.services.adjuncts.activities import Activity, activity, add_activity, clean_activity, remove_activity
from app.services.adjuncts.candidates import (
    archive_candidate,
    clean_candidate,
    get_candidate,
    restore_candidate,
    save_candidate,
    set_archived,
)
from app.services.adjuncts.committee import (
    apply_committee_resolution,
    appoint,
    item_title,
    propose,
    record_committee_decision,
)
from app.services.adjuncts.common import (
    COMMITTEE_KIND,
    ITEM_MINUTES,
    MAX_TERM_MONTHS,
    ORDINANCE_KIND,
    STATES,
    TABLE,
)
from app.services.adjuncts.register import AdjunctRow, ending_within, list_adjuncts, state_of, today_entries

__all__ = [
    "Activity",
    "AdjunctRow",
    "COMMITTEE_KIND",
    "ITEM_MINUTES",
    "MAX_TERM_MONTHS",
    "ORDINANCE_KIND",
    "STATES",
    "TABLE",
    "activity",
    "add_activity",
    "apply_committee_resolution",
    "appoint",
    "archive_candidate",
    "clean_activity",
    "clean_candidate",
    "ending_within",
    "get_candidate",
    "item_title",
    "list_adjuncts",
    "propose",
    "record_committee_decision",
    "remove_activity",
    "restore_candidate",
    "save_candidate",
    "set_archived",
    "state_of",
    "today_entries",
]
