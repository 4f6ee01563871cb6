"""The benchmarks' data folders, one measured process, and the machine and commit they ran on, for
tests/bench/run.py (and bench_server.py).

The data folders (made once, cached under build/bench/ with a marker file): `ivc-desk demo --size N` for
1,000 and 100,000 records per register, and a copy of the second topped up to 100,000 rows in every
register (topup.py). A measured process: launched with the benchmarks' environment, its timing lines read
from stderr, its peak RSS at "ready" (VmHWM) and over its whole life (os.wait4).
"""

from __future__ import annotations

import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import topup

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "tests" / "bench"

BUILD = ROOT / "build" / "bench"
SIZES = (1_000, 100_000)
MARKER = ".bench-complete"
DB_FILENAME = "ivc-desk.sqlite3"

FULL = "data-100000-full"  # every register topped up to 100,000 rows


def python() -> str:
    return sys.executable


def ivc_desk() -> list[str]:
    """`python -m app`, run in this tree (the installed script may belong to another checkout)."""
    return [python(), "-m", "app"]


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["IVC_DESK_TIMINGS"] = "1"
    env["XDG_CONFIG_HOME"] = str(BUILD / "config")  # default interface preferences, nothing of the user's
    env.pop("IVC_DESK_HOME", None)
    return env


