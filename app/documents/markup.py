"""The one gate between user text and anything that reads markup (ReportLab's Paragraph and friends).

Letters are drawn line by line on the canvas, where no markup is read; but every other place that hands
user text to ReportLab markup must pass it through `escape()`, so that what a user types (`<img src=...>`,
`<font name=...>`, `<a href=...>`, `&amp;`) is printed literally and can never make the PDF load a file or
an address.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape as _xml_escape

from app.common.text import balance_bidi

# Every character str.splitlines() breaks at: one paragraph break for the callers, whatever the source
# (Windows clipboards bring \r\n, old files \r, Word U+2028). Bidi class B characters are among them, so
# the bidi algorithm never meets a paragraph separator inside a line.
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# C0/C1 controls other than \t and \n, DEL, lone surrogates (which cannot even be encoded in UTF-8), and
# invisible format characters pasted from word processors that would print as a stray hyphen (soft hyphen)
# or a box (word joiner, byte order mark, interlinear annotation marks...). ZWNJ, ZWJ and the directional
# marks stay: they change how Persian is drawn.
_CONTROLS = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\u00ad\u180e\u2060-\u2064\u206a-\u206f\ufeff\ufff9-\ufffb]"
)


def clean(text: str) -> str:
    """User text made safe to draw: line breaks unified to \\n, control and invisible characters removed,
    and embeddings, overrides and unclosed isolates too (`balance_bidi`, each paragraph on its own: text
    stored before they were cleaned on saving must not turn the rest of a letter around).

    Tabs are kept: callers draw them as spaces.
    """
    text = _CONTROLS.sub("", _LINE_BREAKS.sub("\n", text))
    return "\n".join(map(balance_bidi, text.split("\n"))) if "\n" in text else balance_bidi(text)


def escape(text: str) -> str:
    """User text ready for ReportLab markup: `<`, `>` and `&` printed literally, control characters removed.

    `xml.sax.saxutils.unescape(escape(s)) == clean(s)`: nothing but control and invisible characters is lost.
    """
    return _xml_escape(clean(text))
