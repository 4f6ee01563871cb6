"""Child processes of the data-safety tests: `python tests/stress/workers.py MODE ...`.

zygote DB SCRATCH  a fork server for the kill tests: imports and warms up once, then on each `run N SEED`
                   line forks a child that opens DB and writes through the services, printing one line
                   after each committed unit of work, until it is killed (`restore FILE`: a child that
                   restores backup FILE over DB); prints `exit PID STATUS` when the child has ended.
writer DB LABEL COUNT STOPFILE LETTER_EVERY [SHARED]
                   opens DB without the instance lock, prints `ready`, waits for `go`, then commits COUNT
                   people (COUNT 0: until STOPFILE exists), every LETTER_EVERY-th step also a letter
                   issued; with SHARED (a person's id) each step also adds its tag to that one person's
                   notes, read and saved against the version read (a conflict: read again and retry);
                   counts every exception instead of stopping; ends with `result {json}`.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Issue dates on both sides of Nowruz: letters are numbered in two Jalali years (1404 and 1405).
LETTER_DAYS = [dt.date(2026, 3, 10) + dt.timedelta(days=n) for n in range(21)]
FIRST = ["Ali", "Sara", "Reza", "Maryam", "Kaveh", "Anna", "Luca", "Kenji"]
LAST_FA = ["رضایی", "محمدی", "حسینی", "احمدی", "کریمی", "موسوی"]


def open_target(db: str, lock: bool = True) -> None:
    """Open DB: a SQLite file's path, or the URL of a PostgreSQL server (where many PCs write at once)."""
    from app.services import context

    if "://" in db:
        context.open_database(url=db)
    else:
        context.open_database(Path(db), lock=lock)


def say(line: str) -> None:
    """One whole line on stdout at once (the parent may kill us at any moment)."""
    os.write(1, (line + "\n").encode())


def person(rng: random.Random, tag: str) -> dict:
    return {
        "kind": rng.choice(["faculty", "staff", "foreign_guest", "phd_student"]),
        "first_name_en": rng.choice(FIRST),
        "last_name_en": f"Person {tag}",
        "last_name_fa": rng.choice(LAST_FA),
        "email": f"p.{tag.lower()}@example.org",
        "country": rng.choice(["IR", "DE", "IT", "JP"]),
        # now and then long enough for overflow pages: more of the file changes in one transaction
        "notes": "یادداشت " * rng.choice([0, 1, 20, 250]),
    }


def letter(rng: random.Random, tag: str, recipient_id: int | None = None) -> dict:
    lang = rng.choice(["fa", "en"])
    body = ("با سلام و احترام، " if lang == "fa" else "Dear colleague, ") * rng.randint(1, 40)
    return {
        "lang": lang,
        "recipient": f"Recipient {tag}\nUniversity",
        "subject": f"Letter {tag}",
        "body": body,
        "recipient_person_id": recipient_id,
        "signatory_name": "Dr. Ali Mohammadi",
        "signatory_title": "International Vice-Chancellor",
    }  # a letter is issued only with a signatory


def kill_child(db: str, run: int, seed: int) -> None:
    """Write through the services until killed; after each commit say what was committed."""
    from app.services import context, directory, letters

    rng = random.Random(seed)
    context.set_actor(f"kill-run-{run}")
    open_target(db)
    say(f"ready {os.getpid()}")
    people: list[int] = []
    issued: list[int] = []
    for n in range(1, 100_000):
        tag = f"R{run}N{n}"
        action = rng.choices(["person", "partner", "letter", "void", "archive"], [4, 2, 3, 1, 1])[0]
        if action == "person":
            people.append(directory.save_person(person(rng, tag)))
            say(f"person {people[-1]}")
        elif action == "partner":  # a unit, a partner institution and its agreement: three transactions
            unit = directory.save_unit(
                {"kind": "department", "name_fa": f"گروه {tag}", "name_en": f"Dept {tag}"}
            )
            say(f"unit {unit}")
            inst = directory.save_institution(
                {
                    "name_en": f"University {tag}",
                    "country": "DE",
                    "city": "Berlin",
                    "website": "www.example.edu",
                }
            )
            say(f"institution {inst}")
            signed = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(700))
            agreement = directory.save_agreement(
                {
                    "institution_id": inst,
                    "title": f"MoU {tag}",
                    "status": "active",
                    "signed_on": signed,
                    "valid_until": signed + dt.timedelta(days=365 * 5),
                    "scope": "Exchange; joint research. " * 10,
                }
            )
            say(f"agreement {agreement} {inst}")
        elif action == "letter":  # a draft, then one transaction numbers it and stores its PDF
            draft = letters.save_draft(letter(rng, tag, people[-1] if people else None))
            say(f"draft {draft}")
            number = letters.issue_letter(draft, letter_day(rng, run))
            issued.append(draft)
            say(f"issued {draft} {number}")
        elif action == "void" and issued:
            victim = issued.pop(rng.randrange(len(issued)))
            letters.void_letter(victim, f"wrong recipient ({tag})")
            say(f"void {victim}")
        elif action == "archive" and people:
            victim = people.pop(rng.randrange(len(people)))
            directory.archive_person(victim)
            say(f"archived {victim}")