def byte_compile() -> None:
    """Compile the program's modules as an installed copy has them (pip compiles what it installs).

    A checkout run with PYTHONDONTWRITEBYTECODE set (this machine sets it) never keeps its .pyc files, so
    every start would compile its ~400 modules from source (0.1-0.3 s of CPU measured here) that no
    installed program pays and that the floors, being one file each, hardly pay at all."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([python(), "-m", "compileall", "-q", "app", "db"], cwd=ROOT, env=env, check=True)


# ---------------------------------------------------------------- the databases


def schema_revision() -> str:
    try:
        sys.path.insert(0, str(ROOT))
        from db import SCHEMA_REVISION

        return str(SCHEMA_REVISION)
    except Exception:  # noqa: BLE001 - only used to notice a changed schema
        return "unknown"
    finally:
        sys.path.remove(str(ROOT))


def data_dir(size: int) -> Path:
    return BUILD / f"data-{size}"


def ensure_database(size: int, revision: str, rebuild: bool) -> Path:
    """The data folder holding a demo database of `size` records per register, made once and reused."""
    folder = data_dir(size)
    marker = folder / MARKER
    wanted = f"size={size} schema={revision}\n"
    if not rebuild and marker.exists() and marker.read_text() == wanted and (folder / DB_FILENAME).exists():
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    print(f"making the {size:,}-record database in {folder.relative_to(ROOT)} ...", flush=True)
    start = time.perf_counter()
    done = subprocess.run(
        [*ivc_desk(), "--data-dir", str(folder), "demo", "--size", str(size)],
        env=child_env(),
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    if done.returncode != 0:
        sys.exit(f"run.py: `ivc-desk demo --size {size}` failed:\n{done.stderr.strip()}")
    print(f"  {done.stdout.strip()} ({time.perf_counter() - start:.1f} s)", flush=True)
    marker.write_text(wanted)
    return folder


def ensure_full(source: Path, revision: str, rebuild: bool) -> Path:
    """The 100,000 folder with every register topped up to 100,000 rows, made once and reused."""
    folder = BUILD / FULL
    wanted = f"full size={SIZES[1]} schema={revision}\n"
    marker = folder / MARKER
    if not rebuild and marker.exists() and marker.read_text() == wanted:
        return folder
    print(f"topping every register up to {SIZES[1]:,} rows in {folder.relative_to(ROOT)} ...", flush=True)
    start = time.perf_counter()
    counts = topup.make(source, folder, SIZES[1])
    print(f"  {counts} ({time.perf_counter() - start:.1f} s)", flush=True)
    marker.write_text(wanted)
    return folder


# ---------------------------------------------------------------- one measured process


@dataclass
class Run:
    total: float  # launch -> exit, seconds
    first_paint: float | None  # launch -> first paint
    ready: float | None  # launch -> ready (for the floors: their paint)
    peak_kb: int  # the process's own peak RSS, over its whole life
    cpu: float  # user + system CPU seconds
    ready_kb: int  # its peak RSS when it printed "ready" (VmHWM), before the background check and exit


def high_water_kb(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


def measure(command: list[str], stop_at_ready: bool = False) -> Run:
    """Launch `command`, wait for it with os.wait4 (its own rusage), and read the timing lines. With
    `stop_at_ready` the process is killed once it says "ready" (its exit time is then not a figure)."""
    env = child_env()
    launch = time.time()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    assert process.stderr is not None
    chunks = []
    ready_kb = None
    for raw in process.stderr:  # line by line as they come; EOF when the process ends
        chunks.append(raw)
        if raw.startswith((b"ivc-desk-timing ready", b"first-paint")):
            ready_kb = high_water_kb(process.pid)  # the peak RSS so far: at ready (floors: at their paint)
            if stop_at_ready:
                process.kill()
    err = b"".join(chunks)
    _pid, status, usage = os.wait4(process.pid, 0)
    end = time.time()
    process.returncode = os.waitstatus_to_exitcode(status)
    process.stderr.close()
    text = err.decode(errors="replace")
    if process.returncode != 0 and not (stop_at_ready and ready_kb is not None):
        raise RuntimeError(f"{' '.join(command)} exited with {process.returncode}:\n{text.strip()}")
    stamps: dict[str, float] = {}
    for line in text.splitlines():
        words = line.split()
        if len(words) == 3 and words[0] == "ivc-desk-timing":
            stamps.setdefault(words[1], float(words[2]))
        elif len(words) == 2 and words[0] == "first-paint":
            stamps.setdefault("first-paint", float(words[1]))
    paint = stamps.get("first-paint")
    ready = stamps.get("ready", paint)
    return Run(
        total=end - launch,
        first_paint=None if paint is None else paint - launch,
        ready=None if ready is None else ready - launch,
        peak_kb=usage.ru_maxrss,
        cpu=usage.ru_utime + usage.ru_stime,
        ready_kb=ready_kb or usage.ru_maxrss,
    )


@dataclass
class Series:
    name: str
    command: list[str]
    runs: list[Run] = field(default_factory=list)

    def values(self, attribute: str) -> list[float]:
        return [v for v in (getattr(r, attribute) for r in self.runs) if v is not None]

    def median(self, attribute: str) -> float:
        values = self.values(attribute)
        if not values:
            raise RuntimeError(f"{self.name}: no {attribute} measured (timing line missing)")
        return statistics.median(values)

    def spread(self, attribute: str, scale: float = 1.0, digits: int = 3) -> str:
        values = [v * scale for v in self.values(attribute)]
        return f"{statistics.median(values):.{digits}f} ({min(values):.{digits}f}-{max(values):.{digits}f})"


# ---------------------------------------------------------------- the machine and the commit


def header() -> dict[str, object]:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    try:
        import sqlalchemy

        sqlalchemy_version = sqlalchemy.__version__
    except ImportError:
        sqlalchemy_version = "absent"
    import sqlite3

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    print("=" * 78)
    print(f"IVC Desk benchmarks  {time.strftime('%Y-%m-%d %H:%M:%S')}")
    print(f"machine: nproc {usable} ({os.cpu_count()} CPUs), {cpu}, {platform.system()} {platform.release()}")
    busy = hasattr(os, "getloadavg") and os.getloadavg()[0] > 0.5 * (usable or 1)
    print(
        f"load average at start: {load}" + ("  (the machine is busy: expect noisy figures)" if busy else "")
    )
    print(
        f"Python {platform.python_version()}, PySide6 {pyside_version}, Qt {qVersion()}, "
        f"SQLAlchemy {sqlalchemy_version}, SQLite {sqlite3.sqlite_version}"
    )
    print("=" * 78, flush=True)
    return {
        "cpu": cpu,
        "nproc": usable,
        "cpus": os.cpu_count(),
        "system": f"{platform.system()} {platform.release()}",
        "load_at_start": load,
        "python": platform.python_version(),
        "pyside6": pyside_version,
        "qt": qVersion(),
        "sqlalchemy": sqlalchemy_version,
        "sqlite": sqlite3.sqlite_version,
        "soffice": shutil.which("soffice") or "absent",
    }


def commit() -> dict[str, object]:
    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
        return done.stdout.strip() if done.returncode == 0 else ""

    return {
        "id": git("rev-parse", "HEAD") or "unknown",
        "branch": git("rev-parse", "--abbrev-ref", "HEAD"),
        "subject": git("log", "-1", "--format=%s"),
        "dirty": bool(git("status", "--porcelain", "--untracked-files=no")),
    }
