"""`vanban init`, `vanban watch`, `vanban ingest`, `vanban status`: the inbox of a workspace.

The inbox (SQLAlchemy, the readers) is imported when a command runs, so that `vanban --help` stays fast.
"""

from __future__ import annotations

import json as jsonlib
import logging
import signal
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from pipeline.commands.common import bad_input_exits, fail

if TYPE_CHECKING:
    from pipeline.inbox import Outcome, Workspace

console = Console(soft_wrap=True, width=None if sys.stdout.isatty() else 160)

RESULT_VI = {"stored": "đã lưu", "quarantined": "cách ly", "duplicate": "trùng", "finished": "đã lưu (hoàn tất)",
             "changed": "đang sửa, đọc lại sau", "claimed": "đang xử lý",
             "error": "lỗi chương trình, tệp vẫn ở inbox"}


def _workspace(directory: Path) -> Workspace:
    from pipeline.inbox import open_workspace

    with bad_input_exits():
        return open_workspace(directory)


def _say(outcome: Outcome) -> None:
    console.print(_line(outcome), markup=False, highlight=False)


def init(directory: Path = typer.Argument(..., help="Thư mục vùng làm việc (tạo mới nếu chưa có)")) -> None:
    """Tạo vùng làm việc: inbox/, archive/, quarantine/, outbox/, vanban.toml và hồ sơ cơ quan mẫu profile.toml."""
    from pipeline.inbox import init_workspace

    ws = init_workspace(directory)
    console.print(f"Đã tạo vùng làm việc {ws.root}. Đặt tệp văn bản vào {ws.inbox}", markup=False)


def watch(directory: Path = typer.Argument(..., help="Thư mục vùng làm việc"),
          polling: bool = typer.Option(False, "--polling", help="Quét định kỳ thay cho sự kiện (thư mục mạng)"),
          verbose: bool = typer.Option(False, "--verbose", "-v", help="Ghi nhật ký chi tiết")) -> None:
    """Theo dõi inbox/ và xử lý từng tệp mới cho đến khi bị dừng (Ctrl+C / SIGTERM: xử lý xong tệp đang dở rồi dừng)."""
    from pipeline.inbox import Inbox, Workspace
    from pipeline.inbox.watcher import watch_inbox

    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING)
    ws = _workspace(directory)
    if polling:
        ws = Workspace(ws.root, ws.settings.model_copy(update={"polling": True}))
    inbox = Inbox(ws)
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    console.print(f"Đang theo dõi {ws.inbox} (Ctrl+C để dừng)", markup=False)

    watch_inbox(inbox, stop, _say)
    console.print("Đã dừng.")


def ingest(directory: Path = typer.Argument(..., help="Thư mục vùng làm việc"),
           files: list[Path] = typer.Argument(None, help="Tệp chép vào inbox/ trước khi xử lý (tệp nguồn giữ nguyên)"),
           workers: int = typer.Option(1, "--workers", "-j", min=1, max=8, help="Số tệp xử lý song song")) -> None:
    """Xử lý một lần mọi tệp đang có trong inbox/ (hoặc chép các tệp được chỉ định vào trước), rồi kết thúc."""
    from pipeline.inbox import Inbox
    from pipeline.inbox.ingest import copy_into_inbox, ingest as run_ingest

    ws = _workspace(directory)
    missing = [f for f in files or () if not f.is_file()]
    if missing:
        fail(f"không tìm thấy tệp: {', '.join(map(str, missing))}")
    copy_into_inbox(files or (), ws.inbox)
    inbox = Inbox(ws)
    counts: dict[str, int] = {}
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console, transient=True, auto_refresh=False) as progress:
        task = progress.add_task("Đang xử lý", total=None)

        def handle(outcome: Outcome) -> None:
            counts[outcome.result] = counts.get(outcome.result, 0) + 1
            progress.advance(task)
            progress.console.print(_line(outcome), markup=False, highlight=False)
            progress.refresh()  # no refresh thread: the reader's child is forked from a single-threaded process

        def total(n: int) -> None:
            progress.update(task, total=(progress.tasks[0].completed or 0) + n)

        run_ingest(inbox, workers=workers, on_outcome=handle, on_total=total)
    summary = ", ".join(f"{RESULT_VI.get(k, k)}: {v}" for k, v in sorted(counts.items())) or "inbox trống"
    console.print(f"Xong. {summary}", markup=False)


