"""Warning codes live in one enum (`extractors.errors.WarningCode`), beside `ErrorCode`: no code is a bare string."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import ValidationError

from extractors.errors import DocWarning, WarningCode

ROOT = Path(__file__).resolve().parent.parent


def test_no_module_writes_a_warning_code_as_a_bare_string():
    bare = [f"{p.relative_to(ROOT)}: {m.group(0)}" for folder in ("extractors", "pipeline")
            for p in (ROOT / folder).rglob("*.py") for m in re.finditer(r'code="[a-z_0-9]+"', p.read_text("utf-8"))]
    assert not bare


def test_a_warning_with_a_code_outside_the_enum_is_refused_and_a_known_one_reads_back():
    with pytest.raises(ValidationError):
        DocWarning(code="khong_co_ma_nay", message="?")
    warning = DocWarning.model_validate_json(DocWarning(code=WarningCode.LATE, message="Chậm").model_dump_json())
    assert warning.code is WarningCode.LATE and warning.model_dump(mode="json")["code"] == "late"
