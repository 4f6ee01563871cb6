"""The ground floor of IVC Desk: schema, engine and sessions, migrations and SQLite's own operations.

Imports nothing from app/. What is SQLite's own (pragmas, the backup API, integrity checks) stays here.
"""

# The Alembic revision the code expects. Checked at start without importing Alembic; a test proves it
# equals the head of db/migrations/versions.
SCHEMA_REVISION = "0013_address"
