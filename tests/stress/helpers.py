"""What the data-safety tests share: reading a database file without the app, its invariants, child
processes."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import queue
import sqlite3
import subprocess
import sys
import threading
from collections import defaultdict
from pathlib import Path

WORKERS = Path(__file__).with_name("workers.py")
ROOT = Path(__file__).resolve().parents[2]
# Records the app creates, and the audit entry each one must have been written with (same transaction).
AUDITED = {
    "people": "people",
    "units": "units",
    "institutions": "institutions",
    "agreements": "agreements",
    "letters": "letters",
}


class ServerReader:
    """A read-only connection of our own to a PostgreSQL server, asked as sqlite3 is (`?` placeholders),
    so the same checks look at either engine."""

    def __init__(self, url: str) -> None:
        import psycopg
        from sqlalchemy.engine import make_url

        u = make_url(url)
        self.conn = psycopg.connect(
            host=u.host, port=u.port, dbname=u.database, user=u.username, password=u.password, autocommit=True
        )
        self.conn.read_only = True

    def execute(self, sql: str, params: tuple = ()):  # type: ignore[no-untyped-def]
        return self.conn.execute(sql.replace("?", "%s"), params or None)

    def close(self) -> None:
        self.conn.close()


def is_server(target: Path | str) -> bool:
    return "://" in str(target)


def connect_ro(path: Path | str) -> sqlite3.Connection:
    """A read-only connection of our own (never the app's), for looking at a file (or the test server, a
    URL) after the fact."""
    if is_server(path):
        return ServerReader(str(path))  # type: ignore[return-value]
    conn = sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True, timeout=30)
    conn.execute("PRAGMA busy_timeout=30000")
    return conn


def integrity(path: Path | str) -> list[str]:
    """PRAGMA integrity_check's complaints (empty: sound); on the server (a URL), the indexes it marks
    invalid (its pages have checksums of their own)."""
    with contextlib.closing(connect_ro(path)) as conn:
        if is_server(path):
            sql = "SELECT indexrelid::regclass::text FROM pg_index WHERE NOT indisvalid OR NOT indisready"
            return [f"invalid index {r[0]}" for r in conn.execute(sql)]
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    return [] if rows == ["ok"] else rows


def tables(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]


def _rows(conn: sqlite3.Connection, name: str) -> list[tuple]:
    """A table's rows in rowid order; a table without rowid (the search index's own, FTS5) in sorted order."""
    try:
        return conn.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall()
    except sqlite3.OperationalError:
        return sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every table's full content in rowid order (the whole database as data, for comparisons)."""
    with contextlib.closing(connect_ro(path)) as conn:
        names = tables(conn)
        conn.text_factory = bytes  # compare the stored bytes, not a decoding of them
        content = {name: _rows(conn, name) for name in names}
        content["sqlite_master"] = conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"
        ).fetchall()
        return content


