"""File dialogs that open where the person works: in the folder last used for the same purpose (saving a
PDF, attaching files, exporting a calendar), else in their Documents folder, never the program's own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from app.ui.i18n import settings

# The purposes, each remembering its own folder.
PDF, ATTACHMENTS, CALENDAR = "pdf", "attachments", "calendar"


def start_folder(purpose: str) -> Path:
    """The folder last used for `purpose` while it still exists, else the Documents folder."""
    last = settings().value(f"folders/{purpose}")
    if isinstance(last, str) and last and Path(last).is_dir():
        return Path(last)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def _remember(purpose: str, path: str) -> None:
    settings().setValue(f"folders/{purpose}", str(Path(path).parent))


def save_name(parent: QWidget | None, purpose: str, caption: str, suggested: str, filters: str) -> str:
    """Where to save a file (empty when cancelled), the dialog opening in the purpose's folder."""
    name, _ = QFileDialog.getSaveFileName(parent, caption, str(start_folder(purpose) / suggested), filters)
    if name:
        _remember(purpose, name)
    return name


def open_names(parent: QWidget | None, purpose: str, caption: str, filters: str = "") -> list[str]:
    """Files chosen to open (several at once), the dialog opening in the purpose's folder."""
    names, _ = QFileDialog.getOpenFileNames(parent, caption, str(start_folder(purpose)), filters)
    if names:
        _remember(purpose, names[0])
    return list(names)
