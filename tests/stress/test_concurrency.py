"""Two writers at once on one file (the instance lock bypassed): the database itself keeps them apart, every
write lands, none fails."""

from __future__ import annotations

import contextlib
import time

from tests.stress.helpers import Worker, connect_ro, consistency_problems, integrity

WRITES = 1000


def test_two_processes_each_committing_1000_writes_lose_none_and_fail_none(db, data_dir, tmp_path, figures):
    from app.services import context

    context.close_database()
    workers = [
        Worker(
            "writer",
            str(db),
            label,
            str(WRITES),
            "-",
            "0",
            data_dir=data_dir,
            stderr_path=tmp_path / f"{label}.err",
        )
        for label in ("alpha", "beta")
    ]
    try:
        for worker in workers:
            worker.wait_for("ready", timeout=60)
        started = time.perf_counter()
        for worker in workers:
            worker.send("go")
        results = [worker.result(timeout=240) for worker in workers]
        wall = time.perf_counter() - started
    finally:
        for worker in workers:
            worker.close()
    errors = sum(r["error_count"] for r in results)
    ids = [i for r in results for i in r["people"]]
    with contextlib.closing(connect_ro(db)) as conn:
        stored = {r[0]: r[1] for r in conn.execute("SELECT id, last_name_en FROM people")}
        audited = conn.execute(
            "SELECT count(*) FROM audit_log WHERE table_name='people' AND action='create'"
        ).fetchone()[0]
    # who wrote a row is in its name: "Person alpha-17"; each worker's rows are in the order it wrote them
    mine = {r_label: set(r["people"]) for r_label, r in zip(("alpha", "beta"), results, strict=True)}
    misplaced = [
        i for label, its in mine.items() for i in its if not stored.get(i, "").startswith(f"Person {label}-")
    ]
    interleaved = sum(
        1
        for a, b in zip(sorted(ids), sorted(ids)[1:], strict=False)
        if (a in mine["alpha"]) != (b in mine["alpha"])
    )
    figures(
        f"two writers: 2 x {WRITES} save_person in {wall:.1f} s wall ({2 * WRITES / wall:.0f} commits/s), "
        f"{errors} errors reaching the caller, {len(stored)} rows stored, {len(set(ids))} distinct ids "
        f"reported, slowest write {max(r['slowest'] for r in results) * 1000:.0f} ms, writers alternated "
        f"{interleaved} times"
    )
    assert errors == 0, [e for r in results for e in r["errors"]]
    assert len(ids) == len(set(ids)) == 2 * WRITES
    assert set(stored) == set(ids) and len(stored) == 2 * WRITES
    assert not misplaced, misplaced[:5]
    assert audited == 2 * WRITES
    assert interleaved >= 3  # they really wrote at the same time, not one after the other
    assert integrity(db) == []
    assert consistency_problems(db, data_dir) == []
