"""Render a DOCX template with docxtpl in a sandboxed, autoescaping Jinja2 environment.

A template can never run code (SandboxedEnvironment); "<", "&" and any Unicode in values come out as they are
(autoescape=True, so docxtpl escapes them into valid XML).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from docxtpl import DocxTemplate
from jinja2 import TemplateError
from jinja2.sandbox import SandboxedEnvironment
from pydantic import BaseModel

from pipeline.generate.filters import FILTERS

# Package data: found the same way in a source checkout and in an installed wheel.
TEMPLATES = Path(str(resources.files("templates_docx")))


class RenderError(Exception):
    """A template failed to render: says which template and which context keys it had."""


def jinja_env() -> SandboxedEnvironment:
    env = SandboxedEnvironment(autoescape=True)
    env.filters.update(FILTERS)
    return env


def template_path(name: str) -> Path:
    return TEMPLATES / name


@lru_cache(maxsize=8)
def template_variables(name: str) -> frozenset[str]:
    """The top-level variables a template uses (docxtpl + jinja2 meta)."""
    return frozenset(DocxTemplate(template_path(name)).get_undeclared_template_variables(jinja_env()))


def render(name: str, context: BaseModel, out: Path) -> Path:
    """Render `templates_docx/<name>` with `context` into `out`."""
    return render_template(template_path(name), context, out)


def render_template(path: Path, context: BaseModel, out: Path) -> Path:
    name = path.name
    template = DocxTemplate(path)
    data = context.model_dump()
    try:
        template.render(data, jinja_env=jinja_env(), autoescape=True)
    except TemplateError as exc:
        keys = ", ".join(sorted(data))
        raise RenderError(f"Mẫu {name}: lỗi khi điền dữ liệu ({exc}); các trường có: {keys}") from exc
    out.parent.mkdir(parents=True, exist_ok=True)
    template.save(out)
    return out