def consistency_problems(path: Path, data_dir: Path, pdfs_to_hash: set[int] | None = None) -> list[str]:
    """Half-saved records: what every committed unit of work leaves behind, checked over the whole file.

    - every record of the directory and every letter has its "create" audit entry, and every "create"
      entry its record (the record and its entry are one transaction); an archived record its "archive" entry;
    - an issued or voided letter has number, year, sequence, date, stored PDF name and hash, and an
      "issue" entry; a voided one a reason and a "void" entry; a draft none of the issue fields;
    - per year the sequences are exactly 1..N and the register's counter is N (gapless, nothing consumed
      by a rolled-back issue);
    - foreign keys hold (every agreement's institution exists...);
    - the stored PDF of each letter in `pdfs_to_hash` (None: all) exists with the recorded sha256.
    """
    problems: list[str] = []
    with contextlib.closing(connect_ro(path)) as conn:
        audit: dict[tuple[str, int], set[str]] = defaultdict(set)
        for table, record, action in conn.execute("SELECT table_name, record_id, action FROM audit_log"):
            audit[(table, record)].add(action)
        for table, audited_as in AUDITED.items():
            ids = {r[0] for r in conn.execute(f"SELECT id FROM {table}")}
            for record in ids:
                if "create" not in audit.get((audited_as, record), ()):
                    problems.append(f"{table} {record} has no create audit entry")
            for (t, record), actions in audit.items():
                if t == audited_as and "create" in actions and record not in ids:
                    problems.append(f"audit create entry for missing {table} {record}")
            if table != "letters":  # archived in the same transaction as its "archive" entry
                for (record,) in conn.execute(f"SELECT id FROM {table} WHERE archived_at IS NOT NULL"):
                    if "archive" not in audit.get((audited_as, record), ()):
                        problems.append(f"{table} {record} archived without an archive audit entry")
        letters = conn.execute(
            "SELECT id, status, number, year, sequence, issued_on, pdf_name, pdf_sha256, void_reason FROM "
            "letters"
        ).fetchall()
        by_year: dict[int, list[int]] = defaultdict(list)
        for lid, status, number, year, seq, issued_on, pdf_name, sha, reason in letters:
            if status == "draft":
                if number is not None or year is not None or seq is not None or pdf_name:
                    problems.append(f"draft letter {lid} carries issue fields")
                continue
            if status not in ("issued", "void"):
                problems.append(f"letter {lid} has status {status!r}")
                continue
            if not (number and year and seq and issued_on and pdf_name and sha):
                problems.append(f"{status} letter {lid} lacks issue fields")
                continue
            by_year[year].append(seq)
            if "issue" not in audit.get(("letters", lid), ()):
                problems.append(f"letter {lid} issued without an issue audit entry")
            if status == "void" and (not reason or "void" not in audit.get(("letters", lid), ())):
                problems.append(f"void letter {lid} lacks its reason or void audit entry")
            if pdfs_to_hash is None or lid in pdfs_to_hash:
                stored = data_dir / "documents" / pdf_name
                if not stored.is_file():
                    problems.append(f"letter {lid}: stored PDF {pdf_name} missing")
                elif hashlib.sha256(stored.read_bytes()).hexdigest() != sha:
                    problems.append(f"letter {lid}: stored PDF {pdf_name} does not match its hash")
        counters = dict(
            conn.execute("SELECT year, last_number FROM number_sequences WHERE register='letters'").fetchall()
        )
        for year in set(by_year) | set(counters):
            seqs = sorted(by_year.get(year, []))
            if seqs != list(range(1, len(seqs) + 1)):
                missing = sorted(set(range(1, max(seqs, default=0) + 1)) - set(seqs))
                problems.append(f"year {year}: sequences not 1..{len(seqs)} (missing {missing[:5]}, dupes?)")
            if counters.get(year, 0) != len(seqs):
                problems.append(f"year {year}: counter {counters.get(year)} but {len(seqs)} numbered letters")
        if not is_server(path):  # the server checks its foreign keys on every write
            for row in conn.execute("PRAGMA foreign_key_check"):
                problems.append(f"foreign key broken: {row}")
    return problems


def row_counts(path: Path) -> dict[str, int]:
    with contextlib.closing(connect_ro(path)) as conn:
        return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in tables(conn)}


class Worker:
    """A child process running tests/stress/workers.py, its output lines read into a queue by a thread."""

    def __init__(self, *args: str, data_dir: Path, stderr_path: Path) -> None:
        env = {**os.environ, "IVC_DESK_HOME": str(data_dir), "PYTHONUNBUFFERED": "1"}
        self.stderr_path = stderr_path
        self._stderr = open(stderr_path, "wb")  # noqa: SIM115 - closed in close()
        self.proc = subprocess.Popen(
            [sys.executable, str(WORKERS), *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            env=env,
            cwd=ROOT,
            text=True,
            bufsize=1,
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)  # end of output

    def send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def next_line(self, timeout: float) -> str | None:
        """The next line (None at the end of output); raises TimeoutError after `timeout` seconds."""
        try:
            return self.lines.get(timeout=timeout)
        except queue.Empty:
            raise TimeoutError(f"no output from the worker in {timeout} s; stderr: {self.stderr()}") from None

    def wait_for(self, prefix: str | tuple[str, ...], timeout: float) -> tuple[str, list[str]]:
        """Read until a line starting with `prefix` (or one of them); returns it and the lines before it."""
        before: list[str] = []
        while True:
            line = self.next_line(timeout)
            if line is None:
                raise RuntimeError(
                    f"worker ended before {prefix!r}; output {before[-5:]}; stderr: {self.stderr()}"
                )
            if line.startswith(prefix):
                return line, before
            before.append(line)

    def result(self, timeout: float) -> dict:
        """The worker's last line, a JSON summary, once it has ended."""
        line, _ = self.wait_for("result ", timeout)
        self.proc.wait(timeout)
        return json.loads(line[len("result ") :])

    def stderr(self) -> str:
        self._stderr.flush()
        return self.stderr_path.read_text(errors="replace")[-3000:]

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
        self._stderr.close()
