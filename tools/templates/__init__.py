"""Builders of the DOCX templates in `templates_docx/` (python-docx, reproducible: `python -m tools.templates.build`)."""
