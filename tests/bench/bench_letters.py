"""Benchmark of the letter PDFs: `python tests/bench/bench_letters.py [--letters N] [--runs N]`.

Prints, for a warm process: the median time of one Persian and one English letter; 200 Persian letters
written as 200 PDF files; and, where LibreOffice is installed, the same 200 letters as .odt files converted
to PDF by LibreOffice in one batch, with the ratio LibreOffice / IVC Desk (the budget asks for >= 10).
The letters differ from each other (names, numbers, dates), so the caches serve only what really repeats.
"""

from __future__ import annotations

import argparse
import io
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

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


def odt_bytes(letter: LetterData) -> bytes:
    """The letter's text as a minimal OpenDocument text file (right-to-left paragraphs for Persian)."""
    rtl = letter.lang == "fa"
    lines = [
        letter.number,
        letter.date_text,
        letter.attachments_text,
        *letter.recipient.split("\n"),
        letter.subject,
    ]
    lines += [letter.salutation or "", *letter.body.split("\n"), letter.closing or ""]
    lines += [letter.signatory_name, letter.signatory_title, *letter.copies_to]
    paragraphs = "".join(f'<text:p text:style-name="P">{escape(line)}</text:p>' for line in lines)
    direction = "rl-tb" if rtl else "lr-tb"
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2">'
        "<office:automatic-styles>"
        f'<style:style style:name="P" style:family="paragraph"><style:paragraph-properties '
        f'style:writing-mode="{direction}" fo:text-align="{"end" if rtl else "start"}"/></style:style>'
        "</office:automatic-styles>"
        f"<office:body><office:text>{paragraphs}</office:text></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry '
        'manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as odt:
        # The mimetype entry must come first and uncompressed: that is how readers recognise the format.
        odt.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED
        )
        odt.writestr("content.xml", content)
        odt.writestr("META-INF/manifest.xml", manifest)
    return buffer.getvalue()


def libreoffice_seconds(letters: list[LetterData], folder: Path) -> float | None:
    """Seconds LibreOffice takes to convert the letters (as .odt) to PDF in one batch; None if absent."""
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    odt_dir, pdf_dir, profile = folder / "odt", folder / "lo-pdf", folder / "lo-profile"
    for path in (odt_dir, pdf_dir):
        path.mkdir()
    for index, letter in enumerate(letters):
        (odt_dir / f"letter-{index:03d}.odt").write_bytes(odt_bytes(letter))
    command = [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf"]
    # A first run creates LibreOffice's user profile; it is not part of the conversion's cost.
    subprocess.run([*command, "--outdir", str(folder), str(odt_dir / "letter-000.odt")], capture_output=True)
    start = time.perf_counter()
    subprocess.run(
        [*command, "--outdir", str(pdf_dir), *sorted(map(str, odt_dir.glob("*.odt")))],
        check=True,
        capture_output=True,
    )
    seconds = time.perf_counter() - start
    made = len(list(pdf_dir.glob("*.pdf")))
    if made != len(letters):
        raise RuntimeError(f"LibreOffice made {made} PDFs of {len(letters)}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=200, help="letters in the batch (default 200)")
    parser.add_argument("--runs", type=int, default=30, help="runs for the single-letter medians")
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
        out = folder / "ivc-pdf"
        out.mkdir()
        start = time.perf_counter()
        for index, letter in enumerate(letters):
            write_letter_pdf(letter, head, out / f"letter-{index:03d}.pdf")
        written = time.perf_counter() - start
        per_letter = written / len(letters) * 1000
        print(
            f"{len(letters)} different Persian letters: built in {built * 1000:.0f} ms "
            f"({built / len(letters) * 1000:.2f} ms a letter); written as {len(letters)} PDF files "
            f"(atomic, fsync) in {written * 1000:.0f} ms ({per_letter:.2f} ms a letter)"
        )

        lo = libreoffice_seconds(letters, folder)
        if lo is None:
            print("LibreOffice absent (soffice not on PATH): no comparison")
        else:
            print(
                f"LibreOffice, the same {len(letters)} letters as .odt converted in one batch: "
                f"{lo * 1000:.0f} ms ({lo / len(letters) * 1000:.1f} ms a letter)"
            )
            # LibreOffice writes its files without fsync; IVC Desk's are flushed to disk one by one.
            print(
                f"LibreOffice / IVC Desk = {lo / written:.1f}x (files written, fsync included); "
                f"{lo / built:.1f}x (PDFs built)"
            )


if __name__ == "__main__":
    main()
