"""City plan + office profile -> the commune's implementing plan (PlanContext), shaped like the seed plan of
UBND xã Kiến Minh: intro citing the city plan, I. Mục đích, yêu cầu ... V. Tổ chức thực hiện."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from extractors.errors import BadInput, ErrorCode
from extractors.records import Citation, Deadline, Record
from pipeline.generate.contexts import PlanContext, TargetGroup, UnitRow
from pipeline.generate.filters import ngay_ngan, ngay_thang
from pipeline.generate.frame import frame_fields, lower_first
from pipeline.generate.targets import GROUP_TITLES, merge_targets, target_lines
from pipeline.profile import Profile

REPORT_WORDS = ("báo cáo",)


def proper_name(upper: str | None, profile: Profile) -> str:
    """"ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG" -> the profile's "Ủy ban nhân dân thành phố Hải Phòng" when it is
    the parent body; otherwise the name with lower-case common words and capitalised place words."""
    if not upper:
        return profile.office.parent_name
    if " ".join(upper.split()).casefold() == profile.office.parent_name.casefold():
        return profile.office.parent_name
    words = " ".join(upper.split()).lower().split()
    for kw in ("tỉnh", "phố", "huyện", "xã", "phường", "quận"):
        if kw in words:
            at = words.index(kw) + 1
            words[at:] = [w.capitalize() for w in words[at:]]
            break
    return " ".join(words).capitalize() if words else upper


def report_deadline(plan: Record) -> Deadline | None:
    """The earliest day-precise deadline to report (báo cáo) in the plan."""
    found = [d for d in plan.deadlines if any(w in (d.action or d.text).lower() for w in REPORT_WORDS)]
    exact = [d for d in found if d.precision == "day"] or found
    return min(exact, key=lambda d: d.due) if exact else None


def period_end(plan: Record, year: int) -> Deadline:
    others = [d for d in plan.deadlines if not any(w in (d.action or "").lower() for w in REPORT_WORDS)]
    campaign = [d for d in others if "triển khai" in d.text or "thực hiện" in d.text] or others
    if campaign:
        return min(campaign, key=lambda d: d.due)
    return Deadline(due=dt.date(year, 12, 31), precision="month", text="")


def period_text(end: Deadline) -> str:
    until = f"tháng {end.due.month}/{end.due.year}" if end.precision == "month" else f"ngày {ngay_ngan(end.due)}"
    return f"Đợt thi đua được triển khai từ ngày ban hành Kế hoạch đến hết {until}."


def cite(c: Citation) -> str:
    """A complete first citation: type, number, date, issuer."""
    parts = [f"{c.kind} số {c.number}" if c.number else c.kind]
    if c.date:
        parts.append(f"ngày {ngay_ngan(c.date)}")
    if c.issuer:
        parts.append(f"của {c.issuer}")
    return " ".join(parts)


def city_citation(city_plan: Record, profile: Profile) -> str:
    """"Kế hoạch số 232/KH-UBND ngày 09 tháng 9 năm 2025 của Ủy ban nhân dân thành phố Hải Phòng"."""
    return (f"Kế hoạch số {city_plan.number} {ngay_thang(city_plan.issued_on)} của "
            f"{proper_name(city_plan.issuer, profile)}")


def intro(city_plan: Record, profile: Profile) -> str:
    what = f" {lower_first(city_plan.title)}" if city_plan.title else ""
    return (f"Thực hiện {city_citation(city_plan, profile)}{what}; {profile.office.issuer_name} xây dựng Kế hoạch "
            "thực hiện cụ thể như sau:")


def require_citable(city_plan: Record) -> None:
    """The plan must cite the city plan in full: without its number and date there is nothing to implement."""
    if not city_plan.number or not city_plan.issued_on:
        raise BadInput(ErrorCode.NO_TEXT, Path(city_plan.source).name or "kế hoạch cấp trên",
                       message="Không xác định được số, ngày ban hành của kế hoạch cấp trên nên không soạn được "
                               "kế hoạch thực hiện (thiếu phần viện dẫn). Đề nghị kiểm tra lại tệp kế hoạch.")


def purposes(city_plan: Record, profile: Profile) -> tuple[str, ...]:
    directives = "; ".join(cite(c) for c in city_plan.citations if c.number and not c.relation)
    spirit = f" theo tinh thần {directives}" if directives else ""
    return (
        f"a) Đẩy mạnh Đợt thi đua{spirit}; khơi dậy mạnh mẽ truyền thống yêu nước, ý chí tự lực, tự cường, tinh thần "
        "vượt khó, lao động sáng tạo của các tầng lớp Nhân dân, phát huy sức mạnh tổng hợp của cả hệ thống chính trị "
        "để thực hiện thắng lợi các chỉ tiêu, nhiệm vụ được giao.",
        "b) Tích cực phát hiện, bồi dưỡng, tổng kết, nhân rộng các điển hình tiên tiến, mô hình mới, cách làm hay, "
        "hiệu quả trên các lĩnh vực, tạo sự lan tỏa trong các phòng, ban, ngành, đoàn thể, cơ sở thôn và trong đời "
        "sống xã hội.",
    )


def requirements(profile: Profile, year: int) -> tuple[str, ...]:
    return (
        "a) Đợt thi đua phải được thực hiện đồng bộ, thường xuyên, liên tục, phù hợp, có hiệu quả ở các phòng, ban, "
        "ngành, đoàn thể, cơ sở thôn; gắn với việc thực hiện nhiệm vụ chính trị, chuyên môn của từng đơn vị.",
        "b) Đợt thi đua có trọng tâm, trọng điểm; nội dung thiết thực, với các tiêu chí cụ thể, rõ ràng, tránh phô "
        "trương, hình thức.",
        f"c) Bám sát nhiệm vụ phát triển kinh tế - xã hội năm {year} của xã {profile.office.commune}; tổ chức sơ "
        "kết, tổng kết, khen thưởng kịp thời, công khai, minh bạch.",
    )


def contents(profile: Profile, year: int) -> tuple[str, ...]:
    return (
        "- Các phòng, ban, ngành, đoàn thể, cơ sở thôn tổ chức phát động thi đua trên cơ sở bám sát các chỉ tiêu "
        f"chủ yếu về nhiệm vụ chính trị, phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh của xã "
        f"{profile.office.commune} năm {year}; tiếp tục thực hiện các phong trào thi đua do cấp trên phát động.",
    )


def groups(targets) -> tuple[TargetGroup, ...]:
    lines = target_lines(targets)
    order = [g for g in GROUP_TITLES if any(grp == g for grp, _ in lines)]
    return tuple(TargetGroup(label=f"2.{n}.", title=GROUP_TITLES[g], lines=tuple(ln for grp, ln in lines if grp == g))
                 for n, g in enumerate(order, 1))


def tasks(targets, profile: Profile) -> tuple[str, ...]:
    """Per group of chỉ tiêu: which units lead it (from the profile's assignment of codes)."""
    out = ["a) Tập trung vận hành hiệu quả mô hình chính quyền địa phương 02 cấp; đề cao tinh thần trách nhiệm, chủ "
           "động, quyết liệt trong thực hiện các nhiệm vụ được giao, không để nhiệm vụ chậm, kéo dài."]
    letters = "bcdeghiklmn"
    for n, (group, title) in enumerate((g, t) for g, t in GROUP_TITLES.items() if any(x.group == g for x in targets)):
        codes = list(dict.fromkeys(t.code for t in targets if t.group == group))
        out.append(f"{letters[n % len(letters)]}) Về {title[0].lower()}{title[1:]} (chỉ tiêu {', '.join(codes)}): "
                   f"{_who(codes, profile)} chủ trì theo dõi, đôn đốc, thực hiện và báo cáo kết quả theo phân công "
                   "tại mục V.3.")
    return tuple(out)


def _who(codes: list[str], profile: Profile) -> str:
    """The units following these codes; the thôn are named together ("các thôn")."""
    names = list(dict.fromkeys(u for c in codes for u in profile.units_for(c)))
    villages = {u.name for u in profile.units_of_kind("thôn")}
    named = [n for n in names if n not in villages] + (["các thôn"] if villages & set(names) else [])
    return ", ".join(named) if named else profile.office.drafting_unit


def unit_rows(profile: Profile, due: dt.date) -> tuple[UnitRow, ...]:
    return tuple(UnitRow(stt=n, name=u.name, codes=", ".join(u.codes), due=ngay_ngan(due))
                 for n, u in enumerate(profile.units, 1))


def derive_plan(city_plan: Record, profile: Profile, issued_on: dt.date | None = None) -> PlanContext:
    require_citable(city_plan)
    issued_on = issued_on or dt.date.today()
    city_due = report_deadline(city_plan)
    year = (city_due.due.year if city_due else issued_on.year)
    end = period_end(city_plan, year)
    city_deadline = city_due.due if city_due else end.due
    unit_deadline = city_deadline - dt.timedelta(days=profile.plan.lead_days)
    targets = merge_targets(profile, city_plan)
    title = city_plan.title or f"Thực hiện {city_citation(city_plan, profile)}"
    return PlanContext(
        **frame_fields(profile, "KH", profile.plan.number, issued_on, profile.recipients),
        title=title,
        intro=intro(city_plan, profile),
        issuer_name=profile.office.issuer_name,
        parent_name=profile.office.parent_name,
        drafting_unit=profile.office.drafting_unit,
        year=year,
        purposes=purposes(city_plan, profile),
        requirements=requirements(profile, year),
        contents=contents(profile, year),
        target_groups=groups(targets),
        tasks=tasks(targets, profile),
        period_text=period_text(end),
        unit_deadline=unit_deadline,
        unit_deadline_text=ngay_ngan(unit_deadline + dt.timedelta(days=1)),
        city_deadline=city_deadline,
        city_deadline_text=ngay_ngan(city_deadline + dt.timedelta(days=1)),
        units=unit_rows(profile, unit_deadline),
        closing=(f"Trên đây là Kế hoạch {lower_first(title)} của {profile.office.issuer_name}; đề nghị các phòng, "
                 "ban, ngành, đoàn thể xã, cơ sở thôn nghiêm túc triển khai thực hiện./."),
        basis_number=city_plan.number,
    )
