"""Hard kills: SIGKILL a process at random moments while it writes through the services, 200 times over one
database, and prove after each kill that nothing committed was lost and nothing was half-saved."""

from __future__ import annotations

import contextlib
import hashlib
import os
import random
import shutil
import signal
import time
from collections import Counter
from pathlib import Path

from tests.stress.helpers import Worker, connect_ro, consistency_problems, dump, integrity

KILLS = 200
SEED = 1405
CHECK_EVERY = 5  # the whole-database invariants; integrity and the reported records after every kill


def check_reported(db: Path, reported: list[str]) -> list[str]:
    """Every record the child said it committed is there, as it said (lost records)."""
    lost = []
    conn = connect_ro(db)
    try:
        one = lambda sql, *a: conn.execute(sql, a).fetchone()  # noqa: E731
        for line in reported:
            kind, *words = line.split()
            if kind in ("person", "unit", "institution", "draft"):
                table = {
                    "person": "people",
                    "unit": "units",
                    "institution": "institutions",
                    "draft": "letters",
                }[kind]
                if one(f"SELECT 1 FROM {table} WHERE id=?", int(words[0])) is None:
                    lost.append(line)
            elif kind == "agreement":
                if (
                    one(
                        "SELECT 1 FROM agreements WHERE id=? AND institution_id=?",
                        int(words[0]),
                        int(words[1]),
                    )
                    is None
                ):
                    lost.append(line)
            elif kind == "issued":
                row = one("SELECT status, number FROM letters WHERE id=?", int(words[0]))
                if row is None or row[0] not in ("issued", "void") or row[1] != words[1]:
                    lost.append(line)
            elif kind == "void":
                if one("SELECT 1 FROM letters WHERE id=? AND status='void'", int(words[0])) is None:
                    lost.append(line)
            elif kind == "archived":
                if one("SELECT 1 FROM people WHERE id=? AND archived_at IS NOT NULL", int(words[0])) is None:
                    lost.append(line)
            else:
                lost.append(f"unexpected line {line!r}")
    finally:
        conn.close()
    return lost


