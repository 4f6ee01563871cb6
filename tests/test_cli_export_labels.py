"""Every register's exported workbook writes its kinds, statuses and languages as labels a person reads
("Report filed"), never as the program's codes (`report_filed`) (#14)."""

import re
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.test_cli import ivc

# A program code: lower case words joined by underscores, or a bare two-letter language code.
CODE = re.compile(r"^(?:[a-z]+(?:_[a-z]+)+|[a-z]+|fa|en)$")
COLUMNS = {"status", "kind", "language", "state"}


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("cli-export-labels")
    result = ivc(home, "demo", "--size", "60")
    assert result.returncode == 0, result.stderr
    return home


@pytest.mark.parametrize(
    ("register", "expected"),
    [
        ("letters", {"Issued", "English", "Persian"}),
        ("visits", {"Report filed"}),
        ("meetings", {"Held"}),
        ("ordinances", {"Issued"}),
        ("people", {"Faculty member", "Foreign guest"}),
        ("units", {"Department", "Hospital"}),
        ("agreements", {"Active"}),
        ("funding", {"Paid"}),
    ],
)
def test_every_register_exports_labels_not_codes(demo_home, tmp_path, register, expected):
    target = tmp_path / f"{register}.xlsx"
    result = ivc(demo_home, "export", register, "-o", str(target))
    assert result.returncode == 0, result.stderr
    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    headers = [str(h or "").lower() for h in rows[0]]
    columns = [i for i, h in enumerate(headers) if h in COLUMNS]
    assert columns, headers
    seen = {row[i] for row in rows[1:] for i in columns}
    codes = {value for value in seen if isinstance(value, str) and CODE.match(value)}
    assert not codes, f"{register} exports codes {sorted(codes)}"
    assert expected <= seen, sorted(map(str, seen))
