"""One resolver for shipped files (fonts, icons, translations, images).

Works from a checkout, an installed wheel (data files under <prefix>/share/ivc-desk/resources)
and a PyInstaller bundle (sys._MEIPASS/resources).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_root() -> Path:
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates.append(Path(__file__).resolve().parent.parent / "resources")
    candidates.append(Path(sys.prefix) / "share" / "ivc-desk" / "resources")
    for candidate in candidates:
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError(
        "IVC Desk's resources folder is missing; looked in: " + ", ".join(map(str, candidates))
    )


def resource_path(*parts: str) -> Path:
    """The path of a shipped file, e.g. resource_path("fonts", "Vazirmatn-Regular.ttf")."""
    return resources_root().joinpath(*parts)
