"""The application as a secretary meets it: first run, tabs, shortcuts, settings."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.services import letters, settings
from app.ui import application, i18n
from app.ui.main_window import MainWindow


def start(qtbot, exit_after_start=False):
    app = QApplication.instance()
    i18n.install(app, "en")
    window = MainWindow()
    qtbot.addWidget(window)
    startup = application.Startup(app, window, exit_after_start)
    window.show()
    qtbot.waitUntil(lambda: window.tabs.count() >= 7, timeout=10_000)
    return window, startup


def test_first_run_welcome_with_sample_data_then_tabs(qtbot, data_dir, qt_settings):
    def welcome():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, welcome)
            return
        dialog.form.edits["university_en"].setText("Tehran University of Medical Sciences")
        dialog.form.edits["signatory_name_en"].setText("Dr. Sara Ahmadi")
        dialog.sample.setChecked(True)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, welcome)
    window, _startup = start(qtbot)
    assert settings.is_set_up()
    assert settings.load()["signatory_name_en"] == "Dr. Sara Ahmadi"
    tabs = ["Today", "Directory", "Letters", "Meetings", "Visits", "Funding", "Ordinances"]
    assert [window.tabs.tabText(i) for i in range(7)] == tabs
    assert window.tabs.currentIndex() == 0  # Today is the default tab
    today_tab = window.tabs.widget(0)
    qtbot.waitUntil(lambda: today_tab.report is not None, timeout=10_000)
    window.tabs.setCurrentIndex(1)
    directory_tab = window.tabs.widget(1).inner
    qtbot.waitUntil(lambda: directory_tab.people.view.model.total == 300)
    window.tabs.setCurrentIndex(2)
    assert (
        window.tabs.widget(2).inner.page.view.model.total == letters.list_letters().total >= 24
    )  # with invitations
    window.tabs.setCurrentIndex(4)
    assert window.tabs.widget(4).inner.page.view.model.total == 300

    # Ctrl+F puts the cursor in the current tab's filter box
    window.tabs.setCurrentIndex(1)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(directory_tab.people.view.search.hasFocus)


def test_settings_dialog_refuses_a_bad_number_format(qtbot, db, qt_settings):
    settings.save({"setup_done": "1"})
    from app.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.office["letter_number_format"].setText("{year}/IVC")
    dialog.accept()
    assert dialog.letters.error_text("letter_number_format") == "The format must contain {seq} once."
    assert settings.load()["letter_number_format"] == "{year}/{seq:04d}/IVC"
    dialog.office["letter_number_format"].setText("{year}-{seq:03d}")
    dialog.profile.setText("Secretary Mina")
    dialog.accept()
    assert settings.load()["letter_number_format"] == "{year}-{seq:03d}"
    assert i18n.preference("ui/profile") == "Secretary Mina"


def test_settings_dialog_shows_the_next_letter_number_or_why_the_format_cannot_be(
    qtbot, db, qt_settings, monkeypatch
):
    import datetime as dt

    from PySide6.QtWidgets import QApplication

    from app.common import dates
    from app.services import letters

    i18n.install(QApplication.instance(), "en")
    monkeypatch.setattr(dates, "today", lambda: dt.date(2026, 11, 24))
    letters.issue_letter(letters.save_draft({"lang": "en", "recipient": "A", "subject": "S", "body": "B"}))
    from app.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.example.text() == "1405/0002/IVC"
    dialog.office["letter_number_format"].setText("{year}/L{seq:03d}")
    assert dialog.example.text() == "1405/L002"
    dialog.office["letter_number_format"].setText("{seq:04d}/IVC")
    assert dialog.example.text() == "—" and "{year}" in dialog.letters.error_text("letter_number_format")
    dialog.office["letter_number_format"].setText("{year}/{seq:04d}/IVC-H")
    shown = dialog.letters.error_text("letter_number_format")
    assert dialog.example.text() == "—" and "same number" in shown and "1399/0001/IVC-H" in shown
    dialog.accept()
    assert settings.load()["letter_number_format"] == "{year}/{seq:04d}/IVC"
