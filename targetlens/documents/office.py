"""Text out of Word (.docx) and PDF files, with a way to say where an offset of that text stands in the source.

python-docx and pypdf are imported when a file is read, not when this module is. Whatever a broken or hostile
file makes them raise becomes a numbered error (TL101, TL104, TL105, TL108), never a traceback. Control
characters in the text become spaces or line breaks (`normalise_controls`), so offsets keep their meaning.
"""

from __future__ import annotations

import io
import logging
import zipfile
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from targetlens.errors import (
    BackendUnavailable,
    EmptyInput,
    FileNotReadable,
    InputTooLarge,
    TargetlensError,
    UnsupportedFormat,
)
from targetlens.inputs import MAX_INPUT_BYTES, check_text, normalise_controls

#: Largest total uncompressed size of the parts of a .docx (a guard against zip bombs).
MAX_UNZIPPED_BYTES = 20 * MAX_INPUT_BYTES


@dataclass(frozen=True)
class OfficeText:
    """Text extracted from a document, and `locate(offset)`: where that offset stands in the source."""

    text: str
    locate: Callable[[int], str]


def read_file_bytes(path: str) -> bytes:
    """Bytes of a file, checked for existence (TL105), size (TL104) and emptiness (TL101) before any parsing."""
    file = Path(path)
    if not file.is_file():
        raise FileNotReadable(f"{path}: no such file (or it is a directory)")
    try:
        size = file.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise InputTooLarge(f"{path}: {size} bytes; the limit is {MAX_INPUT_BYTES} bytes")
        if size == 0:
            raise EmptyInput(f"{path}: is empty (0 bytes); give a document with at least one statement")
        return file.read_bytes()
    except OSError as exc:
        raise FileNotReadable(f"{path}: cannot be read: {exc.strerror}") from exc


def read_docx(path: str) -> OfficeText:
    """Non-empty paragraphs of the body, table cells included, in document order, one per line."""
    try:
        import docx
    except ImportError as exc:
        raise BackendUnavailable("python-docx is not installed; install python-docx to read .docx files") from exc
    data = read_file_bytes(path)
    invalid = f"{path}: not a valid DOCX file (it cannot be opened as a Word document)"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unzipped = sum(info.file_size for info in archive.infolist())
        if unzipped > MAX_UNZIPPED_BYTES:
            raise InputTooLarge(f"{path}: unpacks to {unzipped} bytes; the limit is {MAX_UNZIPPED_BYTES} bytes")
        blocks = (normalise_controls(t) for t in _docx_blocks(docx.Document(io.BytesIO(data))))
        paragraphs = [t for t in blocks if t.strip()]
    except TargetlensError:
        raise
    except Exception as exc:  # zipfile.BadZipFile, KeyError, ValueError, lxml and python-docx errors alike
        raise UnsupportedFormat(f"{invalid} ({type(exc).__name__})") from exc
    starts, pos = [], 0
    for paragraph in paragraphs:
        starts.append(pos)
        pos += len(paragraph) + 1
    text = _checked("\n".join(paragraphs), path, "has no text in its paragraphs or tables")
    return OfficeText(text, lambda offset: f"paragraph {bisect_right(starts, offset)}")


def read_pdf(path: str) -> OfficeText:
    """Text of every page, pages joined by a line break; a PDF with no text layer is TL101."""
    try:
        import pypdf
    except ImportError as exc:
        raise BackendUnavailable("pypdf is not installed; install pypdf to read .pdf files") from exc
    data = read_file_bytes(path)
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.ERROR)  # its warnings about repaired files are noise to a user
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnsupportedFormat(f"{path}: the PDF is encrypted with a password; decrypt it first (qpdf --decrypt)")
        pages, size = [], 0
        for page in reader.pages:
            pages.append(normalise_controls(page.extract_text() or ""))
            size += len(pages[-1])
            if size > MAX_INPUT_BYTES:
                raise InputTooLarge(f"{path}: more than {MAX_INPUT_BYTES} characters of text; split it first")
    except TargetlensError:
        raise
    except Exception as exc:  # pypdf.errors.PyPdfError, ValueError, KeyError, zlib and crypto errors alike
        raise UnsupportedFormat(f"{path}: not a valid PDF file (pypdf cannot read it: {type(exc).__name__})") from exc
    finally:
        pypdf_log.setLevel(level)
    if not any(ch.isalpha() for page in pages for ch in page):
        raise EmptyInput(f"{path}: the PDF has no text layer (a scanned image?); OCR it first, e.g. with ocrmypdf")
    starts, pos = [], 0
    for page_text in pages:
        starts.append(pos)
        pos += len(page_text) + 1
    text = _checked("\n".join(pages), path, "has no text")

    def locate(offset: int) -> str:
        page = bisect_right(starts, offset)
        return f"page {page}, line {text.count(chr(10), starts[page - 1], offset) + 1}"

    return OfficeText(text, locate)


def _docx_blocks(document: Any) -> Iterator[str]:
    """Paragraph texts of a document or table cell, descending into tables (merged cells once)."""
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            seen: dict[int, Any] = {}  # id -> cell element; the value keeps the element, so the id stays unique
            for row in block.rows:
                for cell in row.cells:
                    if id(cell._tc) not in seen:
                        seen[id(cell._tc)] = cell._tc
                        yield from _docx_blocks(cell)
        else:
            yield block.text


def _checked(text: str, path: str, empty: str) -> str:
    if len(text.encode("utf-8")) > MAX_INPUT_BYTES:
        raise InputTooLarge(f"{path}: its text is more than {MAX_INPUT_BYTES} bytes; split it first")
    if not text.strip():
        raise EmptyInput(f"{path}: {empty}")
    check_text(text, path)
    return text
