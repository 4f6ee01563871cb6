"""Moving in: the office's own Excel (and CSV) registers imported into IVC Desk.

`open_sheet` reads a sheet, `guess_mapping` finds the columns, `preview` says what each row would become
(a dry run: nothing is written), `apply_import` writes it in one transaction, `undo_import` archives a batch.
"""

from app.services.imports.batch import (
    ADD,
    ADD_ANYWAY,
    DUPLICATE,
    KEEP,
    REFUSED,
    REGISTERS,
    UPDATE,
    BatchRow,
    Cancelled,
    ImportResult,
    Preview,
    RowOutcome,
    decide,
    describe,
    detect_calendars,
    guess_mapping,
    list_imports,
    mapping_from_names,
    open_sheet,
    preview,
    remembered_mapping,
    save_template,
    template_rows,
    undo_import,
)
from app.services.imports.reading import ImportFileError, Table, sheet_names
from app.services.imports.registers import Field, Register
from app.services.imports.writing import apply_import

__all__ = [
    "ADD",
    "ADD_ANYWAY",
    "DUPLICATE",
    "KEEP",
    "REFUSED",
    "REGISTERS",
    "UPDATE",
    "BatchRow",
    "Cancelled",
    "Field",
    "ImportFileError",
    "ImportResult",
    "Preview",
    "Register",
    "RowOutcome",
    "Table",
    "apply_import",
    "decide",
    "describe",
    "detect_calendars",
    "guess_mapping",
    "list_imports",
    "mapping_from_names",
    "open_sheet",
    "preview",
    "remembered_mapping",
    "save_template",
    "sheet_names",
    "template_rows",
    "undo_import",
]
