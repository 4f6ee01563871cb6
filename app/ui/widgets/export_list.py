"""Export… for every list: what the list shows (its columns, as shown: translated labels, the UI's calendar
and digits), with its current filter and sort, written to an .xlsx workbook off the GUI thread, with progress
and Cancel for a long list."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QPushButton, QWidget

from app.common import clock, dates
from app.services import exports
from app.services.errors import ServiceError
from app.ui import i18n
from app.ui.i18n import error_text, translate
from app.ui.imports.progress import run_with_progress
from app.ui.models.paged import PagedTableModel

# The sheet's title of each register's list, by the model's name (app.ui.models.paged.PagedTableModel.name)
_TITLES: dict[str, str] = {
    "people": QT_TRANSLATE_NOOP("Export", "People"),
    "units": QT_TRANSLATE_NOOP("Export", "Units"),
    "institutions": QT_TRANSLATE_NOOP("Export", "Partner institutions"),
    "agreements": QT_TRANSLATE_NOOP("Export", "Agreements"),
    "letters": QT_TRANSLATE_NOOP("Export", "Letters"),
    "meetings": QT_TRANSLATE_NOOP("Export", "Meetings"),
    "visits": QT_TRANSLATE_NOOP("Export", "Visits"),
    "funding": QT_TRANSLATE_NOOP("Export", "Funding requests"),
    "ordinances": QT_TRANSLATE_NOOP("Export", "Ordinances"),
    "actions": QT_TRANSLATE_NOOP("Export", "Action items"),
    "today": QT_TRANSLATE_NOOP("Export", "Today"),
    "search": QT_TRANSLATE_NOOP("Export", "Search results"),
}


def sheet_title(name: str) -> str:
    """The translated title of the sheet a list named `name` is written to."""
    source = _TITLES.get(name)
    return translate("Export", source) if source else (name or translate("Export", "List"))


def ask_path(parent: QWidget, stem: str) -> Path | None:
    """Where to write the workbook (a name suggested with today's date); None when the person cancels."""
    day = dates.format_date(clock.today(), i18n.calendar(), "en").replace(
        "/", "-"
    )  # Latin digits: a file name
    suggested = f"{stem}-{day}.xlsx"
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("Export", "Export to Excel"), suggested, translate("Export", "Workbooks (*.xlsx)")
    )
    if not name:
        return None
    return Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")


def tell(parent: QWidget, rows: int, path: Path) -> None:
    """Say in the window's status bar how many rows went where."""
    text = (
        translate("Export", "%1 rows written to %2")
        .replace("%1", i18n.digits(str(rows)))
        .replace("%2", i18n.isolated(path))
    )
    window = parent.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 10_000)
    parent.setProperty("last_export", text)


def _run(parent: QWidget, work: Callable[[Callable[[int, int], bool]], int], path: Path) -> int | None:
    try:
        rows = run_with_progress(
            parent, translate("Export", "Writing the workbook…"), translate("Export", "Cancel"), work
        )
    except exports.ExportCancelled:
        return None
    except ServiceError as error:
        QMessageBox.warning(parent, translate("Export", "Export to Excel"), error_text(error))
        return None
    except OSError as error:
        QMessageBox.warning(
            parent,
            translate("Export", "Export to Excel"),
            translate("Export", "The file could not be written: %1").replace(
                "%1", error.strerror or str(error)
            ),
        )
        return None
    tell(parent, rows, path)
    return rows


def export_model(parent: QWidget, model: PagedTableModel, path: Path | None = None) -> int | None:
    """The whole list behind `model` (every page, not only those loaded), as its columns show it."""
    stem = model.name or "list"
    title = sheet_title(model.name)
    path = path or ask_path(parent, stem)
    if path is None:
        return None
    columns = list(model.columns)
    headers = [c.header for c in columns]
    request = model.request

    def work(progress: Callable[[int, int], bool]) -> int:
        return exports.export_list(
            path, title, headers, model.fetch, request, lambda row: [c.text(row) for c in columns], progress
        )

    return _run(parent, work, path)


def export_rows(
    parent: QWidget, stem: str, headers: Sequence[str], rows: Sequence[Sequence[object]]
) -> int | None:
    """Rows already on screen (Today's lists, the search results), as shown."""
    title = sheet_title(stem)
    path = ask_path(parent, stem)
    if path is None:
        return None
    return _run(parent, lambda _progress: exports.write_table(path, title, headers, rows), path)


def offer_both(view: Any, button: QPushButton, whole: str, export_whole: Callable[[], None]) -> None:
    """A tab that already had an export of its own (funding's register, the ordinances of a year): its
    button opens a menu of the two, this list as filtered and the tab's own, instead of two buttons."""
    view.export_button.hide()
    button.clicked.disconnect()
    menu = QMenu(button)
    menu.addAction(translate("Export", "This list, as filtered…"), view.export)
    menu.addAction(whole, export_whole)
    button.setMenu(menu)
    button.export_menu = menu  # type: ignore[attr-defined]
