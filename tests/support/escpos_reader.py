"""Reads back the ESC/POS bytes a job sends, the way a printer would: text lines (GB18030 in Chinese
mode) with their style, QR codes stored with ``GS ( k``, raster images from ``GS v 0``, and the cut.

Every command Hall sends is known here; anything else fails the test, so a stray byte is noticed."""

from __future__ import annotations

from dataclasses import dataclass, field

from PIL import Image

ESC, GS, FS, DLE, LF = 0x1B, 0x1D, 0x1C, 0x10, 0x0A


@dataclass
class Line:
    text: str
    bold: bool
    width: int
    height: int
    small: bool
    align: int  # 0 left, 1 centre, 2 right


@dataclass
class Printed:
    lines: list[Line] = field(default_factory=list)
    qr_payloads: list[bytes] = field(default_factory=list)
    qr_module_dots: list[int] = field(default_factory=list)
    images: list[Image.Image] = field(default_factory=list)
    commands: list[str] = field(default_factory=list)
    chinese_mode: bool = False

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    def line(self, text: str) -> Line:
        for line in self.lines:
            if text in line.text:
                return line
        raise AssertionError(f"no printed line holds {text!r}:\n{self.text}")

    @property
    def image(self) -> Image.Image:
        """The raster fragments stacked: the slip as printed in bitmap mode."""
        width = max(im.width for im in self.images)
        whole = Image.new("1", (width, sum(im.height for im in self.images)), 1)
        y = 0
        for im in self.images:
            whole.paste(im, (0, y))
            y += im.height
        return whole


def read(data: bytes) -> Printed:
    out = Printed()
    bold = small = False
    width = height = 1
    align = 0
    pending = bytearray()
    i = 0

    def flush() -> None:
        out.lines.append(Line(pending.decode("gb18030"), bold, width, height, small, align))
        pending.clear()

    while i < len(data):
        b = data[i]
        if b == LF:
            flush()
            i += 1
        elif b == ESC:
            cmd = data[i + 1]
            if cmd == ord("@"):
                out.commands.append("init")
                bold = small = False
                width = height = 1
                align = 0
                i += 2
            elif cmd == ord("E"):
                bold = bool(data[i + 2])
                i += 3
            elif cmd == ord("M"):
                small = data[i + 2] == 1
                i += 3
            elif cmd == ord("a"):
                align = data[i + 2]
                i += 3
            elif cmd == ord("d"):
                out.commands.append(f"feed {data[i + 2]}")
                i += 3
            else:
                raise AssertionError(f"unknown ESC {cmd:#04x} at {i}")
        elif b == GS:
            cmd = data[i + 1]
            if cmd == ord("!"):
                n = data[i + 2]
                width, height = (n >> 4) + 1, (n & 0x0F) + 1
                i += 3
            elif cmd == ord("V"):
                out.commands.append("cut full" if data[i + 2] in (0, 48) else "cut partial")
                i += 3
            elif cmd == ord("(") and data[i + 2] == ord("k"):
                size = data[i + 3] + 256 * data[i + 4]
                body = data[i + 5 : i + 5 + size]
                cn, fn = body[0], body[1]
                if cn == 49 and fn == 67:
                    out.qr_module_dots.append(body[2])
                elif cn == 49 and fn == 80:
                    out.qr_payloads.append(bytes(body[3:]))
                elif cn == 49 and fn == 81:
                    out.commands.append("qr print")
                i += 5 + size
            elif cmd == ord("v") and data[i + 2] == ord("0"):
                row_bytes = data[i + 4] + 256 * data[i + 5]
                rows = data[i + 6] + 256 * data[i + 7]
                raster = data[i + 8 : i + 8 + row_bytes * rows]
                # ESC/POS: a set bit is a black dot; Pillow's mode "1": 0 is black.
                image = Image.frombytes("1", (row_bytes * 8, rows), bytes(255 - v for v in raster))
                out.images.append(image)
                i += 8 + row_bytes * rows
            else:
                raise AssertionError(f"unknown GS {cmd:#04x} at {i}")
        elif b == FS:
            cmd = data[i + 1]
            if cmd == ord("&"):
                out.chinese_mode = True
            elif cmd == ord("."):
                out.chinese_mode = False
            else:
                raise AssertionError(f"unknown FS {cmd:#04x} at {i}")
            i += 2
        elif b == DLE:
            out.commands.append(f"status {data[i + 2]}")
            i += 3
        elif b < 0x20:
            raise AssertionError(f"unexpected control byte {b:#04x} at {i}")
        elif b >= 0x81:
            if not out.chinese_mode:
                raise AssertionError(f"a multi-byte character outside Chinese mode at {i}")
            # GB18030: two bytes, or four when the second is a digit
            step = 4 if 0x30 <= data[i + 1] <= 0x39 else 2
            pending += data[i : i + step]
            i += step
        else:
            pending.append(b)
            i += 1
    if pending:
        flush()
    return out
