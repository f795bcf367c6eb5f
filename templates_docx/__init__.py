"""The DOCX templates (docxtpl/Jinja2) vanban writes documents from; the office may edit them in Word.

A package only so that the templates ship inside the wheel and are found with `importlib.resources`.
"""
