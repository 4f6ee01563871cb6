"""The Persian translation is complete: every string in the code is in the .ts, translated, placeholders
kept."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "ivc_desk_fa.ts"
PLACEHOLDER = re.compile(r"%\d|\{\{?[a-z_]+(?::[^}]*)?\}?\}")


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            found[(context.findtext("name"), message.findtext("source"))] = message.find("translation")
    return found


def test_every_message_is_translated_with_its_placeholders():
    for (context, source), translation in messages(TS).items():
        assert translation.get("type") is None and translation.text, (context, source)
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation.text)), (
            context,
            source,
        )
        accelerators = [text.replace("&&", "").count("&") for text in (source, translation.text)]
        assert accelerators[0] == accelerators[1], (context, source)  # menu shortcuts kept


def test_the_ts_holds_every_string_of_the_code(tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    fresh = tmp_path / "fresh.ts"
    shutil.copyfile(TS, fresh)
    sources = sorted(str(p) for p in (ROOT / "app").rglob("*.py"))
    subprocess.run(
        [str(lupdate), "-no-obsolete", "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert set(messages(fresh)) == set(messages(TS)), "run `make lupdate` and translate the new strings"
