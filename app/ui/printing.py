"""Print (open in the system's PDF viewer) and Save as PDF, for every document the app makes."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services import files
from app.services.errors import ServiceError
from app.ui import file_dialogs
from app.ui.i18n import error_text, translate


def open_pdf(parent: QWidget, data: bytes, stem: str) -> bool:
    """Show the PDF in the system's viewer, from which it can be printed."""
    try:
        path = files.temporary_document(data, stem)
    except ServiceError as error:
        QMessageBox.warning(parent, translate("printing", "Print"), error_text(error))
        return False
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        QMessageBox.information(
            parent,
            translate("printing", "Print"),
            translate("printing", "No PDF viewer opened the document. It was saved as %1").replace(
                "%1", str(path)
            ),
        )
        return False
    return True


def save_pdf(parent: QWidget, data: bytes, suggested_name: str) -> str | None:
    """Ask where to save the PDF and write it there; returns the path, None when cancelled or failed."""
    name = file_dialogs.save_name(
        parent,
        file_dialogs.PDF,
        translate("printing", "Save as PDF"),
        suggested_name,
        translate("printing", "PDF documents (*.pdf)"),
    )
    if not name:
        return None
    if not name.lower().endswith(".pdf"):
        name += ".pdf"
    try:
        files.save_document(name, data)
    except ServiceError as error:
        QMessageBox.warning(parent, translate("printing", "Save as PDF"), error_text(error))
        return None
    return name
