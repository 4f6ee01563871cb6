"""Files written whole or not at all: PDFs (and anything else the app saves) never end up half-written."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder, flushed to disk, then renamed.

    The rename is atomic on one file system, so a reader sees the old file or the new one, never a part.
    On any error the temporary file is removed and an existing file at `path` is left untouched.
    """
    target = Path(path)
    # Same folder as the target: os.replace() cannot be atomic across file systems.
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise


def join_pdfs(parts: list[bytes]) -> bytes:
    """One PDF holding the pages of each part in turn (an agenda and its annexes). pypdf is imported here.

    The whole carries the first part's metadata (title, author, subject, creator) and language (/Lang):
    pypdf copies pages, not the document's information dictionary nor its catalog.
    """
    import io

    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    writer = PdfWriter()
    for part in parts:
        writer.append(io.BytesIO(part))
    first = PdfReader(io.BytesIO(parts[0]))
    if first.metadata:
        writer.add_metadata({key: str(value) for key, value in first.metadata.items()})
    lang = first.trailer["/Root"].get("/Lang")
    if lang is not None:
        writer._root_object[NameObject("/Lang")] = lang
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
