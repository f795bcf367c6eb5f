"""Checks made before any parsing library sees a file: its real type, its size, and the
hostile tricks (zip bombs, DTDs, macros, stream bombs) that libraries do not refuse by themselves.
"""

from extractors.guards.limits import LIMITS, Limits
from extractors.guards.pdf_checks import check_pdf_streams
from extractors.guards.sniff import FileKind, sniff
from extractors.guards.zip_checks import check_docx_package

__all__ = ["LIMITS", "Limits", "FileKind", "sniff", "check_docx_package", "check_pdf_streams"]
