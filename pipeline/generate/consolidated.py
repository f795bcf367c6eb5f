"""Plan + unit reports + their check -> the consolidated report to the city (ReportContext).

`consolidate(plan, reports, check, profile)`; the check comes from `pipeline.check.check_campaign`.
(`pipeline.check.consolidate` is the check's own table of figures; this module words the report.)
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from underthesea import pos_tag

from extractors.records import Record
from pipeline.check.models import Assessment, CampaignCheck, ReportCheck
from pipeline.check.report_check import file_name
from extractors.patterns.outcomes import OWN_SHORT_RE
from pipeline.generate.contexts import Highlight, ReportContext, ResultRow
from pipeline.generate.derive import cite
from pipeline.generate.filters import ngay_ngan, number_vi, percent_vi
from pipeline.generate.frame import frame_fields
from pipeline.generate.quotes import clean_quote, corrected, thousands_commas, typos
from pipeline.profile import Profile

MAX_HIGHLIGHTS = 12
MAX_TITLE_WORDS = 40
GOOD = ("vượt", "đạt")


def _plan_ref(plan: Record, profile: Profile) -> str:
    return f"Kế hoạch số {plan.number or '...'} ngày {ngay_ngan(plan.issued_on)} của {profile.office.issuer_name}"


def _unit(c: ReportCheck) -> str:
    """The unit as the office lists it (the check's assigned name), else as the report prints it."""
    return c.assigned_unit or c.unit or c.report


def intro(plan: Record, profile: Profile) -> str:
    basis = plan.basis
    if basis is not None:
        return (f"Thực hiện {cite(basis)}, {profile.office.issuer_name} đã ban hành Kế hoạch số {plan.number} ngày "
                f"{ngay_ngan(plan.issued_on)} triển khai thực hiện trên địa bàn xã. Kết quả thực hiện như sau:")
    return f"Thực hiện {_plan_ref(plan, profile)}, {profile.office.issuer_name} báo cáo kết quả thực hiện như sau:"


def deployment(plan: Record, check: CampaignCheck, profile: Profile) -> tuple[str, ...]:
    total = len(check.assigned_units)
    due = f" trước ngày {ngay_ngan(check.deadline + dt.timedelta(days=1))}" if check.deadline else ""
    out = [f"{profile.office.issuer_name} ban hành Kế hoạch số {plan.number} ngày {ngay_ngan(plan.issued_on)}, "
           f"giao {total} phòng, ban, ngành, đoàn thể, thôn theo dõi, thực hiện và báo cáo kết quả{due}."]
    out.append(f"Đến ngày {ngay_ngan(check.as_of)}, có {len(check.reported_units)}/{total} đơn vị gửi báo cáo"
               + (f": {', '.join(check.reported_units)}." if check.reported_units else "."))
    late = {_unit(c): c.late_days for c in check.reports if c.late_days and c.late_days > 0}
    if check.late_units:
        out.append("Đơn vị gửi báo cáo chậm: " + ", ".join(
            f"{u} (chậm {late[u]} ngày)" if late.get(u) else u for u in check.late_units) + ".")
    if check.missing_units:
        out.append("Đơn vị chưa gửi báo cáo: " + ", ".join(check.missing_units) + ".")
    return tuple(out)


def units_text(units: tuple[str, ...]) -> str:
    """"Trạm Y tế xã và 6 thôn": the thôn are counted, not listed, to keep the table readable."""
    named = [u for u in units if u and not u.lower().startswith("thôn ")]
    villages = len([u for u in units if u.lower().startswith("thôn ")])
    if villages > 2:
        return ", ".join(named) + (" và " if named else "") + f"{villages} thôn"
    return ", ".join(u for u in units if u)


def rows(check: CampaignCheck) -> tuple[ResultRow, ...]:
    return tuple(ResultRow(stt=n, code=a.plan_code, name=f"{a.plan_code} {a.name}" if a.plan_code else a.name,
                           unit=a.unit or "", target=a.target, value=a.reported_value, completion=a.completion,
                           verdict=a.verdict, units=units_text(a.units_reporting),
                           sources=a.source or "")
                 for n, a in enumerate(check.table, 1))


def summary(check: CampaignCheck) -> str:
    counts = Counter(a.verdict for a in check.table)
    parts = [f"{counts[v]} chỉ tiêu {v}" for v in ("vượt", "đạt", "chưa đạt") if counts[v]]
    if counts["không báo cáo"]:
        parts.append(f"{counts['không báo cáo']} chỉ tiêu chưa có số liệu báo cáo")
    if counts["không so sánh được"]:
        parts.append(f"{counts['không so sánh được']} chỉ tiêu chưa so sánh được")
    detail = "; ".join(parts) if parts else "chưa có số liệu"
    return (f"Tổng hợp từ báo cáo của các đơn vị, trong tổng số {len(check.table)} chỉ tiêu chủ yếu của kế hoạch: "
            f"{detail}. Kết quả cụ thể như sau:")


def _source(c: ReportCheck) -> str:
    """"Báo cáo số 31/BC-TYT ngày 02/12/2025 của Trạm Y tế xã": the unit by name, never a file name."""
    number = f" số {c.report_number}" if c.report_number else ""
    day = f" ngày {ngay_ngan(c.report_date)}" if c.report_date else ""
    return f"Báo cáo{number}{day} của {_unit(c)}"


def _quotable(a: Assessment) -> bool:
    return a.verdict in GOOD and bool(a.reported_text) and " | " not in (a.reported_text or "")


def quote_of(a: Assessment, read_values: frozenset[float] = frozenset()) -> tuple[str, list[tuple[str, str]]]:
    """(the clause of the report about this indicator, cleaned, typos corrected; the typos found: words misspelt
    against the plan's wording, and "4,386" where we read 4386 — a comma used for thousands)."""
    quote = clean_quote(a.reported_text or "", a.match.reported_name if a.match else a.name)
    found = typos(quote, a.name) + thousands_commas(quote, read_values)
    quote = corrected(quote, found)
    return (quote[:1].upper() + quote[1:]), found


def _read_values(reports: list[Record]) -> dict[str, frozenset[float]]:
    """Per report file: every figure the extractor read from it (values and targets)."""
    return {file_name(r.source): frozenset(x for i in r.indicators for x in (i.value, i.target) if x is not None)
            for r in reports}


def _best_quotes(check: CampaignCheck, reports: list[Record]) -> list[tuple[ReportCheck, str, list[tuple[str, str]]]]:
    """Per reporting unit: its best achieved figure's clause (no shortfall in it), and the typos corrected in it."""
    read = _read_values(reports)
    out = []
    for c in check.reports:
        good = [a for a in c.assessments if _quotable(a)]
        if good:
            best = max(good, key=lambda a: (a.verdict == "vượt", a.completion or 0))
            quote, fixes = quote_of(best, read.get(c.report, frozenset()))
            if quote and not OWN_SHORT_RE.search(quote):
                out.append((c, quote, fixes))
    return out


def highlights(check: CampaignCheck, reports: list[Record] = ()) -> tuple[Highlight, ...]:
    """The best achieved figure of each reporting unit, quoted in its own words, with the report it came from."""
    return tuple(Highlight(unit=_unit(c), quote=quote, source=_source(c))
                 for c, quote, _ in _best_quotes(check, list(reports))[:MAX_HIGHLIGHTS])


def quoted_typos(check: CampaignCheck, reports: list[Record] = ()) -> list[str]:
    """For the clerk: each typo of a source, corrected where the draft quotes it, found in the quotes and in every
    reported name matched to the plan's ("tỷ lệ gia định văn hóa" against "... gia đình văn hoá")."""
    found = {(c.report, wrong): (c, right, True) for c, _, fixes in _best_quotes(check, list(reports))
             for wrong, right in fixes}
    for c in check.reports:
        for a in c.assessments:
            for wrong, right in typos(a.match.reported_name, a.name) if a.match else ():
                found.setdefault((c.report, wrong), (c, right, False))
    return [f"{_source(c)} viết «{wrong}» (đúng là «{right}»)"
            + ("; dự thảo trích lại đã sửa, đề nghị đối chiếu bản gốc." if quoted else ".")
            for (_, wrong), (c, right, quoted) in found.items()]


def _with_unit(value: float | None, unit: str) -> str:
    return f"{number_vi(value)}{'' if unit == '%' else ' '}{unit}".rstrip()


def _figure(a: Assessment) -> str:
    """"Tỷ lệ hộ cận nghèo (1,05%/1,1%)"; a target without a figure is named alone."""
    if a.target is None or a.reported_value is None:
        return a.name
    unit = a.unit or ""
    return f"{a.name} ({_with_unit(a.reported_value, unit)}/{_with_unit(a.target, unit)})"


def assessment(check: CampaignCheck) -> tuple[str, ...]:
    """Achieved, then not achieved, then not yet judged: never a shortfall among the achievements."""
    over = [a for a in check.table if a.verdict == "vượt"]
    met = [a for a in check.table if a.verdict == "đạt"]
    short = [a for a in check.table if a.verdict == "chưa đạt"]
    open_rows = [a for a in check.table if a.verdict in ("không báo cáo", "không so sánh được")]
    out = []
    if over:
        out.append(f"Các chỉ tiêu vượt kế hoạch ({len(over)}): {'; '.join(_figure(a) for a in over)}.")
    if met:
        out.append(f"Các chỉ tiêu đạt kế hoạch ({len(met)}): {'; '.join(_figure(a) for a in met)}.")
    if short:
        out.append(f"Các chỉ tiêu chưa đạt kế hoạch ({len(short)}): {'; '.join(_figure(a) for a in short)}.")
    if open_rows:
        out.append(f"Các chỉ tiêu chưa đủ số liệu để đánh giá ({len(open_rows)}): "
                   f"{'; '.join(a.name for a in open_rows)}.")
    if not (over or met or short):
        out.append("Chưa đủ số liệu để đánh giá kết quả thực hiện các chỉ tiêu.")
    return tuple(out)


def issues(check: CampaignCheck, profile: Profile) -> tuple[str, ...]:
    """Tồn tại (shortfalls, units that have not reported) and kiến nghị to the higher level (the city)."""
    short = [a for a in check.table if a.verdict == "chưa đạt"]
    out = []
    if short:
        out.append(f"- Còn {len(short)} chỉ tiêu chưa đạt kế hoạch: {'; '.join(_figure(a) for a in short)}.")
    if check.missing_units:
        out.append(f"- Đến ngày {ngay_ngan(check.as_of)}, còn {len(check.missing_units)} đơn vị chưa gửi báo cáo "
                   f"({', '.join(check.missing_units)}); {profile.office.issuer_name} tiếp tục đôn đốc, "
                   f"tổng hợp bổ sung.")
    if not out:
        out.append("- Các chỉ tiêu chủ yếu của kế hoạch đều đạt và vượt; không có tồn tại lớn.")
    parent = profile.office.parent_name
    if short:
        out.append(f"- Kiến nghị: đề nghị {parent} quan tâm chỉ đạo, hướng dẫn và hỗ trợ để "
                   f"{profile.office.issuer_name} hoàn thành các chỉ tiêu còn chưa đạt "
                   f"({'; '.join(a.name for a in short)}).")
    else:
        out.append(f"- Kiến nghị: đề nghị {parent} tiếp tục quan tâm chỉ đạo, hướng dẫn để "
                   f"{profile.office.issuer_name} duy trì, nâng cao kết quả đã đạt được.")
    return tuple(out)


def campaign_name(plan: Record) -> str | None:
    """What the campaign is, from the plan's trích yếu: its first noun phrase onwards ("Phát động Đợt thi đua ..."
    -> "đợt thi đua ..."), up to the first ";" and at most about 30 words (cut at a comma)."""
    title = (plan.title or "").split(";")[0].strip()
    if not title:
        return None
    tags = pos_tag(title.lower())  # lower case: underthesea tags a capitalised verb as a proper noun
    first_noun = next((i for i, (_, t) in enumerate(tags) if t.startswith("N")), 0)
    words = title.split()[sum(len(w.split()) for w, _ in tags[:first_noun]):]
    if len(words) > MAX_TITLE_WORDS:
        head = " ".join(words[:MAX_TITLE_WORDS])
        words = (head.rsplit(",", 1)[0] if "," in head else head).split()
    text = " ".join(words)
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def _title(plan: Record, profile: Profile) -> str:
    """The trích yếu names the campaign and the city plan it carries out (else the commune's plan)."""
    name = campaign_name(plan)
    ref = cite(plan.basis) if plan.basis is not None and plan.basis.number else _plan_ref(plan, profile)
    return f"Kết quả thực hiện {name} theo {ref}" if name else f"Kết quả thực hiện {ref}"


def consolidate(plan: Record, reports: list[Record], check: CampaignCheck, profile: Profile,
                issued_on: dt.date | None = None) -> ReportContext:
    """The consolidated report (báo cáo tổng hợp) to the parent body. `reports` are the records checked."""
    issued_on = issued_on or check.as_of
    return ReportContext(
        **frame_fields(profile, "BC", profile.plan.report_number, issued_on, profile.report_recipients),
        title=_title(plan, profile),
        kinh_gui=profile.office.parent_name,
        intro=intro(plan, profile),
        deployment=deployment(plan, check, profile),
        results_summary=summary(check),
        rows=rows(check),
        highlights=highlights(check, reports),
        assessment=assessment(check),
        issues=issues(check, profile),
        closing=(f"Trên đây là báo cáo kết quả thực hiện Kế hoạch số {plan.number or '...'} của "
                 f"{profile.office.issuer_name}, kính báo cáo {profile.office.parent_name}./."),
        plan_number=plan.number,
        as_of=check.as_of,
    )


__all__ = ["consolidate", "percent_vi"]
