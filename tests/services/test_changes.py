"""A change committed on another PC moves the change counter that the interface polls."""

from __future__ import annotations

from app.services import changes, context, directory


def _other_pc():  # type: ignore[no-untyped-def]
    from db.engine import Database

    database = context.database()
    return Database(database.path) if database.path is not None else Database(url=database.url)


def test_another_pcs_change_moves_the_counter_and_a_failed_one_does_not(db):
    before = changes.counter()
    other = _other_pc()
    try:
        from db.models import Unit

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
        after = changes.counter()
        assert after == before + 1
        try:
            with other.writing() as session:
                session.add(
                    Unit(kind="department", name_en="X", name_fa="ایکس", name_key="ایکس", search_key="x")
                )
                session.flush()
                raise RuntimeError("rolled back")
        except RuntimeError:
            pass
        assert changes.counter() == after
        with other.reading() as session:  # reading changes nothing
            session.get(Unit, 1)
        assert changes.counter() == after
    finally:
        other.dispose()
    directory.save_person({"kind": "staff", "first_name_en": "Sara", "last_name_en": "Karimi"})
    assert changes.counter() == after + 1