def letter_day(rng: random.Random, run: int) -> dt.date:
    """A day of LETTER_DAYS, later with each run (so the kills cross the Jalali new year), never before the
    latest letter's: a number dated before the latest of its register is refused (issue 13)."""
    from app.services import context, numbering

    with context.database().reading() as session:
        latest = numbering.last_day(session, "letters")
    day = LETTER_DAYS[min(len(LETTER_DAYS) - 1, run // 10 + rng.randrange(2))]
    return max(day, latest or day)


def restore_child(db: str, source: str) -> None:
    """Restore backup `source` over `db` (as the File menu does), saying when the copy itself starts and
    ends."""
    from app.services import backups, context
    from db import sqlite_ops

    copy_into = sqlite_ops.copy_into

    def announced(src: Path, target: Path) -> None:  # the restore's own copy, announced to the parent
        say("copying")
        copy_into(src, target)
        say("copied")

    sqlite_ops.copy_into = announced
    context.open_database(Path(db))
    say(f"ready {os.getpid()}")
    backups.restore_backup(Path(source))
    say("restored")


def warm_up(scratch: str) -> None:
    """Import and exercise everything once, so that each forked child starts writing at once."""
    from app.services import context, directory, letters

    context.open_database(Path(scratch) / "warm-up.sqlite3")
    directory.save_person(person(random.Random(0), "warm"))
    for lang in ("fa", "en"):
        letters.preview_pdf({**letter(random.Random(0), "warm"), "lang": lang})
    context.close_database()  # nothing of SQLite may be open across a fork


def zygote(db: str, scratch: str) -> None:
    warm_up(scratch)
    say("zygote ready")
    for line in sys.stdin:
        words = line.split()
        if not words or words[0] == "quit":
            break
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                if words[0] == "restore":
                    restore_child(db, words[1])
                else:
                    kill_child(db, int(words[1]), int(words[2]))
            except BaseException:  # noqa: BLE001 - anything but the kill is a failure the parent must see
                traceback.print_exc()
                code = 1
            finally:
                sys.stderr.flush()
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        how = f"signal {os.WTERMSIG(status)}" if os.WIFSIGNALED(status) else f"code {os.WEXITSTATUS(status)}"
        say(f"exit {pid} {how}")


def add_to_shared(person_id: int, tag: str) -> int:
    """Add `tag` to the shared person's notes as an editor does: read the version, then the record, and
    save against that version; another writer's save in between is caught and the step is done again.
    Returns the number of conflicts met."""
    from app.services import directory, versions

    conflicts = 0
    while True:
        version = versions.current("people", person_id)
        values = directory.get_person(person_id).values
        try:
            with versions.expecting("people", person_id, version):
                directory.save_person({**values, "notes": f"{values['notes']} {tag}".strip()}, person_id)
            return conflicts
        except versions.EditConflictError:
            conflicts += 1


def writer(db: str, label: str, count: int, stop_file: str, letter_every: int, shared: int = 0) -> None:
    from app.services import context, directory, letters

    rng = random.Random(label)
    context.set_actor(label)
    open_target(db, lock=False)  # the database alone must keep the writers apart
    say("ready")
    if sys.stdin.readline().strip() != "go":
        return
    stop = Path(stop_file) if stop_file != "-" else None
    people: list[int] = []
    issued: list[str] = []
    errors: list[str] = []
    added: list[str] = []
    conflicts = 0
    slowest = 0.0
    start = time.perf_counter()
    i = 0
    while (i < count) if count else (not stop.exists() and i < 100_000 and time.perf_counter() - start < 120):
        began = time.perf_counter()
        try:
            people.append(directory.save_person(person(rng, f"{label}-{i}")))
            if letter_every and i % letter_every == 0:
                issued.append(letters.issue_letter(letters.save_draft(letter(rng, f"{label}-{i}"))))
            if shared:  # a short tag: the notes hold at most 5,000 characters
                conflicts += add_to_shared(shared, f"{label[0]}{i}")
                added.append(f"{label[0]}{i}")
        except Exception as exc:  # noqa: BLE001 - counted: the parent asserts there are none
            errors.append(f"{type(exc).__name__}: {exc}")
        slowest = max(slowest, time.perf_counter() - began)
        i += 1
    say(
        "result "
        + json.dumps(
            {
                "people": people,
                "issued": issued,
                "added": added,
                "conflicts": conflicts,
                "errors": errors[:20],
                "error_count": len(errors),
                "seconds": time.perf_counter() - start,
                "slowest": slowest,
            }
        )
    )
    context.close_database()


if __name__ == "__main__":
    mode, args = sys.argv[1], sys.argv[2:]
    if mode == "zygote":
        zygote(*args)
    elif mode == "writer":
        writer(args[0], args[1], int(args[2]), args[3], int(args[4]), *map(int, args[5:6]))
    else:
        raise SystemExit(f"unknown mode {mode}")
