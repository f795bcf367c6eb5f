"""Write Decree 30 documents: records + the office profile in, DOCX (and PDF, XLSX annex) out.

Entry point: `documents.py`, which the CLI (`pipeline/commands/generate.py`) calls:

    generate_plan(city_plan_file, profile_file, out)              -> the commune's implementing plan
    generate_report(plan_file, report_files, profile_file, out)   -> the consolidated report (+ XLSX annex)
    generate_reminder(plan_file, report_files, profile_file, out) -> a công văn urging the missing units

Each document is a context model (`contexts.py`) built by one module (`derive.py` for the plan,
`consolidated.py` for the report, `remind.py` for the công văn; `frame.py` and `targets.py` are shared parts),
rendered by `render.py` with the Vietnamese filters of `filters.py`; `annex.py` writes the XLSX annex and
`export_pdf.py` the PDF.
"""

from pipeline.generate.documents import generate_plan, generate_reminder, generate_report
from pipeline.generate.render import RenderError, render

__all__ = ["generate_plan", "generate_report", "generate_reminder", "render", "RenderError"]
