"""Test set-up: offscreen Qt before any Qt import, a temporary data folder per test, and a template
database built (migrated) once per run and copied for each test that needs one."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest  # noqa: E402

TEST_SIGNATORY = {"name_fa": "دکتر علی محمدی", "name_en": "Dr. Ali Mohammadi",
                  "title_fa": "معاون بین‌الملل دانشکده پزشکی", "title_en": "International Vice-Chancellor, School of Medicine"}


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database at the head revision, made once, with the vice-chancellor as its signatory (as
    the welcome dialog records it): documents are issued only with a signatory."""
    import json

    from app.services import context
    from db.models import Setting

    folder = tmp_path_factory.mktemp("template")
    context.open_database(folder / "template.sqlite3")
    with context.database().writing() as session:  # as set up, with no change of its own in the audit log
        for field, value in TEST_SIGNATORY.items():
            session.add(Setting(key=f"signatory_{field}", value=json.dumps(value, ensure_ascii=False)))
    context.close_database()
    return folder / "template.sqlite3"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty data folder for this test (IVC_DESK_HOME points at it)."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("IVC_DESK_HOME", str(folder))
    return folder


@pytest.fixture
def db(data_dir: Path, template_db: Path) -> Iterator[Path]:
    """An open, empty, migrated database in this test's data folder."""
    from app import paths
    from app.services import context

    target = paths.database_path()
    shutil.copyfile(template_db, target)
    context.open_database(target)
    context.set_actor("tester")
    yield target
    context.close_database()


@pytest.fixture
def qt_settings(tmp_path: Path) -> Iterator[None]:
    """Interface preferences (QSettings) kept in this test's folder, not the user's."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    yield


def _pdf_text(pdf: bytes) -> str:
    """The text of a PDF as a reader would type it: NFKC (presentation forms undone), ZWNJ removed, and
    runs of Persian digits turned back (the extractor applies its own right-to-left reordering to them)."""
    import io
    import re
    import unicodedata

    from pypdf import PdfReader

    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    text = unicodedata.normalize("NFKC", text).replace("\u200c", "")
    return re.sub(r"[۰-۹][۰-۹/:.]*[۰-۹]", lambda m: m.group(0)[::-1], text)


@pytest.fixture
def pdf_text():
    """pdf_text(bytes) -> str: a PDF's text for assertions in either language."""
    return _pdf_text


@pytest.fixture
def frozen_clock() -> Iterator[Callable[[dt.datetime], None]]:
    """frozen_clock(at): the program's clock (app.common.clock) stands at `at`, local time, until the test
    ends; call it again to move the clock. Unused, tests run on the real clock (CI also runs them under
    faketime at Jalali year boundaries)."""
    from app.common import clock

    yield clock.freeze
    clock.freeze(None)
