from pathlib import Path

import pytest

from app.services import attachments
from app.services.errors import NotFoundError, ValidationError


def test_a_file_is_copied_under_a_generated_name(db, data_dir, tmp_path):
    source = tmp_path / "acceptance letter (final).pdf"
    source.write_bytes(b"%PDF-1.4 acceptance")
    attachment = attachments.add_attachment("letters", 1, source)
    [row] = attachments.list_attachments("letters", 1)
    assert row.original_name == "acceptance letter (final).pdf" and row.size == 19
    stored = attachments.attachment_path(attachment)
    assert stored.read_bytes() == b"%PDF-1.4 acceptance"
    assert stored.is_relative_to(data_dir / "attachments")
    assert "acceptance" not in stored.name
    stored.write_bytes(b"changed")
    with pytest.raises(NotFoundError):
        attachments.attachment_path(attachment)
    attachments.archive_attachment(attachment)
    assert attachments.list_attachments("letters", 1) == []


def test_unreadable_files_are_refused(db, tmp_path):
    with pytest.raises(ValidationError):
        attachments.add_attachment("letters", 1, tmp_path / "missing.pdf")
    with pytest.raises(ValidationError):
        attachments.add_attachment("letters", 1, Path(tmp_path))
