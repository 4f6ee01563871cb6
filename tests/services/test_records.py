"""Records the office can swear by: no number given twice and no stored document changed, whatever
backup is restored, whenever a crash comes, and wherever the clock points (issue 13, sections 1, 2, 4)."""

import datetime as dt
import hashlib
import json

import pytest
from sqlalchemy import func, select

from app import paths
from app.services import (
    backups,
    context,
    letters,
    meetings,
    numbering,
    ordinances,
    settings,
    visits,
)
from app.services.errors import ServiceError, StateError, ValidationError
from app.services.ordinances import journal
from db.models import Ordinance, Setting
from tests.services.meetings_helpers import new_council
from tests.services.ordinance_helpers import kind, setting_up
from tests.services.test_letters import LETTER
from tests.services.test_visits import guest, visit_data

DAY = dt.date(2026, 11, 24)  # Jalali 1405


@pytest.fixture(autouse=True)
def scenario_day(frozen_clock):
    """These scenarios are of 1405: the program's clock is a week after DAY (rates and rules are in force)."""
    frozen_clock(dt.datetime.combine(DAY + dt.timedelta(days=7), dt.time(10)))


def stored_files() -> dict[str, str]:
    """Every stored document and its sha256."""
    base = paths.documents_dir()
    return {
        p.relative_to(base).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in base.rglob("*.pdf")
    }


def issue_letters(count: int, day: dt.date = DAY) -> list[str]:
    return [
        letters.issue_letter(letters.save_draft({**LETTER, "subject": f"Letter {n}"}), day)
        for n in range(count)
    ]


def issue_ordinances(ids: dict[str, int], count: int, day: dt.date = DAY) -> list[str]:
    numbers = []
    for n in range(count):
        draft = ordinances.save_draft(
            {
                **ordinances.new_draft_values(kind("appreciation"), ids["rezaei"], ids["anatomy"]),
                "copies_to_en": f"token {n}",
            }
        )
        numbers.append(ordinances.issue_ordinance(draft, day))
    return numbers


def create_meetings(count: int) -> list[str]:
    return [
        meetings.get_meeting(new_council(dt.datetime(2026, 12, 1 + n, 10)))["number"] for n in range(count)
    ]


def create_requests(count: int) -> list[str]:
    from app.services import funding
    from tests.services.funding_helpers import person, request_data, set_up_year

    set_up_year()
    applicant = person()
    made = [funding.get_request(funding.save_request(request_data(applicant))) for _ in range(count)]
    return [f"FR-{r.values['fiscal_year']}-{r.id:04d}" for r in made]  # as printed on its documents


def create_visits(count: int) -> list[str]:
    head = guest()
    return [visits.get_visit(visits.save_visit(visit_data(head)))["reference"] for _ in range(count)]


# ---------------------------------------------------------------- 1. restores


def test_a_restore_gives_no_number_again_and_keeps_what_was_issued_after_the_backup(db):
    ids = setting_up()
    before = (
        issue_letters(2)
        + issue_ordinances(ids, 1)
        + create_meetings(1)
        + create_visits(1)
        + create_requests(1)
    )
    backup = backups.take_backup("manual")
    after = (
        issue_letters(5)
        + issue_ordinances(ids, 5)
        + create_meetings(3)
        + create_visits(2)
        + create_requests(2)
    )
    files = stored_files()
    result = backups.restore_backup(backup)
    assert result.reregistered == {"letters": after[:5], "ordinances": after[5:10]}
    assert result.taken_back == {"meetings": after[10:13], "visits": after[13:15], "funding": after[15:17]}
    again = (
        issue_letters(5)
        + issue_ordinances(ids, 5)
        + create_meetings(3)
        + create_visits(2)
        + create_requests(2)
    )
    assert not set(again) & set(before + after), "a number was given again"
    changed = [name for name, digest in files.items() if stored_files().get(name) != digest]
    assert changed == [], "a stored document was changed or removed"
    listed = {r.number: r.id for r in letters.list_letters().rows}
    for number in after[:5]:  # issued after the backup: still in the register, reprinted byte for byte
        name = next(n for n in files if n.startswith("letters/") and n.endswith(f"-{number[5:9]:0>5}.pdf"))
        assert hashlib.sha256(letters.letter_pdf(listed[number])).hexdigest() == files[name]
    # restoring the copy kept before the restore brings every letter back, each printing its own PDF
    back = backups.restore_backup(result.kept)
    assert sorted(back.reregistered["letters"]) == sorted(again[:5])
    for row in letters.list_letters().rows:
        assert letters.letter_pdf(row.id)[:5] == b"%PDF-"


