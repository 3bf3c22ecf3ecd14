"""PDF renderer: the self-contained HTML report laid out by WeasyPrint (offline; fonts from the system), with the
provenance and page numbers in every page's footer."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from targetlens.errors import BackendUnavailable

if TYPE_CHECKING:
    from targetlens.report.builder import Report


def _css_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")


def html_to_pdf(html: str, report: Report) -> bytes:
    try:
        import weasyprint
    except (ImportError, OSError) as exc:  # OSError: the Pango library is missing
        raise BackendUnavailable(f"PDF output needs WeasyPrint and Pango: {exc}") from exc
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    footer = _css_string(
        f"targetlens {report.tool_version} · rules and data {report.ruleset} · "
        f"input sha256 {report.input.input_sha256[:16]}… · {report.created}"
    )
    page = weasyprint.CSS(
        string=(
            "@page{size:A4;margin:2cm 1.8cm 2.2cm 1.8cm;"
            f'@bottom-left{{content:"{footer}";font-size:7pt;color:#555}}'
            '@bottom-right{content:"page " counter(page) " of " counter(pages);font-size:7pt;color:#555}}'
            "body{max-width:none;margin:0;font-size:9.5pt}"
        )
    )
    return weasyprint.HTML(string=html).write_pdf(stylesheets=[page])


def missing_fonts(report: Report) -> list[str]:
    """Scripts in the report that no installed font can show (the PDF would print empty boxes for them)."""
    import shutil
    import subprocess

    needs = {"zh": any("\u4e00" <= ch <= "\u9fff" for st in report.statements for ch in st.text)}
    fc_list = shutil.which("fc-list")
    if not fc_list or not any(needs.values()):
        return []
    missing = []
    for lang, needed in needs.items():
        found = subprocess.run([fc_list, f":lang={lang}", "family"], capture_output=True, text=True, check=False)
        if needed and not found.stdout.strip():
            missing.append(
                f"no installed font has {lang} glyphs, so they print as boxes in the PDF; install one "
                "(Debian: apt-get install fonts-wqy-microhei) or use .docx or .html"
            )
    return missing
