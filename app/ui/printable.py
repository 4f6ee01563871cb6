"""The warning a record's dialog gives before it saves text the documents cannot print."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QMessageBox, QWidget

from app.services import printable
from app.ui.i18n import translate


def warning_text(found: Mapping[str, set[str]]) -> str:
    """The warning for the characters found, each shown isolated so it reads in its own direction."""
    characters = " ".join(f"\u2068{ch}\u2069" for ch in sorted(set().union(*found.values())))
    return translate(
        "Printable",
        "No font of the documents has these characters: {characters}. Letters and other documents will show "
        "\ufffd in their place. Save anyway?",
    ).format(characters=characters)


def confirm_printable(
    parent: QWidget, values: Mapping[str, object], fields: list[str] | tuple[str, ...]
) -> bool:
    """True to go on saving: every text prints, or the user chose to save anyway after the warning."""
    found = printable.unprintable_fields(values, fields)
    if not found:
        return True
    answer = QMessageBox.warning(
        parent,
        parent.windowTitle(),
        warning_text(found),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    return answer == QMessageBox.StandardButton.Save
