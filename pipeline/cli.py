"""The `vanban` command: a thin layer over the library. Each command group lives in `pipeline/commands/`."""

from __future__ import annotations

import typer

from pipeline.commands import check, extract, generate, inbox, read, web

app = typer.Typer(
    help="vanban: đọc, trích xuất, kiểm tra và soạn văn bản hành chính (Nghị định 30/2020/NĐ-CP).",
    no_args_is_help=True,
    add_completion=False,
)

for module in (read, extract, check, generate, inbox, web):
    module.register(app)


def main() -> None:
    app()
