"""Meetings: kinds, meetings numbered per kind and Jalali year, participants and quorum, the agenda with
resolutions, action items followed up until done, the clash check, and the meetings' documents.

Approved minutes lock the meeting; reopening them is a recorded step. Every change is validated here and
written in one transaction with its audit entry. The names below are the area's public interface (other
registers, such as conference funding, build on add_agenda_item, record_resolution, next_meeting,
agenda_items and app.services.links).
"""

from app.services.meetings.actions import (
    ActionRow,
    actions,
    add_action,
    follow_ups,
    list_actions,
    remove_action,
    set_action_status,
    update_action,
)
from app.services.meetings.agenda import (
    AGENDA_LINKABLE,
    AgendaItemRow,
    ResolutionRow,
    add_agenda_item,
    agenda_items,
    get_resolution,
    items_linked_to,
    move_agenda_item,
    record_resolution,
    remove_agenda_item,
    remove_resolution,
    set_discussion,
    update_agenda_item,
    update_resolution,
)
from app.services.meetings.clashes import ClashWarning, bookings_between, meeting_clashes
from app.services.meetings.core import (
    MeetingRow,
    approve_minutes,
    cancel_meeting,
    create_meeting,
    get_meeting,
    latest_of_kind,
    list_meetings,
    mark_held,
    mark_invited,
    new_from_previous,
    next_meeting,
    postpone_meeting,
    previous_meeting,
    reopen_minutes,
    set_archived,
    update_meeting,
)
from app.services.meetings.documents import (
    agenda_pdf,
    attendance_pdf,
    follow_up_pdf,
    ics_bytes,
    invitation_draft,
    invitation_letters,
    invitation_pdf,
    issue_invitation,
    minutes_pdf,
)
from app.services.meetings.kinds import (
    KindRow,
    MemberRow,
    kind_by_code,
    kind_members,
    list_kinds,
    required_present,
    save_kind,
    set_kind_archived,
    set_kind_members,
)
from app.services.meetings.participants import (
    ParticipantRow,
    Quorum,
    add_participant,
    add_standing_members,
    move_participant,
    participants,
    quorum,
    remove_participant,
    set_states,
    update_participant,
)
from db.models.meetings import (
    ACTION_STATUSES,
    MEETING_MODES,
    MEETING_STATUSES,
    OUTCOMES,
    PARTICIPANT_ROLES,
    PARTICIPANT_STATES,
    QUORUM_RULES,
)

__all__ = [
    "ACTION_STATUSES", "AGENDA_LINKABLE", "MEETING_MODES", "MEETING_STATUSES", "OUTCOMES",
    "PARTICIPANT_ROLES", "PARTICIPANT_STATES", "QUORUM_RULES", "ActionRow", "AgendaItemRow", "ClashWarning",
    "KindRow", "MeetingRow", "MemberRow", "ParticipantRow", "Quorum", "ResolutionRow", "actions", "add_action",
    "add_agenda_item", "add_participant", "add_standing_members", "agenda_items", "approve_minutes",
    "bookings_between", "cancel_meeting", "create_meeting", "follow_ups", "get_meeting", "get_resolution",
    "items_linked_to", "kind_by_code", "kind_members", "latest_of_kind", "list_actions", "list_kinds",
    "list_meetings", "mark_held", "mark_invited", "meeting_clashes", "move_agenda_item", "move_participant",
    "new_from_previous", "next_meeting", "participants", "postpone_meeting", "previous_meeting", "quorum",
    "record_resolution", "remove_action", "remove_agenda_item", "remove_participant", "remove_resolution",
    "reopen_minutes", "required_present", "save_kind", "set_action_status", "set_archived", "set_discussion",
    "set_kind_archived", "set_kind_members", "set_states", "update_action", "update_agenda_item",
    "update_meeting", "update_participant", "update_resolution", "agenda_pdf", "attendance_pdf", "follow_up_pdf",
    "ics_bytes", "invitation_draft", "invitation_letters", "invitation_pdf", "issue_invitation", "minutes_pdf",
]  # fmt: skip
