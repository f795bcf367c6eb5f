"""`vanban check REPORT` and `vanban check-campaign --plan PLAN REPORTS...`.

The check (rapidfuzz, scipy, underthesea) is imported when a command runs, so that `vanban --help` stays fast.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import typer
from rich.console import Console

from extractors.errors import BadInput
from extractors.records import Record
from pipeline.commands.common import bad_input_exits, err, fail, parse_date



def _read(path: Path) -> Record:
    from pipeline.check.plan_lookup import path_to_record

    with bad_input_exits():
        return path_to_record(path)


def _plan_for(report_path: Path, report: Record, plan: Path | None, plans: Path | None,
              workspace: Path | None) -> Record:
    if plan is not None:
        return _read(plan)
    if workspace is not None:
        return _stored_plan(report_path, report, workspace)
    from pipeline.check.plan_lookup import candidate_files, find_plan

    folder = plans or report_path.parent
    found = find_plan(report, candidate_files(folder, exclude=report_path))
    if found is None:
        cited = report.basis.number if report.basis and report.basis.number else "không rõ số"
        fail(f"không tìm thấy kế hoạch ({cited}) mà «{report_path.name}» báo cáo "
             f"trong thư mục {folder}; hãy chỉ rõ bằng --plan.")
    err.print(f"Kế hoạch: {found[0].name}")
    return found[1]


def _stored_plan(report_path: Path, report: Record, workspace: Path) -> Record:
    from pipeline.check.stored_plans import find_stored_plan  # the store is loaded only when asked for

    found = find_stored_plan(report, workspace)
    if found is None:
        cited = report.basis.number if report.basis and report.basis.number else "không rõ số"
        fail(f"kho văn bản {workspace} chưa có kế hoạch ({cited}) mà «{report_path.name}» "
             "báo cáo; hãy chỉ rõ bằng --plan.")
    err.print(f"Kế hoạch: {found.source} (trong kho văn bản)")
    return found


WORKSPACE_HELP = "Thư mục làm việc của vanban (vanban init): tìm kế hoạch trong kho văn bản, đơn vị theo hồ sơ cơ quan"


def check(
    report: Path = typer.Argument(..., exists=True, dir_okay=False,
                                  help="Báo cáo của đơn vị (DOCX/PDF/TXT, hoặc bản trích xuất .json)"),
    plan: Path | None = typer.Option(None, "--plan", exists=True, dir_okay=False, help="Kế hoạch để đối chiếu"),
    plans: Path | None = typer.Option(None, "--plans", exists=True, file_okay=False,
                                      help="Thư mục tìm kế hoạch mà báo cáo trích dẫn (mặc định: thư mục của báo cáo)"),
    as_of: str | None = typer.Option(None, "--as-of", help="Ngày tính (2025-12-10 hoặc 10/12/2025); mặc định hôm nay"),
    workspace: Path | None = typer.Option(None, "--workspace", exists=True, file_okay=False, help=WORKSPACE_HELP),
    json: bool = typer.Option(False, "--json", help="In kết quả dạng JSON"),
) -> None:
    """Đối chiếu một báo cáo với kế hoạch: chỉ tiêu, số liệu, thời hạn, số kế hoạch trích dẫn."""
    from pipeline.check import check_report
    from pipeline.check.render import print_report_check

    record = _read(report)
    plan_record = _plan_for(report, record, plan, plans, workspace)
    profile = _workspace_profile(workspace) if workspace is not None else None
    if profile is not None:  # the profile's comparators, as in check-campaign, consolidate and the inbox
        from pipeline.check.with_profile import plan_with_profile

        plan_record = plan_with_profile(plan_record, profile)
    result = check_report(record, plan_record, parse_date(as_of))
    if json:
        typer.echo(result.model_dump_json(indent=2))
    else:
        print_report_check(result, Console())


def check_campaign_command(
    reports: list[Path] = typer.Argument(..., exists=True, dir_okay=False, help="Các báo cáo của đơn vị"),
    plan: Path = typer.Option(..., "--plan", exists=True, dir_okay=False, help="Kế hoạch"),
    as_of: str | None = typer.Option(None, "--as-of", help="Ngày tính (2025-12-10 hoặc 10/12/2025); mặc định hôm nay"),
    unit: list[str] | None = typer.Option(
        None, "--unit", help="Đơn vị được giao báo cáo (lặp lại; mặc định: theo phân công trong kế hoạch)"),
    workspace: Path | None = typer.Option(None, "--workspace", exists=True, file_okay=False, help=WORKSPACE_HELP),
    json: bool = typer.Option(False, "--json", help="In kết quả dạng JSON"),
) -> None:
    """Tổng hợp cả đợt: đơn vị đã/chưa báo cáo, báo cáo chậm, sai số kế hoạch, bảng chỉ tiêu."""
    from pipeline.check import check_campaign
    from pipeline.check.plan_lookup import path_to_record
    from pipeline.check.render import print_campaign_check

    plan_record = _read(plan)
    records = []
    for path in reports:
        try:
            records.append(path_to_record(path))
        except BadInput as exc:  # a bad file never stops the rest
            err.print(f"[red]Lỗi:[/red] {exc.describe()}")
    day = parse_date(as_of) or dt.date.today()
    profile = _workspace_profile(workspace) if workspace is not None and not unit else None
    if profile is not None:  # the same check as `vanban consolidate` and the inbox: units, codes, comparators
        from pipeline.check.with_profile import campaign_with_profile

        result = campaign_with_profile(plan_record, records, profile, day)
    else:
        result = check_campaign(plan_record, records, day, unit or None)
    if json:
        typer.echo(result.model_dump_json(indent=2))
    else:
        print_campaign_check(result, Console())


def _workspace_profile(workspace: Path):
    """The workspace's office profile, or None when it has none or it cannot be read (logged)."""
    from pipeline.inbox.outbox import load_profile_or_none
    from pipeline.store.workspace import open_workspace

    return load_profile_or_none(open_workspace(workspace).profile_path)


def register(app: typer.Typer) -> None:
    app.command("check")(check)
    app.command("check-campaign")(check_campaign_command)
