"""A member's photo from an image file: any image Qt reads, scaled to at most 600 px on its
longer side and stored as a JPEG under 200 KB (``services.zones.set_photo`` keeps it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QImageReader, QImageWriter, QPixmap

from dangjian_desktop.domain.errors import ValidationError

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_SIDE = 600
MAX_JPEG = 200 * 1024


def photo_from_file(path: str | Path) -> bytes:
    """The JPEG to store, or ValidationError saying why the file cannot be a photo."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ValidationError(f"无法读取文件“{path.name}”。") from exc
    if size > MAX_FILE_BYTES:
        raise ValidationError(f"文件“{path.name}”过大（{size / 1024 / 1024:.1f} MB），照片文件最大 20 MB。")
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    image = reader.read()
    if image.isNull():
        raise ValidationError(f"文件“{path.name}”不是可识别的图片，请选择 JPG、PNG、BMP 等图片文件。")
    return jpeg_from_image(image)


def jpeg_from_image(image: QImage) -> bytes:
    if max(image.width(), image.height()) > MAX_SIDE:
        image = image.scaled(MAX_SIDE, MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    for quality in (88, 80, 70, 60, 50, 40, 30):
        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QImageWriter(buf, QByteArray(b"jpeg"))
        writer.setQuality(quality)
        writer.write(image)
        buf.close()
        out = bytes(data.data())
        if len(out) <= MAX_JPEG:
            return out
    raise ValidationError("照片压缩后仍超过 200 KB，请换一张图片。")


def pixmap(jpeg: bytes | None, width: int, height: int) -> QPixmap | None:
    if not jpeg:
        return None
    pm = QPixmap()
    if not pm.loadFromData(jpeg):
        return None
    return pm.scaled(width, height, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
