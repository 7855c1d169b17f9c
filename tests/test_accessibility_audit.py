"""The shared accessibility audit finds each kind of problem it claims to find, from what is rendered,
and finds nothing on a screen built to the theme."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from common.readability import DisplayMode
from common.ui.accessibility_audit import FindingKind, audit, exempt
from common.ui.accessible import make_accessible
from common.ui.theme import ELDER, NORMAL, Surface, TextRole, apply_theme, set_role, set_surface
from tests.support.accessibility import assert_accessible

Build = Callable[[QVBoxLayout], None]


@pytest.fixture
def screen(qtbot) -> Callable[..., QWidget]:
    def make(build: Build | None = None, mode: DisplayMode = DisplayMode.ELDER, speech: bool = True) -> QWidget:
        w = QWidget()
        qtbot.addWidget(w)
        apply_theme(w, ELDER if mode == DisplayMode.ELDER else NORMAL)
        set_surface(w, Surface.SCREEN)
        w.setAccessibleName("测试页面")
        if speech:
            make_accessible(w, "测试页面", "用于检查无障碍审查")
        layout = QVBoxLayout(w)
        heading = QLabel("取号")
        set_role(heading, TextRole.HEADING)
        layout.addWidget(heading)
        layout.addWidget(QLabel("请选择办理的业务"))
        button = QPushButton("不动产登记")
        make_accessible(button, "不动产登记", "取一个不动产登记的号")
        layout.addWidget(button)
        if build:
            build(layout)
        layout.addStretch()
        w.resize(1000, 900)
        w.show()
        qtbot.waitExposed(w)
        return w

    return make


def kinds(widget: QWidget, mode: DisplayMode = DisplayMode.ELDER) -> set[FindingKind]:
    return {f.kind for f in audit(widget, mode)}


def test_a_screen_built_to_the_theme_passes_in_both_modes(screen) -> None:
    assert_accessible(screen(mode=DisplayMode.ELDER), DisplayMode.ELDER)
    assert_accessible(screen(mode=DisplayMode.NORMAL), DisplayMode.NORMAL)


def test_normal_sizes_fail_in_elder_mode(screen) -> None:
    assert FindingKind.TEXT_TOO_SMALL in kinds(screen(mode=DisplayMode.NORMAL), DisplayMode.ELDER)


def test_a_too_small_font_is_found(screen) -> None:
    def build(layout: QVBoxLayout) -> None:
        small = QLabel("小字说明")
        small.setStyleSheet("font-size: 22px;")
        layout.addWidget(small)

    findings = audit(screen(build), DisplayMode.ELDER)
    assert [f.kind for f in findings] == [FindingKind.TEXT_TOO_SMALL]
    assert "22 px, needs 32 px" in findings[0].detail
    assert '"小字说明"' in findings[0].widget


def test_a_heading_at_body_size_is_found(screen) -> None:
    def build(layout: QVBoxLayout) -> None:
        heading = QLabel("办事指南")
        set_role(heading, TextRole.HEADING)
        heading.setStyleSheet("font-size: 32px;")
        layout.addWidget(heading)

    assert kinds(screen(build)) == {FindingKind.TEXT_TOO_SMALL}


def test_a_low_contrast_label_is_found_from_the_rendered_pixels(screen) -> None:
    def build(layout: QVBoxLayout) -> None:
        grey = QLabel("灰色文字")
        grey.setStyleSheet("color: #8A8A8A; background-color: #B0B0B0;")
        layout.addWidget(grey)

    findings = audit(screen(build), DisplayMode.ELDER)
    assert [f.kind for f in findings] == [FindingKind.LOW_CONTRAST]
    assert "#8A8A8A on #B0B0B0" in findings[0].detail


def test_contrast_between_normal_and_elder_thresholds_fails_only_in_elder_mode(screen) -> None:
    def build(layout: QVBoxLayout) -> None:
        label = QLabel("对比度五比一")
        label.setStyleSheet("color: #6B6B6B; background-color: #FFFFFF;")  # 5.3:1
        layout.addWidget(label)

    assert FindingKind.LOW_CONTRAST not in kinds(screen(build, mode=DisplayMode.NORMAL), DisplayMode.NORMAL)
    assert FindingKind.LOW_CONTRAST in kinds(screen(build))


def test_text_drawn_in_its_background_colour_is_found(screen) -> None:
    def build(layout: QVBoxLayout) -> None:
        hidden = QLabel("看不见的字")
        hidden.setStyleSheet("color: #FFFFFF; background-color: #FFFFFF;")
        layout.addWidget(hidden)

    assert kinds(screen(build)) == {FindingKind.LOW_CONTRAST}


def test_a_tiny_button_is_found(screen) -> None:
    def build(layout: QVBoxLayout) -> None:
        tiny = QPushButton("")
        tiny.setStyleSheet("min-width: 0; min-height: 0; padding: 0;")
        tiny.setFixedSize(40, 40)
        make_accessible(tiny, "关闭", "关闭本页")
        layout.addWidget(tiny)

    findings = audit(screen(build), DisplayMode.ELDER)
    assert [f.kind for f in findings] == [FindingKind.SMALL_TARGET]
    assert "40x40 px, needs 96x96" in findings[0].detail


def test_a_nameless_button_is_found(screen) -> None:
    def build(layout: QVBoxLayout) -> None:
        layout.addWidget(QPushButton("确定"))

    assert kinds(screen(build)) == {
        FindingKind.NO_ACCESSIBLE_NAME,
        FindingKind.NO_ACCESSIBLE_DESCRIPTION,
        FindingKind.NO_SPEECH_TEXT,
    }


def test_a_screen_with_nothing_to_read_aloud_is_found(screen) -> None:
    assert kinds(screen(speech=False)) == {FindingKind.NO_SPEECH_TEXT}


def test_clipped_text_is_found(screen) -> None:
    def build(layout: QVBoxLayout) -> None:
        narrow = QLabel("不动产登记资料查询与权属证明打印")
        narrow.setFixedWidth(200)
        layout.addWidget(narrow)

    findings = audit(screen(build), DisplayMode.ELDER)
    assert [f.kind for f in findings] == [FindingKind.CLIPPED_TEXT]


def test_word_wrapped_text_that_fits_is_not_clipped_but_too_little_height_is(screen) -> None:
    def fits(layout: QVBoxLayout) -> None:
        wrapped = QLabel("不动产登记资料查询与权属证明打印")
        wrapped.setWordWrap(True)
        wrapped.setFixedWidth(300)
        layout.addWidget(wrapped)

    def squeezed(layout: QVBoxLayout) -> None:
        wrapped = QLabel("不动产登记资料查询与权属证明打印")
        wrapped.setWordWrap(True)
        wrapped.setFixedSize(300, 50)
        layout.addWidget(wrapped)

    assert kinds(screen(fits)) == set()
    assert kinds(screen(squeezed)) == {FindingKind.CLIPPED_TEXT}


def test_a_widget_outside_its_parent_is_found(screen) -> None:
    def build(layout: QVBoxLayout) -> None:
        box = QWidget()
        box.setFixedSize(400, 120)
        loose = QLabel("溢出", box)
        loose.setGeometry(300, 0, 200, 60)
        layout.addWidget(box)

    assert kinds(screen(build)) == {FindingKind.OVERFLOW}


def test_a_font_with_tight_line_spacing_is_found(screen) -> None:
    def build(layout: QVBoxLayout) -> None:
        tight = QLabel("Tight lines")
        font = QFont("DejaVu Sans")
        font.setPixelSize(40)
        tight.setFont(font)
        tight.setStyleSheet('font-family: "DejaVu Sans"; font-size: 40px;')
        layout.addWidget(tight)

    assert kinds(screen(build)) == {FindingKind.LINE_SPACING}


def test_an_exemption_silences_only_its_kind(screen) -> None:
    def build(layout: QVBoxLayout) -> None:
        narrow = QLabel("不动产登记资料查询与权属证明打印")
        narrow.setFixedWidth(200)
        narrow.setStyleSheet("font-size: 22px;")
        exempt(narrow, FindingKind.CLIPPED_TEXT)  # as a scrolling ticker would be
        layout.addWidget(narrow)

    assert kinds(screen(build)) == {FindingKind.TEXT_TOO_SMALL}


def test_the_assertion_lists_the_findings(screen) -> None:
    def build(layout: QVBoxLayout) -> None:
        layout.addWidget(QPushButton("确定"))

    with pytest.raises(pytest.fail.Exception, match=r"(?s)3 accessibility finding.*no_accessible_name.*\"确定\""):
        assert_accessible(screen(build), DisplayMode.ELDER)
