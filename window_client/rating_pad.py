"""The rating pad (一次一评): five large faces with their words; a good rating is one touch. For 不满意 and
非常不满意 the citizen picks at least one of the hall's reasons and may add words. A real-name rating asks
for a phone number on a keypad, shown masked; otherwise the rating is anonymous.

The pad only collects the choice and emits it (``submitted``); the session records it and a second
rating of the same visit is refused there. Every touch is reported (``touched``), so the pad's timeout
starts again while the citizen is still choosing, and what is touched is offered for read-aloud
(``read_aloud``)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from common.ratings_scale import RatingLevel
from common.ui.accessible import make_accessible
from common.ui.i18n import Retranslating, current_language, is_chinese, translate
from common.ui.theme import TextRole
from common.window.rating_pad import CONTACT_DIGITS, LEVELS, masked_contact, valid_contact
from window_client.page_stack import PageStack
from window_client.rating_faces import face_pixmap
from window_client.widgets import clear_layout, push_button, text_label

CENTER = Qt.AlignmentFlag.AlignCenter
REASON_COLUMNS = 4
MAX_TEXT = 200


@dataclass(frozen=True, slots=True)
class RatingChoice:
    level: RatingLevel
    reasons: tuple[str, ...] = ()
    text: str = ""
    contact: str = ""
    """Digits of a phone number for a real-name rating; empty for an anonymous one."""


def level_text(level: RatingLevel) -> str:
    return {
        RatingLevel.VERY_SATISFIED: translate("RatingPad", "Very satisfied"),
        RatingLevel.SATISFIED: translate("RatingPad", "Satisfied"),
        RatingLevel.BASICALLY_SATISFIED: translate("RatingPad", "Fairly satisfied"),
        RatingLevel.DISSATISFIED: translate("RatingPad", "Dissatisfied"),
        RatingLevel.VERY_DISSATISFIED: translate("RatingPad", "Very dissatisfied"),
    }[level]


def _two_lines(text: str) -> str:
    """ "Very dissatisfied" on two lines under its face; Chinese words stay on one."""
    return text if is_chinese(current_language()) else text.replace(" ", "\n", 1)


def _sentence_join(parts: list[str]) -> str:
    sep = "、" if is_chinese(current_language()) else ", "
    return sep.join(parts)


class RatingPad(Retranslating, QWidget):
    submitted = Signal(object)
    """A ``RatingChoice`` for the visit shown."""
    touched = Signal()
    read_aloud = Signal(str)
    """Something the citizen touched, to be read aloud in elder mode."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rating_pad")
        self.visit_id: str | None = None
        self.reasons: tuple[str, ...] = ()
        self.level: RatingLevel | None = None
        self.contact = ""
        self.face_px = 112
        self.pages = PageStack()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._build_levels()
        self._build_reasons()
        self._build_contact()
        self.retranslate()

    # --- building -------------------------------------------------------------------------------------

    def _build_levels(self) -> None:
        page = QWidget()
        page.setObjectName("levels_page")
        self.levels_title = text_label("levels_title", TextRole.TITLE, align=CENTER, wrap=True)
        self.levels_hint = text_label("levels_hint", align=CENTER, wrap=True, muted=True)
        self.level_buttons: dict[RatingLevel, QToolButton] = {}
        row = QHBoxLayout()
        row.setSpacing(16)
        for level in LEVELS:
            button = QToolButton()
            button.setObjectName(f"level_{level.value}")
            button.setProperty("pad", "level")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            button.setMaximumWidth(320)
            button.clicked.connect(lambda _=False, lv=level: self._on_level(lv))
            self.level_buttons[level] = button
            row.addWidget(button, 1)
        self.real_name = push_button("real_name")
        self.real_name.setProperty("pad", "choice")
        self.real_name.setCheckable(True)
        self.real_name.toggled.connect(self._on_real_name)
        self.levels_message = text_label("pad_message", align=CENTER, wrap=True)
        box = QVBoxLayout(page)
        box.setSpacing(14)
        box.addStretch(1)
        box.addWidget(self.levels_title)
        box.addWidget(self.levels_hint)
        box.addLayout(row)
        box.addWidget(self.real_name, 0, CENTER)
        box.addWidget(self.levels_message)
        box.addStretch(1)
        self.pages.addWidget(page)
        self.levels_page = page

    def _build_reasons(self) -> None:
        page = QWidget()
        page.setObjectName("reasons_page")
        self.reasons_title = text_label("reasons_title", TextRole.HEADING, align=CENTER, wrap=True)
        holder = QWidget()
        holder.setObjectName("reason_holder")
        self._reason_grid = QGridLayout(holder)
        self._reason_grid.setContentsMargins(0, 0, 0, 0)
        self._reason_grid.setSpacing(12)
        self.reason_scroll = QScrollArea()
        self.reason_scroll.setObjectName("reason_scroll")
        self.reason_scroll.setWidget(holder)
        self.reason_scroll.setWidgetResizable(True)
        self.reason_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.reason_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.reason_buttons: list[QPushButton] = []
        self.comment = QLineEdit()
        self.comment.setObjectName("comment")
        self.comment.setMaxLength(MAX_TEXT)
        self.comment.textEdited.connect(lambda _t: self.touched.emit())
        self.reasons_back = push_button("reasons_back", secondary=True)
        self.reasons_back.clicked.connect(self._back_to_levels)
        self.reasons_next = push_button("reasons_next")
        self.reasons_next.clicked.connect(self._on_reasons_done)
        self.reasons_message = text_label("pad_message", align=CENTER, wrap=True)
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addWidget(self.reasons_back)
        buttons.addStretch(1)
        buttons.addWidget(self.reasons_next)
        box = QVBoxLayout(page)
        box.setSpacing(12)
        box.addWidget(self.reasons_title)
        box.addWidget(self.reason_scroll, 1)
        box.addWidget(self.comment)
        box.addWidget(self.reasons_message)
        box.addLayout(buttons)
        self.pages.addWidget(page)
        self.reasons_page = page

    def _build_contact(self) -> None:
        page = QWidget()
        page.setObjectName("contact_page")
        self.contact_title = text_label("contact_title", TextRole.HEADING, align=CENTER, wrap=True)
        self.contact_display = text_label("contact_display", TextRole.HEADING, align=CENTER)
        self.keys: dict[str, QPushButton] = {}
        keypad = QGridLayout()
        keypad.setSpacing(10)
        for i, key in enumerate(["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "delete"]):
            button = push_button(f"key_{key}", secondary=True)
            button.setProperty("pad", "key")
            button.clicked.connect(lambda _=False, k=key: self._on_key(k))
            self.keys[key] = button
            keypad.addWidget(button, i // 3, i % 3)
        self.contact_back = push_button("contact_back", secondary=True)
        self.contact_back.clicked.connect(self._back_from_contact)
        self.contact_submit = push_button("contact_submit")
        self.contact_submit.clicked.connect(self._on_contact_done)
        self.contact_message = text_label("pad_message", align=CENTER, wrap=True)
        left = QVBoxLayout()
        left.setSpacing(12)
        left.addStretch(1)
        left.addWidget(self.contact_title)
        left.addWidget(self.contact_display)
        left.addWidget(self.contact_message)
        left.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(24)
        row.addLayout(left, 1)
        row.addLayout(keypad, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.contact_back)
        buttons.addStretch(1)
        buttons.addWidget(self.contact_submit)
        box = QVBoxLayout(page)
        box.setSpacing(12)
        box.addLayout(row, 1)
        box.addLayout(buttons)
        self.pages.addWidget(page)
        self.contact_page = page

    # --- showing ----------------------------------------------------------------------------------------

    def start(self, visit_id: str, reasons: tuple[str, ...]) -> None:
        """A new visit to rate: back to the faces, nothing chosen."""
        self.visit_id = visit_id
        self.level = None
        self.contact = ""
        self.comment.clear()
        self.real_name.setChecked(False)
        self.set_reasons(reasons)
        for button in self.reason_buttons:
            button.setChecked(False)
        self._show_message("")
        self.pages.setCurrentWidget(self.levels_page)
        self.retranslate()

    def set_reasons(self, reasons: tuple[str, ...]) -> None:
        """The hall's reasons. Redrawing the screen (a sync, a ticket issued elsewhere) passes the same list
        again: what the citizen has chosen so far stays. A new list keeps the reasons still in it ticked."""
        if reasons == self.reasons and self.reason_buttons:
            return
        ticked = set(self.selected_reasons())
        self.reasons = reasons
        clear_layout(self._reason_grid)
        self.reason_buttons = []
        for i, reason in enumerate(reasons):
            button = push_button(f"reason_{i}")
            button.setProperty("pad", "choice")
            button.setCheckable(True)
            button.setText(reason)
            button.setChecked(reason in ticked)
            button.toggled.connect(lambda on, r=reason: self._on_reason(r, on))
            self.reason_buttons.append(button)
            self._reason_grid.addWidget(button, i // REASON_COLUMNS, i % REASON_COLUMNS)
        self.retranslate()

    def set_face_size(self, px: int) -> None:
        self.face_px = px
        ratio = self.devicePixelRatioF()
        for level, button in self.level_buttons.items():
            button.setIcon(QIcon(face_pixmap(level, px, ratio)))
            button.setIconSize(QSize(px, px))

    def show_error(self, text: str) -> None:
        self._show_message(text)

    def _show_message(self, text: str) -> None:
        for label in (self.levels_message, self.reasons_message, self.contact_message):
            label.setText(text)
            label.setVisible(bool(text))

    @property
    def page(self) -> str:
        return self.pages.currentWidget().objectName().removesuffix("_page")

    def selected_reasons(self) -> tuple[str, ...]:
        return tuple(b.text() for b in self.reason_buttons if b.isChecked())

    # --- what the citizen does ----------------------------------------------------------------------------

    def _on_level(self, level: RatingLevel) -> None:
        self.touched.emit()
        self.level = level
        self._show_message("")
        if level.is_bad:  # what is read next begins with the level's word
            self.pages.setCurrentWidget(self.reasons_page)
            self.retranslate()
            self.read_aloud.emit(self._reasons_speech())
        elif self.real_name.isChecked():
            self._open_contact()
        else:
            self._submit()

    def _on_real_name(self, on: bool) -> None:
        self.touched.emit()
        self.retranslate()
        self.read_aloud.emit(self.real_name.text())
        if not on:
            self.contact = ""

    def _on_reason(self, reason: str, on: bool) -> None:
        self.touched.emit()
        self._show_message("")
        self.retranslate()
        if on:
            self.read_aloud.emit(reason)

    def _back_to_levels(self) -> None:
        self.touched.emit()
        self.level = None
        self.pages.setCurrentWidget(self.levels_page)
        self.retranslate()

    def _on_reasons_done(self) -> None:
        self.touched.emit()
        if not self.selected_reasons():
            self._show_message(translate("RatingPad", "Please choose at least one reason."))
            self.read_aloud.emit(self.reasons_message.text())
            return
        if self.real_name.isChecked():
            self._open_contact()
        else:
            self._submit()

    def _open_contact(self) -> None:
        self.pages.setCurrentWidget(self.contact_page)
        self.retranslate()
        self.read_aloud.emit(self.contact_title.text())

    def _back_from_contact(self) -> None:
        self.touched.emit()
        target = self.reasons_page if self.level is not None and self.level.is_bad else self.levels_page
        self.pages.setCurrentWidget(target)
        self.retranslate()

    def _on_key(self, key: str) -> None:
        self.touched.emit()
        if key == "clear":
            self.contact = ""
        elif key == "delete":
            self.contact = self.contact[:-1]
        elif len(self.contact) < CONTACT_DIGITS + 1:
            self.contact += key
            self.read_aloud.emit(key)
        self._show_message("")
        self.retranslate()

    def _on_contact_done(self) -> None:
        self.touched.emit()
        if not valid_contact(self.contact):
            self._show_message(
                translate("RatingPad", "Please enter a mobile number, or a landline with its area code.")
            )
            self.read_aloud.emit(self.contact_message.text())
            return
        self._submit()

    def _submit(self) -> None:
        if self.level is None:
            return
        contact = self.contact if self.real_name.isChecked() else ""
        reasons = self.selected_reasons() if self.level.is_bad else ()
        self.submitted.emit(RatingChoice(self.level, reasons, self.comment.text().strip(), contact))

    # --- words --------------------------------------------------------------------------------------------

    def levels_speech(self) -> str:
        words = _sentence_join([level_text(lv) for lv in LEVELS])
        return translate("RatingPad", "Please rate this visit: {levels}.").format(levels=words)

    def _reasons_speech(self) -> str:
        return f"{self.reasons_title.text()} {_sentence_join(list(self.reasons))}"

    def retranslate(self) -> None:
        self.levels_title.setText(translate("RatingPad", "How was our service?"))
        self.levels_hint.setText(translate("RatingPad", "Touch a face: one touch rates this visit."))
        for level, button in self.level_buttons.items():
            word = level_text(level)
            button.setText(_two_lines(word))
            make_accessible(
                button,
                word,
                translate("RatingPad", "Rate this visit as {level}").format(level=word),
                speech=word,
            )
        on = self.real_name.isChecked()
        self.real_name.setText(
            translate("RatingPad", "Real-name rating: on") if on else translate("RatingPad", "Real-name rating: off")
        )
        make_accessible(
            self.real_name,
            self.real_name.text(),
            translate(
                "RatingPad", "Leave a phone number so the hall can reply to you; otherwise the rating is anonymous."
            ),
        )
        make_accessible(
            self.levels_page, self.levels_title.text(), self.levels_hint.text(), speech=self.levels_speech()
        )
        self.reasons_title.setText(
            translate("RatingPad", "{level}: what went wrong? Choose at least one.").format(
                level=level_text(self.level) if self.level else ""
            )
        )
        for button in self.reason_buttons:
            state = translate("RatingPad", "chosen") if button.isChecked() else translate("RatingPad", "not chosen")
            make_accessible(
                button,
                button.text(),
                translate("RatingPad", "Reason for the rating, {state}").format(state=state),
                speech=button.text(),
            )
        self.comment.setPlaceholderText(translate("RatingPad", "Anything to add? (optional)"))
        make_accessible(
            self.comment,
            translate("RatingPad", "Your words"),
            translate("RatingPad", "Optional: say in your own words what went wrong."),
        )
        self.reasons_back.setText(translate("RatingPad", "Back"))
        make_accessible(self.reasons_back, self.reasons_back.text(), translate("RatingPad", "Choose another face"))
        self.reasons_next.setText(
            translate("RatingPad", "Next") if self.real_name.isChecked() else translate("RatingPad", "Submit")
        )
        make_accessible(
            self.reasons_next, self.reasons_next.text(), translate("RatingPad", "Send the rating with these reasons")
        )
        make_accessible(self.reasons_page, self.reasons_title.text(), "", speech=self._reasons_speech())
        self.contact_title.setText(translate("RatingPad", "Your phone number, so that we can reply"))
        self.contact_display.setText(
            masked_contact(self.contact) if self.contact else translate("RatingPad", "(no number yet)")
        )
        make_accessible(
            self.contact_display,
            translate("RatingPad", "Phone number"),
            translate("RatingPad", "{n} digits entered").format(n=len(self.contact)),
        )
        names = {"clear": translate("RatingPad", "Clear"), "delete": translate("RatingPad", "Delete")}
        for key, button in self.keys.items():
            button.setText(names.get(key, key))
            what = (
                translate("RatingPad", "Clear the number")
                if key == "clear"
                else translate("RatingPad", "Delete the last digit")
                if key == "delete"
                else translate("RatingPad", "Digit {key}").format(key=key)
            )
            make_accessible(button, button.text(), what, speech=button.text())
        self.contact_back.setText(translate("RatingPad", "Back"))
        make_accessible(self.contact_back, self.contact_back.text(), translate("RatingPad", "Go back without a number"))
        self.contact_submit.setText(translate("RatingPad", "Submit"))
        make_accessible(
            self.contact_submit, self.contact_submit.text(), translate("RatingPad", "Send the rating with this number")
        )
        make_accessible(self.contact_page, self.contact_title.text(), "", speech=self.contact_title.text())
        make_accessible(
            self, translate("RatingPad", "Rating pad"), self.levels_title.text(), speech=self.levels_speech()
        )
