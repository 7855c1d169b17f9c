"""The self-service flow's words in the screen's language: what to fix in an answer (from the problem's
code and the field's own hint), the names of the steps, the outcome, how a material was given. Labels,
help and options come from the catalogue: Chinese, or the English the catalogue gives."""

from __future__ import annotations

from common.catalogue import Item, Package
from common.self_service.flow import MaterialSource, MaterialState, Step
from common.self_service.form import FieldKind, FormField, Option
from common.self_service.task import SelfServiceTask
from common.self_service.validation import NO, YES, Problem
from common.ui.i18n import translate
from kiosk import words


def label(spec: FormField) -> str:
    return spec.label if words.chinese() or not spec.label_en else spec.label_en


def help_text(spec: FormField) -> str:
    return spec.help if words.chinese() or not spec.help_en else spec.help_en


def option_label(option: Option) -> str:
    return option.label if words.chinese() or not option.label_en else option.label_en


def yes_no(value: str) -> str:
    return {YES: translate("SelfService", "Yes"), NO: translate("SelfService", "No")}.get(value, value)


def task_name(task: SelfServiceTask | Item | Package) -> str:
    return task.name if words.chinese() or not task.name_en else task.name_en


def step_name(step: Step) -> str:
    return {
        Step.IDENTIFY: translate("SelfService", "Identify"),
        Step.FILL: translate("SelfService", "Fill in"),
        Step.MATERIALS: translate("SelfService", "Materials"),
        Step.CONFIRM: translate("SelfService", "Confirm"),
        Step.RESULT: translate("SelfService", "Result"),
    }[step]


def problem_text(spec: FormField, problem: Problem) -> str:  # noqa: PLR0911, PLR0912 - one sentence per problem
    """What to fix, in words, for the field it concerns."""
    name = label(spec)
    p = problem.params
    match problem.code:
        case "required":
            if spec.kind in (FieldKind.CHOICE, FieldKind.YES_NO):
                return translate("SelfService", "Please choose an answer for “{name}”.").format(name=name)
            return translate("SelfService", "Please fill in “{name}”.").format(name=name)
        case "too_long":
            return translate("SelfService", "“{name}” is too long: at most {n} characters.").format(
                name=name, n=p.get("max", "")
            )
        case "pattern":
            hint = spec.pattern_hint if words.chinese() or not spec.pattern_hint_en else spec.pattern_hint_en
            return translate("SelfService", "“{name}” should be {hint}.").format(name=name, hint=hint)
        case "id_number":
            return translate(
                "SelfService",
                "An ID number has 18 characters: 17 digits, then a digit or X. You typed {n}.",
            ).format(n=p.get("length", ""))
        case "id_checksum":
            return translate("SelfService", "This ID number does not add up: please check each digit against the card.")
        case "phone":
            return translate("SelfService", "A mobile number has 11 digits and starts with 1, e.g. 13812345678.")
        case "date_format":
            return translate(
                "SelfService", "Please write the date as year-month-day, e.g. 2026-03-08, and check it exists."
            )
        case "date_future":
            return translate("SelfService", "This date is after today: please give a date up to today.")
        case "date_past":
            return translate("SelfService", "This date has passed: please give today or a later date.")
        case "number_format":
            return translate("SelfService", "Please type a number, using digits only.")
        case "number_decimals" if p.get("decimals") == "0":
            return translate("SelfService", "Please type a whole number, without a point.")
        case "number_decimals":
            return translate("SelfService", "Please use at most {n} digits after the point.").format(
                n=p.get("decimals", "0")
            )
        case "number_min":
            return translate("SelfService", "The smallest number allowed is {n}.").format(n=p.get("min", ""))
        case "number_max":
            return translate("SelfService", "The largest number allowed is {n}.").format(n=p.get("max", ""))
        case _:
            return translate("SelfService", "Please choose one of the answers shown.")


def material_status(state: MaterialState) -> str:
    match state.source:
        case MaterialSource.E_CERTIFICATE:
            assert state.certificate is not None
            return translate("SelfService", "No paper needed: fetched as an e-certificate ({name}).").format(
                name=state.certificate.name
            )
        case MaterialSource.GENERATED:
            return translate("SelfService", "Made here at the kiosk; nothing to bring.")
        case MaterialSource.SCANNED:
            assert state.scan is not None
            return translate("SelfService", "Scanned: {file}. Tap to scan again.").format(file=state.scan.file_name)
        case _:
            if state.material.required:
                return translate("SelfService", "Needed: tap here, then put it on the scanner.")
            return translate("SelfService", "Only if it applies: tap here to scan it.")
