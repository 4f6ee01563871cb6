"""A PDF's text as two independent extractors give it: poppler's pdftotext and pypdf (NFKC-normalised, so
that presentation forms read as the letters they are)."""

from __future__ import annotations

import io
import re
import subprocess
import unicodedata

from pypdf import PdfReader

# pdftotext marks the direction of what it read with embeddings of its own.
_POPPLER_MARKS = re.compile("[\u202a-\u202e]")


def poppler_text(pdf: bytes) -> str:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    )
    return unicodedata.normalize("NFKC", _POPPLER_MARKS.sub("", done.stdout.decode("utf-8")))


def pypdf_text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return unicodedata.normalize("NFKC", "\n".join(page.extract_text() for page in pages))


def both_texts(pdf: bytes) -> dict[str, str]:
    return {"poppler": poppler_text(pdf), "pypdf": pypdf_text(pdf)}