def _line(outcome: Outcome) -> str:
    what = RESULT_VI.get(outcome.result, outcome.result)
    extra = f" [{outcome.kind} {outcome.number or ''}]".rstrip() if outcome.kind else ""
    line = f"{what}: {outcome.name}{extra} -> {outcome.path or ''}"
    if outcome.result in ("quarantined", "error") and outcome.detail:  # one line with the reason
        reason = outcome.detail.splitlines()[0].removeprefix(f"Tệp «{outcome.name}»: ")
        line += f" — lý do: {reason}"
    return line


def status(directory: Path = typer.Argument(..., help="Thư mục vùng làm việc"),
           json: bool = typer.Option(False, "--json", help="In dạng JSON"),
           check: bool = typer.Option(False, "--check", help="Kiểm tra toàn vẹn kho và thư mục")) -> None:
    """Liệt kê văn bản: trạng thái, loại, số, liên kết, cảnh báo (và kiểm tra toàn vẹn với --check)."""
    from pipeline.inbox import Inbox
    from pipeline.inbox.arrivals import disk_note, waiting
    from pipeline.inbox.integrity import integrity_check
    from pipeline.inbox.status import documents_status

    ws = _workspace(directory)
    inbox = Inbox(ws)
    docs = documents_status(inbox.store)
    report = integrity_check(inbox.store, ws.root) if check else None
    why = waiting(ws.inbox, ws.settings.stability_delay_s, ws.settings.empty_grace_s) if check else None
    disk = disk_note(ws.root, ws.inbox)
    if json:
        data = {"documents": [d.model_dump(mode="json") for d in docs], "waiting": [p.name for p in inbox.pending()],
                "disk": disk}
        if report:
            data["integrity"] = report.model_dump(mode="json")
            data["waiting_by_reason"] = why
        typer.echo(jsonlib.dumps(data, ensure_ascii=False, indent=2))
    else:
        _print_status(docs, [p.name for p in inbox.pending()], report, why)
        if disk:
            console.print(disk, markup=False)
    if report and not report.ok:
        raise typer.Exit(1)


def _print_status(docs, waiting: list[str], report, why: dict[str, list[str]] | None = None) -> None:
    table = Table(title="Văn bản trong kho", show_lines=False)
    for col in ("#", "Tệp", "Trạng thái", "Loại", "Số", "Liên kết", "Cảnh báo"):
        table.add_column(col, overflow="fold")
    for d in docs:
        links = "; ".join(f"{l.relation} {l.number}" + ("" if l.to_id else " (chưa có)") for l in d.links)
        extra = f" (+{len(d.duplicates)} bản trùng)" if d.duplicates else ""
        table.add_row(str(d.id), d.name + extra, RESULT_VI.get(d.state, d.state), d.kind or "", d.number or "",
                      links, str(len(d.warnings)) if d.warnings else (d.error or "").split("\n")[0][:80])
    console.print(table)
    count = sum(map(len, why.values())) if why else len(waiting)
    if count:
        console.print(f"Đang chờ trong inbox/: {count} tệp", markup=False)
    for reason, names in (why or {}).items():
        console.print(f"  - {len(names)} tệp {reason}: " + ", ".join(names[:5]) + (" ..." if len(names) > 5 else ""),
                      markup=False)
    if report:
        console.print("Kiểm tra toàn vẹn: " + ("ổn" if report.ok else "CÓ LỖI"), markup=False)
        for p in (*report.problems, *report.pending):
            console.print(f"  - {p}", markup=False)


def register(app: typer.Typer) -> None:
    app.command("init")(init)
    app.command("watch")(watch)
    app.command("ingest")(ingest)
    app.command("status")(status)
