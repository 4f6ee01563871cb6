"""A database file or folder the operating system does not let us write (tried as an unprivileged user, since
root may write anything): every kind of write is refused in words, and a database in a read-only folder
opens read-only without being called damaged."""

from __future__ import annotations

import json
import os
import select
import signal
import stat
import tempfile
import traceback
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.stress.storage_records import PREPARED

UNPRIVILEGED = 65534  # nobody


def _probe(path: Path, mode: str) -> dict:
    """Open as `mode` says and try the writes; what happened to each."""
    from app.services import context, directory, letters
    from app.services.context import storage_problem

    out: dict = {}
    try:
        context.open_database(path, readonly=(mode == "readonly"), lock=(mode == "lock"))
        out["people"] = directory.list_people().total
    except Exception as exc:  # noqa: BLE001 - reported to the test
        out["open"] = [type(exc).__name__, str(exc), storage_problem(exc)]
        return out
    writes = {
        "save_person": lambda: directory.save_person({"kind": "staff", "last_name_en": "X", "country": "IR"}),
        "archive_person": lambda: directory.archive_person(1),
        "save_unit": lambda: directory.save_unit({"kind": "other", "name_fa": "X"}),
        "letters.save_draft": lambda: letters.save_draft(
            {"lang": "en", "recipient": "R", "subject": "S", "body": "B"}
        ),
        "letters.issue_letter": lambda: letters.issue_letter(1),
    }
    for name, write in writes.items():
        try:
            write()
            out[name] = ["ok"]
        except Exception as exc:  # noqa: BLE001
            out[name] = [type(exc).__name__, str(exc).splitlines()[0], storage_problem(exc)]
    context.close_database()
    return out


def _as_nobody(path: Path, mode: str, home: Path) -> dict:
    """_probe() in a forked child that gave up root (everything it needs is imported already, so nothing
    has to be read from root's folders): the operating system, not the app, refuses the writes."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        code = 1
        try:
            os.close(read_end)
            os.environ["IVC_DESK_HOME"] = str(home)
            os.setgroups([])
            os.setgid(UNPRIVILEGED)
            os.setuid(UNPRIVILEGED)
            result = _probe(path, mode)
            code = 0
        except BaseException:  # noqa: BLE001
            result = {"crash": traceback.format_exc()}
        finally:
            os.write(write_end, json.dumps(result).encode())
            os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        ready, _, _ = select.select([pipe], [], [], 120)
        if not ready:
            os.kill(pid, signal.SIGKILL)
        data = pipe.read() if ready else b'{"crash": "no answer in 120 s"}'
    os.waitpid(pid, 0)
    result = json.loads(data)
    assert "crash" not in result, result["crash"]
    return result


@pytest.fixture
def unwritable(db: Path, records: dict) -> Iterator[tuple[Path, Path]]:
    """A copy of the database in a folder the unprivileged user may enter: (folder, database), file 0444."""
    from app.services import context

    if not hasattr(os, "fork") or os.geteuid() != 0:
        pytest.skip("needs root (and fork) to run a process as an unprivileged user")
    context.close_database()  # checkpointed: no -wal or -shm beside the copy
    folder = Path(tempfile.mkdtemp(prefix="ivc-readonly-", dir="/tmp"))
    os.chmod(folder, 0o777)
    target = folder / "ivc-desk.sqlite3"
    target.write_bytes(db.read_bytes())
    os.chmod(target, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    yield folder, target
    os.chmod(folder, 0o777)
    for p in folder.iterdir():
        p.unlink()
    folder.rmdir()


def test_a_read_only_file_refuses_every_kind_of_write_in_words(unwritable, figures):
    """The operating system refuses the writes (file 0444, run as nobody): SQLite's own refusal,
    'readonly'."""
    folder, path = unwritable
    before = path.read_bytes()
    results = {mode: _as_nobody(path, mode, folder) for mode in ("lock", "readonly")}
    summary = {
        mode: Counter(str(o[2]) if o[0] != "ok" else "SAVED" for n, o in r.items() if n != "people")
        for mode, r in results.items()
    }
    figures(
        f"read-only file (0444, run as nobody): refusals by open mode {json.dumps(summary)}, file unchanged: "
        f"{path.read_bytes() == before}"
    )
    for mode, expected in (("lock", "readonly"), ("readonly", "readonly-open")):
        assert "open" not in results[mode], results[mode]
        assert results[mode]["people"] == PREPARED
        for name, outcome in results[mode].items():
            if name != "people":
                assert outcome[0] != "ok" and outcome[2] == expected, (mode, name, outcome)
    assert path.read_bytes() == before


def test_a_database_in_a_read_only_folder_opens_read_only_and_is_not_called_damaged(unwritable):
    folder, path = unwritable
    os.chmod(folder, 0o555)
    result = _as_nobody(path, "readonly", folder)
    assert "open" not in result, result["open"]
    assert result["people"] == PREPARED


# -------------------------------------------------- a really full disk (a small tmpfs), where we may mount
