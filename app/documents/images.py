"""Images drawn on many documents (the letterhead logo), prepared once per process.

canvas.drawImage() decodes, deflates (and ASCII85-encodes) an image again for every document: for a
logo that was more than half the time of a whole letter. Here the image's PDF objects are made once and a
copy of them (sharing the same bytes) is added to each document that draws the logo.
"""

from __future__ import annotations

import copy
import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

MAX_PIXELS = 600


class ImageFileError(ValueError):
    """An image file that is missing or that cannot be read as an image."""


@dataclass(frozen=True)
class PreparedImage:
    """An image's PDF objects (colour and, for transparent images, a soft mask), ready to be copied."""

    name: str
    pixel_width: int
    pixel_height: int
    image: pdfdoc.PDFImageXObject
    mask: pdfdoc.PDFImageXObject | None


@lru_cache(maxsize=8)
def _prepare(path: str, mtime_ns: int) -> PreparedImage:
    # mtime_ns is part of the cache key only: a logo replaced in the settings under the same name is read
    # anew.
    try:
        with Image.open(path) as source:
            source.load()
            picture = source.convert("RGBA")
    except (OSError, ValueError, Image.DecompressionBombError) as exc:  # Pillow's "not an image I can read"
        raise ImageFileError(f"Not a readable image: {path}") from exc
    # A logo is printed about an inch wide: more pixels than MAX_PIXELS would only make every PDF heavier.
    picture.thumbnail((MAX_PIXELS, MAX_PIXELS), Image.Resampling.LANCZOS)
    digest = hashlib.sha1(picture.tobytes()).hexdigest()[:16]
    name = f"img{digest}"
    alpha = picture.getchannel("A")
    mask = None
    image = pdfdoc.PDFImageXObject(name, ImageReader(picture.convert("RGB")))
    if alpha.getextrema() != (255, 255):  # some transparency: draw through a soft mask
        mask = pdfdoc.PDFImageXObject(f"{name}a", ImageReader(alpha))
        image.smask = pdfdoc.PDFObjectReference(pdfdoc.xObjectName(mask.name))
    return PreparedImage(name, picture.width, picture.height, image, mask)


def prepare_image(path: str) -> PreparedImage:
    """The image at `path` read and encoded (once per process while the file is unchanged).

    Raises ImageFileError if the file is missing or not an image.
    """
    try:
        mtime_ns = Path(path).stat().st_mtime_ns
    except OSError as exc:
        raise ImageFileError(f"Image file not found: {path}") from exc
    return _prepare(path, mtime_ns)


def draw_image(
    canvas: Canvas, prepared: PreparedImage, x: float, y: float, width: float, height: float
) -> None:
    """Draw a prepared image with its lower left corner at (x, y), `width` by `height` points."""
    doc = canvas._doc  # the canvas keeps its document private; adding an XObject has no public way
    if not doc.hasForm(prepared.name):
        # Each document registers its own copy: registering stamps the object with that document's name
        # for it. The copies share the encoded bytes.
        if prepared.mask is not None:
            doc.addForm(prepared.mask.name, copy.copy(prepared.mask))
        doc.addForm(prepared.name, copy.copy(prepared.image))
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(width, height)
    canvas.doForm(prepared.name)
    canvas.restoreState()
