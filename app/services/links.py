"""How the registers refer to each other, in one place.

Each table names functions of other registers as "module:function", imported only when first called, so
that no register imports another at start and none has to know who builds on it:

- LINK_HANDLERS: an agenda item may be about a case of another register (agenda_items.linked_table). When
  a resolution is recorded on it, `handler(session, item, resolution)` is called inside the resolution's
  write transaction; a ServiceError it raises undoes the resolution and reaches the user.
- AGENDA_ANNEXES: the pages a register prints after a meeting's agenda when items are linked to it,
  `annex(meeting_id, lang) -> PDF bytes` (the council annex of the funding requests).
- PROVIDERS: every register that books people or rooms for a span of time gives its bookings for the
  shared clash check, `provider(session, start, end) -> list[bookings.Booking]`.

The reverse arrows are ordinary calls of a register's `*_in(session, ...)` functions inside one
transaction (see the README, "Work that spans two areas"): a funding request put on the council's agenda,
the council's decision letter, a meeting's invitation letter, a visit's letters.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from app.services.errors import QT_TRANSLATE_NOOP, StateError

LINK_HANDLERS: dict[str, str] = {
    "funding_requests": "app.services.funding:apply_council_resolution",
    "adjunct_candidates": "app.services.adjuncts:apply_committee_resolution",
}
AGENDA_ANNEXES: dict[str, str] = {"funding_requests": "app.services.funding:council_annex_pdf"}
PROVIDERS: list[str] = ["app.services.meetings:bookings_between", "app.services.visits:bookings_between"]


def load(path: str) -> Callable[..., Any]:
    """The function named "module:function" (ModuleNotFoundError naming the module when it is not there)."""
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


def link_handler(table: str) -> Callable[..., Any] | None:
    """The handler of resolutions on items linked to `table`, None when that table has none. A register
    this version does not have is refused in words."""
    path = LINK_HANDLERS.get(table) if table else None
    if path is None:
        return None
    try:
        return load(path)
    except ModuleNotFoundError as exc:
        if exc.name != path.partition(":")[0]:
            raise
        raise StateError(
            QT_TRANSLATE_NOOP(
                "errors", "Decisions on this kind of case cannot be recorded by this version of IVC Desk."
            )
        ) from None
