"""Check a DOCX against Decree 30/2020/NĐ-CP: a file in, a list of `Finding`s (rule, ND30 reference, message) out.

Entry point: `checker.py` (`lint_docx(path)`, and `lint_isolated(path)` in a limited child process for `vanban lint`).
`formatting.py` computes the effective formatting of each line; `rules.py` holds the rules.
"""

from pipeline.lint.checker import lint_docx, lint_isolated
from pipeline.lint.rules import Finding

__all__ = ["lint_docx", "lint_isolated", "Finding"]
