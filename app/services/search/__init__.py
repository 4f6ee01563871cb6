"""One search over every register: people, units, partners and agreements, letters, meetings, visits,
funding requests and ordinances, adjunct candidates, English evaluations and programmes.

What is typed is folded as the lists fold it (app.common.text.normalize_for_search: ی/ي, ک/ك, ZWNJ or space,
Persian, Arabic or Latin digits, Latin accents), and a number may be typed with any separator ("1405-42",
"۱۴۰۵/۰۰۴۲"). Each register gives its best matches first: the number itself, then a key that starts with
what was typed, then the others. Plain data, no Qt.

Texts without a folded key of their own (a letter's body, agenda items, resolutions) are matched with each
folded word as it is stored in Persian (Persian yeh and keheh) or Latin script, case aside.

What is typed in one or two letters only ("ka", "م", "42") is looked for at the start of a word of a
register's key (name, number, title), not anywhere in it, and not in those texts: anywhere, it would match
most of every register, and reading them all on each keystroke cannot keep within 100 ms at 100,000 records
(issue 15). Each register then gives the records with a word equal to what was typed first, then those with
a word starting with it, the first ones of each by id, read through the word index (db.word_index) without
reading the others. A number typed short finds its group written with zeros before it ("42" finds
"1405/0042").

Modules: hits (the registers, a hit and a group), core (the typed words, the scores and `search` itself),
matching (the index and word-index conditions), finders (each register's finder).
"""

from app.services.search.core import search, words_of
from app.services.search.finders import (
    _FINDERS,
)  # each register's finder (tests/bench measures them one by one)
from app.services.search.hits import PER_REGISTER, REGISTERS, Group, Hit
from app.services.search.matching import short, short_ids

__all__ = [
    "PER_REGISTER",
    "REGISTERS",
    "_FINDERS",
    "Group",
    "Hit",
    "search",
    "short",
    "short_ids",
    "words_of",
]
