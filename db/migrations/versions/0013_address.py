"""people's titles in both languages and their form of address

Revision ID: 0013_address
Revises: 0013_citizenship
Create Date: 2026-12-02 17:50:00

A person had one title ("Dr.", "Prof.", typed in either script). `title` stays the English title; the new
`title_fa` holds the Persian one (دکتر, پروفسور) and `address_form` how letters address them: "mr"
(جناب آقای / Mr), "ms" (سرکار خانم / Ms) or "" (by title and name only). The old title is carried over: an
English academic title keeps its place and gets its Persian counterpart, a Persian one moves to `title_fa`
and gets its English counterpart, and a form of address typed as a title (Mr., Mrs, جناب آقای) becomes the
person's form of address.
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0013_address"
down_revision = "0013_citizenship"
branch_labels = None
depends_on = None

# written out here, as this revision knows them: English title -> Persian title
ACADEMIC = (("prof", "Prof.", "پروفسور"), ("dr", "Dr.", "دکتر"))
ACADEMIC_FA = (("پروفسور", "Prof."), ("استاد", "Prof."), ("دکتر", "Dr."))
FORMS_EN = {"mr": "mr", "mrs": "ms", "ms": "ms", "miss": "ms", "sir": "mr", "madam": "ms"}
FORMS_FA = (("جناب آقای", "mr"), ("جناب", "mr"), ("آقای", "mr"), ("سرکار خانم", "ms"), ("خانم", "ms"))


def carried(title: str) -> tuple[str, str, str]:
    """The old title as (English title, Persian title, form of address)."""
    text = " ".join(title.split())
    form = ""
    if re.search("[\u0600-\u06ff]", text):
        for words, code in FORMS_FA:
            if text.startswith(words):
                form, text = code, text[len(words) :].strip()
                break
        english = " ".join(en for fa, en in ACADEMIC_FA if fa in text)
        return english[:40], text[:40], form
    first = re.match(r"([A-Za-z]+)\.?\s*", text)
    if first and first.group(1).lower() in FORMS_EN:  # "Mrs", "Mr. Dr."
        form, text = FORMS_EN[first.group(1).lower()], text[first.end() :]
    words = [w.lower() for w in re.split(r"[\s.]+", text) if w]
    persian = " ".join(fa for key, _en, fa in ACADEMIC for w in words if w.startswith(key))
    return text[:40], persian[:40], form


def upgrade() -> None:
    op.add_column("people", sa.Column("title_fa", sa.String(40), nullable=False, server_default=""))
    op.add_column("people", sa.Column("address_form", sa.String(2), nullable=False, server_default=""))
    conn = op.get_bind()
    people = sa.table(
        "people",
        sa.column("id", sa.Integer),
        sa.column("title", sa.String),
        sa.column("title_fa", sa.String),
        sa.column("address_form", sa.String),
    )
    rows = conn.execute(sa.select(people.c.id, people.c.title).where(people.c.title != "")).all()
    for person_id, title in rows:
        english, persian, form = carried(title)
        conn.execute(
            people.update()
            .where(people.c.id == person_id)
            .values(title=english, title_fa=persian, address_form=form)
        )


def downgrade() -> None:
    conn = op.get_bind()
    people = sa.table("people", sa.column("title", sa.String), sa.column("title_fa", sa.String))
    conn.execute(  # a Persian title alone goes back into the one title the old schema had
        people.update().where(people.c.title == "", people.c.title_fa != "").values(title=people.c.title_fa)
    )
    with op.batch_alter_table("people") as batch:
        batch.drop_column("address_form")
        batch.drop_column("title_fa")
