"""LibreOffice as the peer of the documents benchmarks (bench-only helpers).

odt_bytes(paragraphs, rtl): a minimal OpenDocument text file written by hand (mimetype first and stored,
content.xml, the manifest), paragraphs right-to-left for Persian; LibreOffice opens it as any .odt.
convert(files, fmt, outdir): seconds `soffice --headless --convert-to fmt` takes for the files in one batch,
after a first, untimed run has made its user profile (a fresh profile under the output's parent folder, so
nothing of the user's is read or changed). None when soffice is not installed.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape


def soffice() -> str | None:
    return shutil.which("soffice")


def odt_bytes(paragraphs: Sequence[str], rtl: bool) -> bytes:
    body = "".join(f'<text:p text:style-name="P">{escape(p)}</text:p>' for p in paragraphs)
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
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
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


def convert(files: Sequence[Path], fmt: str, outdir: Path, infilter: str | None = None) -> float | None:
    """Seconds LibreOffice takes to convert `files` to `fmt` into `outdir` in one batch (None if absent);
    raises RuntimeError when it did not make every file."""
    program = soffice()
    if program is None:
        return None
    profile = outdir.parent / "lo-profile"
    command = [program, f"-env:UserInstallation=file://{profile}", "--headless"]
    if infilter:
        command.append(f"--infilter={infilter}")
    command += ["--convert-to", fmt]
    if not profile.exists():  # the first run creates LibreOffice's user profile: not part of the cost
        warm = outdir.parent / "lo-warm"
        warm.mkdir(exist_ok=True)
        subprocess.run([*command, "--outdir", str(warm), str(files[0])], capture_output=True, timeout=600)
    outdir.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    subprocess.run(
        [*command, "--outdir", str(outdir), *map(str, files)], check=True, capture_output=True, timeout=1800
    )
    seconds = time.perf_counter() - start
    extension = fmt.split(":")[0]
    made = [outdir / f"{f.stem}.{extension}" for f in files]
    missing = [p.name for p in made if not p.exists() or p.stat().st_size == 0]
    if missing:
        raise RuntimeError(f"LibreOffice did not make {', '.join(missing[:5])}")
    return seconds
