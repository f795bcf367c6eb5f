"""Any parent plan + the office profile -> the commune's implementing plan (PlanContext).

The parent may be a signed plan, an unsigned draft (blank number or day: the citation keeps the blanks, with a
warning), a decision or a guidance; its content is carried over in commune scope:

    title      "<parent subject> trên địa bàn xã <commune>"; the opening cites the parent in full
    I.         the parent's Mục đích / Yêu cầu (`pipeline.generate.scope.to_commune`), generic wording if it has none
    II.        its qualitative aims, then every target with its own numbers (`pipeline.generate.targets`)
    III.       the duties it gives the commune level first, in full, then its tasks; each with the commune unit that
               leads it and those that help (`pipeline.generate.assign`, by the profile's unit domains)
    IV.        what each commune unit does, the reporting regime with the parent's limits moved earlier by the
               profile's lead time and never before the draft's date (`pipeline.generate.timing`)

Everything the office must check (blanks, guessed assignments, passed limits) is in `PlanContext.warnings`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from extractors.records import Deadline, Record
from pipeline.generate.assign import Who, assign, replace_actors
from pipeline.generate.citing import Citing, cite, level_of, proper_name, sentence_case  # noqa: F401 (re-exported)
from pipeline.generate.contexts import PlanContext, TargetGroup, TaskItem, UnitDuty, UnitRow
from pipeline.generate.filters import ngay_ngan
from pipeline.generate.frame import frame_fields, lower_first
from pipeline.generate.parent import ParentPlan, Piece
from pipeline.generate.scope import is_local, subject, to_commune
from pipeline.generate.targets import commune_rows, target_lines
from pipeline.generate.timing import is_report, moved, shift_limits
from pipeline.profile import Profile

_LEAD_RE = re.compile(r"^\s*(?:[-–+•*]|[a-zđ]\)|\d{1,2}\))\s*")
_MARK_RE = re.compile(r"^\s*(?:[-–+•*]|[a-zđ]\))\s*")
LETTERS = "abcdefghiklmnopqrstuvxy"
_DIGIT_RE = re.compile(r"\d")
_NUMBER_RE = re.compile(r"(?<![\d/])\d+(?:[.,]\d+)*(?![\d/])")
_RATE_RE = re.compile(r"%|‰")
_RATE_NUMBER_RE = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:%|‰)")
# words that make a rate a target to reach: "phấn đấu 70%", "đảm bảo 100%", "đạt 90%", "tối thiểu 98%"
_TARGET_CUE_RE = re.compile(r"(?i)(?<!\w)(?:phấn đấu|đạt|đảm bảo|bảo đảm|tối thiểu|ít nhất|trên|dưới|không quá|"
                            r"giảm|tăng|mục tiêu|chỉ tiêu)(?!\w)")
_CLAUSE_SPLIT_RE = re.compile(r"(?<=[.;])\s+(?=\S)")


def _clauses(paragraphs) -> list[str]:
    """The sentences and ";"-clauses of the parent's paragraphs, list marks removed."""
    return [c.strip() for p in paragraphs for c in _CLAUSE_SPLIT_RE.split(_clean(p)) if c.strip()]
# "2 | Xã Kiến Thụy | 4.250 | 920 | 96,5": a row of a per-commune table names its commune
_COMMUNE_ROW_RE = re.compile(r"(?<!\w)(?:xã|phường|đặc khu|thị trấn)\s+(?-i:[A-ZĐ])", re.I)
# "Đợt thi đua", "KHEN THƯỞNG": wording of one campaign never comes from here, only from the parent's own text


def _clean(text: str) -> str:
    return " ".join(_LEAD_RE.sub("", text).split())


