"""Where IVC Desk keeps its files: one place, overridable for tests and portable installs.

The data folder is IVC_DESK_HOME when set (or --data-dir, which sets it), otherwise the user data
folder from platformdirs. Everything else (database, backups, attachments, exports, issued documents)
lives below it.
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_HOME = "IVC_DESK_HOME"
APP_NAME = "ivc-desk"
DB_FILENAME = "ivc-desk.sqlite3"


def data_dir() -> Path:
    override = os.environ.get(ENV_HOME)
    if override:
        return Path(override).expanduser().resolve()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def set_data_dir(path: str | os.PathLike[str]) -> Path:
    """Point every later path at another data folder (what --data-dir does)."""
    resolved = Path(path).expanduser().resolve()
    os.environ[ENV_HOME] = str(resolved)
    return resolved


def database_path() -> Path:
    return data_dir() / DB_FILENAME


def backups_dir() -> Path:
    return data_dir() / "backups"


def attachments_dir() -> Path:
    return data_dir() / "attachments"


def documents_dir() -> Path:
    """Issued documents (stored PDFs) so that a reprint is the same file."""
    return data_dir() / "documents"


def exports_dir() -> Path:
    return data_dir() / "exports"


def ensure_data_dir() -> Path:
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder
