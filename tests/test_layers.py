"""Lower layers never import higher ones (imports inside functions count too).

    extractors                      file -> blocks -> record; knows nothing of pipeline
    pipeline.{vi_format,isolation,stages}, pipeline.profile, pipeline.store
    pipeline.check, pipeline.lint   (check never imports generate)
    pipeline.generate
    pipeline.inbox                  reaches check/generate only through one outbox step (pipeline/inbox/outbox.py)
    pipeline.commands, pipeline.cli, pipeline.web
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TOP = ("pipeline.commands", "pipeline.cli", "pipeline.web")
FORBIDDEN = {
    "extractors": ("pipeline",),
    "pipeline.vi_format": ("pipeline.check", "pipeline.generate", "pipeline.lint", "pipeline.inbox", *TOP),
    "pipeline.isolation": ("pipeline.check", "pipeline.generate", "pipeline.lint", "pipeline.inbox", *TOP),
    "pipeline.stages": ("pipeline.check", "pipeline.generate", "pipeline.lint", "pipeline.inbox", *TOP),
    "pipeline.profile": ("pipeline.check", "pipeline.generate", "pipeline.lint", "pipeline.inbox", "pipeline.store",
                         *TOP),
    "pipeline.store": ("pipeline.check", "pipeline.generate", "pipeline.lint", "pipeline.inbox", *TOP),
    "pipeline.check": ("pipeline.generate", "pipeline.lint", "pipeline.inbox", *TOP),
    "pipeline.lint": ("pipeline.check", "pipeline.generate", "pipeline.inbox", *TOP),
    "pipeline.generate": ("pipeline.inbox", *TOP),
    "pipeline.inbox": TOP,
}
OUTBOX_STEP = "pipeline.inbox.outbox"


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


MODULES = {_module_name(p): _imports(p) for folder in ("extractors", "pipeline") for p in (ROOT / folder).rglob("*.py")}


def _within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_a_layer_never_imports_a_higher_one(layer):
    wrong = sorted((module, imported) for module, imports in MODULES.items() if _within(module, layer)
                   for imported in imports if any(_within(imported, high) for high in FORBIDDEN[layer]))
    assert not wrong


def test_the_inbox_reaches_check_and_generate_only_through_its_outbox_step():
    wrong = sorted((module, imported) for module, imports in MODULES.items()
                   if _within(module, "pipeline.inbox") and module != OUTBOX_STEP
                   for imported in imports
                   if any(_within(imported, p) for p in ("pipeline.check", "pipeline.generate", "pipeline.lint")))
    assert not wrong
    assert any(_within(i, "pipeline.generate") for i in MODULES[OUTBOX_STEP])


def test_the_layer_table_names_every_package_of_the_code():
    packages = {".".join(m.split(".")[:2]) for m in MODULES if m.startswith("pipeline.")} | {"extractors"}
    assert packages <= set(FORBIDDEN) | set(TOP)
