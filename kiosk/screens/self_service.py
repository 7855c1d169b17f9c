"""Self-service items (自助办理, clause 5.3.4.9): choose an item (or a 一件事 package) the kiosk can do, then
identify → fill in → materials → confirm → result, one thing at a time, with big targets.

Whether the item needs an online check is said before step one, and such an item does not start offline.
The ID number is never shown whole; every answer is checked as it is given, the problem said in words next
to the field (and read aloud in elder mode); nothing is recorded before "confirm". A help button on every
step tells the staff which item and step the citizen is at. Leaving, finishing or an idle reset forgets
the citizen. The rules are ``common.self_service``'s; this screen shows them and passes on taps."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from common import kiosk_actions as kiosk
from common.events import HelpKind, Outcome
from common.freshness import Link
from common.printing.document import Paper
from common.printing.labels import Language
from common.printing.print_job import PrintJob
from common.printing.self_service_result import self_service_result_document
from common.privacy import mask_id_number, mask_name, mask_phone
from common.readability import DisplayMode
from common.self_service.certificates import CertificateError
from common.self_service.flow import STEP_NAMES, FlowError, MaterialSource, SelfServiceFlow, Step
from common.self_service.form import FieldKind, FormField
from common.self_service.identity import IdentityError
from common.self_service.outcome import OutcomeRecorder, SelfServiceResult
from common.self_service.scanner import ScanError
from common.self_service.task import SelfServiceTask, self_service_tasks, task_for
from common.self_service.validation import NO, YES
from common.ui.accessible import make_accessible
from common.ui.i18n import current_language, translate
from common.ui.theme import TextRole
from kiosk import self_service_words as ssw
from kiosk import words
from kiosk.context import KioskContext
from kiosk.refusals import REFUSALS
from kiosk.screens.kiosk_screen import KioskScreen
from kiosk.screens.ticket import fault_words
from kiosk.widgets.keyboard import KeyPad
from kiosk.widgets.message_banner import MessageBanner
from kiosk.widgets.parts import Tile, button, choice, code_field, discard, text_label
from kiosk.widgets.scroll_page import ScrollPage

log = logging.getLogger("hall.kiosk")

LIST, START, IDENTIFY, FILL, MATERIALS, CONFIRM, RESULT = range(7)
PAGE_STEP = {IDENTIFY: Step.IDENTIFY, FILL: Step.FILL, MATERIALS: Step.MATERIALS, CONFIRM: Step.CONFIRM}
DIGIT_KINDS = (FieldKind.PHONE, FieldKind.NUMBER)


class SelfServiceScreen(KioskScreen):
    route = "self_service"

    def __init__(self, ctx: KioskContext) -> None:  # noqa: PLR0915 - built in one place, top to bottom
        super().__init__(ctx)
        self.pages = QStackedWidget()
        self.layout_.addWidget(self.pages, 1)
        self.step_line = text_label(TextRole.BODY, name="step_line", muted=True)
        self.layout_.insertWidget(1, self.step_line)

        # the list of what can be done here
        holder = QWidget()
        self.list_grid = QGridLayout(holder)
        self.list_grid.setContentsMargins(0, 0, 0, 0)
        self.list_grid.setSpacing(12)
        self.task_tiles: dict[str, Tile] = {}
        self.list_page = ScrollPage(holder, "self_service_list")
        self.pages.addWidget(self.list_page)

        # before step one
        start = QWidget()
        sbox = QVBoxLayout(start)
        sbox.setContentsMargins(0, 0, 0, 0)
        sbox.setSpacing(16)
        self.start_steps = text_label(name="start_steps")
        self.start_online = text_label(TextRole.HEADING, name="start_online")
        self.start_demo = text_label(name="start_demo")
        for w in (self.start_steps, self.start_online, self.start_demo):
            sbox.addWidget(w)
        sbox.addStretch(1)
        self.pages.addWidget(start)

        # identify
        ident = QWidget()
        ibox = QVBoxLayout(ident)
        ibox.setContentsMargins(0, 0, 0, 0)
        ibox.setSpacing(16)
        self.identify_how = text_label(name="identify_how")
        self.identify_button = button("identify_read")
        self.identify_button.clicked.connect(self.identify)
        self.identified = text_label(TextRole.HEADING, name="identified")
        self.filled = text_label(name="filled_for_you")
        for w in (self.identify_how, self.identify_button, self.identified, self.filled):
            ibox.addWidget(w)
        ibox.addStretch(1)
        self.identify_page = ScrollPage(ident, "identify")
        self.pages.addWidget(self.identify_page)

        # fill in, one field at a time: the question on the left, the keys on the right
        fill = QWidget()
        row = QHBoxLayout(fill)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(24)
        fbox = QVBoxLayout()
        fbox.setSpacing(12)
        self.field_label = text_label(TextRole.HEADING, name="field_label")
        self.field_help = text_label(name="field_help")
        self.field = code_field("field_input", 200)
        self.field.setProperty("code", "false")
        self.field.returnPressed.connect(self.next)
        self.field_error = MessageBanner("field_error")
        self.choices_box = QGridLayout()
        self.choices_box.setSpacing(12)
        self.choice_buttons: dict[str, QPushButton] = {}
        for w in (self.field_label, self.field_help, self.field, self.field_error):
            fbox.addWidget(w)
        fbox.addLayout(self.choices_box)
        fbox.addStretch(1)
        keys = QVBoxLayout()
        self.letters = KeyPad(name="field_letters", pinyin=True)
        self.digits = KeyPad(digits_only=True, name="field_digits")
        for pad in (self.letters, self.digits):
            pad.attach(self.field)
            pad.hide()
            keys.addWidget(pad)
        keys.addStretch(1)
        row.addLayout(fbox, 4)
        row.addLayout(keys, 7)
        self.pages.addWidget(fill)

        # materials
        mats = QWidget()
        self.materials_box = QVBoxLayout(mats)
        self.materials_box.setContentsMargins(0, 0, 0, 0)
        self.materials_box.setSpacing(12)
        self.material_tiles: dict[str, Tile] = {}
        self.materials_page = ScrollPage(mats, "materials")
        self.pages.addWidget(self.materials_page)

        # confirm
        conf = QWidget()
        cbox = QVBoxLayout(conf)
        cbox.setContentsMargins(0, 0, 16, 0)
        cbox.setSpacing(12)
        self.summary = text_label(name="summary")
        self.promise = text_label(TextRole.HEADING, name="promise")
        cbox.addWidget(self.promise)
        cbox.addWidget(self.summary)
        cbox.addStretch(1)
        self.confirm_page = ScrollPage(conf, "confirm")
        self.pages.addWidget(self.confirm_page)

        # result
        res = QWidget()
        rbox = QVBoxLayout(res)
        rbox.setContentsMargins(0, 0, 0, 0)
        rbox.setSpacing(16)
        self.result_head = text_label(TextRole.HEADING, name="result_head")
        self.case_number = text_label(TextRole.TITLE, name="case_number", center=True)
        self.result_note = text_label(name="result_note")
        self.print_status = text_label(name="result_print")
        for w in (self.result_head, self.case_number, self.result_note, self.print_status):
            rbox.addWidget(w)
        rbox.addStretch(1)
        self.pages.addWidget(res)

        self.help_button = button("self_service_help", secondary=True)
        self.help_button.clicked.connect(self.ask_help)
        self.back_button = button("back", secondary=True)
        self.back_button.clicked.connect(self.back)
        self.next_button = button("self_service_next")
        self.next_button.clicked.connect(self.next)
        self.rate_button = button("self_service_rate", secondary=True)
        self.rate_button.clicked.connect(self._rate)
        self.done_button = button("self_service_done")
        self.done_button.clicked.connect(self.finish)
        bar = QHBoxLayout()
        bar.setSpacing(16)
        bar.addWidget(self.help_button)
        bar.addStretch(1)
        for b in (self.back_button, self.rate_button, self.next_button, self.done_button):
            bar.addWidget(b)
        self.layout_.addLayout(bar)

        self.task: SelfServiceTask | None = None
        self.flow: SelfServiceFlow | None = None
        self.result: SelfServiceResult | None = None
        self.field_index = 0
        self.help_sent = ""
        self._printing = False
        self._pinyin_asked = ""
        """The field pinyin was last switched on for by itself (a citizen who switched to ABC keeps ABC)."""
        ctx.printing.job_finished.connect(self._on_job_finished)
        self._build_list()
        self._show(LIST)

    # --- pages --------------------------------------------------------------------------------------------

    @property
    def page(self) -> int:
        return self.pages.currentIndex()

    @property
    def step(self) -> Step | None:
        if self.page == RESULT:
            return Step.RESULT
        return PAGE_STEP.get(self.page)

    def _show(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.banner.clear()
        self.retranslate()
        if self.isVisible() and self.ctx.elder:
            self.ctx.read(self.opening())

    def _build_list(self) -> None:
        for tile in self.task_tiles.values():
            self.list_grid.removeWidget(tile)
            discard(tile)
        self.task_tiles = {}
        columns = 1 if self.mode == DisplayMode.ELDER else 2
        for i, task in enumerate(self_service_tasks(self.ctx.device.bundle.catalogue)):
            tile = Tile(f"task_{task.code}", secondary=True, title_role=TextRole.BODY)
            tile.clicked.connect(lambda _c=False, code=task.code: self.open_task(code))
            self.task_tiles[task.code] = tile
            self.list_grid.addWidget(tile, i // columns, i % columns)
            tile.show()

    def _online(self) -> bool:
        return self.ctx.bridge.freshness.link in (Link.ONLINE, Link.SYNCING)

    # --- the steps ----------------------------------------------------------------------------------------

    def open_task(self, code: str) -> None:
        """Show what the item asks for, and whether it can start here now, before step one."""
        self._forget()
        try:
            self.task = task_for(self.ctx.device.bundle.catalogue, code)
        except (KeyError, ValueError):
            log.warning("self-service: %s cannot be done at this kiosk", code)
            self._show(LIST)
            self.show_message(translate("SelfService", "This item cannot be done at this kiosk."))
            return
        self._show(START)  # an item that needs the network says so here, before step one, in large type

    def _offline_words(self) -> str:
        return translate(
            "SelfService",
            "This item checks records online, and this kiosk is offline now. Please try again later, "
            "or take a number for a window.",
        )

    def start(self) -> None:
        task = self.task
        if task is None:
            return
        providers = self.ctx.providers
        try:
            self.flow = SelfServiceFlow(
                task,
                today=self.ctx.device.today(),
                online=self._online(),
                identity=providers.identity,
                certificates=providers.certificates,
                scanner=providers.scanner,
            )
        except FlowError:
            self.show_message(self._offline_words())
            return
        log.info("self-service: started", extra={"item": task.code})
        self._show(IDENTIFY)

    def identify(self) -> None:
        flow = self.flow
        if flow is None or flow.citizen is not None:
            return
        try:
            flow.identify()
        except (IdentityError, CertificateError) as e:
            log.warning("self-service: identification failed: %s", e)
            self.show_message(
                translate("SelfService", "You could not be identified. Please try again or ask for help.")
            )
            return
        self._show(IDENTIFY)

    def next(self) -> None:
        match self.page:
            case page if page == START:
                self.start()
            case page if page == IDENTIFY:
                if self.flow is not None and self.flow.citizen is not None:
                    self.field_index = 0
                    self._to_field_or_materials()
                else:
                    self.show_message(translate("SelfService", "Please identify yourself first."))
            case page if page == FILL:
                self._answer_and_move()
            case page if page == MATERIALS:
                self._to_confirm()
            case page if page == CONFIRM:
                self.submit()

    def _to_field_or_materials(self) -> None:
        flow = self.flow
        assert flow is not None
        typed = flow.typed_fields
        if self.field_index < len(typed):
            self._load_field(typed[self.field_index])
            self._show(FILL)
            self.field.setFocus()
            return
        try:
            flow.to_materials()
        except FlowError as e:
            first = e.problems[0].field
            names = [f.name for f in typed]
            self.field_index = names.index(first) if first in names else 0
            self._load_field(typed[self.field_index])
            self._show(FILL)
            self._show_problem()
            return
        self._build_materials()
        self._show(MATERIALS)

    @property
    def current_field(self) -> FormField | None:
        flow = self.flow
        if flow is None or self.page != FILL:
            return None
        typed = flow.typed_fields
        return typed[self.field_index] if self.field_index < len(typed) else None

    def _load_field(self, spec: FormField) -> None:
        assert self.flow is not None
        value = self.flow.answers.get(spec.name, "")
        for b in self.choice_buttons.values():
            self.choices_box.removeWidget(b)
            discard(b)
        self.choice_buttons = {}
        typed = spec.kind not in (FieldKind.CHOICE, FieldKind.YES_NO)
        self.field.setVisible(typed)
        self.field.setMaxLength(spec.max_length)
        self.field.setText(value if typed else "")
        self.letters.setVisible(typed and spec.kind not in DIGIT_KINDS)
        hanzi = spec.kind == FieldKind.TEXT and not spec.pattern  # a name, an address, a reason
        self.letters.offer_pinyin(hanzi)
        self.letters.clear_composition()
        if hanzi and not value and spec.name != self._pinyin_asked:
            self.letters.set_pinyin(True)  # Chinese is what such a field wants; 中/英 switches to letters
            self._pinyin_asked = spec.name
        self.digits.setVisible(typed and spec.kind in DIGIT_KINDS)
        if not typed:
            values = [o.value for o in spec.options] if spec.kind == FieldKind.CHOICE else [YES, NO]
            columns = 1 if self.mode == DisplayMode.ELDER and len(values) > 2 else 2
            for i, v in enumerate(values):
                b = choice(f"choice_{v}")
                b.setAutoExclusive(True)
                b.setChecked(v == value)
                self.choice_buttons[v] = b
                self.choices_box.addWidget(b, i // columns, i % columns)
                b.show()
        self.field_error.clear()

    def _current_answer(self) -> str:
        spec = self.current_field
        if spec is None:
            return ""
        if spec.kind in (FieldKind.CHOICE, FieldKind.YES_NO):
            return next((v for v, b in self.choice_buttons.items() if b.isChecked()), "")
        return self.field.text()

    def _answer_and_move(self) -> None:
        spec = self.current_field
        flow = self.flow
        if spec is None or flow is None:
            return
        problem = flow.answer(spec.name, self._current_answer())
        if problem is not None:
            self._show_problem()
            return
        self.field_index += 1
        self._to_field_or_materials()

    def _show_problem(self) -> None:
        spec = self.current_field
        if spec is None or self.flow is None:
            return
        problem = self.flow.problem(spec.name)
        text = ssw.problem_text(spec, problem) if problem is not None else ""
        self.field_error.show_message(text)
        self.retranslate()
        if text:
            self.ctx.tell(text)

    @property
    def field_problem(self) -> str:
        return self.field_error.message

    def _build_materials(self) -> None:
        for tile in self.material_tiles.values():
            self.materials_box.removeWidget(tile)
            discard(tile)
        self.material_tiles = {}
        assert self.flow is not None
        for i, name in enumerate(self.flow.materials):
            tile = Tile(f"material_{i + 1}", secondary=True, title_role=TextRole.BODY)
            tile.clicked.connect(lambda _c=False, n=name: self.scan(n))
            self.material_tiles[name] = tile
            self.materials_box.addWidget(tile)
            tile.show()

    def scan(self, material: str) -> None:
        flow = self.flow
        if flow is None or self.page != MATERIALS:
            return
        state = flow.materials[material]
        if state.source in (MaterialSource.E_CERTIFICATE, MaterialSource.GENERATED):
            self.show_message(ssw.material_status(state))
            return
        try:
            flow.scan(material)
        except ScanError as e:
            log.info("self-service: nothing scanned: %s", e)
            self.show_message(
                translate("SelfService", "Nothing was scanned. Please put the paper on the scanner and try again.")
            )
            return
        self.retranslate()
        self.ctx.tell(ssw.material_status(flow.materials[material]))

    def _to_confirm(self) -> None:
        flow = self.flow
        if flow is None:
            return
        try:
            flow.to_confirm()
        except FlowError:
            names = "、".join(m.name for m in flow.missing_materials)
            self.show_message(
                translate("SelfService", "Still needed: {names}. Tap each to scan it.").format(names=names)
            )
            return
        self._show(CONFIRM)

    def submit(self) -> None:
        flow = self.flow
        if flow is None or self.page != CONFIRM:
            return
        recorder = OutcomeRecorder(self.ctx.device, self.ctx.providers.salt)
        try:
            self.result = recorder.record(flow)
        except REFUSALS as e:
            self.show_refusal(e)
            return
        log.info(
            "self-service: case recorded",
            extra={"item": flow.task.code, "case": self.result.case_number, "outcome": self.result.outcome.value},
        )
        flow.wipe()  # the result keeps only masked data
        for label in (self.identified, self.filled, self.summary):
            label.clear()
        self._show(RESULT)
        self._print()

    def _print(self) -> None:
        result = self.result
        if result is None:
            return
        doc = self_service_result_document(
            result,
            self.ctx.device.bundle.config,
            Language.of(current_language()),
            Paper.RECEIPT,  # the kiosk's printer is its ticket roll, as for guides
            printed_at=self.ctx.device.now(),
        )
        self._printing = self.ctx.printing.submit(doc)
        self.print_status.setText(
            translate("SelfService", "Printing your result…")
            if self._printing
            else translate("SelfService", "This kiosk has no printer: please note the case number.")
        )

    def _on_job_finished(self, job: PrintJob) -> None:
        if not self._printing or self.result is None or job.reference != self.result.case_number:
            return
        self._printing = False
        if job.fault is not None:
            text = translate("SelfService", "{fault} Your case is recorded; the staff have been told.").format(
                fault=fault_words(job.fault)
            )
        else:
            text = translate("SelfService", "Printed. Please take the paper from the slot below.")
        self.print_status.setText(text)
        self.ctx.tell(text)

    def back(self) -> None:
        page = self.page
        if page == FILL and self.field_index > 0:
            self.field_index -= 1
            self._to_field_or_materials()
        elif page == FILL:
            self._show(IDENTIFY)
        elif page == MATERIALS and self.flow is not None:
            self.flow.back()
            typed = self.flow.typed_fields
            self.field_index = max(0, len(typed) - 1)
            if typed:
                self._load_field(typed[self.field_index])
                self._show(FILL)
            else:
                self._show(IDENTIFY)
        elif page == CONFIRM and self.flow is not None:
            self.flow.back()
            self._show(MATERIALS)
        elif page in (START, IDENTIFY):
            self._forget()
            self._show(LIST)
        else:
            self._forget()
            self.ctx.back()

    def finish(self) -> None:
        self._forget()
        self.ctx.home()

    def _rate(self) -> None:
        if self.result is not None:
            number = self.result.case_number
            self._forget()
            self.ctx.go("case", number=number)

    def ask_help(self) -> None:
        """帮办代办 from where the citizen is: the item and the step (and the field) go to the staff."""
        step = self.step
        where = step.value if step else ("choose" if self.page == LIST else "start")
        note = "自助办理：" + (f"第{list(Step).index(step) + 1}步 {STEP_NAMES[step]}" if step else "开始前")
        spec = self.current_field
        if spec is not None:
            where = f"{where}:{spec.name}"
            note += f"（{spec.label}）"
        item = self.task.code if self.task is not None else None
        try:
            self.help_sent = kiosk.request_help(
                self.ctx.device, HelpKind.SELF_SERVICE_STUCK, item=item, step=where, note=note
            )
        except REFUSALS as e:
            self.show_refusal(e)
            return
        log.info("self-service: help requested", extra={"item": item, "step": where})
        self.show_message(
            translate("SelfService", "The staff have been told where you are. Please wait here: a clerk will come.")
        )

    # --- hooks --------------------------------------------------------------------------------------------

    def enter(self, **args: object) -> None:
        super().enter(**args)
        self._forget()
        self._build_list()
        code = args.get("task")
        if isinstance(code, str):
            self.open_task(code)
        else:
            self._show(LIST)

    def _forget(self) -> None:
        """Forget the citizen: the flow, every answer on screen, the result."""
        if self.flow is not None:
            self.flow.wipe()
        self.flow = None
        self.task = None
        self.result = None
        self.field_index = 0
        self.help_sent = ""
        self._printing = False
        self.field.clear()
        self.letters.clear_composition()  # letters of a name typed but not chosen go with the citizen
        self._pinyin_asked = ""
        self.field_error.clear()
        for label in (self.identified, self.filled, self.summary, self.case_number, self.result_note):
            label.clear()

    def reset(self) -> None:
        super().reset()
        self._forget()
        self._show(LIST)

    def set_mode(self, mode: DisplayMode) -> None:
        self.letters.set_mode(mode)
        self.digits.set_mode(mode)
        self._build_list()
        spec = self.current_field
        if spec is not None:
            answer = self._current_answer()
            self._load_field(spec)
            if spec.kind in (FieldKind.CHOICE, FieldKind.YES_NO) and answer in self.choice_buttons:
                self.choice_buttons[answer].setChecked(True)
        self.retranslate()

    def refresh(self) -> None:
        if self.page == START:
            self.retranslate()

    # --- words --------------------------------------------------------------------------------------------

    def retranslate(self) -> None:  # noqa: PLR0912, PLR0915 - every page's words in one place
        page = self.page
        task = self.task
        flow = self.flow
        catalogue = self.ctx.device.bundle.catalogue
        for t in self_service_tasks(catalogue):
            tile = self.task_tiles.get(t.code)
            if tile is None:
                continue
            kind = (
                translate("SelfService", "done on the spot")
                if t.outcome == Outcome.ON_THE_SPOT
                else translate("SelfService", "accepted here, done in {n} working days").format(n=t.promised_days)
            )
            extra = [kind]
            if t.package:
                extra.append(translate("SelfService", "one go for {n} items").format(n=len(t.items)))
            if t.needs_online:
                extra.append(translate("SelfService", "needs the network"))
            tile.set_texts(ssw.task_name(t), " · ".join(extra))
        self._texts_for_buttons()
        name = ssw.task_name(task) if task is not None else ""
        speech_extra: list[str] = []
        if page == LIST:
            title = translate("SelfService", "Do it yourself here")
            about = translate("SelfService", "These items can be done at this kiosk from start to finish, at any hour.")
        elif page == START:
            title = name
            steps = " → ".join(ssw.step_name(s) for s in Step)
            self.start_steps.setText(translate("SelfService", "Five steps: {steps}.").format(steps=steps))
            if task is not None and task.needs_online:
                online = (
                    translate("SelfService", "This item checks records online: the kiosk is online, you can start.")
                    if self._online()
                    else self._offline_words()
                )
            else:
                online = translate("SelfService", "This item needs no network: it can be done now, even offline.")
            self.start_online.setText(online)
            demo = self.ctx.providers.demo
            self.start_demo.setText(
                translate(
                    "SelfService",
                    "DEMO: this kiosk identifies people and fetches e-certificates with demo providers. "
                    "Nothing it prints proves anything.",
                )
                if demo
                else ""
            )
            self.start_demo.setVisible(demo)
            about = translate("SelfService", "Tap “Start” when you are ready.")
            speech_extra = [self.start_steps.text(), online]
        elif page == IDENTIFY:
            title = translate("SelfService", "Step 1: identify yourself")
            self.identify_how.setText(
                translate(
                    "SelfService",
                    "Put your ID card on the reader, or scan the provincial login code with your phone.",
                )
            )
            demo = self.ctx.providers.identity.demo
            read = (
                translate("SelfService", "Read the demo ID card (DEMO)")
                if demo
                else translate("SelfService", "Read my ID card")
            )
            self.identify_button.setText(read)
            make_accessible(self.identify_button, read, translate("SelfService", "Identifies you for this item."))
            citizen = flow.citizen if flow is not None else None
            self.identify_button.setVisible(citizen is None)
            if flow is not None and citizen is not None:
                self.identified.setText(
                    translate("SelfService", "Identified: {name}, ID {id}").format(
                        name=citizen.masked_name, id=citizen.masked_id
                    )
                    + (translate("SelfService", " (DEMO)") if citizen.demo else "")
                )
                filled = [
                    f"{ssw.label(f)}：{self._shown(f, flow.answers[f.name])}"
                    for f in flow.fields
                    if f.name in flow.filled
                ]
                certs = "、".join(flow.fetched) or translate("SelfService", "none")
                self.filled.setText(
                    translate("SelfService", "E-certificates fetched: {certs}.").format(certs=certs)
                    + (
                        "\n" + translate("SelfService", "Filled in for you:") + "\n" + "\n".join(filled)
                        if filled
                        else ""
                    )
                )
                about = translate("SelfService", "Check what was filled in, then tap “Next”.")
            else:
                self.identified.clear()
                self.filled.clear()
                about = self.identify_how.text()
            self.identified.setVisible(bool(self.identified.text()))
            self.filled.setVisible(bool(self.filled.text()))
        elif page == FILL:
            spec = self.current_field
            typed = flow.typed_fields if flow is not None else []
            title = translate("SelfService", "Step 2: fill in ({i} of {n})").format(
                i=self.field_index + 1, n=len(typed)
            )
            about = ""
            if spec is not None:
                required = "" if spec.required else translate("SelfService", " (may be left empty)")
                self.field_label.setText(ssw.label(spec) + required)
                self.field_help.setText(ssw.help_text(spec))
                self.field_help.setVisible(bool(spec.help))
                make_accessible(self.field, ssw.label(spec), ssw.help_text(spec) or ssw.label(spec))
                self.field.setPlaceholderText(self._placeholder(spec))
                for v, b in self.choice_buttons.items():
                    opt = spec.option(v)
                    text = ssw.option_label(opt) if opt is not None else ssw.yes_no(v)
                    b.setText(text)
                    make_accessible(b, text, ssw.label(spec))
                about = ssw.help_text(spec)
                problem = self.flow.problem(spec.name) if self.flow is not None and self.field_error.message else None
                if problem is not None:  # said again in the language now shown
                    self.field_error.show_message(ssw.problem_text(spec, problem))
                speech_extra = [self.field_label.text(), self.field_error.message]
        elif page == MATERIALS:
            title = translate("SelfService", "Step 3: materials")
            about = translate("SelfService", "E-certificates replace paper; scan only what is asked for.")
            if flow is not None:
                for i, (mname, tile) in enumerate(self.material_tiles.items(), start=1):
                    state = flow.materials[mname]
                    mark = "✓ " if state.source != MaterialSource.MISSING else ""
                    tile.set_texts(f"{i}. {mark}{mname}", ssw.material_status(state))
                speech_extra = [f"{t.title.text()}: {t.detail.text()}" for t in self.material_tiles.values()]
        elif page == CONFIRM:
            title = translate("SelfService", "Step 4: check and confirm")
            about = translate("SelfService", "Nothing is sent until you tap “Confirm”.")
            if flow is not None and task is not None and flow.citizen is not None:
                promised = (
                    translate("SelfService", "Done on the spot: the result is printed at once.")
                    if task.outcome == Outcome.ON_THE_SPOT
                    else translate(
                        "SelfService", "Accepted here; the back office finishes it within {n} working days."
                    ).format(n=task.promised_days)
                )
                self.promise.setText(promised)
                lines = [
                    translate("SelfService", "Item: {name}").format(name=name),
                    translate("SelfService", "Applicant: {name}, ID {id}").format(
                        name=flow.citizen.masked_name, id=flow.citizen.masked_id
                    ),
                ]
                lines += [
                    f"{ssw.label(f)}：{self._shown(f, flow.answers.get(f.name, ''))}"
                    for f in flow.fields
                    if flow.answers.get(f.name) and f.filled_from not in {"identity.name", "identity.id_number"}
                ]
                lines += [f"{m}：{ssw.material_status(s)}" for m, s in flow.materials.items()]
                self.summary.setText("\n".join(lines))
                speech_extra = [promised]
        else:  # RESULT
            result = self.result
            if result is not None:
                done = result.outcome == Outcome.ON_THE_SPOT
                title = translate("SelfService", "Done") if done else translate("SelfService", "Accepted")
                self.result_head.setText(translate("SelfService", "Your case number"))
                self.case_number.setText(result.case_number)
                if done:
                    note = translate(
                        "SelfService", "{name} is done. You can rate it now (one rating per case)."
                    ).format(name=ssw.task_name(task) if task else result.task_name)
                else:
                    note = translate(
                        "SelfService",
                        "Your application is accepted. It will be done by {date}; we will text you. "
                        "Look it up here with the case number.",
                    ).format(date=words.full_date(result.promised_date))
                self.result_note.setText(note)
                about = note
                speech_extra = [self.result_head.text(), words.spell(result.case_number)]
            else:
                title, about = translate("SelfService", "Result"), ""
        step = self.step
        if step is not None:
            index = list(Step).index(step) + 1
            self.step_line.setText(
                translate("SelfService", "{name} · step {i} of 5: {step}").format(
                    name=name, i=index, step=ssw.step_name(step)
                )
            )
        else:
            self.step_line.setText("")
        self.step_line.setVisible(bool(self.step_line.text()))
        speech = words.sentences(title, *[s for s in speech_extra if s], about)
        self.describe(title, about or title, speech=speech)

    def _texts_for_buttons(self) -> None:
        page = self.page
        self.help_button.setText(translate("SelfService", "Ask staff for help"))
        make_accessible(
            self.help_button,
            translate("SelfService", "Ask staff for help"),
            translate("SelfService", "Tells a clerk which item and step you are at; they come to this kiosk."),
        )
        self.back_button.setText(translate("SelfService", "Back"))
        make_accessible(
            self.back_button, translate("SelfService", "Back"), translate("SelfService", "The step before.")
        )
        next_text = {
            START: translate("SelfService", "Start"),
            CONFIRM: translate("SelfService", "Confirm"),
        }.get(page, translate("SelfService", "Next"))
        self.next_button.setText(next_text)
        make_accessible(self.next_button, next_text, translate("SelfService", "Goes on to the next step."))
        self.rate_button.setText(translate("SelfService", "Rate this case"))
        make_accessible(
            self.rate_button,
            translate("SelfService", "Rate this case"),
            translate("SelfService", "You can rate each case once."),
        )
        self.done_button.setText(translate("SelfService", "Finish"))
        make_accessible(
            self.done_button,
            translate("SelfService", "Finish"),
            translate("SelfService", "Back to the first screen; what you entered is forgotten."),
        )
        self.next_button.setVisible(page in (START, IDENTIFY, FILL, MATERIALS, CONFIRM))
        blocked = page == START and self.task is not None and self.task.needs_online and not self._online()
        self.next_button.setEnabled(not blocked)
        self.back_button.setVisible(page != RESULT)
        self.done_button.setVisible(page == RESULT)
        result = self.result
        self.rate_button.setVisible(page == RESULT and result is not None and result.outcome == Outcome.ON_THE_SPOT)

    def _placeholder(self, spec: FormField) -> str:
        return {
            FieldKind.DATE: translate("SelfService", "e.g. 2026-03-08"),
            FieldKind.PHONE: translate("SelfService", "11 digits"),
            FieldKind.ID_NUMBER: translate("SelfService", "18 characters"),
            FieldKind.NUMBER: translate("SelfService", "digits"),
        }.get(spec.kind, "")

    def _shown(self, spec: FormField, value: str) -> str:
        """An answer as the screen shows it: ID numbers, the citizen's name and phone numbers masked, options by
        their label."""
        if spec.kind == FieldKind.ID_NUMBER:
            return mask_id_number(value)
        if spec.filled_from == "identity.name":
            return mask_name(value)
        if spec.kind == FieldKind.PHONE:
            return mask_phone(value)
        if spec.kind == FieldKind.YES_NO:
            return ssw.yes_no(value)
        if spec.kind == FieldKind.CHOICE:
            opt = spec.option(value)
            return ssw.option_label(opt) if opt is not None else value
        return value