class Writer:
    """Brings the parent's sentences to the commune: actors replaced, scope reworded, limits moved."""

    def __init__(self, profile: Profile, issued_on: dt.date, year: int | None):
        self.profile, self.issued_on, self.year = profile, issued_on, year
        self.warnings: list[str] = []
        self.replaced: list[str] = []

    def __call__(self, text: str, keep_marks: bool = False) -> str:
        """The sentence in commune scope; `keep_marks` keeps its list mark ("- ", "+ ", "a) ") as the parent wrote it."""
        mark = _MARK_RE.match(text) if keep_marks else None
        text, made = replace_actors(_clean(text), self.profile)
        self.replaced += made
        text = to_commune(text, self.profile.office.commune)
        text, warned = shift_limits(text, self.issued_on, self.profile.plan.lead_days, self.year)
        self.warnings += warned
        text = text[:1].upper() + text[1:] if text else text
        if mark and text:
            head = mark.group(0).strip().replace("•", "-").replace("*", "-")
            text = f"{head} {text}"
        return text


def _lettered(items: list[str]) -> tuple[str, ...]:
    if len(items) <= 1:
        return tuple(items)
    return tuple(f"{LETTERS[k % len(LETTERS)]}) {t}" for k, t in enumerate(items))


def purposes(parent: ParentPlan, write: Writer, cited: Citing, subject_text: str) -> tuple[str, ...]:
    own = [write(p) for p in parent.parts.purposes if _clean(p)]
    if own:
        return _lettered(own)
    what = f" về {lower_first(subject_text)}" if subject_text else ""
    return _lettered([f"Triển khai thực hiện kịp thời, hiệu quả {cited.short}{what} trên địa bàn xã "
                      f"{write.profile.office.commune}; cụ thể hóa các mục tiêu, nhiệm vụ phù hợp với tình hình thực "
                      "tế của địa phương.",
                      "Xác định rõ nhiệm vụ, trách nhiệm của các phòng, ban, ngành, đoàn thể xã và các thôn trong tổ "
                      "chức thực hiện."])


def requirements(parent: ParentPlan, write: Writer) -> tuple[str, ...]:
    own = [write(p) for p in parent.parts.requirements if _clean(p)]
    if own:
        return _lettered(own)
    return _lettered(["Các phòng, ban, ngành, đoàn thể xã và các thôn chủ động triển khai các nhiệm vụ được giao, "
                      "bảo đảm đúng tiến độ, chất lượng, hiệu quả, tránh hình thức.",
                      "Thường xuyên theo dõi, đôn đốc, kiểm tra; thực hiện nghiêm chế độ thông tin, báo cáo theo "
                      "quy định."])


def _indicator_sentences(parent: ParentPlan) -> set[str]:
    return {_clean(i.text) for i in parent.record.indicators}


