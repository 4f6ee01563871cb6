"""The minutes and an xlsx export against LibreOffice: `python tests/bench/bench_office.py [--runs N]`.

Builds once (reused afterwards) a data folder under build/bench/office/ with 300 sample people, the held
council meeting of bench_meetings.py whose Persian minutes run to three pages, and 10,000 funding requests
(bench_funding.py's bulk insert). Then, in a warm process:

1. Minutes: meetings.minutes_pdf(id, "fa") written with app.documents.output.write_atomic (fsync, rename),
   against LibreOffice converting the same minutes, as an .odt of the same text (pdftotext of IVC Desk's
   PDF, one paragraph a line, right to left), to PDF with `soffice --headless --convert-to pdf`.
2. xlsx: funding.export_register (the register's 10,000 rows, written atomically with fsync), against
   LibreOffice converting the same sheet, as a UTF-8 CSV of the cells of IVC Desk's workbook, to xlsx.
LibreOffice's time includes its start, as a batch conversion does. Medians and minimums of N runs (default 3).
Budget (issue 21): IVC Desk at least 25x faster than LibreOffice, files written and fsynced.
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import figures  # noqa: E402
import office  # noqa: E402

DATA = ROOT / "build" / "bench" / "office"
WORK = ROOT / "build" / "bench" / "office-out"
ROWS = 10_000


def build(path: Path) -> int:
    from bench_funding import add_requests
    from bench_meetings import add_council_meeting

    from app.services import context, demo

    path.parent.mkdir(parents=True, exist_ok=True)
    context.open_database(path)
    context.set_actor("bench")
    demo.fill(300)
    meeting = add_council_meeting()
    add_requests(ROWS)
    context.close_database()
    return meeting


def timed(action: Callable[[], object], runs: int, within: float = float("inf")) -> list[float]:
    """Times of `runs` runs of `action`; fewer (at least one) once `within` seconds have gone by."""
    times: list[float] = []
    while len(times) < runs and (not times or sum(times) < within):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def peer_runs(files: list[Path], fmt: str, runs: int, infilter: str | None = None) -> list[float] | None:
    found = []
    for n in range(runs):
        seconds = office.convert(files, fmt, WORK / f"lo-{fmt}-{n}", infilter)
        if seconds is None:
            return None
        found.append(seconds)
    return found


def report(key: str, ours: list[float], theirs: list[float] | None, what: str) -> None:
    if theirs is None:
        figures.not_measured(key, "LibreOffice absent (soffice not on PATH)")
        return
    print(
        f"{what}: IVC Desk {statistics.median(ours) * 1000:.1f} ms (min {min(ours) * 1000:.1f}), "
        f"LibreOffice {statistics.median(theirs):.2f} s (min {min(theirs):.2f}): "
        f"{statistics.median(theirs) / statistics.median(ours):.1f}x"
    )
    figures.report(
        key,
        statistics.median(ours),
        min(ours),
        peer="LibreOffice",
        peer_median=statistics.median(theirs),
        peer_minimum=min(theirs),
    )


def minutes(meeting: int, runs: int) -> None:
    from pypdf import PdfReader

    from app.documents.output import write_atomic
    from app.services import meetings

    pdf_path = WORK / "minutes.pdf"
    write_atomic(pdf_path, meetings.minutes_pdf(meeting, "fa"))  # warm: fonts, shaping caches, imports
    pages = len(PdfReader(str(pdf_path)).pages)
    ours = timed(lambda: write_atomic(pdf_path, meetings.minutes_pdf(meeting, "fa")), runs)
    text = subprocess.run(
        ["pdftotext", str(pdf_path), "-"], capture_output=True, text=True, check=True
    ).stdout
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    odt = WORK / "minutes.odt"
    odt.write_bytes(office.odt_bytes(paragraphs, rtl=True))
    print(f"minutes: {pages} pages, {len(paragraphs)} lines of text in the .odt")
    try:
        theirs = peer_runs([odt], "pdf", runs)
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        figures.not_measured("minutes.3pages", f"LibreOffice failed: {exc}")
        return
    if theirs is not None:
        lo_pages = len(PdfReader(str(WORK / "lo-pdf-0" / "minutes.pdf")).pages)
        print(f"LibreOffice's PDF of the same text: {lo_pages} pages")
    report("minutes.3pages", ours, theirs, f"{pages}-page Persian minutes, written (fsync)")


def xlsx(runs: int) -> None:
    from openpyxl import load_workbook

    from app.services import funding

    target = WORK / "register.xlsx"
    count = [0]

    def export() -> None:
        count[0] = funding.export_register(target, "fa")

    export()  # warm: openpyxl's modules and the register's pages, as for the minutes
    cpu = time.process_time()
    ours = timed(export, runs, within=60)  # fewer runs when one takes minutes
    print(f"xlsx: CPU {(time.process_time() - cpu) / len(ours):.2f} s an export")
    if len(ours) < runs:
        print(f"xlsx: one export took {ours[0]:.0f} s, so {len(ours)} run(s) instead of {runs}")
    written = count[0]
    sheet = load_workbook(target, read_only=True).worksheets[0]
    source = WORK / "register.csv"
    with source.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        for row in sheet.iter_rows(values_only=True):
            writer.writerow(["" if v is None else v for v in row])
    print(f"xlsx: {written:,} rows written by IVC Desk; the same cells as CSV for LibreOffice")
    try:
        # CSV import options: comma, double quote, UTF-8 (76), from line 1.
        theirs = peer_runs([source], "xlsx", max(len(ours), 2), infilter="CSV:44,34,76,1")
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        figures.not_measured("xlsx.10k", f"LibreOffice failed: {exc}")
        return
    report("xlsx.10k", ours, theirs, f"xlsx export of {written:,} rows, written (fsync)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each side (default 3)")
    parser.add_argument(
        "--xlsx-runs", type=int, default=3, help="timed runs of the xlsx export (default 3; fewer past 60 s)"
    )
    args = parser.parse_args()
    os.environ["IVC_DESK_HOME"] = str(DATA)
    path = DATA / "ivc-desk.sqlite3"
    marker = DATA / "minutes-meeting.txt"
    if not (path.exists() and marker.exists()):
        if DATA.exists():
            shutil.rmtree(DATA)
        started = time.perf_counter()
        meeting = build(path)
        marker.write_text(str(meeting))
        print(f"built {path} in {time.perf_counter() - started:.1f} s")
    if WORK.exists():
        shutil.rmtree(WORK)
    WORK.mkdir(parents=True)
    from app.services import context

    context.open_database(path, lock=False)
    try:
        minutes(int(marker.read_text()), args.runs)
        xlsx(args.xlsx_runs)
    finally:
        context.close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())
