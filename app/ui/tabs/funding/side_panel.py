"""The request editor's panel beside its form (a mixin of RequestDialog, app.ui.tabs.funding.editor): the
rule checks with the requested total, the documents (the checklist of what this applicant must attach,
attaching a document of a kind, opening or detaching one) and the request's history."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.common.money import format_amount
from app.services import funding
from app.services.errors import ServiceError, ValidationError
from app.services.funding.kinds import DOCUMENT_KINDS
from app.ui import i18n
from app.ui.i18n import error_text, translate
from app.ui.tabs.funding.words import names
from app.ui.widgets.pickers import CodeCombo
from app.ui.widgets.text_box import follow_paragraphs


class RequestSidePanel:
    """The panel of the request open in the editor (self.record_id, self.status, self.form, self.scroll)."""

    # ------------------------------------------------------------- layout: the form beside the panel

    def _side_panel(self) -> None:
        outer = self.layout()
        outer.removeWidget(self.scroll)
        self.panel = QTabWidget()
        self.checks = QLabel()
        self.checks.setWordWrap(True)
        self.checks.setObjectName("checks")
        self.checks.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.total = QLabel()
        checks_page = QWidget()
        column = QVBoxLayout(checks_page)
        column.addWidget(self.total)
        column.addWidget(self.checks, 1)
        self.panel.addTab(checks_page, translate("FundingEditor", "Rule checks"))
        self.panel.addTab(self._documents_page(), translate("FundingEditor", "Documents"))
        self.history = follow_paragraphs(QPlainTextEdit())
        self.history.setReadOnly(True)
        self.panel.addTab(self.history, translate("FundingEditor", "History"))
        body = QHBoxLayout()
        body.addWidget(self.scroll, 3)
        body.addWidget(self.panel, 2)
        outer.insertLayout(0, body)

    def _show_total(self, values: dict[str, Any]) -> None:
        by_currency: dict[str, int] = {}
        for line in values["lines"]:
            by_currency[line["currency"]] = by_currency.get(line["currency"], 0) + line["amount"]
        parts = [format_amount(amount, code, i18n.language()) for code, amount in by_currency.items()]
        self.total.setText(
            translate("FundingEditor", "Requested: %1").replace("%1", " + ".join(parts) or "—")
        )

    def _documents_page(self) -> QWidget:
        self.checklist = QLabel()
        self.checklist.setWordWrap(True)
        self.checklist.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.document_kind = CodeCombo(names(DOCUMENT_KINDS))
        self.attach_button = QPushButton(translate("FundingEditor", "Attach a document…"))
        self.attach_button.clicked.connect(self.attach)
        documents_page = QWidget()
        column = QVBoxLayout(documents_page)
        column.addWidget(self.checklist, 1)
        attach_row = QHBoxLayout()
        attach_row.addWidget(self.document_kind, 1)
        attach_row.addWidget(self.attach_button)
        column.addLayout(attach_row)
        self.attached = QComboBox()
        self.open_button = QPushButton(translate("FundingEditor", "Open"))
        self.detach_button = QPushButton(translate("FundingEditor", "Detach"))
        self.open_button.clicked.connect(self.open_document)
        self.detach_button.clicked.connect(self.detach_document)
        self.open_button.setEnabled(False)
        self.detach_button.setEnabled(False)
        file_row = QHBoxLayout()
        file_row.addWidget(self.attached, 1)
        file_row.addWidget(self.open_button)
        file_row.addWidget(self.detach_button)
        column.addLayout(file_row)
        return documents_page

    def attach(self) -> None:
        if self.record_id is None:
            self.form.show_error(
                ValidationError(
                    "lines", translate("FundingEditor", "Save the request before attaching documents.")
                )
            )
            return
        path, _filter = QFileDialog.getOpenFileName(self, translate("FundingEditor", "Attach a document"))
        if not path:
            return
        self.attach_file(self.document_kind.code(), path)

    def attach_file(self, kind: str, path: str) -> None:
        try:
            funding.attach_document(self.record_id, kind, path)
        except ServiceError as error:
            self.checklist.setText(error_text(error))
            return
        self._show_documents()
        self._recheck()

    def open_document(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from app.services import attachments

        if self.attached.currentData() is None:
            return
        try:
            path = attachments.attachment_path(self.attached.currentData())
        except ServiceError as error:
            self.checklist.setText(error_text(error))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def detach_document(self) -> None:
        if self.attached.currentData() is None:
            return
        try:
            funding.detach_document(self.record_id, self.attached.currentData())
        except ServiceError as error:
            self.checklist.setText(error_text(error))
            return
        self._show_documents()
        self._recheck()

    def _show_documents(self) -> None:
        lang = i18n.language()
        lines = []
        for kind, present in funding.checklist(self.record_id):
            mark = "✓" if present else "✗"
            colour = "#1b6e20" if present else "#b3261e"
            lines.append(f"<p style='color:{colour}; margin:2px'>{mark} {funding.name(kind, lang)}</p>")
        rows = funding.attached_documents(self.record_id)
        attached = [
            f"<li>{funding.name(d.kind, lang)}: {d.original_name.replace('<', '&lt;')}</li>" for d in rows
        ]
        self.attached.clear()
        for d in rows:
            self.attached.addItem(f"{funding.name(d.kind, lang)}: {d.original_name}", d.attachment_id)
        self.detach_button.setEnabled(bool(rows) and self.status == "draft")
        self.open_button.setEnabled(bool(rows))
        heading = translate("FundingEditor", "Required for this applicant:")
        files = translate("FundingEditor", "Attached:")
        self.checklist.setText(f"<b>{heading}</b>{''.join(lines)}<b>{files}</b><ul>{''.join(attached)}</ul>")
