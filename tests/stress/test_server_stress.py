"""The data-safety proofs again on the office's PostgreSQL server (`make test-pg`, IVC_TEST_DATABASE):

- hard kills: a PC's process SIGKILLed at random moments while it writes through the services; after each
  kill nothing it reported committed is missing and nothing is half-saved (the server rolls the killed
  transaction back, and its row locks and advisory lock go with the connection);
- two writers: two PCs write at once without any lock of IVC Desk's; every write lands, letter numbers are
  distinct and gapless, and a record both of them edit keeps every edit (no lost update: the version check
  refuses a save over a change made in between, and the writer reads again).

The same children (tests/stress/workers.py) and the same checks (tests/stress/helpers.py) as on SQLite."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import time
from collections import Counter

import pytest

from tests.stress.helpers import Worker, connect_ro, consistency_problems, integrity
from tests.stress.test_kills import check_reported

SERVER = os.environ.get("IVC_TEST_DATABASE", "").strip()
pytestmark = pytest.mark.skipif(not SERVER, reason="needs IVC_TEST_DATABASE (make test-pg)")

KILLS = 60
SEED = 1406
WRITES = 300
LETTER_EVERY = 5


def test_hard_kills_on_the_server_lose_nothing_committed_and_half_save_nothing(
    empty_server, data_dir, tmp_path, figures
):
    rng = random.Random(SEED)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    zygote = Worker("zygote", empty_server, str(scratch), data_dir=data_dir, stderr_path=tmp_path / "z.err")
    lost, half_saved, child_errors, broken = [], [], [], []
    reported: Counter[str] = Counter()
    child: int | None = None
    run = -1
    started = time.perf_counter()
    try:
        zygote.wait_for("zygote ready", timeout=120)
        for run in range(KILLS):
            zygote.send(f"run {run} {rng.randrange(2**32)}")
            line, _ = zygote.wait_for(("ready ", "exit "), timeout=120)
            if line.startswith("exit "):
                child_errors.append(f"run {run}: ended before it was ready: {line}; {zygote.stderr()[-500:]}")
                break
            pid = child = int(line.split()[1])
            time.sleep(rng.uniform(0.05, 0.6))
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            end, committed = zygote.wait_for("exit ", timeout=120)
            child = None
            if end != f"exit {pid} signal {signal.SIGKILL.value}":
                child_errors.append(f"run {run}: {end}; {zygote.stderr()[-500:]}")
            reported.update(line.split()[0] for line in committed)
            broken += integrity(empty_server)
            lost += check_reported(empty_server, committed)  # type: ignore[arg-type]
            if run % 5 == 0:
                half_saved += [f"run {run}: {p}" for p in consistency_problems(empty_server, data_dir)]
            if child_errors or lost or half_saved or broken:
                break
        zygote.send("quit")
    finally:
        if child is not None:
            with contextlib.suppress(OSError):
                os.kill(child, signal.SIGKILL)
        zygote.close()
    elapsed = time.perf_counter() - started
    half_saved += [f"final: {p}" for p in consistency_problems(empty_server, data_dir)]
    with contextlib.closing(connect_ro(empty_server)) as conn:
        years = conn.execute(
            "SELECT year, last_number FROM number_sequences WHERE register='letters' ORDER BY year"
        ).fetchall()
        waiting = conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND state LIKE 'idle in transaction%'"
        ).fetchone()[0]
    figures(
        f"server kill test: {KILLS} kills ({run + 1} done) in {elapsed:.0f} s, {len(lost)} lost, "
        f"{len(half_saved)} half-saved, {len(broken)} invalid indexes, {len(child_errors)} child errors; "
        f"children reported {dict(sorted(reported.items()))}; letter counters {years}; "
        f"{waiting} transactions of killed PCs left open"
    )
    assert not child_errors, child_errors[:5]
    assert not broken and not lost, (broken, lost[:10])
    assert not half_saved, half_saved[:10]
    assert run + 1 == KILLS
    assert sum(reported.values()) > KILLS  # the kills landed in the middle of writing
    assert reported["issued"] > 0  # letters were numbered between kills (7 to 65 per run, by the load)
    assert waiting == 0


def test_two_pcs_writing_at_once_lose_nothing_duplicate_no_number_and_lose_no_update(
    empty_server, data_dir, tmp_path, figures
):
    from app.services import context, directory

    context.open_database(url=empty_server)
    shared = directory.save_person({"kind": "staff", "last_name_en": "Shared", "notes": ""})
    context.close_database()
    workers = [
        Worker(
            "writer",
            empty_server,
            label,
            str(WRITES),
            "-",
            str(LETTER_EVERY),
            str(shared),
            data_dir=data_dir,
            stderr_path=tmp_path / f"{label}.err",
        )
        for label in ("alpha", "beta")
    ]
    try:
        for worker in workers:
            worker.wait_for("ready", timeout=120)
        started = time.perf_counter()
        for worker in workers:
            worker.send("go")
        results = [worker.result(timeout=600) for worker in workers]
        wall = time.perf_counter() - started
    finally:
        for worker in workers:
            worker.close()
    errors = [e for r in results for e in r["errors"]]
    ids = [i for r in results for i in r["people"]]
    numbers = [n for r in results for n in r["issued"]]
    added = [t for r in results for t in r["added"]]
    conflicts = sum(r["conflicts"] for r in results)
    with contextlib.closing(connect_ro(empty_server)) as conn:
        stored = {
            r[0]: r[1] for r in conn.execute("SELECT id, last_name_en FROM people WHERE id != ?", (shared,))
        }
        notes, version = conn.execute("SELECT notes, version FROM people WHERE id = ?", (shared,)).fetchone()
        sequences = sorted(
            r[0] for r in conn.execute("SELECT sequence FROM letters WHERE status = 'issued'").fetchall()
        )
    kept = notes.split()
    figures(
        f"server two writers: 2 x {WRITES} steps (a person, every {LETTER_EVERY}th a letter issued, "
        "and an edit "
        f"of one shared person) in {wall:.1f} s; {len(errors)} errors, {len(set(ids))} people, "
        f"{len(set(numbers))} distinct letter numbers of {len(numbers)}, {len(kept)} of {len(added)} edits "
        f"kept on the shared person after {conflicts} conflicts caught and retried"
    )
    assert not errors, errors[:5]
    assert len(ids) == len(set(ids)) == 2 * WRITES and set(stored) == set(ids)
    assert len(numbers) == len(set(numbers)) == 2 * (WRITES // LETTER_EVERY)
    assert sequences == list(range(1, len(numbers) + 1))  # gapless: one Jalali year, numbered 1..N
    assert sorted(kept) == sorted(added) and len(added) == 2 * WRITES  # no edit lost, none twice
    assert version == 1 + len(added)
    assert conflicts > 0  # they really edited the shared record at the same moment
    assert consistency_problems(empty_server, data_dir) == []
