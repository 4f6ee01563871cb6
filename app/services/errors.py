"""Typed errors the services raise; the UI and the command line turn them into one clear sentence.

Messages are English source text marked for translation in the "errors" context; the UI translates
them with Qt, and {name} placeholders are filled after translation.
"""

from __future__ import annotations

from collections.abc import Callable

CONTEXT = "errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `text` for translation without translating it here (services know no Qt)."""
    return text


class InLanguages:
    """A value of a message written in each language, such as people's names: "Dr. Mohammad Najafi" in
    the English sentence, «دکتر محمد نجفی» in the Persian one (either falls back to the other)."""

    def __init__(self, en: str, fa: str) -> None:
        self.en, self.fa = en or fa, fa or en

    def __str__(self) -> str:
        return self.en


class ServiceError(Exception):
    """A user's request the office's rules refuse; nothing was changed."""

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message)
        self.message = message
        self.params = params

    def text(
        self,
        translate: Callable[[str, str], str] | None = None,
        digits: Callable[[str], str] = str,
        words: Callable[[str], str] = str,
    ) -> str:
        """The message, translated when `translate` is given; numbers written with `digits`, other values
        (names, paths, reasons) passed through `words`; a value given in both languages (InLanguages) in
        the message's: Persian exactly when the Persian translation of the message is installed."""
        template = translate(CONTEXT, self.message) if translate else self.message
        lang = "fa" if template != self.message else "en"
        params = {
            k: digits(str(v))
            if isinstance(v, int)
            else words(v.fa if lang == "fa" else v.en)
            if isinstance(v, InLanguages)
            else words(str(v))
            for k, v in self.params.items()
        }
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return template

    def __str__(self) -> str:
        return self.text()


class ValidationError(ServiceError):
    """Bad input in one field: `field` names it so the UI can show the message next to it."""

    def __init__(self, field: str, message: str, **params: object) -> None:
        super().__init__(message, **params)
        self.field = field


class FieldErrors(ValidationError):
    """Several bad fields of one form at once: the first one's field and message (so a caller that knows
    one field still reads it), and every one in `errors`, in the form's order."""

    def __init__(self, errors: list[ValidationError]) -> None:
        first = errors[0]
        super().__init__(first.field, first.message, **first.params)
        self.errors = list(errors)


class NotFoundError(ServiceError):
    """The record asked for does not exist (or no longer exists)."""


class StateError(ServiceError):
    """The record's state does not allow this (e.g. editing an issued letter)."""