def test_restore_of_the_oldest_backup_after_several_keeps_every_number_unused(db):
    taken = []
    for _ in range(3):
        taken.append(backups.take_backup("manual"))
        issue_letters(2)
    given = {r.number for r in letters.list_letters().rows}
    backups.restore_backup(taken[0])
    assert not set(issue_letters(3)) & given


def test_a_stored_document_is_never_overwritten(db):
    target = paths.documents_dir() / "letters" / "1405" / "1405-00001.pdf"
    target.parent.mkdir(parents=True)
    target.write_bytes(b"an issued letter from before")
    issue_letters(1)
    assert target.read_bytes() == b"an issued letter from before"
    row = letters.list_letters().rows[0]
    assert (
        letters.letter_pdf(row.id)[:5] == b"%PDF-" and letters.get_letter(row.id)["number"] == "1405/0001/IVC"
    )
    assert (target.parent / "1405-00001-2.pdf").is_file()


def test_the_cli_says_what_a_restore_re_registered(db, capsys):
    from app import cli

    backup = backups.take_backup("manual")
    numbers = issue_letters(2)
    context.close_database()
    assert cli.main(["restore", str(backup)]) == 0
    out = capsys.readouterr().out
    assert f"2 letters: {numbers[0]}, {numbers[1]}" in out and "issued after this backup" in out


# ---------------------------------------------------------------- 2. a crash inside an issue


def test_a_crash_between_the_journal_and_the_commit_issues_the_decree_once(db, monkeypatch):
    ids = setting_up()
    draft = ordinances.save_draft(
        ordinances.new_draft_values(kind("appreciation"), ids["rezaei"], ids["anatomy"])
    )
    write = journal.write

    def write_then_die(session, ordinance):
        write(session, ordinance)
        raise SystemExit("killed")  # as a kill leaves it: the journal written, nothing committed

    with monkeypatch.context() as patched, pytest.raises(SystemExit):
        patched.setattr(journal, "write", write_then_die)
        patched.setattr(journal, "put_back", lambda target, old: None)  # a dead process undoes nothing
        ordinances.issue_ordinance(draft, DAY)
    assert ordinances.get_ordinance(draft)["status"] == "draft"
    with pytest.raises(StateError):  # the recovery found it was this draft that had been issued
        ordinances.issue_ordinance(draft, DAY)
    other = ordinances.save_draft(
        ordinances.new_draft_values(kind("appreciation"), ids["karimi"], ids["anatomy"])
    )
    assert ordinances.issue_ordinance(other, DAY) == "1405/0002/IVC-H"
    with context.database().reading() as session:
        issued = session.execute(
            select(Ordinance.id, Ordinance.number).where(Ordinance.number.is_not(None))
        ).all()
    assert sorted(issued) == [(draft, "1405/0001/IVC-H"), (other, "1405/0002/IVC-H")]


# ---------------------------------------------------------------- 4. clocks


def test_backups_named_by_a_clock_that_was_ahead_do_not_stop_nor_spoil_the_rotation(
    db, monkeypatch, frozen_clock
):
    frozen_clock(dt.datetime(2026, 12, 1, 10))  # the real day; the clock "was ahead" in December 2027
    made = paths.backup_path
    for day in range(1, 6):  # five backups while the clock said December 2027
        monkeypatch.setattr(
            paths, "backup_path", lambda reason, when=None, d=day: made(reason, dt.datetime(2027, 12, d, 9))
        )
        backups.take_backup("close")
        backups.take_backup("manual")
    monkeypatch.setattr(paths, "backup_path", made)
    assert backups.backup_due(), "the next start must back up"
    for _ in range(5):
        backups.take_backup("close")
    for _ in range(12):
        backups.take_backup("manual")
    assert not backups.backup_due()
    left = backups.list_backups(with_counts=False)
    real = [b for b in left if b.taken.year < 2027]
    assert len([b for b in real if b.reason == "close"]) >= 1
    assert len([b for b in real if b.reason == "manual"]) == backups.SAFETY_KEEP  # the newest ten are real
    assert left[0].taken.year < 2027 and left[0].sequence == max(b.sequence for b in left)


