"""Hard kills: SIGKILL a process at random moments while it writes through the services, 200 times over one
database, and prove after each kill that nothing committed was lost and nothing was half-saved."""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import time
from collections import Counter
from pathlib import Path

from tests.stress.helpers import Worker, connect_ro, consistency_problems, integrity

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
                table = {"person": "people", "unit": "units", "institution": "institutions", "draft": "letters"}[kind]
                if one(f"SELECT 1 FROM {table} WHERE id=?", int(words[0])) is None:
                    lost.append(line)
            elif kind == "agreement":
                if one("SELECT 1 FROM agreements WHERE id=? AND institution_id=?", int(words[0]), int(words[1])) is None:
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
    started = time.perf_counter()
    try:
        zygote.wait_for("zygote ready", timeout=60)
        for run in range(KILLS):
            zygote.send(f"run {run} {rng.randrange(2**32)}")
            line, _ = zygote.wait_for("ready ", timeout=60)  # ("exit" first: the child failed to open)
            pid = int(line.split()[1])
            delay = rng.uniform(0.05, 0.4)
            delays.append(delay)
            time.sleep(delay)
            os.kill(pid, signal.SIGKILL)
            end, committed = zygote.wait_for("exit ", timeout=60)
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
                half_saved += [f"run {run}: {p}" for p in consistency_problems(db, data_dir, numbered - hashed)]
                hashed |= numbered
            if child_errors or lost or half_saved:
                break
        zygote.send("quit")
    finally:
        zygote.close()
    elapsed = time.perf_counter() - started
    # once more over everything, every stored PDF hashed again
    final = consistency_problems(db, data_dir, None)
    half_saved += [f"final: {p}" for p in final]
    with contextlib.closing(connect_ro(db)) as conn:
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("people", "units", "institutions", "agreements", "letters", "audit_log")}  # fmt: skip
        years = conn.execute("SELECT year, last_number FROM number_sequences WHERE register='letters'").fetchall()
        drafts_left = conn.execute("SELECT count(*) FROM letters WHERE status='draft'").fetchone()[0]
        lonely = conn.execute(
            "SELECT count(*) FROM institutions i WHERE NOT EXISTS (SELECT 1 FROM agreements a WHERE a.institution_id=i.id)"
        ).fetchone()[0]
    documents = data_dir / "documents"
    stored = {p.relative_to(documents).as_posix() for p in documents.rglob("*.pdf")}
    with contextlib.closing(connect_ro(db)) as conn:
        referenced = {r[0] for r in conn.execute("SELECT pdf_name FROM letters WHERE pdf_name != ''")}
    temp_files = [p for p in documents.rglob("*.tmp")]
    figures(
        f"kill test: {KILLS} kills ({run + 1} done) in {elapsed:.0f} s, delays {min(delays) * 1000:.0f}-"
        f"{max(delays) * 1000:.0f} ms after ready, {integrity_failures} integrity failures, {len(lost)} lost, "
        f"{len(half_saved)} half-saved, {len(child_errors)} child errors"
    )
    figures(
        f"kill test: children reported {sum(reported.values())} commits ({dict(sorted(reported.items()))}); "
        f"database now {counts}, {os.path.getsize(db) // 1024} KiB"
    )
    figures(
        f"kill test: numbering gapless per year {sorted(years)}; interrupted between transactions: {drafts_left} "
        f"drafts never issued, {lonely} institutions without their agreement; {len(stored - referenced)} PDFs "
        f"and {len(temp_files)} temporary files left by kills between writing the PDF and the commit"
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
