"""Every `vanban` command has help and is in the README; every pipeline subpackage says what it does.

The sqlite-utils habit (tests/test_docs.py): the CLI is introspected, so a new command or option without help or
documentation fails here, not in the office.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from pipeline.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = typer.main.get_command(app).commands
OPTIONS = [(name, param) for name, command in COMMANDS.items() for param in command.params
           if any(opt.startswith("-") for opt in param.opts)]
SUBPACKAGES = sorted(p.parent.name for p in (ROOT / "pipeline").glob("*/__init__.py"))


def _named(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is not None


def test_the_cli_has_the_commands_the_office_uses():
    assert {"read", "extract", "check", "check-campaign", "derive-plan", "consolidate", "lint", "ingest"} <= set(COMMANDS)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_help_text(name):
    assert (COMMANDS[name].help or "").strip(), f"`vanban {name}` has no help text (its function's docstring)"


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_is_named_in_the_readme(name):
    assert _named(README, f"vanban {name}"), f"README.md never names `vanban {name}`"


@pytest.mark.parametrize("name, param", OPTIONS, ids=[f"{n}-{p.name}" for n, p in OPTIONS])
def test_every_option_has_help_and_its_long_name_is_in_the_readme(name, param):
    assert (param.help or "").strip(), f"`vanban {name} {param.opts[0]}` has no help"
    long_names = [opt for opt in param.opts if opt.startswith("--")]
    assert any(_named(README, opt) for opt in long_names), f"README.md never names `{long_names}` of `vanban {name}`"


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_answers_help_in_vietnamese_without_running(name):
    result = CliRunner().invoke(app, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert COMMANDS[name].help.split("\n")[0][:30] in " ".join(result.output.split())


@pytest.mark.parametrize("package", SUBPACKAGES)
def test_every_pipeline_subpackage_has_a_docstring_and_a_row_in_the_readme_layout(package):
    module = importlib.import_module(f"pipeline.{package}")
    assert len((module.__doc__ or "").strip()) > 80, f"pipeline/{package}/__init__.py needs a docstring"
    layout = README.split("## Layout", 1)[1].split("\n## ", 1)[0]
    assert f"`pipeline/{package}/`" in layout, f"README Layout table has no row for pipeline/{package}/"
