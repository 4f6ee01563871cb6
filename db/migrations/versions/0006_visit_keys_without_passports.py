"""visits' search keys without the guests' passport numbers (privacy)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 21:20:00

Search keys are not private data: they are copied into indexes and matched by any search. Until now a
visit's key held its guests' passport numbers; this step takes them out of every stored key. The keys
are otherwise left as they were (the program no longer puts passport numbers in them).
"""

from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
KEY_LENGTH = 2000


def _token(passport: str) -> str:
    """A passport number as the search key holds it (the key's normal form, for Latin letters and digits)."""
    return passport.translate(_DIGITS).casefold().strip()


def without_passports(key: str, passports: set[str]) -> str:
    words = key.split(" ")
    kept = [w for w in words if w not in passports]
    # a key cut at its length limit may end in the first characters of a passport number
    if len(key) >= KEY_LENGTH and kept and kept[-1] and any(p.startswith(kept[-1]) for p in passports):
        kept.pop()
    return " ".join(kept)


def upgrade() -> None:
    connection = op.get_bind()
    rows = connection.execute(sa.text(
        "SELECT v.id, v.search_key, p.passport_number FROM visits v JOIN visit_guests g ON g.visit_id = v.id "
        "JOIN people p ON p.id = g.person_id WHERE p.passport_number != ''"
    ))
    keys: dict[int, str] = {}
    passports: dict[int, set[str]] = {}
    for visit_id, key, passport in rows:
        keys[visit_id] = key or ""
        passports.setdefault(visit_id, set()).add(_token(passport))
    for visit_id, key in keys.items():
        new = without_passports(key, passports[visit_id])
        if new != key:
            connection.execute(sa.text("UPDATE visits SET search_key = :key WHERE id = :id"),
                               {"key": new, "id": visit_id})


def downgrade() -> None:
    pass  # the passport numbers are not put back into search keys
