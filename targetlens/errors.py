"""Numbered errors and warnings, so that a report, a log line and a test can cite them."""

from __future__ import annotations


class TargetlensError(Exception):
    """An error a user can act on. `code` is stable; the message says what to do."""

    code = "TL000"
    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")
        self.message = message


class InputError(TargetlensError):
    """Base of every error caused by the input a user gave (exit code 2)."""

    exit_code = 2


class EmptyInput(InputError):
    """The input holds no text (TL101)."""

    code = "TL101"


class BinaryInput(InputError):
    """The input looks like a binary file, not text (TL102)."""

    code = "TL102"


class EncodingError(InputError):
    """The input is not valid UTF-8 (TL103)."""

    code = "TL103"


class InputTooLarge(InputError):
    """The input exceeds the documented size limit (TL104)."""

    code = "TL104"


class FileNotReadable(InputError):
    """The input file does not exist or cannot be read (TL105)."""

    code = "TL105"


class UnknownLanguage(InputError):
    """A --language code that targetlens does not know (TL106)."""

    code = "TL106"


class BadLabelledFile(InputError):
    """A labelled evaluation file that cannot be scored: missing column, unknown label, bad row (TL107)."""

    code = "TL107"


class UnsupportedFormat(InputError):
    """A document or report format targetlens does not read or write (TL108)."""

    code = "TL108"


class CaseFileError(InputError):
    """A case file that is not valid YAML or does not follow the documented shape (TL109)."""

    code = "TL109"


class UnknownJurisdiction(InputError):
    """A jurisdiction code with no profile in rules/data/jurisdictions.yaml (TL110)."""

    code = "TL110"


class OutputIsInput(InputError):
    """The report would be written over one of its own inputs (TL111)."""

    code = "TL111"


class DataError(TargetlensError):
    """A packaged data file (ontology, lexicon, rules) is invalid (TL2xx, exit code 3)."""

    exit_code = 3


class OntologyError(DataError):
    """The ontology data is invalid (TL201)."""

    code = "TL201"


class LexiconError(DataError):
    """A cue lexicon is invalid (TL202)."""

    code = "TL202"


class RulesError(DataError):
    """The verdict rules are invalid (TL203)."""

    code = "TL203"


class ExemplarError(DataError):
    """The exemplar bank is invalid (TL204)."""

    code = "TL204"


class CasebookError(DataError):
    """The precedent casebook is invalid (TL205)."""

    code = "TL205"


class JurisdictionError(DataError):
    """The jurisdiction profiles are invalid (TL206)."""

    code = "TL206"


class FramesError(DataError):
    """The quotation frames (documents/data/quote_frames.yaml) are invalid (TL207)."""

    code = "TL207"


class BackendUnavailable(TargetlensError):
    """A language back end (spaCy model, pymorphy3, jieba) is not installed (TL301, exit code 4)."""

    code = "TL301"
    exit_code = 4


class PipelineError(TargetlensError):
    """The pipeline was assembled with a stage whose needs are not met (TL401, exit code 5)."""

    code = "TL401"
    exit_code = 5


ALL_ERRORS: tuple[type[TargetlensError], ...] = (
    EmptyInput,
    BinaryInput,
    EncodingError,
    InputTooLarge,
    FileNotReadable,
    UnknownLanguage,
    BadLabelledFile,
    UnsupportedFormat,
    CaseFileError,
    UnknownJurisdiction,
    OutputIsInput,
    OntologyError,
    LexiconError,
    RulesError,
    ExemplarError,
    CasebookError,
    JurisdictionError,
    FramesError,
    BackendUnavailable,
    PipelineError,
)
