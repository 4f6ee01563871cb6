"""The files attached to an agenda item (a request, a CV, a report): add (several at once, chosen together
or dropped on the list), open, detach."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import attachments
from app.ui import file_dialogs, i18n
from app.ui.attempt import attempt, succeeds
from app.ui.i18n import translate
from app.ui.widgets.file_drop import FileDropList


class AttachmentsDialog(QDialog):
    """Attachments of one record of `owner_table` (here: an agenda item)."""

    def __init__(self, parent: QWidget | None, owner_table: str, owner_id: int, title: str) -> None:
        super().__init__(parent)
        self.owner_table, self.owner_id = owner_table, owner_id
        self.setWindowTitle(translate("MeetingFiles", "Attachments: %1").replace("%1", title))
        self.setMinimumSize(520, 320)
        self.files = FileDropList(self)
        self.files.setToolTip(translate("MeetingFiles", "Drop files here to attach them."))
        self.files.files_dropped.connect(self.attach)
        self.add_button = QPushButton(translate("MeetingFiles", "Attach a file…"), self)
        self.open_button = QPushButton(translate("MeetingFiles", "Open"), self)
        self.detach_button = QPushButton(translate("MeetingFiles", "Detach"), self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.detach_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.files, 1)
        layout.addWidget(close)
        self.add_button.clicked.connect(self.add)
        self.open_button.clicked.connect(self.open_file)
        self.files.itemDoubleClicked.connect(lambda _item: self.open_file())
        self.detach_button.clicked.connect(self.detach)
        self.load()

    def load(self) -> None:
        self.files.clear()
        for row in attachments.list_attachments(self.owner_table, self.owner_id):
            item = QListWidgetItem(f"{row.original_name}  ({i18n.digits(f'{row.size / 1024:,.0f}')} KB)")
            item.setData(256, row.id)
            self.files.addItem(item)

    def add(self) -> None:
        """Attach one or more files, chosen together."""
        names = file_dialogs.open_names(
            self, file_dialogs.ATTACHMENTS, translate("MeetingFiles", "Attach files")
        )
        self.attach(names)

    def attach(self, names: list[str]) -> None:
        """Attach the files all at once: a refused one is named, and then none of them is attached."""
        if names and succeeds(
            self, lambda: attachments.add_attachments(self.owner_table, self.owner_id, list(names))
        ):
            self.load()

    def _current(self) -> int | None:
        item = self.files.currentItem()
        return item.data(256) if item is not None else None

    def open_file(self) -> None:
        attachment_id = self._current()
        path = (
            attempt(self, lambda: attachments.attachment_path(attachment_id))
            if attachment_id is not None
            else None
        )
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def detach(self) -> None:
        attachment_id = self._current()
        if attachment_id is not None and succeeds(
            self, lambda: attachments.archive_attachment(attachment_id)
        ):
            self.load()
