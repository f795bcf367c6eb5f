"""The draft's warnings as Word comments (python-docx), where the office reads them: each task's assignment on its
"Chủ trì: ..." line, everything else (blanks, passed limits, the parent's missing number) on the title.

Comments are not printed and do not change the text or its format; the office deletes them after checking.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document

from pipeline.generate.contexts import PlanContext

AUTHOR = "vanban"


def add_notes(path: Path, context: PlanContext) -> int:
    """Add the warnings of `context` to the DOCX at `path` as comments; returns how many were added."""
    if not context.warnings:
        return 0
    doc = Document(str(path))
    paragraphs = [p for p in doc.paragraphs if p.runs]
    by_task = {t.label.rstrip("."): t for t in context.tasks}
    general: list[str] = []
    added = 0
    for w in context.warnings:
        number = w.split(" ", 3)[2] if w.startswith("Nhiệm vụ ") else None  # "Nhiệm vụ 2 «...»: giao ..."
        task = by_task.get(number) if number and number.isdigit() else None
        target = next((p for p in paragraphs if task and p.text == task.who), None)
        if target is not None:
            doc.add_comment(target.runs, text=w, author=AUTHOR, initials="VB")
            added += 1
        else:
            general.append(w)
    title = next((p for p in paragraphs if p.text.strip() == context.title), paragraphs[0] if paragraphs else None)
    if general and title is not None:
        doc.add_comment(title.runs, text="\n".join(f"- {w}" for w in general), author=AUTHOR, initials="VB")
        added += 1
    doc.save(str(path))
    return added
