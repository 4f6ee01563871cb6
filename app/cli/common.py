"""What the command line's commands share: the one-sentence usage error, the database opened, and the
folder of a file named on the command line checked."""

from __future__ import annotations

from pathlib import Path


class UsageError(Exception):
    """A command line mistake, said in one sentence."""


def _writable_folder(target: Path) -> None:
    """A file named on the command line goes into a folder that exists: none is made behind the user's
    back."""
    if not target.parent.is_dir():
        raise UsageError(f"the folder {target.parent} does not exist; nothing was written (create it first)")


def _open(readonly: bool = False) -> None:
    from app.services import context

    context.open_database(readonly=readonly)
