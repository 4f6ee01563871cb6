"""What the search gives: the registers in their order, a record found (Hit) and a register's group."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# The registers in the order their groups are shown when they match equally well.
REGISTERS = (
    "people",
    "units",
    "partners",
    "agreements",
    "letters",
    "meetings",
    "visits",
    "funding",
    "ordinances",
    "adjuncts",
    "evaluations",
    "programmes",
)
PER_REGISTER = 8  # results shown per register
_CANDIDATES = 40  # matches read per register before the best are chosen
_SEPARATORS = re.compile(r"[/\-_.\\،,:]+")
_NUMBER_WORD = re.compile(r"\d")


@dataclass(frozen=True)
class Hit:
    """One record found: which register, which record (Enter opens it), what to show."""

    register: str
    record_id: int
    title_fa: str
    title_en: str
    detail_fa: str = ""
    detail_en: str = ""
    number: str = ""
    score: int = 0  # higher is better
    day: dt.date | None = (
        None  # the record's day (a meeting's, a programme's start), shown in the UI's calendar
    )

    def title(self, lang: str) -> str:
        return (self.title_fa or self.title_en) if lang == "fa" else (self.title_en or self.title_fa)

    def detail(self, lang: str) -> str:
        return (self.detail_fa or self.detail_en) if lang == "fa" else (self.detail_en or self.detail_fa)


@dataclass(frozen=True)
class Group:
    register: str
    hits: list[Hit]
