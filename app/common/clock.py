"""The program's one clock: every date and time the office's work depends on comes from here.

now() local naive, today() the local date, utcnow() naive UTC (stored in the database). Tests freeze it
with frozen(...) or the `frozen_clock` fixture. Its core lives in db/clock.py so that the database's column
defaults follow the same clock without db/ importing app/.
"""

from db.clock import freeze, frozen, is_frozen, now, today, utc_of, utcnow

__all__ = ["freeze", "frozen", "is_frozen", "now", "today", "utc_of", "utcnow"]
