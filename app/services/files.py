"""Saving what the user asked for (PDFs, exports) to a place they chose: whole or not at all."""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from pathlib import Path

from app import paths
from app.services.errors import QT_TRANSLATE_NOOP, ServiceError


def save_document(path: str | Path, data: bytes) -> Path:
    """Write `data` to `path` atomically; a failure is one clear sentence and leaves any old file as it
    was."""
    from app.documents.output import write_atomic

    target = Path(path)
    try:
        write_atomic(target, data)
    except OSError as exc:
        raise ServiceError(
            QT_TRANSLATE_NOOP("errors", "The file {path} could not be written: {reason}."),
            path=str(target),
            reason=exc.strerror or str(exc),
        ) from exc
    return target


def temporary_document(data: bytes, stem: str) -> Path:
    """A copy for the system's PDF viewer, in the data folder's exports/preview folder."""
    folder = paths.exports_dir() / "preview"
    folder.mkdir(parents=True, exist_ok=True)
    _remove_old_previews(folder)
    fd, name = tempfile.mkstemp(prefix=f"{stem}-", suffix=".pdf", dir=folder)
    os.close(fd)
    return save_document(name, data)


PREVIEW_KEEP_SECONDS = 24 * 3600


def _remove_old_previews(folder: Path) -> None:
    """Previews are throw-away copies: those older than a day are removed (a viewer may still show newer
    ones)."""
    limit = time.time() - PREVIEW_KEEP_SECONDS  # the OS clock: file ages are the OS's (as below)
    for old in folder.glob("*.pdf"):
        try:
            if old.stat().st_mtime < limit:
                old.unlink()
        except OSError:
            continue  # open in a viewer on Windows, or already gone: try again next time


STALE_SECONDS = 3600


def remove_stale_temporaries() -> int:
    """Temporary files of writes a crash interrupted (".name.xxxx.tmp"), older than an hour: removed."""
    limit = (
        time.time() - STALE_SECONDS
    )  # the OS clock, not the program's: compared with the times the OS stamps
    removed = 0
    for folder in (paths.documents_dir(), paths.attachments_dir(), paths.exports_dir()):
        for temp in folder.rglob(".*.tmp") if folder.is_dir() else []:
            try:
                if temp.stat().st_mtime < limit:
                    temp.unlink()
                    removed += 1
            except OSError:
                continue
    return removed


def store_issued(name: str, data: bytes) -> str:
    """Store an issued document under the documents folder as `name` ("letters/1405/1405-00042.pdf"), or,
    when a file of that name is already there, as "…-00042-2.pdf" and so on: a stored file is never
    overwritten. Returns the name used. The file is complete on disk before its name appears."""
    folder_name, _, file_name = name.rpartition("/")
    stem, dot, suffix = file_name.rpartition(".")
    folder = paths.documents_dir() / folder_name
    folder.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=f".{file_name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        n = 1
        while True:
            candidate = file_name if n == 1 else f"{stem}-{n}{dot}{suffix}"
            try:
                _link_new(
                    Path(temp_name), folder / candidate
                )  # fails if the name is taken: nothing is replaced
            except FileExistsError:
                n += 1
                continue
            return f"{folder_name}/{candidate}" if folder_name else candidate
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)


def _link_new(temp: Path, target: Path) -> None:
    """Give the finished temporary file the name `target`, refusing (FileExistsError) a name in use."""
    try:
        os.link(temp, target)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links: create exclusively and copy
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(temp.read_bytes())
            handle.flush()
            os.fsync(handle.fileno())
