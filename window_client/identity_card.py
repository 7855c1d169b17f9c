"""Who is on duty, as clause 5.3.1 asks: the work photo, name, staff number (工号) and unit, at all times.
Full size beside the window's state; compact (a smaller photo and name, a narrower card) while the citizen
rates, so the pad has room, with nothing of the identity left out. The photo comes from the cache beside the
store, so it shows offline too."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from common.ui.accessible import make_accessible
from common.ui.i18n import Retranslating, translate
from common.ui.theme import Surface, TextRole, set_role, set_surface
from common.window.window_view import ClerkCard
from window_client.widgets import text_label


class IdentityCard(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("identity_card")
        set_surface(self, Surface.CARD)
        self.photo = QLabel()
        self.photo.setObjectName("photo")
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        center = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter
        self.caption = text_label("clerk_caption", align=center, wrap=True, muted=True)
        self.name = text_label("clerk_name", TextRole.TITLE, align=center, wrap=True)
        self.number = text_label("clerk_number", align=center, wrap=True)
        self.unit = text_label("clerk_unit", align=center, wrap=True)
        self.unit.setProperty("muted", "true")
        self._layout = QVBoxLayout(self)
        self._layout.addStretch(1)
        self._layout.addWidget(self.caption)
        self._layout.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignHCenter)
        for w in (self.name, self.number, self.unit):
            self._layout.addWidget(w)
        self._layout.addStretch(2)
        self.clerk: ClerkCard | None = None
        self._photo_path: Path | None = None
        self._photo_size = (240, 320)
        self._compact_size = (120, 160)
        self._widths = (340, 250)
        self.compact = False
        self._pixmaps: dict[tuple[str, int, int], tuple[QPixmap, bool]] = {}
        self.retranslate()

    def set_sizes(
        self, photo: tuple[int, int], compact_photo: tuple[int, int], widths: tuple[int, int], margin: int, gap: int
    ) -> None:
        """Photo sizes and card widths, full and compact, for the display mode."""
        self._photo_size, self._compact_size, self._widths = photo, compact_photo, widths
        self._layout.setContentsMargins(margin // 2, margin // 2, margin // 2, margin // 2)
        self._layout.setSpacing(gap // 2)
        self.setFixedWidth(widths[1] if self.compact else widths[0])
        self._show_photo()

    def set_compact(self, compact: bool) -> None:
        """A smaller photo and name on a narrower card (while the citizen rates), or the full card; the
        name, staff number and unit are shown either way."""
        if compact == self.compact:
            return
        self.compact = compact
        set_role(self.name, TextRole.HEADING if compact else TextRole.TITLE)
        self.setFixedWidth(self._widths[1] if compact else self._widths[0])
        self._show_photo()
        self.retranslate()

    def show_clerk(self, clerk: ClerkCard | None, photo: Path | None) -> None:
        changed_photo = photo != self._photo_path or (clerk is None) != (self.clerk is None)
        self.clerk = clerk
        self._photo_path = photo
        if changed_photo:
            self._show_photo()
        self.retranslate()

    def _show_photo(self) -> None:
        width, height = self._compact_size if self.compact else self._photo_size
        self.photo.setFixedSize(width, height)
        if self.clerk is None:
            self.photo.clear()
            self.photo.setVisible(False)
            return
        self.photo.setVisible(True)
        pixmap, real = self._scaled(self._photo_path, width - 4, height - 4)
        self.photo.setProperty("placeholder", not real)
        self.photo.setPixmap(pixmap)

    def _scaled(self, path: Path | None, width: int, height: int) -> tuple[QPixmap, bool]:
        """The photo (or the outline standing in for it) at this size, made once: the card changes size at
        every visit (full, then compact for the rating), and reading and scaling a photo each time shows."""
        stamp = path.stat().st_mtime_ns if path is not None and path.exists() else 0
        key = (f"{path}@{stamp}" if path else "", width, height)
        if key not in self._pixmaps:
            source = QPixmap(str(path)) if path is not None else QPixmap()
            if source.isNull():
                self._pixmaps[key] = (_placeholder(width, height), False)
            else:
                scaled = source.scaled(
                    width, height, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
                self._pixmaps[key] = (scaled, True)
        return self._pixmaps[key]

    @property
    def has_photo(self) -> bool:
        """A real photo is shown (not the outline that stands in until one is fetched)."""
        return self.clerk is not None and self.photo.property("placeholder") is False

    def retranslate(self) -> None:
        clerk = self.clerk
        self.caption.setText(translate("IdentityCard", "Serving you"))
        self.caption.setVisible(clerk is not None)
        if clerk is None:
            self.name.setText(translate("IdentityCard", "No clerk on duty"))
            self.number.setText("")
            self.unit.setText("")
            self.number.setVisible(False)
            self.unit.setVisible(False)
            make_accessible(self, self.name.text(), translate("IdentityCard", "Nobody serves at this window now."))
            return
        number = translate("IdentityCard", "Staff No. {number}").format(number=clerk.number)
        self.number.setVisible(True)
        self.unit.setVisible(bool(clerk.unit))
        self.number.setText(number)
        self.unit.setText(clerk.unit)
        self.name.setText(clerk.name)
        said = translate("IdentityCard", "Serving you: {name}, staff number {number}, {unit}").format(
            name=clerk.name, number=clerk.number, unit=clerk.unit
        )
        make_accessible(self, translate("IdentityCard", "Clerk on duty"), said, speech=said)


def _placeholder(width: int, height: int) -> QPixmap:
    """A grey head and shoulders, until the clerk's photo has been fetched once."""
    pixmap = QPixmap(max(width, 1), max(height, 1))
    pixmap.fill(QColor("#E4E9F0"))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#E4E9F0"))
    painter.setBrush(QColor("#A9B4C4"))
    head = width * 0.42
    painter.drawEllipse(QRectF((width - head) / 2, height * 0.16, head, head * 1.15))
    painter.drawRoundedRect(QRectF(width * 0.12, height * 0.62, width * 0.76, height * 0.5), width * 0.3, width * 0.3)
    painter.end()
    return pixmap
