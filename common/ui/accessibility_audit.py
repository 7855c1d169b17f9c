"""The shared accessibility audit: walk a screen's widget tree and report what an elderly, visually or
hearing impaired citizen would trip over, against the rules of ``common.readability``.

It returns findings, it does not assert: tests turn them into a readable failure (see
``tests/support/accessibility.py``), and a screen under construction can print them. The kiosk, the
window client's citizen screen and the board are all audited with it, in both modes and languages.

Contrast is measured from what is actually rendered: the screen is grabbed once and, for each piece of
text, the most common colour in the text's box is taken as the background and the strongest ink colour
(ignoring stray anti-aliasing pixels) as the text. So a style sheet, a palette or a paint event that
goes wrong is seen, not what the theme meant to do.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFontInfo, QFontMetrics, QImage, Qt, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from common.readability import DisplayMode, ReadabilityRules, contrast_ratio, rules_for
from common.ui.accessible import speech_text
from common.ui.interactive import INTERACTIVE
from common.ui.theme import HEADING_ROLES, role_of

EXEMPT_PROPERTY = "hall_audit_exempt"
INK_SHARE = 0.02
"""A colour must cover this share of the non-background pixels to count as the text's colour, so a few
anti-aliasing or sub-pixel specks never decide the contrast."""


class FindingKind(StrEnum):
    TEXT_TOO_SMALL = "text_too_small"
    LINE_SPACING = "line_spacing"
    LOW_CONTRAST = "low_contrast"
    SMALL_TARGET = "small_target"
    NO_ACCESSIBLE_NAME = "no_accessible_name"
    NO_ACCESSIBLE_DESCRIPTION = "no_accessible_description"
    NO_SPEECH_TEXT = "no_speech_text"
    CLIPPED_TEXT = "clipped_text"
    OVERFLOW = "overflow"


@dataclass(frozen=True, slots=True)
class Finding:
    kind: FindingKind
    widget: str
    """Where: the path from the screen to the widget, with its text."""
    detail: str

    def __str__(self) -> str:
        return f"{self.kind.value}: {self.widget}: {self.detail}"


def exempt(widget: QWidget, *kinds: FindingKind) -> None:
    """Exempt ``widget`` from some checks; the caller says why in a comment (a scrolling ticker is not clipped)."""
    widget.setProperty(EXEMPT_PROPERTY, ",".join(k.value for k in kinds))


def audit(screen: QWidget, mode: DisplayMode) -> list[Finding]:
    """Everything on the visible ``screen`` (already shown and laid out) that breaks the rules of ``mode``."""
    rules = rules_for(mode)
    screen.ensurePolished()
    image = screen.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    findings: list[Finding] = []
    if not speech_text(screen):
        findings.append(
            Finding(FindingKind.NO_SPEECH_TEXT, _path(screen, screen), "the screen has nothing to read aloud")
        )
    if not screen.accessibleName():
        findings.append(Finding(FindingKind.NO_ACCESSIBLE_NAME, _path(screen, screen), "the screen has no name"))
    for widget in _visible_widgets(screen):
        checks = _Checks(screen, widget, rules, image)
        findings.extend(f for f in checks.run() if f.kind.value not in _exemptions(widget))
    return findings


def format_findings(findings: Iterable[Finding]) -> str:
    return "\n".join(f"  - {f}" for f in findings)


def _exemptions(widget: QWidget) -> set[str]:
    value = widget.property(EXEMPT_PROPERTY)
    return set(value.split(",")) if isinstance(value, str) and value else set()


def _visible_widgets(screen: QWidget) -> list[QWidget]:
    return [screen] + [
        w
        for w in screen.findChildren(QWidget)
        if w.isVisibleTo(screen) and w.width() > 0 and w.height() > 0 and not w.isWindow()
    ]


def text_of(widget: QWidget) -> str:
    """The text a widget shows, or "" if it shows none (a container, a picture)."""
    if isinstance(widget, QLabel):
        return "" if widget.pixmap() is not None and not widget.pixmap().isNull() else widget.text()
    if isinstance(widget, QAbstractButton):
        return widget.text()
    if isinstance(widget, QLineEdit):
        return widget.text() or widget.placeholderText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    shown = getattr(widget, "shown_text", None)
    return shown() if callable(shown) else ""


def _is_interactive(widget: QWidget) -> bool:
    return isinstance(widget, INTERACTIVE) or widget.property("interactive") is True


def _path(screen: QWidget, widget: QWidget) -> str:
    parts = []
    w: QWidget | None = widget
    while w is not None:
        name = type(w).__name__ + (f"#{w.objectName()}" if w.objectName() else "")
        parts.append(name)
        if w is screen:
            break
        w = w.parentWidget()
    path = " > ".join(reversed(parts))
    text = text_of(widget)
    if text:
        short = text.replace("\n", " ")
        path += f' "{short[:40]}{"…" if len(short) > 40 else ""}"'
    return path


def _hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02X}{:02X}{:02X}".format(*rgb)


def _rgb(value: int) -> tuple[int, int, int]:
    return (value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF


def _is_rich(label: QLabel) -> bool:
    fmt = label.textFormat()
    return fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and Qt.mightBeRichText(label.text()))


class _Checks:
    def __init__(self, screen: QWidget, widget: QWidget, rules: ReadabilityRules, image: QImage) -> None:
        self.screen = screen
        self.widget = widget
        self.rules = rules
        self.image = image
        self.where = _path(screen, widget)

    def run(self) -> list[Finding]:
        found: list[Finding] = []
        text = text_of(self.widget)
        if text.strip():
            found += self._text_size()
            found += self._contrast(text)
            found += self._clipping(text)
        if _is_interactive(self.widget):
            found += self._control()
        found += self._overflow()
        return found

    def _finding(self, kind: FindingKind, detail: str) -> Finding:
        return Finding(kind, self.where, detail)

    # --- text ------------------------------------------------------------------------------------

    def _text_size(self) -> list[Finding]:
        font = self.widget.font()
        px = QFontInfo(font).pixelSize()
        role = role_of(self.widget)
        least = self.rules.heading_px if role in HEADING_ROLES else self.rules.body_px
        found = []
        if px < least:
            found.append(self._finding(FindingKind.TEXT_TOO_SMALL, f"{role.value} text is {px} px, needs {least} px"))
        spacing = QFontMetrics(font).lineSpacing() / max(px, 1)
        if spacing < self.rules.line_spacing:
            found.append(
                self._finding(
                    FindingKind.LINE_SPACING,
                    f"line spacing is {spacing:.2f} of the font size, needs {self.rules.line_spacing} "
                    f"(font {QFontInfo(font).family()})",
                )
            )
        return found

    def _text_box(self, text: str) -> QRect:
        """Where the text is drawn inside the widget, in the widget's coordinates."""
        w = self.widget
        if isinstance(w, QLabel) and not _is_rich(w):
            flags = int(w.alignment().value)
            if w.wordWrap():
                flags |= int(Qt.TextFlag.TextWordWrap.value)
            box = QFontMetrics(w.font()).boundingRect(w.contentsRect(), flags, text)
            return box.intersected(w.contentsRect())
        if isinstance(w, QAbstractButton):
            return w.rect().adjusted(6, 6, -6, -6)
        return w.contentsRect()

    def _contrast(self, text: str) -> list[Finding]:
        # Only what can be seen: a label scrolled out of its scroll area's viewport is judged when it is shown.
        box = self._text_box(text).intersected(self.widget.visibleRegion().boundingRect())
        origin = self.widget.mapTo(self.screen, QPoint(0, 0))
        region = box.translated(origin).intersected(self.image.rect())
        if region.width() < 2 or region.height() < 2:
            return []
        part = self.image.copy(region)
        pixels = memoryview(part.constBits()).cast("I")  # type: ignore[arg-type]
        counts = Counter(pixels)
        background, _ = counts.most_common(1)[0]
        ink_total = sum(c for colour, c in counts.items() if colour != background)
        bg = _rgb(background)
        if ink_total == 0:
            return [self._finding(FindingKind.LOW_CONTRAST, f"the text is not visible on {_hex(bg)}")]
        least_count = max(2, int(ink_total * INK_SHARE))
        inks = [_rgb(colour) for colour, c in counts.items() if colour != background and c >= least_count]
        if not inks:
            inks = [_rgb(colour) for colour, _ in counts.most_common(2)[1:]]
        fg = max(inks, key=lambda ink: contrast_ratio(ink, bg))
        ratio = contrast_ratio(fg, bg)
        if ratio + 1e-6 < self.rules.contrast:
            return [
                self._finding(
                    FindingKind.LOW_CONTRAST,
                    f"contrast {ratio:.2f}:1 ({_hex(fg)} on {_hex(bg)}), needs {self.rules.contrast}:1",
                )
            ]
        return []

    def _clipping(self, text: str) -> list[Finding]:
        w = self.widget
        if isinstance(w, QLabel):
            return self._label_clipping(w, text)
        if isinstance(w, QAbstractButton):
            hint = w.sizeHint()
            if w.width() < hint.width() or w.height() < hint.height():
                return [
                    self._finding(
                        FindingKind.CLIPPED_TEXT,
                        f"needs {hint.width()}x{hint.height()} px to show its text, has {w.width()}x{w.height()}",
                    )
                ]
        return []

    def _label_clipping(self, label: QLabel, text: str) -> list[Finding]:
        area = label.contentsRect()
        if _is_rich(label):
            doc = QTextDocument()
            doc.setDefaultFont(label.font())
            doc.setDocumentMargin(0)
            doc.setHtml(text)
            if label.wordWrap():
                doc.setTextWidth(area.width())
                need_w, need_h = area.width(), doc.size().height()
            else:
                need_w, need_h = doc.idealWidth(), doc.size().height()
        elif label.wordWrap():
            need_w = area.width()
            need_h = label.heightForWidth(label.width()) - (label.height() - area.height())
        else:
            fm = QFontMetrics(label.font())
            lines = text.split("\n")
            need_w = max(fm.horizontalAdvance(line) for line in lines)
            need_h = fm.height() + fm.lineSpacing() * (len(lines) - 1)
        if need_w > area.width() + 1 or need_h > area.height() + 1:
            how = "word-wrapped " if label.wordWrap() else ""
            return [
                self._finding(
                    FindingKind.CLIPPED_TEXT,
                    f"{how}text needs {need_w:.0f}x{need_h:.0f} px, has {area.width()}x{area.height()}",
                )
            ]
        return []

    # --- controls --------------------------------------------------------------------------------

    def _control(self) -> list[Finding]:
        w = self.widget
        found = []
        least = self.rules.target_px
        if w.width() < least or w.height() < least:
            found.append(
                self._finding(
                    FindingKind.SMALL_TARGET, f"touch target is {w.width()}x{w.height()} px, needs {least}x{least}"
                )
            )
        if not w.accessibleName():
            found.append(self._finding(FindingKind.NO_ACCESSIBLE_NAME, "no accessible name (setAccessibleName)"))
        if not w.accessibleDescription():
            found.append(
                self._finding(
                    FindingKind.NO_ACCESSIBLE_DESCRIPTION, "no accessible description (setAccessibleDescription)"
                )
            )
        if not speech_text(w):
            found.append(self._finding(FindingKind.NO_SPEECH_TEXT, "nothing to read aloud (make_accessible)"))
        return found

    # --- layout ----------------------------------------------------------------------------------

    def _overflow(self) -> list[Finding]:
        w = self.widget
        parent = w.parentWidget()
        if w is self.screen or parent is None:
            return []
        holder = parent.parentWidget()
        if isinstance(holder, QAbstractScrollArea) and parent is holder.viewport():
            return []  # scrolled content is meant to be larger than its viewport
        geometry = w.geometry()
        if parent.rect().contains(geometry):
            return []
        return [
            self._finding(
                FindingKind.OVERFLOW,
                f"{geometry.width()}x{geometry.height()} at ({geometry.x()},{geometry.y()}) "
                f"leaves its parent's {parent.width()}x{parent.height()}",
            )
        ]
