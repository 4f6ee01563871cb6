"""Alembic environment: runs on the connection handed over by db.migrate (one transaction)."""

from alembic import context
from sqlalchemy import create_engine

import db.models
from db.base import Base

db.models.load_all()  # every table on Base.metadata

config = context.config
connection = config.attributes.get("connection")


def run(conn) -> None:  # type: ignore[no-untyped-def]
    context.configure(connection=conn, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    run(connection)
else:  # command-line use (alembic revision --autogenerate) on a scratch database
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as conn:
        run(conn)
