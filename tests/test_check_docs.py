"""The README documents the check: every field of the check's JSON and every option of its commands."""

from __future__ import annotations

import pytest
import typer
from check_support import CORPUS

from pipeline.check.models import Assessment, CampaignCheck, Match, ReportCheck
from pipeline.cli import app

README = CORPUS.parent / "README.md"


def check_section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("## Checking reports against the plan")
    end = text.find("\n## ", start + 1)
    return text[start:end if end != -1 else None]


@pytest.mark.parametrize("model", [ReportCheck, Assessment, Match, CampaignCheck], ids=lambda m: m.__name__)
def test_every_field_of_the_check_json_is_documented(model):
    section = check_section()
    assert f"`{model.__name__}`" in section
    missing = [name for name in model.model_fields if f"`{name}`" not in section]
    assert missing == []


@pytest.mark.parametrize("name", ["check", "check-campaign"])
def test_every_option_of_the_check_commands_is_documented_and_has_help(name):
    command = typer.main.get_command(app).commands[name]
    section = check_section()
    assert command.help and f"vanban {name}" in section
    options = [o for p in command.params for o in p.opts if o.startswith("--") and o != "--help"]
    assert options and [o for o in options if f"{o} " not in section and f"{o}`" not in section] == []
    assert all(p.help for p in command.params if p.opts[0].startswith("--"))