def test_rotation_keeps_the_real_days_after_a_clock_that_was_ahead(tmp_path):
    future = [
        backups.BackupInfo(tmp_path / f"f{n}", dt.datetime(2027, 12, n + 1, 9), "close", 1, sequence=n + 1)
        for n in range(5)
    ]
    real = [
        backups.BackupInfo(tmp_path / f"r{n}", dt.datetime(2026, 11, 20 + n, 18), "close", 1, sequence=n + 6)
        for n in range(5)
    ]
    keep = backups.kept(future + real)
    assert {b.path for b in real} <= keep


def test_a_number_is_never_dated_before_the_latest_of_its_register(db):
    issue_letters(1, dt.date(2027, 3, 25))  # 1406
    draft = letters.save_draft(LETTER)
    with pytest.raises(numbering.NumberDateError, match="dated 2027-03-25") as error:
        letters.issue_letter(draft, dt.date(2027, 3, 10))  # the clock went back to 1405
    assert "clock" in str(error.value)
    assert letters.get_letter(draft)["status"] == "draft"
    assert letters.issue_letter(draft, dt.date(2027, 3, 25)) == "1406/0002/IVC"
    ids = setting_up()
    issue_ordinances(ids, 1, dt.date(2026, 12, 1))
    with pytest.raises(numbering.NumberDateError):
        issue_ordinances(ids, 1, dt.date(2026, 11, 30))
    with context.database().reading() as session:
        assert (
            session.execute(
                select(func.count()).select_from(Ordinance).where(Ordinance.number.is_not(None))
            ).scalar()
            == 1
        )


def test_the_latest_date_survives_a_restore(db):
    backup = backups.take_backup("manual")
    issue_letters(1, dt.date(2026, 12, 1))
    backups.restore_backup(backup)
    with pytest.raises(numbering.NumberDateError):
        issue_letters(1, dt.date(2026, 11, 30))


@pytest.mark.parametrize(
    "fmt, words",
    [
        ("{seq:04d}/IVC", "{year}"),
        ("{year}/{seq:04d}/IVC-H", "same number"),  # the ordinances' default
        ("{seq}/{year}", "same number"),  # a meeting's number
        ("V-{year}-{seq:03d}", "same number"),  # a visit's
    ],
)
def test_a_letter_format_that_could_repeat_a_number_is_refused_when_saved(db, fmt, words):
    with pytest.raises(ValidationError, match=words) as error:
        settings.save({"letter_number_format": fmt})
    assert error.value.field == "letter_number_format"
    assert settings.load()["letter_number_format"] == "{year}/{seq:04d}/IVC"
    with pytest.raises(ValidationError):
        settings.number_example(fmt)


def test_an_ordinance_format_may_not_repeat_a_letter_number(db):
    for fmt in ("{year}/{seq:04d}/IVC", "{seq:04d}/H"):
        with pytest.raises(ValidationError):
            ordinances.set_number_format(fmt)
    assert ordinances.formats()["*"] == "{year}/{seq:04d}/IVC-H"


def test_the_default_formats_print_different_numbers(db):
    ids = setting_up()
    assert issue_letters(1) == ["1405/0001/IVC"] and issue_ordinances(ids, 1) == ["1405/0001/IVC-H"]


def test_formats_saved_before_that_overlap_cannot_print_one_number_twice(db):
    with context.database().writing() as session:  # an office that kept the old shared default
        session.add(
            Setting(key="ordinances/number_formats", value=json.dumps({"1405": "{year}/{seq:04d}/IVC"}))
        )
    ids = setting_up()
    issue_letters(1)
    with pytest.raises(ServiceError, match="already printed"):
        issue_ordinances(ids, 1)
    assert [r.number for r in ordinances.list_ordinances().rows if r.number] == []


def test_the_next_number_is_shown_as_an_example(db, monkeypatch):
    from app.common import dates

    monkeypatch.setattr(dates, "today", lambda: DAY)
    issue_letters(2)
    assert settings.number_example("{year}-L{seq:05d}") == "1405-L00003"


@pytest.mark.sqlite_only  # a damaged file set aside
def test_a_recovery_after_damage_gives_no_number_again(db):
    backup = backups.take_backup("manual")
    given = issue_letters(3)
    context.close_database()
    db.rename(db.with_name("damaged.sqlite3"))  # set aside, as the start-up check does with a damaged file
    backups.recover(backup)
    assert not set(issue_letters(3)) & set(given)