def test_200_hard_kills_lose_nothing_committed_and_half_save_nothing(db, data_dir, tmp_path, figures):
    from app.services import context

    context.close_database()  # only the children write; the parent only looks, between kills
    rng = random.Random(SEED)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    zygote = Worker("zygote", str(db), str(scratch), data_dir=data_dir, stderr_path=tmp_path / "zygote.err")
    integrity_failures, lost, half_saved, child_errors = 0, [], [], []
    reported: Counter[str] = Counter()
    hashed: set[int] = set()
    delays = []
    child: int | None = None
    started = time.perf_counter()
    try:
        zygote.wait_for("zygote ready", timeout=60)
        for run in range(KILLS):
            zygote.send(f"run {run} {rng.randrange(2**32)}")
            line, _ = zygote.wait_for(("ready ", "exit "), timeout=60)
            if line.startswith("exit "):
                child_errors.append(f"run {run}: ended before it was ready: {line}; {zygote.stderr()[-500:]}")
                break
            pid = child = int(line.split()[1])
            delay = rng.uniform(0.05, 0.4)
            delays.append(delay)
            time.sleep(delay)
            with contextlib.suppress(ProcessLookupError):  # it failed first: reported with its exit below
                os.kill(pid, signal.SIGKILL)
            end, committed = zygote.wait_for("exit ", timeout=60)
            child = None
            if end != f"exit {pid} signal {signal.SIGKILL.value}":
                child_errors.append(f"run {run}: {end}")
            reported.update(line.split()[0] for line in committed)
            # without the child: the file, what it reported, and the invariants over the whole database
            problems = integrity(db)
            if problems:
                integrity_failures += 1
                child_errors.append(f"run {run}: integrity {problems[:3]}")
                break
            lost += check_reported(db, committed)
            if run % CHECK_EVERY == 0:  # what a kill half-saved stays so: checking every few kills finds it
                with contextlib.closing(connect_ro(db)) as conn:
                    numbered = {r[0] for r in conn.execute("SELECT id FROM letters WHERE status != 'draft'")}
                half_saved += [
                    f"run {run}: {p}" for p in consistency_problems(db, data_dir, numbered - hashed)
                ]
                hashed |= numbered
            if child_errors or lost or half_saved:
                break
        zygote.send("quit")
    finally:
        if child is not None:  # the test failed while a child was writing: it must not go on
            with contextlib.suppress(OSError):
                os.kill(child, signal.SIGKILL)
        zygote.close()
    elapsed = time.perf_counter() - started
    # once more over everything, every stored PDF hashed again
    final = consistency_problems(db, data_dir, None)
    half_saved += [f"final: {p}" for p in final]
    with contextlib.closing(connect_ro(db)) as conn:
        counts = {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("people", "units", "institutions", "agreements", "letters", "audit_log")
        }
        years = conn.execute(
            "SELECT year, last_number FROM number_sequences WHERE register='letters'"
        ).fetchall()
        drafts_left = conn.execute("SELECT count(*) FROM letters WHERE status='draft'").fetchone()[0]
        lonely = conn.execute(
            "SELECT count(*) FROM institutions i WHERE NOT EXISTS (SELECT 1 FROM agreements a WHERE "
            "a.institution_id=i.id)"
        ).fetchone()[0]
    documents = data_dir / "documents"
    stored = {p.relative_to(documents).as_posix() for p in documents.rglob("*.pdf")}
    with contextlib.closing(connect_ro(db)) as conn:
        referenced = {r[0] for r in conn.execute("SELECT pdf_name FROM letters WHERE pdf_name != ''")}
    temp_files = [p for p in documents.rglob("*.tmp")]
    figures(
        f"kill test: {KILLS} kills ({run + 1} done) in {elapsed:.0f} s, delays {min(delays) * 1000:.0f}-"
        f"{max(delays) * 1000:.0f} ms after ready, {integrity_failures} integrity failures, {len(lost)} "
        f"lost, {len(half_saved)} half-saved, {len(child_errors)} child errors"
    )
    figures(
        f"kill test: children reported {sum(reported.values())} commits ({dict(sorted(reported.items()))}); "
        f"database now {counts}, {os.path.getsize(db) // 1024} KiB"
    )
    figures(
        f"kill test: numbering gapless per year {sorted(years)}; interrupted between transactions: "
        f"{drafts_left} drafts never issued, {lonely} institutions without their agreement; "
        f"{len(stored - referenced)} PDFs and {len(temp_files)} temporary files left by kills between "
        "writing the PDF and the commit"
    )
    assert not child_errors, child_errors[:5]
    assert integrity_failures == 0
    assert not lost, lost[:10]
    assert not half_saved, half_saved[:10]
    assert run + 1 == KILLS
    assert sum(reported.values()) > KILLS  # the kills really landed in the middle of writing
    assert reported["issued"] > 20 and reported["agreement"] > 10
    assert referenced <= stored
    shutil.rmtree(scratch, ignore_errors=True)


def test_the_checks_see_what_a_half_saved_unit_of_work_would_leave(db, data_dir, tmp_path):
    """The kill test's checks can fail: each kind of half-saved state, made by hand in a copy, is reported."""
    import datetime as dt
    import sqlite3

    from app.services import context, directory, letters

    person = directory.save_person({"kind": "staff", "last_name_en": "Ahmadi", "country": "IR"})
    inst = directory.save_institution({"name_en": "Kyoto University", "country": "JP"})
    directory.save_agreement({"institution_id": inst, "title": "MoU", "status": "active"})
    for day in (20, 21, 22):  # 1404/0001, 1405/0001, 1405/0002
        letters.issue_letter(
            letters.save_draft({"lang": "en", "recipient": "R", "subject": "S", "body": "B"}),
            dt.date(2026, 3, day),
        )
    context.close_database()
    assert consistency_problems(db, data_dir) == []
    assert check_reported(db, [f"person {person}", f"institution {inst}", "issued 3 1405/0002/IVC"]) == []
    half_saved = {
        "record without audit entry": "DELETE FROM audit_log WHERE table_name='people'",
        "audit entry without record": "DELETE FROM people",
        "gap in the numbers": "UPDATE letters SET sequence=3 WHERE sequence=2",
        "number taken, letter not issued": "UPDATE number_sequences SET last_number=last_number+1",
        "issued without its PDF hash": "UPDATE letters SET pdf_sha256='' WHERE id=1",
        "issued without its issue entry": "DELETE FROM audit_log WHERE action='issue'",
        "agreement without institution": "PRAGMA foreign_keys=OFF; DELETE FROM institutions",
    }
    for what, sql in half_saved.items():
        copy = tmp_path / f"{what}.sqlite3"
        copy.write_bytes(db.read_bytes())
        with contextlib.closing(sqlite3.connect(copy)) as conn:
            conn.executescript(sql)
        assert consistency_problems(copy, data_dir), what
    lies = ["person 999", "issued 1 1405/0009/IVC", "void 2", "agreement 1 999", "archived 1"]
    assert check_reported(db, lies) == lies
    stored = next((data_dir / "documents").rglob("*.pdf"))
    stored.write_bytes(stored.read_bytes() + b"%")
    assert any("does not match" in p for p in consistency_problems(db, data_dir))


