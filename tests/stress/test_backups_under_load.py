"""Backups while another process keeps writing: every copy is sound and a consistent moment of the database,
and a restore gives back exactly what the backup holds, table by table, row by row."""

from __future__ import annotations

import time

from tests.stress.helpers import Worker, consistency_problems, dump, integrity, row_counts

BACKUPS = 20
ROUND_TRIP_EVERY = 4  # backups restored into a fresh data folder while the writer goes on


def test_backups_under_load_are_sound_and_restore_to_identical_content(db, data_dir, tmp_path, figures):
    from app.services import backups, context, directory

    stop = tmp_path / "stop-writing"
    writer = Worker(
        "writer",
        str(db),
        "loader",
        "0",
        str(stop),
        "5",
        data_dir=data_dir,
        stderr_path=tmp_path / "writer.err",
    )
    taken: list[tuple[int, dict[str, int]]] = []
    failures: list[str] = []
    round_trips = 0
    took: list[float] = []
    try:
        writer.wait_for("ready", timeout=60)
        writer.send("go")
        time.sleep(0.3)
        for n in range(BACKUPS):
            began = time.perf_counter()
            # verified by the service with integrity_check... (to a chosen place, as to a USB stick: two
            # backups
            # into the backups folder within one second lose the newer one to the rotation, see
            # test_backup_twice_*)
            copy = backups.take_backup("manual", tmp_path / "copies" / f"backup-{n:02d}.sqlite3")
            took.append(time.perf_counter() - began)
            problems = integrity(copy)  # ...and once more here, by a connection of our own
            problems += consistency_problems(copy, data_dir)  # a moment of the database: no half unit of work
            if problems:
                failures.append(f"backup {n} {copy.name}: {problems[:3]}")
            taken.append((n, row_counts(copy)))
            if n % ROUND_TRIP_EVERY == 0:  # restore into a fresh data folder
                fresh = tmp_path / f"restored-{n}" / "ivc-desk.sqlite3"
                fresh.parent.mkdir()
                backups.recover(copy, fresh)
                if dump(fresh) != dump(copy):
                    failures.append(f"backup {n}: restored content differs from the backup")
                round_trips += 1
                context.open_database(db)  # back to the live database, still being written
            time.sleep(0.05)
        stop.touch()
        result = writer.result(timeout=120)
    finally:
        stop.touch()
        writer.close()
    people = [counts["people"] for _, counts in taken]
    # after the writer stopped: restore over the live database, which is kept first
    before = backups.take_backup("manual")
    for i in range(3):
        directory.save_person({"kind": "staff", "last_name_en": f"After backup {i}", "country": "IR"})
    kept = backups.restore_backup(before).kept
    live_identical = dump(db) == dump(before)
    kept_people = row_counts(kept)["people"]
    round_trips += 1
    figures(
        f"backups under load: {BACKUPS} backups while a writer committed {len(result['people'])} people and "
        f"{len(result['issued'])} letters ({result['error_count']} writer errors); backups held "
        f"{people[0]}..{people[-1]} people, each {min(took) * 1000:.0f}-{max(took) * 1000:.0f} ms incl. "
        f"verification; {len(failures)} failed checks; {round_trips} restore round trips, identical: "
        f"{'yes' if not failures and live_identical else 'NO'}"
    )
    assert not failures, failures
    assert result["error_count"] == 0, result["errors"]
    assert people == sorted(people) and len(set(people)) > BACKUPS // 2  # taken while the writer wrote
    assert live_identical
    assert kept_people == row_counts(before)["people"] + 3  # the replaced database was kept
    assert integrity(db) == []


def test_backup_twice_in_one_second_keeps_the_newer_copy(db):
    from app.services import backups, directory

    for _attempt in range(3):  # two backups inside one clock second (each takes some 20 ms)
        time.sleep(1.02 - time.time() % 1)
        first = backups.take_backup("manual")
        directory.save_person({"kind": "staff", "last_name_en": "Saved between the backups", "country": "IR"})
        second = backups.take_backup("manual")
        if first.name[:24] == second.name[:24]:  # "ivc-desk-YYYYmmdd-HHMMSS"
            break
    assert first != second
    assert second.exists(), (
        f"take_backup returned {second.name}, which the rotation removed; kept: {first.name}"
    )
    assert row_counts(second)["people"] == row_counts(first)["people"] + 1
