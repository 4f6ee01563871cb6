"""Settings › Database: this computer's own database file, or the office's PostgreSQL server."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.services import connection
from app.services.errors import ServiceError
from app.ui.i18n import error_text
from app.ui.widgets.form import FieldForm


class DatabasePage(QWidget):
    """The choice is this computer's; it takes effect when IVC Desk starts again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        choice = connection.load()
        layout = QVBoxLayout(self)
        self.local = QRadioButton(self.tr("This computer (its own database file)"))
        self.server = QRadioButton(
            self.tr("The office server (PostgreSQL, shared by every PC of the office)")
        )
        self.local.setObjectName("database_local")
        self.server.setObjectName("database_server")
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.server)
        layout.addWidget(self.local)
        layout.addWidget(self.server)
        self.form = FieldForm()
        self.fields: dict[str, QLineEdit] = {}
        for name, caption, value in (
            ("host", self.tr("Server"), choice.server.host),
            ("port", self.tr("Port"), str(choice.server.port)),
            ("database", self.tr("Database"), choice.server.database),
            ("user", self.tr("User"), choice.server.user),
        ):
            edit = QLineEdit(value)
            edit.setObjectName(f"database_{name}")
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            self.fields[name] = self.form.add(name, caption, edit)
        self.password = QLineEdit()
        self.password.setObjectName("database_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in this computer's credential store"))
        self.form.add("password", self.tr("Password"), self.password)
        self.tls = QComboBox()
        self.tls.setObjectName("database_sslmode")
        for mode, caption in (
            ("disable", self.tr("No encryption")),
            ("prefer", self.tr("Encrypted when the server offers it")),
            ("require", self.tr("Always encrypted")),
            ("verify-ca", self.tr("Encrypted, the server's certificate checked")),
            ("verify-full", self.tr("Encrypted, the certificate and the server's name checked")),
        ):
            self.tls.addItem(caption, mode)
        self.tls.setCurrentIndex(max(0, self.tls.findData(choice.server.sslmode)))
        self.form.add("sslmode", self.tr("TLS"), self.tls)
        self.shared = QLineEdit(choice.shared_folder)
        self.shared.setObjectName("database_shared_folder")
        self.shared.setPlaceholderText(self.tr("e.g. \\\\office-server\\ivc-desk or /mnt/ivc-desk"))
        self.form.add(
            "shared_folder", self.tr("Shared folder for issued documents and attachments"), self.shared
        )
        layout.addLayout(self.form)
        row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("database_test")
        self.test_button.clicked.connect(self.test_connection)
        row.addWidget(self.test_button)
        self.result = QLabel()
        self.result.setObjectName("database_result")
        self.result.setWordWrap(True)
        row.addWidget(self.result, 1)
        layout.addLayout(row)
        note = QLabel(
            self.tr(
                "A change takes effect when IVC Desk starts again. On the first connection the "
                "server's database is made (or brought up to date) by IVC Desk itself."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)
        (self.server if choice.engine == connection.SERVER else self.local).setChecked(True)
        self.server.toggled.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        on = self.server.isChecked()
        for widget in (*self.fields.values(), self.password, self.tls, self.shared, self.test_button):
            widget.setEnabled(on)

    def _values(self) -> dict[str, str]:
        return {
            **{name: edit.text() for name, edit in self.fields.items()},
            "sslmode": self.tls.currentData(),
        }

    def test_connection(self) -> None:
        self.form.clear_errors()
        try:
            version = connection.test_connection(self._values(), self.password.text() or None)
        except ServiceError as error:
            if not self.form.show_error(error):
                self.result.setText(error_text(error))
            return
        self.result.setText(self.tr("Connected: PostgreSQL {version}.").replace("{version}", version))

    def save(self) -> None:
        """Keep the choice (raises ServiceError for a field, shown by it)."""
        engine = connection.SERVER if self.server.isChecked() else connection.LOCAL
        try:
            connection.save(engine, self._values(), self.password.text() or None, self.shared.text())
        except ServiceError as error:
            if not self.form.show_error(error):
                self.result.setText(error_text(error))
            raise
