"""Whether the documents can print a text: the check a dialog makes before it saves a name or an address."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from app.documents import fonts


def unprintable(text: str) -> set[str]:
    """The characters of `text` that no font of the documents has; a PDF shows U+FFFD in their place."""
    return fonts.unprintable(text or "")


def unprintable_fields(values: Mapping[str, object], fields: Iterable[str]) -> dict[str, set[str]]:
    """For each of `fields` whose text value holds characters the documents cannot print: those characters."""
    found: dict[str, set[str]] = {}
    for field in fields:
        value = values.get(field)
        if isinstance(value, str) and value:
            missing = unprintable(value)
            if missing:
                found[field] = missing
    return found
