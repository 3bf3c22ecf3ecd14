"""Read user input safely: size limit, binary detection, UTF-8 decoding; numbered errors, never a traceback."""

from __future__ import annotations

import sys
from pathlib import Path

from targetlens.errors import BinaryInput, EmptyInput, EncodingError, FileNotReadable, InputTooLarge

#: Largest input accepted by `targetlens analyze` (bytes). Larger corpora belong in batch mode.
MAX_INPUT_BYTES = 5 * 1024 * 1024

_CONTROLS = {c: " " for c in [*range(0x20), 0x7F, *range(0x80, 0xA0)] if chr(c) not in "\t\n\r"}
_CONTROLS.update({0x0C: "\n", 0x0B: "\n"})
_CONTROL_TABLE = str.maketrans(_CONTROLS)


def read_input(source: str | None) -> str:
    """Text of a file path, or of standard input when source is None or '-'."""
    if source in (None, "-"):
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        where = "standard input"
    else:
        path = Path(source)
        if not path.is_file():
            raise FileNotReadable(f"{source}: no such file (or it is a directory)")
        try:
            if path.stat().st_size > MAX_INPUT_BYTES:
                raise InputTooLarge(f"{source}: {path.stat().st_size} bytes; the limit is {MAX_INPUT_BYTES} bytes")
            data = path.read_bytes()
        except OSError as exc:
            raise FileNotReadable(f"{source}: cannot be read: {exc.strerror}") from exc
        where = source
    return decode_text(data, where)


def decode_text(data: bytes, where: str = "input") -> str:
    """Validate and decode bytes (TL101-TL104 on empty, oversize, binary, UTF-16 or non-UTF-8 input).

    The text returned has its control characters normalised (see `normalise_controls`).
    """
    if len(data) > MAX_INPUT_BYTES:
        raise InputTooLarge(f"{where}: more than {MAX_INPUT_BYTES} bytes; split it or use batch mode")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or (b"\x00" in data and _looks_utf16(data)):
        file = where if Path(where).is_file() else "FILE"
        raise EncodingError(
            f"{where}: UTF-16 text, not UTF-8; convert it first, e.g. iconv -f UTF-16 -t UTF-8 {file} > converted.txt"
        )
    if b"\x00" in data:
        raise BinaryInput(f"{where}: contains NUL bytes, so it is a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"{where}: not valid UTF-8 (byte {exc.start}); convert it first, e.g. iconv -f CP1251 -t UTF-8"
        ) from exc
    check_text(text, where)
    return normalise_controls(text)


def normalise_controls(text: str) -> str:
    """Text of the same length: form feed and vertical tab become line breaks, other C0/C1 controls spaces."""
    return text.translate(_CONTROL_TABLE)


def check_text(text: str, where: str = "input") -> None:
    """Raise TL101 for text with no letters, TL102 for text that is mostly control characters."""
    if not text.strip():
        raise EmptyInput(f"{where}: is empty; give a file or text with at least one statement")
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if controls > max(8, len(text[:8192]) // 10):
        raise BinaryInput(f"{where}: mostly control characters, so it looks binary, not text")
    if not any(ch.isalpha() for ch in text):
        raise EmptyInput(f"{where}: has no words to analyse")


def _looks_utf16(data: bytes) -> bool:
    """Many NUL bytes, nearly all on one parity, and the sample decodes as mostly printable UTF-16 text."""
    sample = data[: min(len(data), 8192) & ~1]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if max(even, odd) < max(2, len(sample) // 20) or min(even, odd) > (even + odd) // 20:
        return False
    try:
        text = sample.decode("utf-16-le" if odd > even else "utf-16-be")
    except UnicodeDecodeError:
        return False
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\t\n\r")
    return printable >= 0.9 * len(text)


def printable(text: str) -> str:
    """Text safe to print or write as UTF-8: a file name that is not valid UTF-8 shows its bad bytes as '\ufffd'."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
