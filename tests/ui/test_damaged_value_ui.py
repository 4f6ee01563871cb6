"""A value that cannot be read on the first page (a passport number that is not UTF-8, damage quick_check
does not see) is handled like damage at start: set aside, the newest good backup offered, and never the
"Something unexpected went wrong" message."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from app.services import backups, context, directory
from tests.db.damage import damage
from tests.ui.test_safety_ui import english, start  # noqa: F401 - the fixture is used by name

GUEST = {"kind": "foreign_guest", "last_name_en": "Weber", "country": "DE", "passport_number": "QQ12345678"}


def test_a_damaged_passport_on_the_first_page_offers_the_newest_good_backup(
    qtbot,
    db,
    english,  # noqa: F811
    monkeypatch,
    tmp_path,
):
    from app.services import settings

    settings.save({"setup_done": "1"})
    person = directory.save_person(GUEST)
    backups.take_backup("close")
    context.close_database()
    damage(db, "people", "passport_number", person, "QQ12345678", b"QQ\xff\xfe345678")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warned.append(text))
    window, _startup, asked, shown = start(qtbot, monkeypatch)
    window.tabs.setCurrentIndex(
        1
    )  # the directory: its first page holds the damaged value (Today does not show it)
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert "passport_number" in asked[0] and f"people {person}" in asked[0]
    assert "Restore the newest good backup" in asked[0]
    assert shown == [] and not any("unexpected" in text for text in warned)
    qtbot.waitUntil(lambda: directory.list_people().total == 1, timeout=10_000)
    assert window.tabs.count() >= 6
    assert list((db.parent / "backups").glob("damaged-*"))
    window.grab().save(str(tmp_path / "after-recovery.png"))
