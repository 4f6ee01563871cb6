"""Benchmark of the letter PDFs: `python tests/bench/bench_letters.py [--letters N] [--runs N]`.

Prints, for a warm process: the median time of one Persian and one English letter; 200 Persian letters
written as 200 PDF files; and, where LibreOffice is installed, the same 200 letters as .odt files converted
to PDF by LibreOffice in one batch, with the ratio LibreOffice / IVC Desk (issue 21: at least 25x, files
written and fsynced).
The letters differ from each other (names, numbers, dates), so the caches serve only what really repeats.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "bench"))

import figures  # noqa: E402
import office  # noqa: E402

from app.common.text import to_persian_digits  # noqa: E402
from app.documents.letters import LetterData, build_letter_pdf, write_letter_pdf  # noqa: E402
from tests.documents.letter_samples import make_logo, sample_letter_en, sample_letter_fa, sample_letterhead  # noqa: E402

_GIVEN = ("John", "Maria", "Ahmed", "Li", "Sophie", "Carlos", "Anna", "Kenji", "Fatima", "Lukas")
_FAMILY = ("Smith", "Rossi", "Khan", "Wei", "Martin", "Garcia", "Novak", "Tanaka", "Haddad", "Becker")
_NAMES_FA = ("محمدرضا کریمی", "زهرا احمدی", "علی حسینی", "مریم رضایی", "حسین موسوی", "فاطمه نوری")


def varied_letters(count: int) -> list[LetterData]:
    """`count` Persian letters for different guests, numbers and dates (as a real batch would be)."""
    letters = []
    for i in range(count):
        guest = f"{_GIVEN[i % 10]} {_FAMILY[(i // 10) % 10]}"
        day = to_persian_digits(f"1405/09/{i % 28 + 1:02d}")
        base = sample_letter_fa()
        letters.append(
            sample_letter_fa(
                number=f"1405/{i + 100:04d}/IVC",
                date_text=day,
                recipient=f"جناب آقای دکتر {_NAMES_FA[i % 6]}\nمدیرکل محترم امور کنسولی وزارت امور خارجه",
                subject=f"درخواست صدور روادید برای پروفسور {guest} (دانشگاه Oxford)",
                body=base.body.replace("John Smith", guest).replace("۱۴۰۵/۰۹/۰۳", day),
            )
        )
    return letters


def median_ms(action: Callable[[], object], runs: int) -> float:
    """Median wall time of `action` in milliseconds over `runs` runs."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def odt_of(letter: LetterData) -> bytes:
    """The letter's text as a minimal OpenDocument text file (right-to-left paragraphs for Persian)."""
    lines = [
        letter.number,
        letter.date_text,
        letter.attachments_text,
        *letter.recipient.split("\n"),
        letter.subject,
    ]
    lines += [letter.salutation or "", *letter.body.split("\n"), letter.closing or ""]
    lines += [letter.signatory_name, letter.signatory_title, *letter.copies_to]
    return office.odt_bytes(lines, letter.lang == "fa")


def libreoffice_seconds(letters: list[LetterData], folder: Path, run: int) -> float | None:
    """Seconds LibreOffice takes to convert the letters (as .odt) to PDF in one batch; None if absent."""
    odt_dir = folder / "odt"
    if not odt_dir.exists():
        odt_dir.mkdir()
        for index, letter in enumerate(letters):
            (odt_dir / f"letter-{index:03d}.odt").write_bytes(odt_of(letter))
    return office.convert(sorted(odt_dir.glob("*.odt")), "pdf", folder / f"lo-pdf-{run}")


def written_seconds(letters: list[LetterData], head, out: Path) -> float:  # type: ignore[no-untyped-def]
    out.mkdir()
    start = time.perf_counter()
    for index, letter in enumerate(letters):
        write_letter_pdf(letter, head, out / f"letter-{index:03d}.pdf")
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=200, help="letters in the batch (default 200)")
    parser.add_argument("--runs", type=int, default=30, help="runs for the single-letter medians")
    parser.add_argument("--batches", type=int, default=3, help="timed batches of IVC Desk's letters")
    parser.add_argument("--lo-batches", type=int, default=1, help="timed LibreOffice batches (slow)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-letters-") as tmp:
        folder = Path(tmp)
        head = sample_letterhead(str(make_logo(folder / "logo.png")))
        fa, en = sample_letter_fa(), sample_letter_en()
        letters = varied_letters(args.letters)
        for letter in (fa, en, *letters[:3]):  # warm up: imports, fonts, the logo, the shaping caches
            build_letter_pdf(letter, head)

        fa_ms = median_ms(lambda: build_letter_pdf(fa, head), args.runs)
        en_ms = median_ms(lambda: build_letter_pdf(en, head), args.runs)
        print(f"one Persian letter (warm, median of {args.runs}): {fa_ms:.2f} ms")
        print(f"one English letter (warm, median of {args.runs}): {en_ms:.2f} ms")

        start = time.perf_counter()
        for letter in letters:
            build_letter_pdf(letter, head)
        built = time.perf_counter() - start
        written_runs = [written_seconds(letters, head, folder / f"ivc-pdf-{n}") for n in range(args.batches)]
        written = statistics.median(written_runs)
        per_letter = written / len(letters) * 1000
        print(
            f"{len(letters)} different Persian letters: built in {built * 1000:.0f} ms "
            f"({built / len(letters) * 1000:.2f} ms a letter); written as {len(letters)} PDF files "
            f"(atomic, fsync) in {written * 1000:.0f} ms ({per_letter:.2f} ms a letter; median of "
            f"{args.batches} batches, fastest {min(written_runs) * 1000:.0f} ms)"
        )

        try:
            lo_runs = [libreoffice_seconds(letters, folder, n) for n in range(args.lo_batches)]
        except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
            figures.not_measured("letters.batch200", f"LibreOffice failed: {exc}")
            return
        if lo_runs[0] is None:
            print("LibreOffice absent (soffice not on PATH): no comparison")
            figures.not_measured("letters.batch200", "LibreOffice absent (soffice not on PATH)")
            return
        lo = statistics.median(lo_runs)
        print(
            f"LibreOffice, the same {len(letters)} letters as .odt converted in one batch: "
            f"{lo * 1000:.0f} ms "
            f"({lo / len(letters) * 1000:.1f} ms a letter; median of {len(lo_runs)})"
        )
        # LibreOffice writes its files without fsync; IVC Desk's are flushed to disk one by one.
        print(
            f"LibreOffice / IVC Desk = {lo / written:.1f}x (files written, fsync included); "
            f"{lo / built:.1f}x (PDFs built)"
        )
        figures.report(
            "letters.batch200",
            written,
            min(written_runs),
            peer="LibreOffice batch",
            peer_median=lo,
            peer_minimum=min(lo_runs),
            letters=len(letters),
        )


if __name__ == "__main__":
    main()
