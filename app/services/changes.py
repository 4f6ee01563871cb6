"""Other PCs' changes: a counter every committed change raises (db.engine), read cheaply by a timer, so
lists and Today refresh within seconds of a change made on another PC of the office."""

from __future__ import annotations

from app.services import context

POLL_SECONDS = 3  # how often the interface asks, on the office server


def counter() -> int | None:
    """The number of changes committed so far; None when no database is open or it cannot be reached now
    (the next poll asks again)."""
    from db.engine import changes_seen

    if not context.state().open:
        return None
    try:
        with context.database().reading() as session:
            return changes_seen(session)
    except Exception:  # noqa: BLE001 - a server away for a moment: the timer asks again
        return None


def shared() -> bool:
    """Whether other PCs may be changing the database (the office server), so the interface should watch."""
    return context.state().server
