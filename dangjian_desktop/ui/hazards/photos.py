"""Photos of a hazard: any image Qt reads, turned upright, scaled to at most 1600 px, JPEG."""

from __future__ import annotations

import os

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap

from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.domain.hazard_rules import PHOTO_MAX_PX

JPEG_QUALITY = 85
MAX_FILE_BYTES = 20 * 1024 * 1024  # a photo file larger than this is refused before it is read


def image_filter() -> str:
    """The file dialog's filter: every format this Qt reads."""
    kinds = sorted({bytes(f.data()).decode().lower() for f in QImageReader.supportedImageFormats()})
    return "图片 (" + " ".join(f"*.{k}" for k in kinds) + ");;所有文件 (*)"


def load_as_jpeg(path: str) -> bytes:
    """The image at ``path`` as JPEG bytes, the longer side at most PHOTO_MAX_PX; a file that is
    not an image Qt can read is a ValidationError naming it."""
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    try:
        size = os.path.getsize(path)
    except OSError as exc:
        raise ValidationError(f"无法读取文件“{name}”。") from exc
    if size > MAX_FILE_BYTES:
        raise ValidationError(f"文件“{name}”过大（{size / 1024 / 1024:.1f} MB），照片文件最大 20 MB。")
    reader = QImageReader(path)
    reader.setAutoTransform(True)  # a phone's EXIF orientation
    image = reader.read()
    if image.isNull():
        raise ValidationError(f"“{name}”不是可以识别的图片，请选择 JPG、PNG、BMP 等图片文件。")
    if max(image.width(), image.height()) > PHOTO_MAX_PX:
        image = image.scaled(PHOTO_MAX_PX, PHOTO_MAX_PX, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    if image.hasAlphaChannel():
        image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buf, "JPEG", JPEG_QUALITY):  # type: ignore[call-overload]  # (the stubs say bytes; PySide takes str)
        raise ValidationError("图片无法转换为 JPEG。")
    buf.close()
    return bytes(data.data())


def thumbnail(jpeg: bytes, width: int = 96, height: int = 72) -> QPixmap:
    pix = QPixmap()
    pix.loadFromData(jpeg, "JPEG")
    return pix.scaled(width, height, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
