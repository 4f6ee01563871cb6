"""Restores of backups taken at different points, each followed by issuing in every register: no number is
ever given twice and no stored document changes, whichever backup comes back and in whatever order."""

from __future__ import annotations

import datetime as dt
import hashlib

PHASES = 5  # backups taken, with issuing in every register between them
ORDER = (2, 0, 4, 1, 3)  # the order the backups are restored in (each followed by issuing again)
PER_ROUND = {"letters": 3, "ordinances": 2, "meetings": 2, "visits": 1, "funding": 1}


def test_restores_of_backups_from_different_points_reuse_no_number_and_change_no_stored_file(
    db, tmp_path, figures
):
    from app import paths
    from app.services import backups, funding, letters, meetings, ordinances, visits
    from app.services.paging import PageRequest
    from tests.services.funding_helpers import person, request_data, set_up_year
    from tests.services.meetings_helpers import new_council
    from tests.services.ordinance_helpers import kind, setting_up
    from tests.services.test_letters import LETTER
    from tests.services.test_visits import guest, visit_data

    ids = setting_up()
    head = guest()
    set_up_year()
    applicant = person()
    day = [dt.date(2026, 9, 23)]  # advances every round, across the new year (1405 -> 1406)
    given: dict[str, list[str]] = {register: [] for register in PER_ROUND}

    def issue_everywhere() -> None:
        day[0] += dt.timedelta(days=16)
        today = day[0]
        for n in range(PER_ROUND["letters"]):
            draft = letters.save_draft({**LETTER, "subject": f"Letter of {today} {n}"})
            given["letters"].append(letters.issue_letter(draft, today))
        for n in range(PER_ROUND["ordinances"]):
            values = ordinances.new_draft_values(kind("appreciation"), ids["rezaei"], ids["anatomy"])
            draft = ordinances.save_draft({**values, "copies_to_en": f"{today} {n}"})
            given["ordinances"].append(ordinances.issue_ordinance(draft, today))
        for n in range(PER_ROUND["meetings"]):
            meeting = new_council(dt.datetime.combine(today, dt.time(9 + 3 * n)))
            given["meetings"].append(meetings.get_meeting(meeting)["number"])
        for _ in range(PER_ROUND["visits"]):
            given["visits"].append(visits.get_visit(visits.save_visit(visit_data(head)))["reference"])
        for _ in range(PER_ROUND["funding"]):  # its reference, as printed on its documents, is FR-year-id
            record = funding.get_request(funding.save_request(request_data(applicant)))
            given["funding"].append(f"FR-{record.values['fiscal_year']}-{record.id:04d}")

    def stored() -> dict[str, str]:
        base = paths.documents_dir()
        return {
            p.relative_to(base).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in base.rglob("*.pdf")
        }

    taken = []
    for phase in range(PHASES):
        taken.append(backups.take_backup("manual", tmp_path / "copies" / f"phase-{phase}.sqlite3"))
        issue_everywhere()
    files_seen = stored()
    changed: set[str] = set()
    reregistered: list[int] = []
    taken_back: list[int] = []
    unprintable = 0
    restores = 0
    sources = [taken[i] for i in ORDER]
    kept_copies = []
    for source in sources + ["kept"] * 2:  # then twice the copy kept before the latest restore
        result = backups.restore_backup(kept_copies[-1] if source == "kept" else source)
        restores += 1
        kept_copies.append(
            getattr(result, "kept", result)
        )  # (a path alone before issue 13: counted the same)
        reregistered.append(sum(len(n) for n in getattr(result, "reregistered", {}).values()))
        taken_back.append(sum(len(n) for n in getattr(result, "taken_back", {}).values()))
        now = stored()
        changed |= {name for name, digest in files_seen.items() if now.get(name) != digest}
        for row in letters.list_letters(PageRequest(limit=1000)).rows:
            try:
                letters.letter_pdf(row.id)
            except Exception:  # noqa: BLE001 - counted: every issued letter must print its stored PDF
                unprintable += 1
        issue_everywhere()
        files_seen.update({name: digest for name, digest in stored().items() if name not in files_seen})
    numbers = [number for register in given.values() for number in register]
    reused = len(numbers) - len(set(numbers))
    per_register = ", ".join(f"{register} {len(n)}" for register, n in given.items())
    figures(
        f"restores: {restores} restores of {PHASES} backups taken at different points (and of the copies "
        f"kept before a restore), each followed by issuing in every register: {len(numbers)} numbers given "
        f"({per_register}), {reused} reused; {len(changed)} of {len(files_seen)} stored PDFs changed or "
        f"missing; re-registered per restore {reregistered}, taken back per restore {taken_back}; "
        f"{unprintable} issued letters that did not print"
    )
    assert reused == 0, sorted({n for n in numbers if numbers.count(n) > 1})
    assert not changed, sorted(changed)[:5]
    assert unprintable == 0