RESTORE_KILLS = 30


def _content(path: Path) -> str:
    return hashlib.sha256(repr(sorted(dump(path).items())).encode()).hexdigest()


def test_kills_during_restore_leave_the_old_or_the_new_database_never_a_mix(db, data_dir, tmp_path, figures):
    """SIGKILL while a backup is restored over the database (half of the kills aimed at the copy itself):
    afterwards the database is sound and is exactly the one before or exactly the backup."""
    from app.services import backups, context, demo, directory

    demo.fill(5000)
    small = backups.take_backup("manual", tmp_path / "A.sqlite3")
    for i in range(300):
        directory.save_person(
            {"kind": "staff", "last_name_en": f"After A {i}", "country": "IR", "notes": "x" * 2000}
        )
    large = backups.take_backup("manual", tmp_path / "B.sqlite3")
    context.close_database()
    contents = {small: _content(small), large: _content(large)}
    assert len(set(contents.values())) == 2
    now = _content(db)
    assert now == contents[large]
    rng = random.Random(SEED + 1)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    zygote = Worker("zygote", str(db), str(scratch), data_dir=data_dir, stderr_path=tmp_path / "zygote.err")
    phases: Counter[str] = Counter()
    results: Counter[str] = Counter()
    problems: list[str] = []
    child: int | None = None
    try:
        zygote.wait_for("zygote ready", timeout=60)
        for run in range(RESTORE_KILLS):
            before = now
            target = small if before == contents[large] else large
            zygote.send(f"restore {target}")
            line, _ = zygote.wait_for(("ready ", "exit "), timeout=60)
            if line.startswith("exit "):
                problems.append(
                    f"run {run}: the restoring child ended before it was ready: {zygote.stderr()[-500:]}"
                )
                break
            child = int(line.split()[1])
            said: list[str] = []
            end = ""
            if rng.random() < 0.5:  # aimed at the copy
                end, said = zygote.wait_for(("copying", "exit "), timeout=60)
                said.append(end)
                time.sleep(rng.uniform(0, 0.03))
            else:
                time.sleep(rng.uniform(0, 0.12))
            with contextlib.suppress(ProcessLookupError):  # it finished first
                os.kill(child, signal.SIGKILL)
            if not end.startswith("exit "):
                end, rest = zygote.wait_for("exit ", timeout=60)
                said += rest
            child = None
            if not end.endswith(f"signal {signal.SIGKILL.value}") and "restored" not in said:
                problems.append(f"run {run}: the restoring child failed: {end}; {zygote.stderr()[-500:]}")
                break
            phase = (
                "finished"
                if "restored" in said
                else "after the copy"
                if "copied" in said
                else "during the copy"
                if "copying" in said
                else "before the copy"
            )
            phases[phase] += 1
            if integrity(db):
                problems.append(f"run {run} ({phase}): integrity {integrity(db)[:2]}")
                break
            now = _content(db)
            result = "old" if now == before else "new" if now == contents[target] else "A MIX"
            results[result] += 1
            if (
                result == "A MIX"
                or (phase in ("finished", "after the copy") and result != "new")
                or (phase == "before the copy" and result != "old")
            ):
                problems.append(f"run {run}: killed {phase}, database is {result}")
        zygote.send("quit")
    finally:
        if child is not None:
            with contextlib.suppress(OSError):
                os.kill(child, signal.SIGKILL)
        zygote.close()
    figures(
        f"kills during restore: {sum(phases.values())} kills ({dict(phases)}); database afterwards "
        f"{dict(results)}; {len(problems)} problems"
    )
    assert not problems, problems
    assert sum(phases.values()) == RESTORE_KILLS
    assert phases["during the copy"] >= 5  # the copy itself was really interrupted
