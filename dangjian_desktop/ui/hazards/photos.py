"""Photos of a hazard: any image Qt reads, turned upright, scaled to at most 1600 px, JPEG
(``ui.common.photo.photo_from_file`` with the hazard's limits)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImageReader, QPixmap

from dangjian_desktop.domain.hazard_rules import PHOTO_MAX_PX
from dangjian_desktop.ui.common.photo import photo_from_file

JPEG_QUALITY = 85


def image_filter() -> str:
    """The file dialog's filter: every format this Qt reads."""
    kinds = sorted({bytes(f.data()).decode().lower() for f in QImageReader.supportedImageFormats()})
    return "图片 (" + " ".join(f"*.{k}" for k in kinds) + ");;所有文件 (*)"


def load_as_jpeg(path: str) -> bytes:
    """The image at ``path`` as JPEG bytes, the longer side at most PHOTO_MAX_PX; a file that is
    not an image Qt can read (or over 20 MB) is a ValidationError naming it."""
    return photo_from_file(path, max_side=PHOTO_MAX_PX, max_jpeg=None, qualities=(JPEG_QUALITY,))


def thumbnail(jpeg: bytes, width: int = 96, height: int = 72) -> QPixmap:
    pix = QPixmap()
    pix.loadFromData(jpeg, "JPEG")
    return pix.scaled(width, height, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
