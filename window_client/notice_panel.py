"""The one-time notice (一次性告知) on the citizen screen: every missing material of the visit, at once,
from the items' guides — what the clerk also prints. The citizen reads it, then rates the visit."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from common.catalogue import Catalogue, Material, MaterialForm
from common.projection.state import Visit
from common.ui.accessible import make_accessible
from common.ui.i18n import Retranslating, current_language, is_chinese, translate
from common.ui.theme import Surface, TextRole, set_surface
from common.window.finish_form import guide_materials, visit_items
from window_client.widgets import clear_layout, push_button, text_label

MAX_SHOWN = 8


def form_text(material: Material) -> str:
    form = {
        MaterialForm.ORIGINAL: translate("NoticePanel", "original"),
        MaterialForm.COPY: translate("NoticePanel", "copy"),
        MaterialForm.ORIGINAL_AND_COPY: translate("NoticePanel", "original and copy"),
        MaterialForm.ELECTRONIC: translate("NoticePanel", "electronic"),
    }[material.form]
    if material.copies > 1:
        form = translate("NoticePanel", "{form}, {n} copies").format(form=form, n=material.copies)
    return form


class NoticePanel(Retranslating, QWidget):
    done = Signal()
    """The citizen has read the notice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice_panel")
        set_surface(self, Surface.CARD)
        self.title = text_label("notice_title", TextRole.TITLE, align=Qt.AlignmentFlag.AlignCenter)
        self.intro = text_label("notice_intro", wrap=True)
        self._list = QVBoxLayout()
        self._list.setSpacing(6)
        self.more = text_label("notice_more", wrap=True, muted=True)
        self.read_button = push_button("notice_read")
        self.read_button.clicked.connect(self.done)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 18, 28, 18)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(self._list)
        layout.addWidget(self.more)
        layout.addStretch(1)
        layout.addWidget(self.read_button, 0, Qt.AlignmentFlag.AlignRight)
        self.visit: Visit | None = None
        self.catalogue: Catalogue | None = None
        self.lines: list[str] = []
        self.retranslate()

    def show_visit(self, visit: Visit, catalogue: Catalogue) -> None:
        if self.visit is not None and self.visit.id == visit.id and self.catalogue is catalogue:
            return
        self.visit, self.catalogue = visit, catalogue
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("NoticePanel", "One-time notice of missing materials"))
        self.read_button.setText(translate("NoticePanel", "I have read it"))
        make_accessible(self.read_button, self.read_button.text(), translate("NoticePanel", "Go on to rate the visit"))
        visit, catalogue = self.visit, self.catalogue
        clear_layout(self._list)
        self.lines = []
        if visit is None or catalogue is None:
            self.intro.setText("")
            self.more.setText("")
            return
        known = {m.name: m for m in guide_materials(visit_items(visit, catalogue), catalogue)}
        names = [catalogue_name(code, catalogue) for code in visit_items(visit, catalogue)]
        sep = "、" if is_chinese(current_language()) else ", "
        self.intro.setText(
            translate("NoticePanel", "For {items}, please bring these {n} materials next time:").format(
                items=sep.join(names) or translate("NoticePanel", "this matter"), n=len(visit.missing_materials)
            )
        )
        for i, name in enumerate(visit.missing_materials, start=1):
            material = known.get(name)
            line = f"{i}. {name}" + (
                f"（{form_text(material)}）" if material and is_chinese(current_language()) else ""
            )
            if material and not is_chinese(current_language()):
                line = f"{i}. {name} ({form_text(material)})"
            self.lines.append(line)
            if i <= MAX_SHOWN:
                label = text_label(f"notice_line_{i}", wrap=True)
                label.setText(line)
                self._list.addWidget(label)
        hidden = len(visit.missing_materials) - MAX_SHOWN
        self.more.setText(
            translate("NoticePanel", "… and {n} more on the printed notice.").format(n=hidden) if hidden > 0 else ""
        )
        self.more.setVisible(hidden > 0)
        speech = " ".join([self.title.text(), self.intro.text(), *self.lines])
        make_accessible(self, self.title.text(), self.intro.text(), speech=speech)


def catalogue_name(code: str, catalogue: Catalogue) -> str:
    try:
        item = catalogue.item(code)
    except KeyError:
        return code
    return item.name if is_chinese(current_language()) or not item.name_en else item.name_en
