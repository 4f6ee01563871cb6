"""What each register adds to the command line (`list`, `print`, `export`).

Every area has one module here, named in AREAS (`demo` fills every register through
app.services.demo.fill_every_register). A module is imported when the command line is parsed, so it imports
nothing heavy at top level. It may define:

- REGISTERS: {name: factory}; factory() -> (fetch, line): fetch(PageRequest) -> Page, line(row) -> str
  (tab-separated: id, number, date, title, then anything useful). Used by `list` and `export`.
- DOCUMENTS: {name: (help, render)}; render(record_id, lang) -> (pdf bytes, file name without folder).
  `lang` is "fa", "en", "both" or None (the document's own or the UI's default). Used by `print`.
- EXPORTS: {name: export}; export(path) -> int (rows written to an .xlsx file), or export(path, year) for an
  export of one Jalali year (`export indicators 1405 -o FILE`). Used by `export`.
- CALENDARS: {name: render}; render(record_id) -> .ics bytes. Used by `export calendar NAME ID`.
"""

from __future__ import annotations

import importlib
from types import ModuleType

AREAS = (
    "app.commands.core",
    "app.commands.meetings",
    "app.commands.visits",
    "app.commands.ordinances",
    "app.commands.funding",
    "app.commands.reports",
    "app.commands.imports",
    "app.commands.today",
    "app.commands.faculty",
    "app.commands.evaluations",
)


def areas() -> list[ModuleType]:
    return [importlib.import_module(name) for name in AREAS]


def registers() -> dict:
    return {name: factory for module in areas() for name, factory in getattr(module, "REGISTERS", {}).items()}


def documents() -> dict:
    return {name: entry for module in areas() for name, entry in getattr(module, "DOCUMENTS", {}).items()}


def exports() -> dict:
    return {name: entry for module in areas() for name, entry in getattr(module, "EXPORTS", {}).items()}


def calendars() -> dict:
    return {name: entry for module in areas() for name, entry in getattr(module, "CALENDARS", {}).items()}
