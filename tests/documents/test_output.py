"""Atomic writing: a file is replaced whole or not at all, and no temporary file is left behind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.documents import output
from app.documents.output import write_atomic


def test_writes_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "letter.pdf"
    write_atomic(target, b"first")
    write_atomic(str(target), b"second")
    assert target.read_bytes() == b"second"
    assert os.listdir(tmp_path) == ["letter.pdf"]


def test_failed_write_keeps_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "letter.pdf"
    target.write_bytes(b"old")

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="No space"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["letter.pdf"]


def test_failed_rename_keeps_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "letter.pdf"
    target.write_bytes(b"old")

    def broken_replace(src: str, dst: str) -> None:
        raise PermissionError(13, "The file is open in another program")

    monkeypatch.setattr(output.os, "replace", broken_replace)
    with pytest.raises(PermissionError):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["letter.pdf"]


def test_bad_data_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(TypeError):
        write_atomic(tmp_path / "x.pdf", "not bytes")  # type: ignore[arg-type]
    assert os.listdir(tmp_path) == []


def test_missing_folder_is_an_error_not_a_new_folder(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_atomic(tmp_path / "missing" / "x.pdf", b"data")
    assert os.listdir(tmp_path) == []


def test_joined_pdfs_keep_the_first_parts_metadata_and_language() -> None:
    import io

    from pypdf import PdfReader

    from app.documents.pdf import new_canvas

    def part(title: str, lang: str) -> bytes:
        buffer = io.BytesIO()
        canvas = new_canvas(buffer, lang=lang, title=title, author="Office", subject=title)
        canvas.drawString(72, 720, title)
        canvas.showPage()
        canvas.save()
        return buffer.getvalue()

    joined = PdfReader(io.BytesIO(output.join_pdfs([part("Agenda", "fa"), part("Annex", "en")])))
    assert len(joined.pages) == 2
    assert joined.metadata.title == "Agenda"
    assert joined.metadata.author == "Office"
    assert joined.trailer["/Root"]["/Lang"] == "fa-IR"
