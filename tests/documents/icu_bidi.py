"""ICU's bidi algorithm (libicu, through ctypes): the reference the documents' visual order is checked
against.

ICU implements the current UAX #9 with bracket pairs and mirroring. The library comes from the system
(Debian's libicu72, installed by `make system-deps`); its exported names carry the version as a suffix.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import re

_DO_MIRRORING = 2
_REMOVE_BIDI_CONTROLS = 8


@functools.cache
def _icu() -> tuple[ctypes.CDLL, str]:
    name = ctypes.util.find_library("icuuc")
    if name is None:
        raise OSError("libicuuc is not installed (Debian: libicu72)")
    lib = ctypes.CDLL(name)
    match = re.search(r"\.so\.(\d+)", name) or re.search(r"(\d+)", name)
    for suffix in ("", f"_{match.group(1)}" if match else ""):
        if hasattr(lib, f"ubidi_open{suffix}"):
            return lib, suffix
    raise OSError(f"{name} exports no ubidi_open")


def _function(name: str, restype: type | None, *argtypes: type) -> ctypes._CFuncPtr:
    lib, suffix = _icu()
    function = getattr(lib, name + suffix)
    function.restype = restype
    function.argtypes = argtypes
    return function


def icu_visual(text: str, rtl: bool) -> str:
    """`text` (one line) in visual order as ICU puts it: mirrored at odd levels, bidi controls removed."""
    open_ = _function("ubidi_open", ctypes.c_void_p)
    close = _function("ubidi_close", None, ctypes.c_void_p)
    set_para = _function(
        "ubidi_setPara",
        None,
        ctypes.c_void_p,
        ctypes.c_char_p,
        ctypes.c_int32,
        ctypes.c_uint8,
        ctypes.c_void_p,
        ctypes.POINTER(ctypes.c_int),
    )
    write = _function(
        "ubidi_writeReordered",
        ctypes.c_int32,
        ctypes.c_void_p,
        ctypes.c_char_p,
        ctypes.c_int32,
        ctypes.c_uint16,
        ctypes.POINTER(ctypes.c_int),
    )
    units = text.encode("utf-16-le")
    length = len(units) // 2
    source = ctypes.create_string_buffer(units + b"\0\0")
    target = ctypes.create_string_buffer(len(units) + 2)
    error = ctypes.c_int(0)
    bidi = open_()
    try:
        set_para(bidi, source, length, 1 if rtl else 0, None, ctypes.byref(error))
        if error.value > 0:
            raise OSError(f"ubidi_setPara failed: {error.value}")
        written = write(bidi, target, length + 1, _DO_MIRRORING | _REMOVE_BIDI_CONTROLS, ctypes.byref(error))
        if error.value > 0:
            raise OSError(f"ubidi_writeReordered failed: {error.value}")
    finally:
        close(bidi)
    return target.raw[: written * 2].decode("utf-16-le")
