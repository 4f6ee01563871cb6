"""Lists follow another PC's changes: the watcher reloads when the change counter moved, not otherwise."""

from __future__ import annotations

from app.services import context, directory


def test_the_watcher_reloads_after_another_pcs_change_only(qtbot, db):
    from PySide6.QtWidgets import QWidget

    from app.ui.refresh import ChangeWatcher
    from db.engine import Database
    from db.models import Unit

    owner = QWidget()
    qtbot.addWidget(owner)
    reloads: list[int] = []
    watcher = ChangeWatcher(owner, lambda: reloads.append(1), seconds=60)
    assert not watcher.poll() and reloads == []
    database = context.database()
    other = Database(database.path) if database.path is not None else Database(url=database.url)
    try:
        with other.writing() as session:
            session.add(
                Unit(
                    kind="department",
                    name_en="Anatomy",
                    name_fa="آناتومی",
                    name_key="آناتومی",
                    search_key="anatomy",
                )
            )
    finally:
        other.dispose()
    assert watcher.poll() and reloads == [1]
    assert not watcher.poll() and reloads == [1]
    directory.save_person({"kind": "staff", "first_name_en": "Sara", "last_name_en": "Karimi"})
    assert watcher.poll() and reloads == [1, 1]
