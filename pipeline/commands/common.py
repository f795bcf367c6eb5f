"""What every command group shares: the error console, failing with a Vietnamese message, dates typed by people."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NoReturn

import typer
from rich.console import Console

from extractors.errors import BadInput

err = Console(stderr=True, soft_wrap=True)  # messages are never cut into lines

DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y")  # "2025-12-10", "10/12/2025"


def fail(message: str) -> NoReturn:
    """Print "Lỗi: <message>" on stderr and exit with code 2 (the input's fault)."""
    err.print(f"[red]Lỗi:[/red] {message}")
    raise typer.Exit(2)


@contextmanager
def bad_input_exits(*also: type[Exception]) -> Iterator[None]:
    """Turn a `BadInput` (or one of `also`, e.g. a template's `RenderError`) raised inside the block into its
    Vietnamese message and exit code 2."""
    try:
        yield
    except BadInput as exc:
        fail(exc.describe())
    except also as exc:
        fail(str(exc))


def parse_date(text: str | None) -> dt.date | None:
    """A date option as the office types it: "2025-12-10" or "10/12/2025"; None when not given."""
    if not text:
        return None
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            pass
    fail(f"ngày «{text}» không hợp lệ; ghi theo dạng 2025-12-10 hoặc 10/12/2025.")
