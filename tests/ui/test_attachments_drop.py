"""Several files attached at once to a record's attachments, dropped on the list as from a file manager: all
of them in one go, or, when one is refused, none, with the refused file named (issue 22)."""

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services import attachments, directory
from app.services.errors import ValidationError
from app.ui.i18n import error_text
from app.ui.tabs.meetings.files import AttachmentsDialog


def drop(widget, paths) -> bool:
    """Drag `paths` over the list and drop them; whether the list took the drag."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    viewport = widget.viewport()
    point = viewport.rect().center()
    enter = QDragEnterEvent(
        point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(viewport, enter)
    if not enter.isAccepted():
        return False
    dropped = QDropEvent(
        QPointF(point),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, dropped)
    return dropped.isAccepted()


def test_dropped_files_are_attached_together(qtbot, db, ui_language, tmp_path, monkeypatch):
    owner = directory.save_person({"kind": "staff", "last_name_en": "Ahmadi"})
    names = ["cv.pdf", "برنامه سفر.docx", "photo.jpg"]
    for name in names:
        (tmp_path / name).write_bytes(name.encode())
    dialog = AttachmentsDialog(None, "people", owner, "Ahmadi")
    qtbot.addWidget(dialog)
    dialog.show()
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))

    assert drop(dialog.files, [tmp_path / n for n in names])
    assert [r.original_name for r in attachments.list_attachments("people", owner)] == names
    assert dialog.files.count() == 3 and not warnings

    # a folder dropped with a file: refused by name, nothing of the drop attached
    assert drop(dialog.files, [tmp_path / "cv.pdf", tmp_path])
    assert len(attachments.list_attachments("people", owner)) == 3 and dialog.files.count() == 3
    expected = ValidationError(
        "file", "The file {name} cannot be read, so none of the files was attached.", name=tmp_path.name
    )
    assert warnings == [error_text(expected)]

    # what is not a file (a web address) is not taken
    mime_only_web = [QUrl("https://example.org/cv.pdf")]
    mime = QMimeData()
    mime.setUrls(mime_only_web)
    enter = QDragEnterEvent(
        dialog.files.viewport().rect().center(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(dialog.files.viewport(), enter)
    assert not enter.isAccepted()
