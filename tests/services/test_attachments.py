from pathlib import Path

import pytest

from app.services import attachments, directory
from app.services.errors import NotFoundError, ValidationError

PERSON = {"kind": "staff", "last_name_en": "Ahmadi", "country": "IR"}


def test_a_file_is_copied_under_a_generated_name(db, data_dir, tmp_path):
    source = tmp_path / "acceptance letter (final).pdf"
    source.write_bytes(b"%PDF-1.4 acceptance")
    owner = directory.save_person(PERSON)
    attachment = attachments.add_attachment("people", owner, source)
    [row] = attachments.list_attachments("people", owner)
    assert row.original_name == "acceptance letter (final).pdf" and row.size == 19
    stored = attachments.attachment_path(attachment)
    assert stored.read_bytes() == b"%PDF-1.4 acceptance"
    assert stored.is_relative_to(data_dir / "attachments")
    assert "acceptance" not in stored.name
    stored.write_bytes(b"changed")
    with pytest.raises(NotFoundError):
        attachments.attachment_path(attachment)
    attachments.archive_attachment(attachment)
    assert attachments.list_attachments("people", owner) == []


def test_unreadable_files_are_refused(db, tmp_path):
    owner = directory.save_person(PERSON)
    for source in (tmp_path / "missing.pdf", Path(tmp_path), "scan\x00.pdf", 42):
        with pytest.raises(ValidationError):
            attachments.add_attachment("people", owner, source)
    real = tmp_path / "scan.pdf"
    real.write_bytes(b"%PDF")
    with pytest.raises(NotFoundError):
        attachments.add_attachment("people", owner + 1, real)
    assert not list((tmp_path.parent / "data" / "attachments").rglob("*.pdf"))  # the copy was removed


def test_temporaries_left_by_a_crash_are_cleaned_up(db, data_dir):
    import os
    import time

    from app.services import files

    folder = data_dir / "documents" / "letters" / "1405"
    folder.mkdir(parents=True)
    old, new = folder / ".1405-00001.pdf.abc.tmp", folder / ".1405-00002.pdf.def.tmp"
    # File ages are the operating system's: both times are set from its clock, so that the test also holds
    # under faketime (which fakes time.time() but not the times the kernel stamps on new files).
    now = time.time()
    for temp, written in ((old, now - 7200), (new, now - 60)):
        temp.write_bytes(b"%PDF half")
        os.utime(temp, (written, written))
    assert files.remove_stale_temporaries() == 1
    assert not old.exists() and new.exists()  # a write under way now is left alone


def test_several_files_are_attached_together_or_not_at_all(db, data_dir, tmp_path, monkeypatch):
    owner = directory.save_person(PERSON)
    names = ["cv.pdf", "passport scan.jpg", "letter.docx"]
    for name in names:
        (tmp_path / name).write_bytes(name.encode())
    ids = attachments.add_attachments("people", owner, [tmp_path / n for n in names])
    assert [r.original_name for r in attachments.list_attachments("people", owner)] == names
    assert [r.id for r in attachments.list_attachments("people", owner)] == ids

    # one unreadable file among them: it is named, and none is attached (nothing is copied either)
    other = directory.save_person({**PERSON, "last_name_en": "Karimi"})
    stored_before = set((data_dir / "attachments").rglob("*.*"))
    with pytest.raises(ValidationError) as refused:
        attachments.add_attachments("people", other, [tmp_path / "cv.pdf", tmp_path / "missing.pdf"])
    assert refused.value.params == {"name": "missing.pdf"} and "none of the files" in refused.value.message
    assert attachments.list_attachments("people", other) == []

    # the records cannot be written: every copy of the batch is removed again
    def full(*_a, **_k):
        raise OSError("disk full")

    monkeypatch.setattr(attachments.audit, "record", full)
    with pytest.raises(OSError):
        attachments.add_attachments("people", other, [tmp_path / "cv.pdf", tmp_path / "letter.docx"])
    assert attachments.list_attachments("people", other) == []
    assert set((data_dir / "attachments").rglob("*.*")) == stored_before
