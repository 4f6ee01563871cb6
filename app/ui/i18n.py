"""Language, direction and calendar of the interface, set once for the whole application at start."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.common import dates
from app.defaults import SUPPORTED_LANGUAGES, UI_DEFAULTS
from app.resources import resource_path
from app.services.errors import ServiceError

_state = {"lang": "fa", "calendar": dates.JALALI}
_translators: list[QTranslator] = []


def settings() -> QSettings:
    # The default format (native: the registry on Windows, an .ini file elsewhere); tests point it at their
    # folder.
    return QSettings(QSettings.defaultFormat(), QSettings.Scope.UserScope, "IVC Desk", "IVC Desk")


def preference(key: str) -> str:
    value = settings().value(key, UI_DEFAULTS[key])
    return str(value) if value is not None else UI_DEFAULTS[key]


def set_preference(key: str, value: str) -> None:
    settings().setValue(key, value)


def language() -> str:
    """The interface language of this run: "fa" or "en"."""
    return _state["lang"]


def calendar() -> str:
    """The calendar dates are shown and entered in: dates.JALALI or dates.GREGORIAN."""
    return _state["calendar"]


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def error_text(error: ServiceError) -> str:
    """A service's error as the user reads it: translated, with numbers in the interface's digits, and each
    value (a path, a name, SQLite's own words) isolated so it reads in its own direction inside the
    sentence."""
    return error.text(translate, digits, isolated)


def isolated(value: object) -> str:
    """A value set in a sentence in its own direction (first-strong isolate), so that it cannot reorder the
    words and numbers around it: a Persian title beside an English date, or the reverse."""
    return f"\u2068{value}\u2069"


def install(app: QApplication, lang: str | None = None) -> str:
    """Load translators, set the direction and the default locale for the whole app; return the language."""
    lang = lang or preference("ui/language")
    if lang not in SUPPORTED_LANGUAGES:
        lang = "fa"
    _state["lang"] = lang
    chosen = preference("ui/calendar")
    _state["calendar"] = chosen if chosen in dates.CALENDARS else dates.default_calendar(lang)
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    if lang == "fa":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (("qtbase_fa", qt_dir), ("ivc_desk_fa", str(resource_path("translations")))):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _translators.append(translator)
        QLocale.setDefault(QLocale(QLocale.Language.Persian, QLocale.Country.Iran))
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        _use_persian_font(app)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return lang


def _use_persian_font(app: QApplication) -> None:
    font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", "Vazirmatn-Regular.ttf")))
    QFontDatabase.addApplicationFont(str(resource_path("fonts", "Vazirmatn-Bold.ttf")))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        font = QFont(families[0])
        font.setPointSizeF(max(app.font().pointSizeF(), 9.5))
        app.setFont(font)


def format_date(day: dt.date | None, style: str = "short") -> str:
    """A date in the interface's calendar and digits."""
    return dates.format_date(day, calendar(), language(), style)


def date_tooltip(day: dt.date | None) -> str:
    """The same date in the other calendar, for tooltips."""
    return dates.format_date(day, dates.other_calendar(calendar()), language(), "long")


def digits(text: str) -> str:
    """Numbers in the interface's digits."""
    from app.common.text import digits_for

    return digits_for(text, language())
