"""A photo from an image file: any image Qt reads, turned upright (a phone's EXIF orientation),
scaled to at most ``max_side`` px on its longer side and stored as a JPEG. A member's photo (the
defaults): 600 px and under 200 KB (``services.zones.set_photo`` keeps it); a hazard's photos
(``ui.hazards.photos``): 1600 px at one quality, no size cap."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QImageReader, QImageWriter, QPixmap

from dangjian_desktop.domain.errors import DomainError, ValidationError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QPushButton

    from dangjian_desktop.services.uow import Ctx

MAX_FILE_BYTES = 20 * 1024 * 1024  # a photo file larger than this is refused before it is read
MAX_SIDE = 600
MAX_JPEG = 200 * 1024
QUALITIES = (88, 80, 70, 60, 50, 40, 30)  # tried in turn until the JPEG fits under max_jpeg


def photo_from_file(path: str | Path, max_side: int = MAX_SIDE, max_jpeg: int | None = MAX_JPEG,
                    qualities: Sequence[int] = QUALITIES) -> bytes:
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
    return jpeg_from_image(image, max_side, max_jpeg, qualities)


def jpeg_from_image(image: QImage, max_side: int = MAX_SIDE, max_jpeg: int | None = MAX_JPEG,
                    qualities: Sequence[int] = QUALITIES) -> bytes:
    """``image`` as JPEG bytes, its longer side at most ``max_side``: the first of ``qualities``
    whose JPEG is at most ``max_jpeg`` bytes (None: the first, whatever its size)."""
    if max(image.width(), image.height()) > max_side:
        image = image.scaled(max_side, max_side, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    for quality in qualities:
        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QImageWriter(buf, QByteArray(b"jpeg"))
        writer.setQuality(quality)
        if not writer.write(image):
            raise ValidationError("图片无法转换为 JPEG。")
        buf.close()
        out = bytes(data.data())
        if max_jpeg is None or len(out) <= max_jpeg:
            return out
    raise ValidationError(f"照片压缩后仍超过 {(max_jpeg or 0) // 1024} KB，请换一张图片。")


def pixmap(jpeg: bytes | None, width: int, height: int) -> QPixmap | None:
    if not jpeg:
        return None
    pm = QPixmap()
    if not pm.loadFromData(jpeg):
        return None
    return pm.scaled(width, height, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


class PhotoControls:
    """A photo label with 选择照片… and 删除照片 buttons for one person: each choice is stored at
    once (``services.zones.set_photo``); ``on_problem`` shows a refusal, ``on_changed`` follows a change."""

    def __init__(self, ctx: Ctx, label: QLabel, choose_button: QPushButton, clear_button: QPushButton,
                 on_problem: Callable[[DomainError], None], on_changed: Callable[[], None] | None = None) -> None:
        self.ctx, self.label = ctx, label
        self.choose_button, self.clear_button = choose_button, clear_button
        self.on_problem, self.on_changed = on_problem, on_changed
        self.person_id: int | None = None
        choose_button.clicked.connect(self.choose)
        clear_button.clicked.connect(self.clear)

    def set_person(self, person_id: int | None, writable: bool) -> None:
        from dangjian_desktop.services import zones

        self.person_id = person_id
        self.show(zones.get_photo(self.ctx, person_id) if person_id is not None else None)
        for b in (self.choose_button, self.clear_button):
            b.setEnabled(person_id is not None and writable)

    def show(self, jpeg: bytes | None) -> None:
        pm = pixmap(jpeg, self.label.width() - 4, self.label.height() - 4)
        if pm is None:
            self.label.clear()
            self.label.setText("无照片")
        else:
            self.label.setPixmap(pm)

    def choose(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        if self.person_id is None:
            return
        path, _ = QFileDialog.getOpenFileName(self.label.window(), "选择照片", "",
                                              "图片 (*.jpg *.jpeg *.png *.bmp *.gif *.webp *.tif *.tiff);;所有文件 (*)")
        if path:
            self.set_file(path)

    def set_file(self, path: str) -> bool:
        """Read, scale and store the photo of ``path``; False (and the reason shown) if refused."""
        from dangjian_desktop.services import zones

        if self.person_id is None:
            return False
        try:
            jpeg = photo_from_file(path)
            zones.set_photo(self.ctx, self.person_id, jpeg)
        except DomainError as err:
            self.on_problem(err)
            return False
        self.show(jpeg)
        if self.on_changed:
            self.on_changed()
        return True

    def clear(self) -> None:
        from dangjian_desktop.services import zones

        if self.person_id is None:
            return
        try:
            zones.set_photo(self.ctx, self.person_id, None)
        except DomainError as err:
            self.on_problem(err)
            return
        self.show(None)
        if self.on_changed:
            self.on_changed()
