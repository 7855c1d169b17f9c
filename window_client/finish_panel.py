"""Finishing a visit: the item(s) handled (from the ticket, or searched in the catalogue by name, code or
pinyin), the case number (typed, or made), and the outcome — 即办 (done on the spot), 承诺件 (accepted, with
a promised date counted in working days by the hall's calendar), 一次性告知 (the missing materials ticked from
the items' guides, printed and/or shown to the citizen), or 咨询 (enquiry only)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from common.catalogue import Catalogue
from common.events import Outcome
from common.hall_config import HallConfig
from common.item_search import ItemIndex
from common.projection.state import Visit
from common.ui.accessible import make_accessible
from common.ui.i18n import Retranslating, translate
from common.ui.theme import Surface, TextRole, set_surface
from common.window.finish_form import (
    MAX_ITEMS,
    FinishRecord,
    guide_materials,
    promised_date,
    suggested_outcome,
    visit_items,
)
from window_client.widgets import push_button, text_label
from window_client.window_words import outcome_text

OUTCOMES = (Outcome.ON_THE_SPOT, Outcome.PROMISED, Outcome.ONE_TIME_NOTICE, Outcome.CONSULTED)
CODE_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True, slots=True)
class FinishRequest:
    record: FinishRecord
    print_notice: bool
    show_notice: bool


class FinishPanel(Retranslating, QWidget):
    submitted = Signal(object)
    """A ``FinishRequest``."""
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("finish_panel")
        set_surface(self, Surface.CARD)
        self.title = text_label("finish_title", TextRole.HEADING)
        self._build_items()
        self._build_outcome()
        self._build_fields()
        self._lay_out()
        self.catalogue: Catalogue | None = None
        self.config: HallConfig | None = None
        self.today: date | None = None
        self.visit: Visit | None = None
        self._index: ItemIndex | None = None
        self._index_for: Catalogue | None = None
        self._can_print = False
        self.retranslate()

    def _build_items(self) -> None:
        self.items_label = text_label("items_label")
        self.items = QListWidget()
        self.items.setObjectName("chosen_items")
        self.items.setMaximumHeight(110)
        self.remove_item = push_button("remove_item", secondary=True)
        self.remove_item.clicked.connect(self._remove_selected)
        self.search = QLineEdit()
        self.search.setObjectName("item_search")
        self.search.textChanged.connect(self._on_search)
        self.search.returnPressed.connect(self._add_first_hit)
        self.hits = QListWidget()
        self.hits.setObjectName("item_hits")
        self.hits.setMaximumHeight(110)
        self.hits.itemActivated.connect(self._add_hit)
        self.hits.itemClicked.connect(self._add_hit)

    def _build_outcome(self) -> None:
        self.outcome_label = text_label("outcome_label")
        self.outcome_buttons: dict[Outcome, QPushButton] = {}
        self._outcomes = QButtonGroup(self)
        self._outcomes.setExclusive(True)
        self._outcome_row = outcome_row = QGridLayout()
        outcome_row.setSpacing(8)
        for i, outcome in enumerate(OUTCOMES):
            button = push_button(f"outcome_{outcome.value}", secondary=True)
            button.setCheckable(True)
            button.toggled.connect(lambda on, o=outcome: on and self._on_outcome(o))
            self._outcomes.addButton(button)
            self.outcome_buttons[outcome] = button
            outcome_row.addWidget(button, i // 2, i % 2)

    def _build_fields(self) -> None:
        self.case_label = text_label("case_label")
        self.case_number = QLineEdit()
        self.case_number.setObjectName("case_number")
        self.case_number.setMaxLength(40)
        self.date_label = text_label("promised_label")
        self.promised = QDateEdit()
        self.promised.setObjectName("promised_date")
        self.promised.setCalendarPopup(True)
        self.promised.setDisplayFormat("yyyy-MM-dd")

        self.materials_label = text_label("materials_label")
        self.materials = QListWidget()
        self.materials.setObjectName("materials")
        self.materials.itemChanged.connect(lambda _i: self._update_enabled())
        self.other_material = QLineEdit()
        self.other_material.setObjectName("other_material")
        self.other_material.setMaxLength(80)
        self.other_material.returnPressed.connect(self._add_other_material)
        self.print_notice = QCheckBox()
        self.print_notice.setObjectName("print_notice")
        self.show_notice = QCheckBox()
        self.show_notice.setObjectName("show_notice")
        self.note_label = text_label("note_label")
        self.note = QLineEdit()
        self.note.setObjectName("finish_note")
        self.note.setMaxLength(200)

        self.message = text_label("finish_message", wrap=True)
        self.message.setProperty("accent", "true")
        self.cancel = push_button("finish_cancel", secondary=True)
        self.cancel.clicked.connect(self.cancelled)
        self.submit = push_button("finish_submit")
        self.submit.clicked.connect(self._submit)

    def _lay_out(self) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.addWidget(self.items_label, 0, 0, Qt.AlignmentFlag.AlignTop)
        items_box = QVBoxLayout()
        chosen = QHBoxLayout()
        chosen.addWidget(self.items, 1)
        chosen.addWidget(self.remove_item, 0, Qt.AlignmentFlag.AlignTop)
        items_box.addLayout(chosen)
        items_box.addWidget(self.search)
        items_box.addWidget(self.hits)
        grid.addLayout(items_box, 0, 1)
        grid.addWidget(self.outcome_label, 1, 0)
        grid.addLayout(self._outcome_row, 1, 1)
        grid.addWidget(self.case_label, 2, 0)
        grid.addWidget(self.case_number, 2, 1)
        grid.addWidget(self.date_label, 3, 0)
        grid.addWidget(self.promised, 3, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.materials_label, 4, 0, Qt.AlignmentFlag.AlignTop)
        notice_box = QVBoxLayout()
        notice_box.addWidget(self.materials)
        notice_box.addWidget(self.other_material)
        checks = QHBoxLayout()
        checks.addWidget(self.print_notice)
        checks.addWidget(self.show_notice)
        checks.addStretch(1)
        notice_box.addLayout(checks)
        grid.addLayout(notice_box, 4, 1)
        grid.addWidget(self.note_label, 5, 0)
        grid.addWidget(self.note, 5, 1)
        grid.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.submit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addLayout(grid, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    # --- opening ------------------------------------------------------------------------------------

    def open_for(self, visit: Visit, catalogue: Catalogue, config: HallConfig, today: date, *, can_print: bool) -> None:
        """Start from the ticket's items and the outcome and date they suggest."""
        self.visit, self.catalogue, self.config, self.today = visit, catalogue, config, today
        if self._index_for is not catalogue:
            self._index, self._index_for = ItemIndex(catalogue), catalogue
        self._can_print = can_print
        self.items.clear()
        for code in visit_items(visit, catalogue):
            self._add_code(code)
        self.search.clear()
        self.hits.clear()
        self.case_number.clear()
        self.note.clear()
        self.other_material.clear()
        self.message.setText("")
        self.message.setVisible(False)
        self.print_notice.setChecked(can_print)
        self.print_notice.setEnabled(can_print)
        self.show_notice.setChecked(True)
        self.outcome_buttons[suggested_outcome(self.codes(), catalogue)].setChecked(True)
        self._refresh_defaults()
        self.retranslate()
        self.search.setFocus()

    def codes(self) -> list[str]:
        return [self.items.item(i).data(CODE_ROLE) for i in range(self.items.count())]

    @property
    def outcome(self) -> Outcome:
        for outcome, button in self.outcome_buttons.items():
            if button.isChecked():
                return outcome
        return Outcome.CONSULTED

    def choose_outcome(self, outcome: Outcome) -> None:
        self.outcome_buttons[outcome].setChecked(True)

    # --- items --------------------------------------------------------------------------------------

    def _item_text(self, code: str) -> str:
        assert self.catalogue is not None
        try:
            return f"{code}  {self.catalogue.item(code).name}"
        except KeyError:
            return code

    def _add_code(self, code: str) -> None:
        if code in self.codes() or len(self.codes()) >= MAX_ITEMS:
            return
        entry = QListWidgetItem(self._item_text(code))
        entry.setData(CODE_ROLE, code)
        self.items.addItem(entry)

    def add_item(self, code: str) -> None:
        self._add_code(code)
        self._refresh_defaults()

    def _remove_selected(self) -> None:
        for entry in self.items.selectedItems():
            self.items.takeItem(self.items.row(entry))
        self._refresh_defaults()

    def _on_search(self, text: str) -> None:
        self.hits.clear()
        if self._index is None or not text.strip():
            return
        for hit in self._index.search(text, limit=8):
            if hit.is_package:
                continue
            entry = QListWidgetItem(f"{hit.code}  {hit.name}")
            entry.setData(CODE_ROLE, hit.code)
            self.hits.addItem(entry)

    def _add_hit(self, entry: QListWidgetItem) -> None:
        self.add_item(entry.data(CODE_ROLE))
        self.search.clear()

    def _add_first_hit(self) -> None:
        if self.hits.count():
            self._add_hit(self.hits.item(0))

    # --- outcome and materials --------------------------------------------------------------------------

    def _on_outcome(self, _outcome: Outcome) -> None:
        self._update_enabled()

    def _refresh_defaults(self) -> None:
        if self.catalogue is None or self.config is None or self.today is None:
            return
        day = promised_date(self.codes(), self.catalogue, self.config, self.today)
        self.promised.setMinimumDate(QDate(self.today.year, self.today.month, self.today.day))
        self.promised.setDate(QDate(day.year, day.month, day.day))
        ticked = set(self.missing_materials())
        self.materials.blockSignals(True)
        self.materials.clear()
        for material in guide_materials(self.codes(), self.catalogue):
            entry = QListWidgetItem(material.name)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if material.name in ticked else Qt.CheckState.Unchecked)
            self.materials.addItem(entry)
        self.materials.blockSignals(False)
        self._update_enabled()

    def _add_other_material(self) -> None:
        name = self.other_material.text().strip()
        if not name:
            return
        entry = QListWidgetItem(name)
        entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        entry.setCheckState(Qt.CheckState.Checked)
        self.materials.addItem(entry)
        self.other_material.clear()

    def tick_material(self, name: str) -> None:
        for i in range(self.materials.count()):
            if self.materials.item(i).text() == name:
                self.materials.item(i).setCheckState(Qt.CheckState.Checked)

    def missing_materials(self) -> list[str]:
        return [
            self.materials.item(i).text()
            for i in range(self.materials.count())
            if self.materials.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _update_enabled(self) -> None:
        outcome = self.outcome
        case = outcome in (Outcome.ON_THE_SPOT, Outcome.PROMISED)
        notice = outcome == Outcome.ONE_TIME_NOTICE
        for w in (self.case_label, self.case_number):
            w.setVisible(case)
        for w in (self.date_label, self.promised):
            w.setVisible(outcome == Outcome.PROMISED)
        for w in (self.materials_label, self.materials, self.other_material, self.print_notice, self.show_notice):
            w.setVisible(notice)

    # --- finishing ----------------------------------------------------------------------------------------

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def request(self) -> FinishRequest:
        outcome = self.outcome
        d = self.promised.date()
        notice = outcome == Outcome.ONE_TIME_NOTICE
        record = FinishRecord(
            outcome=outcome,
            items=tuple(self.codes()),
            case_number=self.case_number.text().strip() if outcome in (Outcome.ON_THE_SPOT, Outcome.PROMISED) else "",
            promised_date=date(d.year(), d.month(), d.day()) if outcome == Outcome.PROMISED else None,
            missing_materials=tuple(self.missing_materials()) if notice else (),
            note=self.note.text().strip(),
        )
        return FinishRequest(
            record,
            print_notice=notice and self.print_notice.isChecked() and self._can_print,
            show_notice=notice and self.show_notice.isChecked(),
        )

    def _submit(self) -> None:
        self.submitted.emit(self.request())

    def submit_now(self) -> None:
        """The finish key pressed again while the form is open: finish as it stands."""
        self._submit()

    def retranslate(self) -> None:
        number = self.visit.number if self.visit else ""
        self.title.setText(translate("FinishPanel", "Finish {number}").format(number=number))
        self.items_label.setText(translate("FinishPanel", "Items"))
        self.remove_item.setText(translate("FinishPanel", "Remove"))
        self.search.setPlaceholderText(translate("FinishPanel", "Add an item: name, code or pinyin initials"))
        self.outcome_label.setText(translate("FinishPanel", "Outcome"))
        for outcome, button in self.outcome_buttons.items():
            button.setText(outcome_text(outcome))
            make_accessible(button, button.text(), translate("FinishPanel", "Outcome of the visit"))
        self.case_label.setText(translate("FinishPanel", "Case number"))
        self.case_number.setPlaceholderText(translate("FinishPanel", "Leave empty to make one"))
        self.date_label.setText(translate("FinishPanel", "Promised by"))
        self.materials_label.setText(translate("FinishPanel", "Missing"))
        self.other_material.setPlaceholderText(translate("FinishPanel", "Another material not in the guide (Enter)"))
        self.print_notice.setText(
            translate("FinishPanel", "Print the notice")
            if self._can_print
            else translate("FinishPanel", "Print the notice (no printer)")
        )
        self.show_notice.setText(translate("FinishPanel", "Show it on the citizen screen"))
        self.note_label.setText(translate("FinishPanel", "Note"))
        self.cancel.setText(translate("FinishPanel", "Cancel (Esc)"))
        self.submit.setText(translate("FinishPanel", "Finish (F4)"))
        make_accessible(
            self.submit, self.submit.text(), translate("FinishPanel", "Record the outcome and end the visit")
        )
        make_accessible(self.cancel, self.cancel.text(), translate("FinishPanel", "Go back to serving"))
