"""The register of ordinances: filter and sort, draft, issue, renew, revoke, void, print, export."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.common import dates
from app.services import ordinances, versions
from app.services.errors import ServiceError
from app.services.ordinances import OccupiedError, OrdinanceRow
from app.ui import i18n
from app.ui.attempt import attempt
from app.ui.dialogs import conflict
from app.ui.i18n import error_text, translate
from app.ui.modal import run_modal
from app.ui.models.paged import PagedTableModel
from app.ui.printing import open_pdf, save_pdf
from app.ui.tabs.ordinances.bars import build_buttons
from app.ui.tabs.ordinances.columns import ordinance_columns
from app.ui.tabs.ordinances.editor import OrdinanceDialog
from app.ui.widgets.export_list import offer_both
from app.ui.widgets.register_view import RegisterView

T = TypeVar("T")


class RegisterPage(QWidget):
    """The register with its filters and actions. `changed` tells the other pages to refresh."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.where = QComboBox(self)
        for code, text in (
            ("", translate("Ordinances", "All states")),
            ("draft", translate("Ordinances", "Drafts")),
            ("current", translate("Ordinances", "In force")),
            ("expired", translate("Ordinances", "Expired")),
            ("revoked", translate("Ordinances", "Revoked")),
            ("superseded", translate("Ordinances", "Superseded")),
            ("void", translate("Ordinances", "Void")),
        ):
            self.where.addItem(text, code)
        self.year = QComboBox(self)
        self.kind = QComboBox(self)
        self.model = PagedTableModel(
            ordinance_columns(),
            self._fetch,
            ordinances.PageRequest(sort="id", descending=True),
            name="ordinances",
        )
        self.view = RegisterView(self.model, self)
        filters = QHBoxLayout()
        for widget in (self.where, self.year, self.kind):
            filters.addWidget(widget)
            widget.currentIndexChanged.connect(lambda _i: self.view.load())
        filters.addStretch(1)

        buttons = build_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)

        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(lambda: self.edit(self.view.current_row()))
        self.issue_button.clicked.connect(self.issue)
        self.renew_button.clicked.connect(self.renew)
        self.revoke_button.clicked.connect(self.revoke)
        self.void_button.clicked.connect(self.void)
        self.export_button.clicked.connect(self.export)
        offer_both(
            self.view, self.export_button, translate("Ordinances", "The ordinances of the year…"), self.export
        )
        self.archive_button.clicked.connect(self.toggle_archive)
        self.view.opened.connect(self.edit)
        self.view.selection_changed.connect(self._update_buttons)
        self.model.modelReset.connect(lambda: self._update_buttons(None))
        self.view.archive.toggled.connect(lambda _on: self._update_buttons(None))
        self._update_buttons(None)

    def _fetch(self, request: Any) -> Any:
        return ordinances.list_ordinances(
            request,
            where=self.where.currentData() or "",
            year=self.year.currentData(),
            kind_id=self.kind.currentData(),
        )

    def load(self) -> None:
        self._reload_filters()
        self.view.load()

    def _reload_filters(self) -> None:
        for combo, items in (
            (
                self.year,
                [(None, translate("Ordinances", "All years"))]
                + [(y, i18n.digits(str(y))) for y in ordinances.years()],
            ),
            (
                self.kind,
                [(None, translate("Ordinances", "All kinds"))]
                + [(k.id, k.name(i18n.language())) for k in ordinances.list_kinds()],
            ),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for data, text in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def _update_buttons(self, row: OrdinanceRow | None) -> None:
        row = row if row is not None else self.view.current_row()
        draft = row is not None and row.status == "draft" and not row.archived
        issued = row is not None and row.status == "issued"
        in_archive = self.view.archive.isChecked()
        self.new_button.setEnabled(not in_archive)
        self.edit_button.setEnabled(draft)
        self.issue_button.setEnabled(draft)
        self.renew_button.setEnabled(issued)
        self.revoke_button.setEnabled(issued)
        self.void_button.setEnabled(issued)
        self.print_button.setEnabled(row is not None)
        self.save_button.setEnabled(row is not None)
        self.archive_button.setEnabled(row is not None and row.status == "draft")
        self.archive_button.setText(
            translate("Ordinances", "Restore from archive")
            if in_archive
            else translate("Ordinances", "Move to archive")
        )

    # ------------------------------------------------------------- actions

    def show_error(self, error: ServiceError) -> None:
        """A refusal of a step (conflict.step shows them here)."""
        QMessageBox.warning(self, translate("Ordinances", "Ordinances"), error_text(error))

    def _attempt(self, action: Callable[[], T]) -> T | None:
        return attempt(self, action, title=translate("Ordinances", "Ordinances"))

    def _refresh(self, record_id: int | None) -> None:
        self.load()
        if record_id is not None:
            self.view.select_id(record_id)
        self.changed.emit()

    def new_record(self, initial: dict[str, Any] | None = None) -> None:
        self.open_editor(None, initial)

    def edit(self, row: OrdinanceRow | None) -> None:
        if row is None:
            return
        if row.status != "draft" or row.archived:
            self.print_current(i18n.language())  # issued ordinances are locked: show the document
            return
        self.open_editor(row.id)

    def open_editor(self, record_id: int | None, initial: dict[str, Any] | None = None) -> None:
        dialog = OrdinanceDialog(self, record_id, initial)
        if run_modal(dialog) == QDialog.DialogCode.Accepted:
            self._refresh(dialog.saved_id)

    def issue(self) -> None:
        row = self.view.current_row()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            translate("Ordinances", "Issue ordinance"),
            translate(
                "Ordinances",
                "Issue this ordinance? It takes the next number of the register and can no longer be "
                "changed.",
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.issue_row(row.id, None, row.version)

    def issue_row(self, record_id: int, supersede: bool | None, version: int | None = None) -> None:
        """Issue the ordinance as the list shows it (`version`): refused over a change made meanwhile."""
        try:
            with versions.acting("ordinances", record_id, version):
                number = ordinances.issue_ordinance(record_id, supersede=supersede)
        except versions.StepConflictError as refused:
            conflict.show_refused(self, refused)
            self._refresh(record_id)
            return
        except OccupiedError as occupied:
            choice = self._ask_supersede(occupied)
            if choice is not None:
                self.issue_row(record_id, choice, version)
            return
        except ServiceError as error:
            QMessageBox.warning(self, translate("Ordinances", "Ordinances"), error_text(error))
            return
        self._refresh(record_id)
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(
                translate("Ordinances", "Ordinance issued as number %1").replace(
                    "%1", i18n.isolated(i18n.digits(number))
                ),
                5000,
            )

    def _ask_supersede(self, occupied: OccupiedError) -> bool | None:
        holder = ordinances.get_ordinance(occupied.holder_id)
        name = holder["recipient_name_fa"] if i18n.language() == "fa" else holder["recipient_name_en"]
        text = translate(
            "Ordinances",
            "%1 holds this position under ordinance %2 until %3. Should the new ordinance supersede it?\n"
            "Yes: it ends the current term from the new term's start. No: both stand.",
        )
        text = (
            text.replace("%1", i18n.isolated(name))
            .replace("%2", i18n.isolated(i18n.digits(holder["number"] or "")))
            .replace("%3", i18n.isolated(i18n.format_date(holder["term_end"])))
        )
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            translate("Ordinances", "The position is held"),
            text,
            buttons.Yes | buttons.No | buttons.Cancel,
            buttons.Yes,
        )
        if answer == buttons.Cancel:
            return None
        return answer == buttons.Yes

    def renew(self) -> None:
        row = self.view.current_row()
        if row is None:
            return
        renewal = conflict.step(
            self,
            "ordinances",
            row.id,
            row.version,
            lambda: ordinances.renew_ordinance(row.id),
            lambda: self._refresh(row.id),
        )
        if renewal is not None:
            self._refresh(renewal)
            self.open_editor(renewal)

    def revoke(self) -> None:
        self._with_reason(
            translate("Ordinances", "Revoke ordinance"),
            translate("Ordinances", "Why is ordinance %1 revoked? It ends today and keeps its number."),
            ordinances.revoke_ordinance,
        )

    def void(self) -> None:
        self._with_reason(
            translate("Ordinances", "Void number"),
            translate(
                "Ordinances", "Why is number %1 void? It stays in the register and is never given again."
            ),
            ordinances.void_ordinance,
        )

    def _with_reason(self, title: str, question: str, action) -> None:  # type: ignore[no-untyped-def]
        """Ask why (the question names the ordinance's number as %1), then act(id, reason) on the current
        one."""
        row = self.view.current_row()
        if row is None:
            return
        reason, ok = QInputDialog.getMultiLineText(
            self, title, question.replace("%1", i18n.digits(row.number or ""))
        )
        if ok and self._take(row, lambda: action(row.id, reason)):
            self._refresh(row.id)

    def toggle_archive(self) -> None:
        row = self.view.current_row()
        if row is not None and self._take(row, lambda: ordinances.set_archived(row.id, not row.archived)):
            self._refresh(None)

    def _take(self, row: OrdinanceRow, action: Callable[[], Any]) -> bool:
        """A step on the ordinance as the list shows it (refused over a change made meanwhile)."""
        return conflict.step_done(
            self, "ordinances", row.id, row.version, action, lambda: self._refresh(row.id)
        )

    # ------------------------------------------------------------- documents

    def _pdf(self, lang: str) -> tuple[bytes, str] | None:
        row = self.view.current_row()
        if row is None:
            return None
        data = self._attempt(lambda: ordinances.ordinance_pdf(row.id, lang))
        if data is None:
            return None
        return data, f"ordinance-{(row.number or f'draft-{row.id}').replace('/', '-')}-{lang}"

    def print_current(self, lang: str | None = None) -> None:
        document = self._pdf(lang or i18n.language())
        if document:
            open_pdf(self, *document)

    def save_current(self, lang: str) -> None:
        document = self._pdf(lang)
        if document:
            save_pdf(self, document[0], document[1] + ".pdf")

    def _chosen_year(self) -> int | None:
        year = self.year.currentData()
        if year is not None:
            return year
        years = ordinances.years() or [dates.jalali_year(dates.today())]
        choice, ok = QInputDialog.getItem(
            self,
            translate("Ordinances", "Register of the year"),
            translate("Ordinances", "Year"),
            [i18n.digits(str(y)) for y in years],
            0,
            False,
        )
        return years[[i18n.digits(str(y)) for y in years].index(choice)] if ok else None

    def print_register(self, lang: str) -> None:
        year = self._chosen_year()
        data = self._attempt(lambda: ordinances.register_pdf(year, lang)) if year is not None else None
        if data is not None:
            open_pdf(self, data, f"ordinances-{year}-{lang}")

    def export(self) -> None:
        year = self.year.currentData()
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("Ordinances", "Export to Excel"),
            f"ordinances-{year or 'all'}.xlsx",
            translate("Ordinances", "Excel workbooks (*.xlsx)"),
        )
        if not name:
            return
        if not name.lower().endswith(".xlsx"):
            name += ".xlsx"
        from pathlib import Path

        try:
            ordinances.export_xlsx(Path(name), year)
        except OSError as error:
            QMessageBox.warning(
                self, translate("Ordinances", "Export to Excel"), error.strerror or str(error)
            )
