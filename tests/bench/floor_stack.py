"""Floor (b), the stack floor: floor (a) plus `import sqlalchemy.orm` and a 50-row SELECT of the people
table through SQLAlchemy, shown in a QTableView; quit right after the table's first paint with its rows.

Prints `first-paint <time.time()>` on stderr when the table's viewport is first painted with the rows
(this is the floor's "ready"). Run: `QT_QPA_PLATFORM=offscreen python tests/bench/floor_stack.py DB_FILE`.
"""

import sys
import time

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTableView, QTabWidget

COLUMNS = (
    "id",
    "first_name_fa",
    "last_name_fa",
    "first_name_en",
    "last_name_en",
    "email",
    "phone",
    "country",
)


class RowsModel(QAbstractTableModel):
    def __init__(self, rows: list, headers: tuple) -> None:
        super().__init__()
        self.rows = rows
        self.headers = headers

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            value = self.rows[index.row()][index.column()]
            return "" if value is None else str(value)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class FirstPaint(QObject):
    """Prints the time of the watched widget's first paint once, then queues the quit."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            print(f"first-paint {time.time():.4f}", file=sys.stderr, flush=True)
            QTimer.singleShot(0, self.app.quit)
        return False


def fetch(path: str) -> list:
    """50 people through SQLAlchemy. Imported here, after Qt and the QApplication, as the app does."""
    import sqlalchemy.orm
    from sqlalchemy import column, create_engine, select, table

    engine = create_engine("sqlite:///" + path)
    people = table("people", *(column(name) for name in (*COLUMNS, "sort_fa", "archived_at")))
    stmt = (
        select(*(people.c[name] for name in COLUMNS))
        .where(people.c.archived_at.is_(None))
        .order_by(people.c.sort_fa)
        .limit(50)
    )
    with sqlalchemy.orm.Session(engine) as session:
        rows = [tuple(r) for r in session.execute(stmt)]
    engine.dispose()
    return rows


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: floor_stack.py DB_FILE", file=sys.stderr)
        return 2
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Floor (b)")
    window.resize(1200, 760)
    tabs = QTabWidget(window)
    view = QTableView(tabs)
    model = RowsModel(fetch(sys.argv[1]), COLUMNS)
    view.setModel(model)
    tabs.addTab(view, "People")
    tabs.addTab(QLabel("IVC Desk", tabs), "Letters")
    window.setCentralWidget(tabs)
    watcher = FirstPaint(app)
    view.viewport().installEventFilter(watcher)
    window.show()
    code = app.exec()
    if len(model.rows) != 50:
        print(f"floor_stack: expected 50 rows, got {len(model.rows)}", file=sys.stderr)
        return 1
    return code


if __name__ == "__main__":
    sys.exit(main())