def target_groups(parent: ParentPlan, profile: Profile, write: Writer, level: str, cited: Citing,
                  warnings: list[str]) -> tuple[tuple[TargetGroup, ...], list]:
    numeric = _indicator_sentences(parent)
    lines, warned = target_lines(parent.record, profile, level)
    rows_read = bool(commune_rows(parent.record, profile.office.commune))
    texts = [_clean(t) for t in parent.parts.target_texts if _clean(t) and _clean(t) not in numeric]
    # an indicator read from a piece of a longer target sentence ("định kỳ 1 lần/năm: 10%"): the sentence is carried
    fragments = [ln for ln in lines if ln.sentence and any(ln.sentence != t and ln.sentence in t for t in texts)]
    lines = tuple(ln for ln in lines if ln not in fragments)
    warnings += [w for w in warned if not any(f"«{f.name}»" in w for f in fragments)]
    lines = tuple(replace(ln, code=f"({k})") for k, ln in enumerate(lines, 1))
    aims = list(dict.fromkeys(write(t) for t in texts if len(t) > 20 and not _DIGIT_RE.search(t)))
    shown = set(_NUMBER_RE.findall(" ".join(ln.text for ln in lines)))
    figures = []  # target sentences with figures the extraction did not read as indicators: carried as written
    own_name = profile.office.commune.casefold()
    for t in dict.fromkeys(texts):
        numbers = _NUMBER_RE.findall(t)
        if _COMMUNE_ROW_RE.search(t) and (own_name not in t.casefold() or rows_read):
            continue  # a row of the per-commune table: another commune's, or ours already read as indicators
        if numbers and not all(n in shown for n in numbers) and not t.endswith(":"):
            own = write(t).rstrip(" .;")
            if not _RATE_RE.search(t):
                own += f" (chỉ tiêu chung của {level}; xã xác định số cụ thể)"
                warnings.append(f"Chỉ tiêu «{t[:80]}» của {level} được giữ nguyên văn; xã cần xác định số của xã.")
            figures.append(own)
    # rates the parent sets inside its tasks ("Phấn đấu đến năm 2012, 70% các cuộc họp ... trực tuyến"): targets too
    shown |= set(_NUMBER_RE.findall(" ".join(figures)))
    for piece in (*parent.parts.tasks, *parent.parts.duties):
        for clause in _clauses(piece.paragraphs):
            numbers = [n for n in _RATE_NUMBER_RE.findall(clause)]
            if numbers and _TARGET_CUE_RE.search(clause) and not all(n in shown for n in numbers):
                figures.append(write(clause).rstrip(" .;"))
                shown |= set(numbers)
    groups = []
    if aims:
        groups.append(TargetGroup(label=f"{len(groups) + 1}.", title="Mục tiêu", lines=tuple(f"- {a}" for a in aims)))
    if lines or figures:
        coded = [f"{ln.code}. {ln.text.rstrip('.')}." for ln in lines]
        coded += [f"({len(coded) + k + 1}). {f}." for k, f in enumerate(figures)]
        groups.append(TargetGroup(label=f"{len(groups) + 1}.", title="Chỉ tiêu", lines=tuple(coded)))
    if not groups:
        groups.append(TargetGroup(label="1.", title="Mục tiêu", lines=(
            f"- Hoàn thành đầy đủ, đúng tiến độ các nội dung, nhiệm vụ {cited.short} giao cho cấp xã.",)))
        warnings.append(f"{cited.type_name} cấp trên không nêu chỉ tiêu định lượng: mục II chỉ ghi mục tiêu chung.")
    return tuple(groups), list(lines)


def _task_pieces(parent: ParentPlan) -> list[tuple[Piece, bool]]:
    """(piece, addressed to the commune level): the duties given to the commune level first, then the tasks."""
    local = [(d, True) for d in parent.parts.duties if is_local(d.title or d.text)]
    tasks = [(t, _addressed_to_commune(t)) for t in parent.parts.tasks]
    if parent.parts.schedule:  # the parent's timetable, its limits moved for the commune
        tasks.append((Piece("Tiến độ thực hiện", parent.parts.schedule), any(map(is_local, parent.parts.schedule))))
    tasks.sort(key=lambda x: not x[1])
    if not local and not tasks:  # a saved record: its assignments stand for the tasks
        by_unit: dict[str, list[str]] = {}
        for a in parent.record.assignments:
            by_unit.setdefault(a.unit, []).append(a.task)
        pieces = [(Piece(unit, tuple(ts)), is_local(unit)) for unit, ts in by_unit.items()]
        pieces.sort(key=lambda x: not x[1])
        return pieces
    return local + tasks


def _addressed_to_commune(piece: Piece) -> bool:
    """A task whose title or opening names the commune level as the one who does it."""
    return is_local(piece.title) or bool(piece.paragraphs and is_local(piece.paragraphs[0][:160]))


def tasks(parent: ParentPlan, profile: Profile, write: Writer, cited: Citing,
          warnings: list[str]) -> tuple[tuple[TaskItem, ...], list[Who]]:
    items, whos = [], []
    for piece, local in _task_pieces(parent):
        paragraphs = tuple(write(p, keep_marks=True) for p in piece.paragraphs if _clean(p))
        if local and piece.title and is_local(piece.title):
            title = f"Nhiệm vụ theo {cited.short} giao cho cấp xã"
        else:
            title = write(piece.title).rstrip(" :.") if piece.title else ""
        if not title and not paragraphs:
            continue
        if not title:
            title, paragraphs = _title_from(paragraphs)
        who = assign(piece.text, profile, actor="" if local else piece.title)
        n = len(items) + 1
        whos.append(who)
        items.append(TaskItem(label=f"{n}.", title=title, paragraphs=paragraphs, who=who.line))
        warnings.append(_assignment_note(n, title, who))
    if not items:
        who = assign(cited.full, profile)
        whos.append(who)
        items.append(TaskItem(label="1.", title=f"Tổ chức triển khai {cited.short}", paragraphs=(
            f"Tổ chức quán triệt, tuyên truyền, triển khai các nội dung của {cited.short} đến cán bộ, công chức và "
            "Nhân dân trên địa bàn xã.",), who=who.line))
        warnings.append(f"Không đọc được phần nhiệm vụ của {cited.type_name.lower()} cấp trên: mục III chỉ có "
                        "nhiệm vụ chung, cần bổ sung.")
    return tuple(items), whos


