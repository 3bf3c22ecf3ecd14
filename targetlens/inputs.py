"""Read user input safely: size limit, binary detection, UTF-8 decoding; numbered errors, never a traceback."""

from __future__ import annotations

import sys
from pathlib import Path

from targetlens.errors import BinaryInput, EmptyInput, EncodingError, FileNotReadable, InputTooLarge

#: Largest input accepted by `targetlens analyze` (bytes). Larger corpora belong in batch mode.
MAX_INPUT_BYTES = 5 * 1024 * 1024


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
    """Validate and decode bytes; raise TL101-TL104 on empty, oversize, binary or non-UTF-8 input."""
    if len(data) > MAX_INPUT_BYTES:
        raise InputTooLarge(f"{where}: more than {MAX_INPUT_BYTES} bytes; split it or use batch mode")
    if b"\x00" in data[:8192]:
        raise BinaryInput(f"{where}: contains NUL bytes, so it is a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"{where}: not valid UTF-8 (byte {exc.start}); convert it first, e.g. iconv -f CP1251 -t UTF-8"
        ) from exc
    check_text(text, where)
    return text


def check_text(text: str, where: str = "input") -> None:
    """Raise TL101 for text with no letters, TL102 for text that is mostly control characters."""
    if not text.strip():
        raise EmptyInput(f"{where}: is empty; give a file or text with at least one statement")
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if controls > max(8, len(text[:8192]) // 10):
        raise BinaryInput(f"{where}: mostly control characters, so it looks binary, not text")
    if not any(ch.isalpha() for ch in text):
        raise EmptyInput(f"{where}: has no words to analyse")
