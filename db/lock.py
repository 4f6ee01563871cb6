"""One writer per database: a lock file beside it, held with the operating system's file lock.

The OS releases the lock when the process ends, however it ends, so a lock left by a crashed program is
recognised at once as stale. The file records host and process id so the second instance can say who
holds the database.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class LockHolder:
    host: str
    pid: int


class DatabaseInUseError(RuntimeError):
    """Another running IVC Desk holds the database."""

    def __init__(self, holder: LockHolder | None) -> None:
        super().__init__(
            f"the database is in use by {holder.host} (process {holder.pid})" if holder else "in use"
        )
        self.holder = holder


def _try_lock(handle) -> bool:  # type: ignore[no-untyped-def]
    if sys.platform == "win32":
        import msvcrt

        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


class InstanceLock:
    """Hold `<database>.lock` for as long as this object is acquired."""

    def __init__(self, database_path: Path) -> None:
        self.path = Path(str(database_path) + ".lock")
        self._handle = None

    def holder(self) -> LockHolder | None:
        try:
            with open(self.path, "rb") as handle:
                handle.seek(1)  # byte 0 is the one locked on Windows, where a locked byte cannot be read
                data = json.loads(handle.read().decode("utf-8") or "{}")
            return LockHolder(str(data["host"]), int(data["pid"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def acquire(self) -> None:
        """Take the lock or raise DatabaseInUseError naming the holder."""
        handle = open(self.path, "a+b")  # noqa: SIM115 - held open for the life of the lock
        if not _try_lock(handle):
            handle.close()
            raise DatabaseInUseError(self.holder())
        # byte 0 is the locked byte on Windows; the holder's description follows it
        record = json.dumps({"host": socket.gethostname(), "pid": os.getpid()}).encode()
        handle.seek(0)
        handle.truncate()
        handle.write(b" " + record)
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            try:
                self._handle.seek(0)
                self._handle.truncate()
            except OSError:
                pass
            self._handle.close()  # closing the file releases the OS lock
            self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None
