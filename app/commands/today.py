"""`ivc-desk today [--days N]` and `ivc-desk search TEXT`: Today's lists and the one search, on the command
line.

Lines are tab-separated: the register and record id (what `ivc-desk list` and `print` take), the date
(Gregorian, then Jalali), the number, the title and a detail. `--lang fa` gives the Persian names.
"""

from __future__ import annotations

import argparse

SECTION_NAMES = {
    "coming": "In the next {days} days",
    "waiting": "Waiting for the office",
    "late": "Late",
    "ending": "Ending soon",
}
RULE_NAMES = {
    "meeting": "meeting",
    "arrival": "guest arrives",
    "departure": "guest leaves",
    "programme": "programme today",
    "conference": "conference",
    "not_on_agenda": "submitted, not on an agenda",
    "no_decision": "on an agenda, no decision",
    "letter_not_issued": "decided, letter not issued",
    "not_paid": "approved, not paid",
    "report_overdue": "paid, report overdue",
    "letter_draft": "letter drafted, not issued",
    "ordinance_draft": "ordinance drafted, not issued",
    "minutes_not_approved": "held, minutes not approved",
    "action_overdue": "action overdue",
    "visit_report_overdue": "visit report overdue",
    "ordinance_ending": "ordinance ends",
    "adjunct_ending": "adjunct term ends",
    "vacant_position": "position vacant",
    "agreement_ending": "agreement ends",
    "agreement_dormant": "agreement dormant",
}
REGISTER_NAMES = {
    "people": "People",
    "units": "Units",
    "partners": "Partners",
    "agreements": "Agreements",
    "letters": "Letters",
    "meetings": "Meetings",
    "visits": "Visits",
    "funding": "Funding requests",
    "ordinances": "Ordinances",
    "adjuncts": "Adjunct faculty",
    "evaluations": "English evaluations",
    "programmes": "Seasonal schools and exchanges",
}


def _hit_detail(hit, lang: str) -> str:  # type: ignore[no-untyped-def]
    """A search hit's details, its day (if any) in the language's calendar after them."""
    from app.common import dates

    calendar = dates.JALALI if lang == "fa" else dates.GREGORIAN
    day = dates.format_date(hit.day, calendar, lang) if hit.day else ""
    return " · ".join(part for part in (hit.detail(lang), day) if part)


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    listing = commands.add_parser("today", help="what comes, waits, is late or ends soon (the Today tab)")
    listing.add_argument(
        "--days", type=int, default=None, metavar="N", help="look N days ahead (default: the setting)"
    )
    finding = commands.add_parser("search", help="search every register; results grouped by register")
    finding.add_argument("text", help="what to look for (a name, a number, a word)")


def _day(day, lang: str) -> str:  # type: ignore[no-untyped-def]
    from app.common import dates

    if day is None:
        return ""
    return f"{dates.format_date(day, dates.GREGORIAN, lang)} ({dates.format_date(day, dates.JALALI, lang)})"


def print_today(days: int | None, lang: str) -> list[str]:
    """The lines of `ivc-desk today`."""
    from app.services import today

    report = today.today_report(coming_days=days)
    lines = [f"Today: {_day(report.on, lang)}"]
    for section in today.SECTIONS:
        entries = report.entries[section]
        name = SECTION_NAMES[section].format(days=report.thresholds.coming_days)
        lines.append(f"\n{name} ({report.count(section)})")
        for rule in today.RULES[section]:
            shown = [e for e in entries if e.rule == rule]
            for e in shown:
                register = "actions" if e.action_id else e.register
                record = e.action_id or e.record_id
                lines.append(
                    "\t".join(
                        [
                            f"  {RULE_NAMES[rule]}",
                            f"{register} {record}",
                            _day(e.day, lang),
                            e.number,
                            e.title(lang),
                            e.detail(lang),
                        ]
                    ).rstrip()
                )
            if report.totals[rule] > len(shown):
                lines.append(f"  {RULE_NAMES[rule]}: {report.totals[rule] - len(shown)} more")
    return lines


def print_search(text: str, lang: str) -> list[str]:
    """The lines of `ivc-desk search TEXT`."""
    from app.services import search

    lines = []
    for group in search.search(text):
        lines.append(f"{REGISTER_NAMES[group.register]} ({len(group.hits)})")
        for hit in group.hits:
            lines.append(
                "\t".join(
                    [f"  {hit.record_id}", hit.number, hit.title(lang), _hit_detail(hit, lang)]
                ).rstrip()
            )
    return lines


def _export_today(path, lang: str = "en") -> int:  # type: ignore[no-untyped-def]
    """`ivc-desk export today -o FILE.xlsx`: every entry of Today's lists, one row each."""
    from app.services import exports, today

    report = today.today_report()
    rows = []
    for section in today.SECTIONS:
        name = SECTION_NAMES[section].format(days=report.thresholds.coming_days)
        for e in report.entries[section]:
            register = "actions" if e.action_id else e.register
            rows.append(
                [
                    name,
                    RULE_NAMES[e.rule],
                    register,
                    e.action_id or e.record_id,
                    e.day,
                    e.number,
                    e.title(lang),
                    e.detail(lang),
                ]
            )
    headers = ["section", "list", "register", "id", "date", "number", "title", "details"]
    return exports.write_table(path, "Today", headers, rows, widths=(24, 34, 12, 8, 12, 16, 50, 40))


def _export_search(path, text: str, lang: str = "en") -> int:  # type: ignore[no-untyped-def]
    """`ivc-desk export search TEXT -o FILE.xlsx`: the results of `ivc-desk search TEXT`, one row each."""
    from app.services import exports, search

    rows = [
        [REGISTER_NAMES[g.register], hit.record_id, hit.number, hit.title(lang), _hit_detail(hit, lang)]
        for g in search.search(text)
        for hit in g.hits
    ]
    headers = ["register", "id", "number", "title", "details"]
    return exports.write_table(path, "Search results", headers, rows, widths=(18, 8, 16, 50, 40))


EXPORTS = {"today": _export_today, "search": _export_search}