def _title_from(paragraphs: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """An untitled task: its first clause is the title ("Tập trung vận hành ... 02 cấp"), the rest stays."""
    first = paragraphs[0]
    parts = re.split(r"[;:.]\s+", first, maxsplit=1)
    head, rest = parts[0], parts[1] if len(parts) > 1 else ""
    if len(head.split()) > 25:
        return "Nhiệm vụ khác", paragraphs
    rest = rest.strip()
    more = ((rest[:1].upper() + rest[1:]),) if rest else ()
    return head.rstrip(" ;.:"), more + paragraphs[1:]


def _assignment_note(n: int, title: str, who: Who) -> str:
    short = title if len(title) <= 70 else title[:67].rsplit(" ", 1)[0] + "…"
    if who.guessed:
        return (f"Nhiệm vụ {n} «{short}»: không khớp lĩnh vực của đơn vị nào trong hồ sơ cơ quan; tạm giao "
                f"{who.lead} chủ trì, cần xem lại.")
    return f"Nhiệm vụ {n} «{short}»: giao {who.lead} chủ trì theo lĩnh vực ({', '.join(who.matched)}); cần xem lại."


def report_deadlines(record: Record) -> list[Deadline]:
    found = [d for d in record.deadlines if is_report(d.action or d.text)]
    return sorted(found, key=lambda d: d.due)


def duties(profile: Profile, parent: ParentPlan, write: Writer, task_items, whos: list[Who], target_lines_,
           reporting_line: str, warnings: list[str]) -> tuple[UnitDuty, ...]:
    lead: dict[str, list[str]] = {}
    helps: dict[str, list[str]] = {}
    for item, who in zip(task_items, whos):
        lead.setdefault(who.lead, []).append(item.label.rstrip("."))
        for p in who.partners:
            helps.setdefault(p, []).append(item.label.rstrip("."))
    follows: dict[str, list[str]] = {}
    for ln in target_lines_:
        follows.setdefault(assign(ln.name, profile).lead, []).append(ln.code)
    own: dict[str, list[str]] = {}
    for d in parent.parts.duties:
        if is_local(d.title or d.text):
            continue
        who = assign(d.text, profile, actor=d.title)
        if who.guessed:
            warnings.append(f"Nhiệm vụ của «{d.title or d.text[:60]}» trong kế hoạch cấp trên không có đơn vị tương "
                            "ứng ở xã theo hồ sơ cơ quan: không đưa vào mục IV.")
            continue
        own.setdefault(who.lead, []).extend(write(p, keep_marks=True) for p in d.paragraphs if _clean(p))
    out = []
    names = [u.name for u in profile.units if u.kind != "thôn"]
    if profile.office.drafting_unit not in names:
        names.insert(0, profile.office.drafting_unit)
    for name in names:
        lines = []
        if lead.get(name):
            lines.append(f"Chủ trì thực hiện nhiệm vụ số {', '.join(lead[name])} tại mục III.")
        if helps.get(name):
            lines.append(f"Phối hợp thực hiện nhiệm vụ số {', '.join(helps[name])} tại mục III.")
        if follows.get(name):
            lines.append(f"Theo dõi, đôn đốc thực hiện chỉ tiêu {', '.join(follows[name])} tại mục II.")
        lines += [x if _MARK_RE.match(x) else f"- {x}" for x in own.get(name, [])]
        if name == profile.office.drafting_unit:
            lines.append(f"Tham mưu {profile.office.issuer_name} theo dõi, hướng dẫn, đôn đốc, kiểm tra việc thực "
                         f"hiện Kế hoạch; {reporting_line}")
        elif lines:
            lines.append("Báo cáo kết quả thực hiện theo mục IV của Kế hoạch này.")
        if lines:
            out.append(UnitDuty(label=f"{len(out) + 1}.", name=name, lines=tuple(lines)))
    if profile.units_of_kind("thôn"):
        villages = "các thôn" in helps
        out.append(UnitDuty(label=f"{len(out) + 1}.", name="Các thôn", lines=(
            "Tuyên truyền, phổ biến nội dung Kế hoạch đến Nhân dân trên địa bàn thôn"
            + ("; phối hợp thực hiện nhiệm vụ số " + ", ".join(helps["các thôn"]) + " tại mục III." if villages
               else "; phối hợp với các phòng, ban, ngành, đoàn thể xã thực hiện các nhiệm vụ có liên quan."),)))
    return tuple(out)


def derive_plan(parent: Record | ParentPlan, profile: Profile, issued_on: dt.date | None = None,
                parent_number: str | None = None, parent_date: dt.date | None = None,
                today: dt.date | None = None) -> PlanContext:
    """The commune's implementing plan for `parent` (a record, or a record with its blocks: `read_parent`)."""
    if isinstance(parent, Record):
        parent = ParentPlan(parent)
    record = parent.record
    warnings: list[str] = []
    cited = Citing(parent, profile, parent_number, parent_date)
    warnings += cited.warnings
    reports = report_deadlines(record)
    issued_on = issued_on or _default_date(cited.date, reports, today or dt.date.today(), warnings)
    if cited.date and issued_on < cited.date:
        warnings.append(f"Ngày của dự thảo ({ngay_ngan(issued_on)}) trước ngày ban hành {cited.short} "
                        f"({ngay_ngan(cited.date)}): kiểm tra lại tùy chọn --date.")
    year = (cited.date or issued_on).year
    level = level_of(record.issuer, record.parent_issuer)
    write = Writer(profile, issued_on, year)
    subj = write(sentence_case(subject(record.title))) if subject(record.title) else ""
    commune = profile.office.commune
    title = (f"{subj} trên địa bàn xã {commune}" if subj and commune.lower() not in subj.lower()
             else subj or f"Thực hiện {cited.full}")
    if not subj:
        warnings.append(f"Không đọc được trích yếu của {cited.type_name.lower()} cấp trên: tiêu đề ghi theo số, ngày "
                        "của văn bản; cần bổ sung nội dung.")
    about = f" về {lower_first(sentence_case(subject(record.title)))}" if subject(record.title) else ""
    intro = (f"Thực hiện {cited.full}{about}; {profile.office.issuer_name} xây dựng Kế hoạch thực hiện cụ thể "
             "như sau:")
    groups, lines = target_groups(parent, profile, write, level, cited, warnings)
    task_items, whos = tasks(parent, profile, write, cited, warnings)
    unit_due, city_due, reporting = reporting_regime(reports, profile, issued_on, cited, warnings)
    duty_items = duties(profile, parent, write, task_items, whos, lines, reporting[-1], warnings)
    warnings += write.warnings
    if write.replaced:
        warnings.append("Cơ quan cấp trên được thay bằng đơn vị của xã theo lĩnh vực: "
                        + "; ".join(dict.fromkeys(write.replaced)) + ".")
    due_text = ngay_ngan(unit_due + dt.timedelta(days=1)) if unit_due else ""
    rows = unit_rows(duty_items, due_text)
    return PlanContext(
        **frame_fields(profile, "KH", profile.plan.number, issued_on, profile.recipients),
        title=title,
        intro=intro,
        issuer_name=profile.office.issuer_name,
        parent_name=profile.office.parent_name,
        drafting_unit=profile.office.drafting_unit,
        year=year,
        purposes=purposes(parent, write, cited, subj),
        requirements=requirements(parent, write),
        target_groups=groups,
        tasks=task_items,
        duties=duty_items,
        reporting=tuple(reporting),
        unit_deadline=unit_due,
        unit_deadline_text=due_text,
        city_deadline=city_due,
        city_deadline_text=ngay_ngan(city_due + dt.timedelta(days=1)) if city_due else "",
        units=rows,
        closing=(f"Trên đây là Kế hoạch {lower_first(title)} của {profile.office.issuer_name}. Trong quá trình thực "
                 f"hiện, nếu có khó khăn, vướng mắc, các phòng, ban, ngành, đoàn thể xã và các thôn phản ánh về "
                 f"{profile.office.issuer_name} (qua {profile.office.drafting_unit}) để xem xét, giải quyết./."),
        basis_number=cited.number,
        warnings=tuple(dict.fromkeys(warnings)),
    )


def _default_date(parent_date: dt.date | None, reports: list[Deadline], today: dt.date,
                  warnings: list[str]) -> dt.date:
    """Today; but when every reporting limit of the parent has passed, a few days after the parent, with a warning
    (a draft dated today would have nothing but passed limits)."""
    if parent_date and reports and all(d.due < today for d in reports):
        dated = parent_date + dt.timedelta(days=7)
        warnings.append(f"Các thời hạn báo cáo của kế hoạch cấp trên đã qua so với hôm nay ({ngay_ngan(today)}): "
                        f"dự thảo ghi ngày {ngay_ngan(dated)}, 7 ngày sau kế hoạch cấp trên; đổi bằng tùy chọn --date.")
        return dated
    return today


def reporting_regime(reports: list[Deadline], profile: Profile, issued_on: dt.date, cited: Citing,
                     warnings: list[str]) -> tuple[dt.date | None, dt.date | None, list[str]]:
    """(the units' limit, the parent's limit, the sentences of the reporting regime)."""
    office = profile.office
    upcoming = [d for d in reports if d.due >= issued_on]
    for d in reports:
        if d.due < issued_on:
            warnings.append(f"Hạn báo cáo «{d.text[:80]}» ({ngay_ngan(d.due)}) của kế hoạch cấp trên đã qua so với "
                            f"ngày của dự thảo ({ngay_ngan(issued_on)}): không ghi hạn đã qua; cần xác định lại.")
    if not upcoming:
        lines = [f"Các phòng, ban, ngành, đoàn thể xã và các thôn báo cáo kết quả thực hiện về {office.issuer_name} "
                 f"(qua {office.drafting_unit}) theo thời hạn {office.issuer_name} thông báo.",
                 f"tổng hợp, báo cáo {proper_parent(cited)} theo quy định."]
        if not reports:
            warnings.append(f"{cited.type_name} cấp trên không nêu hạn báo cáo có ngày cụ thể: dự thảo không ghi hạn.")
        return None, None, lines
    city = upcoming[0].due
    unit = moved(city, profile.plan.lead_days, issued_on)
    if unit == issued_on and city - dt.timedelta(days=profile.plan.lead_days) < issued_on:
        warnings.append(f"Hạn báo cáo cấp trên ({ngay_ngan(city)}) quá gần ngày dự thảo: các đơn vị báo cáo trong "
                        "ngày ban hành, không đủ thời gian đi trước theo hồ sơ cơ quan.")
    unit_text = ngay_ngan(unit + dt.timedelta(days=1))
    city_text = ngay_ngan(city + dt.timedelta(days=1))
    lines = [f"Các phòng, ban, ngành, đoàn thể xã và các thôn báo cáo kết quả thực hiện về {office.issuer_name} "
             f"(qua {office.drafting_unit}) trước ngày {unit_text}.",
             f"tổng hợp, báo cáo {proper_parent(cited)} trước ngày {city_text}."]
    return unit, city, lines


def proper_parent(cited: Citing) -> str:
    return cited.issuer


def unit_rows(duty_items: tuple[UnitDuty, ...], due: str) -> tuple[UnitRow, ...]:
    rows = []
    for d in duty_items:
        refs = [ln.split(" tại ")[0] for ln in d.lines if ln.startswith(("Chủ trì", "Phối hợp", "Theo dõi"))]
        rows.append(UnitRow(stt=len(rows) + 1, name=d.name, codes="; ".join(refs) or "Theo mục IV",
                            due=due or "Theo thông báo của UBND xã"))
    return tuple(rows)
