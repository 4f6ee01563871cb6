"""Where IVC Desk keeps its files: one place, overridable for tests and portable installs.

The data folder is IVC_DESK_HOME when set (or --data-dir, which sets it), otherwise the user data
folder from platformdirs. Everything else (database, backups, attachments, exports, issued documents)
lives below it.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

from app.common import clock

ENV_HOME = "IVC_DESK_HOME"
APP_NAME = "ivc-desk"
DB_FILENAME = "ivc-desk.sqlite3"
# "ivc-desk-s000042-20261201-210000-close.sqlite3": the backup's place in the order it was made (s…),
# then the clock's time; names without the sequence are from older versions and come before all others.
_BACKUP_NAME = re.compile(r"^ivc-desk-(?:s(\d+)-)?(\d{8}-\d{6})(?:-(\d+))?-([a-z-]+)\.sqlite3$")


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


def parse_backup_name(path: Path) -> tuple[int, dt.datetime, int, str] | None:
    """A backup's name read back: (sequence, the clock's time, n of a second one in that second, reason)."""
    match = _BACKUP_NAME.match(path.name)
    if not match:
        return None
    taken = dt.datetime.strptime(match.group(2), "%Y%m%d-%H%M%S")
    return int(match.group(1) or 0), taken, int(match.group(3) or 0), match.group(4)


def _next_backup_sequence(folder: Path) -> int:
    found = [parse_backup_name(p) for p in folder.glob("ivc-desk-*.sqlite3")] if folder.is_dir() else []
    return max((p[0] for p in found if p is not None), default=0) + 1


def backup_path(reason: str, when: dt.datetime | None = None) -> Path:
    """Where the next backup goes: named by its place in the order backups were made, then the clock's
    time."""
    when = when or clock.now()
    folder = backups_dir()
    sequence = _next_backup_sequence(folder)
    target = folder / f"ivc-desk-s{sequence:06d}-{when:%Y%m%d-%H%M%S}-{reason}.sqlite3"
    n = 1
    while target.exists():  # two backups at once: both kept
        target = folder / f"ivc-desk-s{sequence:06d}-{when:%Y%m%d-%H%M%S}-{n}-{reason}.sqlite3"
        n += 1
    return target


ENV_SHARED = "IVC_DESK_SHARED"


def shared_dir() -> Path:
    """Where issued documents and attachments live: the data folder on one PC; with the office's server,
    the shared folder every PC reaches (IVC_DESK_SHARED, or the one named in Settings › Database)."""
    override = os.environ.get(ENV_SHARED)
    if override:
        return Path(override).expanduser()
    try:
        import json

        choice = json.loads((data_dir() / "database.json").read_text(encoding="utf-8"))
        if choice.get("engine") == "server" and choice.get("shared_folder"):
            return Path(choice["shared_folder"]).expanduser()
    except (OSError, ValueError, AttributeError):
        pass
    return data_dir()


def attachments_dir() -> Path:
    return shared_dir() / "attachments"


def documents_dir() -> Path:
    """Issued documents (stored PDFs) so that a reprint is the same file (shared by every PC on a server)."""
    return shared_dir() / "documents"


def exports_dir() -> Path:
    return data_dir() / "exports"


def ensure_data_dir() -> Path:
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    make_private(folder)
    return folder


PRIVATE_FOLDER, PRIVATE_FILE = 0o700, 0o600
# What IVC Desk keeps in its data folder (which --data-dir may point at a folder that holds other things too,
# left alone): the database and its companions, the lock, the logo, and these folders.
OWN_FOLDERS = ("backups", "attachments", "documents", "exports", "logs")
OWN_PREFIXES = ("ivc-desk", "logo")


def make_private(folder: Path) -> None:
    """On POSIX, the data folder is the owner's alone: passports and personal data are in it.

    From here on this process creates files only the owner may read (umask 077: the database, and the
    -wal, -shm and journal files SQLite makes with the database's mode, backups, the lock, the log). What
    IVC Desk made before, by an older version or under a looser umask, is tightened (the database's own
    files at every start, the folders' contents once, when the data folder is found open to others). A
    folder we may not change (a share) is left as it is.
    """
    if os.name != "posix":
        return
    os.umask(0o077)
    try:
        for entry in folder.iterdir():
            if entry.is_file() and entry.name.startswith(OWN_PREFIXES):
                _tighten(entry, PRIVATE_FILE)
        if folder.stat().st_mode & 0o077 == 0:
            return
        for name in OWN_FOLDERS:
            if (folder / name).is_dir():
                _tighten(folder / name, PRIVATE_FOLDER)
                for parent, folders, files in os.walk(folder / name):
                    for item in (*folders, *files):
                        _tighten(Path(parent) / item, PRIVATE_FOLDER if item in folders else PRIVATE_FILE)
        os.chmod(folder, PRIVATE_FOLDER)
    except OSError:
        return


def _tighten(path: Path, mode: int) -> None:
    try:
        if not path.is_symlink():
            os.chmod(path, mode)
    except OSError:
        pass
