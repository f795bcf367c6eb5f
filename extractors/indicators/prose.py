"""Paragraphs -> indicators stated in prose.

"(5). Tỷ lệ hộ nghèo: 0; Tỷ lệ hộ cận nghèo: 1,1%." -> two indicators sharing code "(5)";
"Thu ngân sách xã 6 tháng đầu năm đạt 3.964/3.187 triệu đồng đạt 124%" -> value 3964, target 3187, ratio 124.
A paragraph in a purpose/requirements/organisation section is never read; elsewhere outside a chỉ tiêu
section a clause must name a measure ("Tỷ lệ ...", "... đạt ...") to count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from extractors.errors import DocWarning, WarningCode
from extractors.indicators.context import Paragraph
from extractors.indicators.mentions import Mention, clause_to_mentions, ratio_mismatch
from extractors.indicators.count_nouns import count_noun, header_count_noun
from extractors.indicators.mentions import mask_non_figures
from extractors.indicators.names import (
    capitalised, complete_period, name_after, name_around, name_before, subject_of,
)
from extractors.patterns.indicators import (
    ACTIVITY_UNITS, ACTIVITY_VERB_RE, BRACKETED_RATE_RE, CHANGE_AFTER_RE, CHANGE_BEFORE_RE, CODE_RE,
    COMPARATOR_AFTER_RE, COMPARATORS_AFTER, COMPARED_PHRASE_RE, COMPARED_WORD_RE, DIRECTION_VERB_END_RE, COMPLETION_BEFORE_RE, COMPLETION_NOUN_RE, CUE_RE,
    DETAIL_CONNECTOR_RE, COMPARED_PERIOD_RE, DIFFERENCE_AFTER_RE, DIRECTION_VERB_RE, DIFFERENCE_RE, DONE_RE, NAME_LEAD_RE, NO_OCCURRENCE_RE,
    COMMITMENT_BEFORE_RE, OUTCOME_BEFORE_RE, PARTS_OF_RE, PER_COUNT_RE, RESULT_VERB_BEFORE_RE, RATE_NAME_WORDS, RATIO_AFTER_RE, RATIO_NOUN_RE, SHARE_BEFORE_RE, TARGET_AFTER_RE, TARGET_BRACKET_RE, TARGET_CUE_RE,
    TARGET_REF_AFTER_RE, TARGET_WORD_RE, PLAN_RATIO_RE, UPDATE_BETWEEN_RE, comparator_before, direction_of, period_in,
)
from extractors.patterns.numbers import NUMBER_RE, join_split_numbers
from extractors.patterns.structure import PATH_KINDS
from extractors.patterns.units import unit_kind, is_price, same_measure_unit
from extractors.indicators.measures import Measures, indicator_to_figure
from extractors.indicators.qualitative import report_outcome
from extractors.records import Figure, FigureRole, Indicator

# "(Thu ngân sách xã 6 tháng đầu năm đạt 3.964/3.187 triệu đồng đạt 124%, ...)": a bracketed clause of its own.
_BRACKET_RE = re.compile(r"\(([^()]{15,})\)")
_SHORT_PARAGRAPH = 300  # quote a short paragraph whole, a long one by its sentence
_ONE_SENTENCE = 60  # shorter text is taken as one sentence without asking the splitter
_NAME_WINDOW = 400  # characters before a figure that may name it
_AFTER_WINDOW = 200
_COMMIT_WINDOW = 60  # characters before a figure where a plan's commitment may stand ("đảm bảo 100% ...")  # characters after a figure that may qualify it ("đạt 124%", "theo kế hoạch")


@dataclass(frozen=True)
class Context:
    code: str | None
    section: str | None
    period: str | None
    year: int | None
    is_report: bool
    location: str
    text: str
    trusted: bool  # in a chỉ tiêu section or a coded item: no cue word needed
    excluded: bool = False  # in a purpose / requirement / task section: its measures are requirements
    baseline: bool = False  # in a plan's account of where things stand: its measures are baselines


def _figures(m: Mention, prefix: str, ctx: Context, name: str) -> dict:
    if m.kind == "pair":
        return {"value": m.values[0], "target": m.values[1]}
    if m.kind == "range":  # a plan's "tăng 7,5 - 8%"; a report's observed "dao động từ 7.200 - 7.400đ/kg"
        low = "value" if ctx.is_report and not TARGET_CUE_RE.search(prefix) else "target"
        return {low: m.values[0], "target_high": m.values[1], "comparator": "range"}
    unit = m.unit or ("%" if name.lower().startswith(RATE_NAME_WORDS) else None)
    is_target = not ctx.is_report or TARGET_CUE_RE.search(prefix)
    return {"target" if is_target else "value": m.values[0], "unit": unit}


def _comparator(prefix: str, after: str, fields: dict, ctx: Context) -> str | None:
    """Stated ("tối thiểu", "trở lên"), or implied by a plan's bare target and its direction."""
    if fields.get("comparator"):
        return fields["comparator"]
    if (after_cmp := COMPARATOR_AFTER_RE.match(after)) is not None:
        return COMPARATORS_AFTER[after_cmp.group("word").lower()]
    if stated := comparator_before(prefix):
        return stated
    if fields.get("target") is not None and fields.get("value") is None and not ctx.is_report:
        return {"increase": ">=", "decrease": "<="}.get(fields.get("direction"))
    return None


def _name(clause: str, m: Mention, previous: str | None) -> tuple[str, int]:
    """The indicator's name, and how many characters after the figure it used."""
    prefix, after = clause[: m.start], clause[m.end:]
    if m.unit == "%" and previous and SHARE_BEFORE_RE.search(prefix) and (subject := subject_of(previous)):
        return f"Tỷ lệ {subject[:1].lower()}{subject[1:]}", 0  # "còn 112 hộ nghèo, chiếm 2,35%" -> "Tỷ lệ hộ nghèo"
    if RATIO_NOUN_RE.match(after) is None and COMPARATOR_AFTER_RE.match(after) is None:
        name, used = name_after(prefix, after, m.unit)  # "Toàn thôn có 412/428 hộ đạt danh hiệu ..."
        if name:
            return name, used
    if name := name_before(prefix):
        return name, 0
    period = period_in(prefix)
    if previous is not None and period:  # "..., phấn đấu cả năm đạt 135%": the previous measure, another period
        return f"{subject_of(previous)} {period}", 0
    if previous is None or prefix.strip(" ,;:-"):
        return name_around(clause, m.start, m.end, m.unit), 0  # "Hoàn thành 100% chỉ tiêu tuyển quân thành phố giao"
    return "", 0


def _with_unit(clause: str, m: Mention) -> Mention | None:
    """The mention with its count noun as unit when no list knows it ("35 trạm bơm"); None when it is no figure.

    A count per count keeps both: "108 bé trai/100 bé gái" -> unit "bé trai/100 bé gái".
    """
    prefix, after = clause[: m.start], clause[m.end:]
    if m.unit is not None:
        return m
    noun = count_noun(prefix[-40:], clause[m.start: m.end], after[:60])
    if noun is None:
        # "Số PAKN được tiếp nhận: 49": the words before name what it counts ("gồm có: 47 PAKN" names it after)
        return m if prefix.rstrip().endswith(":") else None  # "02" alone, "Thôn 3": no figure
    written = re.match(r"\s*" + r"\s+".join(map(re.escape, noun.split())), after, re.IGNORECASE)
    end = m.end + (written.end() if written else 0)
    if written and (per := PER_COUNT_RE.match(clause, end)):
        noun, end = f"{noun}/{' '.join(per.group('per').split())}", per.end()
    return replace(m, unit=noun, end=end)


def _indicator_fields(clause: str, m: Mention, ctx: Context, previous: str | None) -> dict | FigureRole:
    """The fields of the chỉ tiêu a figure states, or the role of a figure that states none."""
    prefix, after = clause[: m.start], clause[m.end:]
    if _is_activity(prefix, after, m):
        return "activity"
    completion = _completion(prefix, after, m, ctx)
    name, used = completion or _name(clause, m, previous)
    if not any(c.isalpha() for c in name):
        return "fact"
    # a price report's "Xăng A95III có giá 23.330đ/lít" (not its "(giảm 300đ/lít)")
    observed = ctx.is_report and is_price(m.unit) and not DIRECTION_VERB_RE.search(prefix)
    # a plan's task section that commits to a level: "đảm bảo 100% giáo viên biết ứng dụng CNTT trong giảng dạy"
    committed = not ctx.is_report and COMMITMENT_BEFORE_RE.search(prefix[-_COMMIT_WINDOW:]) is not None
    reported = ctx.is_report and RESULT_VERB_BEFORE_RE.search(prefix) is not None
    if not ctx.trusted and not (CUE_RE.search(name) or OUTCOME_BEFORE_RE.search(prefix) or m.kind == "pair"
                                or observed or committed or reported):
        return "fact"
    if m.unit is None:  # "Số PAKN được tiếp nhận: 49": the count noun the name counts
        m = replace(m, unit=header_count_noun(name))
    fields = {"unit": m.unit, **_figures(m, prefix, ctx, name)}
    is_ratio = m.kind == "single" and m.unit == "%" and RATIO_AFTER_RE.search(prefix) and RATIO_NOUN_RE.match(after)
    if is_ratio or completion:  # "Thu ngân sách đạt 105% kế hoạch", "hoàn thành 100% chỉ tiêu tuyển quân"
        fields.update(value=None, target=None, unit=None, ratio=m.values[0])
    if is_ratio and not completion:  # "đạt 100% chỉ tiêu (18/18 công dân)": the noun is used, the pair follows
        used = RATIO_NOUN_RE.match(after).end()
    fields["direction"] = direction_of(name, prefix, fields.get("comparator") or comparator_before(prefix))
    fields["comparator"] = _comparator(prefix, after, fields, ctx)
    period = _own_period(prefix, after, ctx)
    fields["period"] = complete_period(period, ctx.year)
    return {"name": name, "warnings": list(m.warnings), "_used": used, "_committed": committed, **fields}


def _own_period(prefix: str, after: str, ctx: Context) -> str | None:
    """The figure's period: "... còn 1,8%, giảm 2 hộ so với năm 2024" is of the paragraph's year, not of 2024."""
    prefix, after = COMPARED_PERIOD_RE.sub(" ", prefix), COMPARED_PERIOD_RE.sub(" ", after)
    return period_in(prefix) or period_in(after) or ctx.period


def _is_activity(prefix: str, after: str, m: Mention) -> bool:
    """"tổ chức 12 buổi tuyên truyền", "phạt tiền 1.703,5 triệu đồng": a count of means, not a result."""
    if m.kind != "single" or m.unit == "%" or TARGET_CUE_RE.search(prefix) or comparator_before(prefix):
        return False
    if RATIO_AFTER_RE.search(after[:40]) or TARGET_REF_AFTER_RE.match(after):
        return False  # "36 giấy phép (chỉ tiêu 30 giấy), đạt 120%": measured against a target
    words = re.split(r"[,;:]", prefix)[-1]
    return m.unit in ACTIVITY_UNITS or ACTIVITY_VERB_RE.search(words) is not None


def _completion(prefix: str, after: str, m: Mention, ctx: Context) -> tuple[str, int] | None:
    """A report's "hoàn thành 100% chỉ tiêu tuyển quân thành phố giao": (name after the %, characters used)."""
    if not ctx.is_report or m.unit != "%" or not COMPLETION_BEFORE_RE.search(prefix):
        return None
    noun = COMPLETION_NOUN_RE.match(after)
    return (capitalised(noun.group("noun").strip()), noun.end()) if noun else None


def _is_update(between: str, m: Mention, main: dict) -> bool:
    has_one = (main.get("value") is None) != (main.get("target") is None)
    return has_one and m.kind == "single" and m.unit == main.get("unit") and UPDATE_BETWEEN_RE.match(between) is not None


def _details(between: str, m: Mention, main: dict) -> bool:
    """"..., với 16/16 công dân lên đường nhập ngũ": the figures of a measure so far stated only as a ratio."""
    empty = main.get("value") is None and main.get("target") is None
    return empty and m.kind == "pair" and DETAIL_CONNECTOR_RE.match(between) is not None


def _is_ratio(between: str, after: str, m: Mention, main: dict) -> bool:
    if m.unit != "%" or main.get("ratio") is not None:
        return False
    if BRACKETED_RATE_RE.match(between) and main.get("value") is not None and main.get("target"):
        return True  # "28/30 khu dân cư đạt danh hiệu khu dân cư văn hóa (93,3%)": the pair's rate
    if not RATIO_AFTER_RE.search(between):
        return False
    return main.get("target") is not None and main.get("value") is not None or bool(RATIO_NOUN_RE.match(after))


def _is_target_of(between: str, after: str, m: Mention, main: dict) -> bool:
    """"đạt 97,0%, chưa đạt 98% theo kế hoạch": a later figure named the plan's is the target."""
    if main.get("value") is None or main.get("target") is not None or m.kind != "single":
        return False
    cue = TARGET_CUE_RE.search(between) is not None or TARGET_AFTER_RE.match(after) is not None
    return cue and same_measure_unit(m.unit, main.get("unit"))


def _add_ratio(main: dict, ratio: float, ctx: Context) -> None:
    main["ratio"] = ratio
    if main.get("value") is not None and main.get("target"):
        if (warning := ratio_mismatch(main["value"], main["target"], ratio, ctx.location)) is not None:
            main["warnings"].append(warning)


def _fold_into(main: dict, between: str, after: str, m: Mention, ctx: Context) -> int | None:
    """Fold a later figure into the indicator before it: characters of `after` it used, None when not its."""
    if _is_ratio(between, after, m, main):
        _add_ratio(main, m.values[0], ctx)
        noun = RATIO_NOUN_RE.match(after)
        return noun.end() if noun else 0  # "bằng 112,5% dự toán": "dự toán" names no figure
    if _is_update(between, m, main):
        main["value" if main.get("value") is not None else "target"] = m.values[0]  # "từ 15 hộ xuống còn 8 hộ"
        return 0
    if _details(between, m, main):
        main.update(value=m.values[0], target=m.values[1], unit=m.unit)
        main["warnings"] += m.warnings
        return 0
    if _is_target_of(between, after, m, main):
        main["target"] = m.values[0]  # "ước 0,68%, thấp hơn mức kế hoạch 0,7%"
        return 0
    return None


def _change_is_the_measure(between: str, after: str, m: Mention, found: list[dict], ctx: Context) -> bool:
    """A % change on an earlier period that opens its clause is the chỉ tiêu itself when it is a target.

    A plan's "tỷ lệ hộ cận nghèo giảm ít nhất 0,5% so với năm 2024"; a report's "Số người chết do tai nạn giao
    thông giảm 25% so với cùng kỳ (chỉ tiêu giảm ít nhất 5%)". A report's bare "Thu ngân sách tăng 10% so với
    cùng kỳ" states no level and no target: skipped. After another figure a change only qualifies that one
    ("đạt 38.250 tỷ đồng, tăng 3,2% so với năm 2024").
    """
    if found or m.kind == "pair" or m.unit != "%" or CHANGE_AFTER_RE.match(after) is None:
        return False
    # "tăng 23,4% so với cùng kỳ, đạt 82,5% so với kế hoạch năm": the ratio of the level before, no target
    target_word = TARGET_WORD_RE.search(PLAN_RATIO_RE.sub("", after[:80]))
    return not ctx.is_report or comparator_before(between) is not None or target_word is not None


def _other(clause: str, m: Mention, role: FigureRole, ctx: Context, previous: str | None) -> Figure:
    """A figure that states no chỉ tiêu (a change, a gap, an activity, a fact), named by the words around it."""
    prefix = clause[: m.start]
    if role == "fact" and DIRECTION_VERB_RE.search(prefix):
        role = "change"  # "(giảm 10.000đ/kg)": a change with no level of its own
    opening = re.split(r"[,;(]", prefix)[-1]
    prefix = prefix[len(prefix) - len(opening):] if any(c.isalpha() for c in opening) else prefix
    if role == "activity":  # "Tổ chức 12 hội nghị tuyên truyền, ...": the words up to the next break
        stop = re.search(r"[,;.(]|$", clause[m.end:])
        name = name_around(clause[: m.end + stop.start()], m.start, m.end, m.unit)
    else:
        name = name_before(prefix) or name_after(prefix, clause[m.end:], m.unit)[0] or ""
        if not name and previous:  # the measure it changes, and on what: "Ca sốt xuất huyết so sánh với tuần trước"
            compared = COMPARED_PHRASE_RE.search(clause) if role == "change" else None
            name = f"{previous} {compared.group().strip()}" if compared else previous
    low, high = (m.values + (None,))[:2] if m.kind != "single" else (m.values[0], None)
    value, target = (low, high) if m.kind == "pair" else (low, None)
    period = period_in(prefix) or ctx.period
    return Figure(name=name or None, value=value, target=target, target_high=high if m.kind == "range" else None,
                  unit=m.unit, role=role, comparator=comparator_before(prefix), section=ctx.section,
                  period=complete_period(period, ctx.year), text=ctx.text)


def _in_rate_name(clause: str, m: Mention, later: list[Mention]) -> bool:
    """"Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng ... còn 11,8%", "Tỷ lệ phụ nữ sinh đủ 02 con: ≥ 55%": a count
    inside the name of a rate that a later "%" states is part of the name, not a figure."""
    if m.kind != "single" or m.unit == "%" or not any(n.unit == "%" for n in later[:1]):
        return False
    opening = re.split(r"[,;]", clause[: m.start])[-1]
    return NAME_LEAD_RE.sub("", opening).lower().startswith(RATE_NAME_WORDS)


def clause_to_measures(clause: str, ctx: Context, previous: str | None = None) -> Measures:
    """One clause (no ";") -> its indicators and figures; later figures are ratios of the first or their own.

    `previous` is the name of the indicator before this clause, for "...; riêng 6 tháng cuối năm thu được 422 ...".
    """
    found: list[dict] = []
    others: list[tuple[int, Figure]] = []  # figures of no chỉ tiêu, with their position
    owners: list[int] = []  # position of each found indicator's figure
    last_end = 0
    name_stop: int | None = None  # where the words naming the next figure end, when a change figure came between
    mentions = clause_to_mentions(clause, ctx.location)
    unit_end = 0  # where the last count noun's unit ended ("108 bé trai/100 bé gái": "100" is in it)
    parts_of: dict | None = None  # the count whose parts follow ("..., trong đó, ...")
    for k, m in enumerate(mentions):
        if m.start < unit_end or _in_rate_name(clause, m, mentions[k + 1:]):
            continue
        start = max(last_end, m.start - _NAME_WINDOW)  # bounded windows keep a huge clause linear
        before = clause[start: name_stop] + " " if name_stop is not None else clause[start: m.start]
        if name_stop is not None and is_price(m.unit):  # "Tỷ giá ... giảm 185đ/USD so với tháng trước, ... mua vào
            before = DIRECTION_VERB_END_RE.sub(" ", before)  # là 25.030đ/USD": the verb was the change's, not its
        rest = before + clause[m.start: m.end + _AFTER_WINDOW]
        local = Mention(len(before), len(before) + m.end - m.start, m.kind, m.readings, m.unit, m.values, m.warnings)
        local = _with_unit(rest, local)
        if local is None:
            continue
        unit_end = m.start + local.end - len(before)
        between, after = rest[: local.start], rest[local.end:]
        name_of = found[-1]["name"] if found else previous
        if DIFFERENCE_RE.search(between) and DIFFERENCE_AFTER_RE.match(after):
            others.append((m.start, _other(rest, local, "gap", ctx, name_of)))
            continue  # "vượt 0,2% so với chỉ tiêu (98%)": the gap to the target, which follows
        if COMPARED_WORD_RE.search(between) and CHANGE_BEFORE_RE.search(between):
            others.append((m.start, _other(rest, local, "change", ctx, name_of)))
            continue  # "so với cùng kỳ năm 2024 giảm 02 vụ, giảm 01 người chết"
        # "giảm 2 vụ so với năm 2024, còn 3 vụ": a change on last year is not ours, and the words before it name
        # the figure that follows; unless the change is what the clause measures ("Tỷ lệ doanh nghiệp ... tăng 10%
        # so với năm 2024" in a plan)
        if CHANGE_AFTER_RE.match(after) is not None and not _change_is_the_measure(between, after, local, found, ctx):
            others.append((m.start, _other(rest, local, "change", ctx, name_of)))
            name_stop = m.start if name_stop is None else name_stop
            continue
        name_stop = None
        used = _fold_into(found[-1], between, after, local, ctx) if found else None
        if used is None:
            fields = _indicator_fields(rest, local, ctx, name_of)
            if isinstance(fields, dict):
                if found and parts_of is None and _counts_parts_of(found[-1], clause[last_end: m.start]):
                    parts_of = found[-1]  # "Số PAKN được tiếp nhận: 49, trong đó, tháng trước ...: 20, trong tháng: 29"
                if fields.get("unit") is None and parts_of is not None:
                    fields["unit"] = parts_of["unit"]
                found.append(fields)
                owners.append(m.start)
                used = fields.pop("_used")
            else:
                others.append((m.start, _other(rest, local, fields, ctx, name_of)))
                if fields == "fact":  # its words name no later figure ("... (giảm 300đ/lít), xăng E5 là ...");
                    used = local.end - local.start - (m.end - m.start)  # an activity's do ("cho 150 học viên")
        if used is not None:  # else not a figure of ours ("02 phiên"): its words still name the next one
            last_end = m.end + used
    if ctx.baseline:  # a plan's "Hiện trạng": where things stand before it
        others += [(at, _figure_of(_indicator(f, ctx), ctx, "baseline")) for at, f in zip(owners, found)]
        owners, found = [], []
    if ctx.excluded:  # a purpose / requirement / task section asks for these: no chỉ tiêu of the period ...
        others += [(at, _figure_of(_indicator(f, ctx), ctx, "requirement"))
                    for at, f in zip(owners, found) if not f["_committed"]]
        owners, found = [at for at, f in zip(owners, found) if f["_committed"]], [f for f in found if f["_committed"]]
    indicators = [_indicator(f, ctx) for f in found]  # ... unless a plan commits to a level there
    figures = [(at, _figure_of(i, ctx)) for at, i in zip(owners, indicators)] + others
    return Measures(indicators, [f for _, f in sorted(figures, key=lambda o: o[0])])


def _counts_parts_of(parent: dict, between: str) -> bool:
    """The figure after "trong đó" / "gồm" counts parts of the count before it, in its unit."""
    unit = parent.get("unit")
    return bool(unit) and unit_kind(unit) not in ("percent", "permille", "money") and PARTS_OF_RE.search(between) is not None


def _indicator(fields: dict, ctx: Context) -> Indicator:
    fields = {k: v for k, v in fields.items() if not k.startswith("_")}
    return Indicator(code=ctx.code, section=ctx.section, text=ctx.text,
                     **{**fields, "warnings": tuple(fields["warnings"])})


def _figure_of(ind: Indicator, ctx: Context, role: FigureRole | None = None) -> Figure:
    """The figure a chỉ tiêu states: a result when it has a value (or a report's completion rate), else a target."""
    if role is None:
        role = "result" if ind.value is not None or (ind.target is None and ctx.is_report) else "target"
    return indicator_to_figure(ind, role)


def clause_to_indicators(clause: str, ctx: Context, previous: str | None = None) -> list[Indicator]:
    return clause_to_measures(clause, ctx, previous).indicators


def sentences(text: str) -> list[str]:
    """underthesea's sentence splitter: knows "TP. Hải Phòng" and "1.703,274" are no sentence ends."""
    from underthesea import sent_tokenize  # lazy: a document without prose figures never pays the import

    return sent_tokenize(text) if len(text) > _ONE_SENTENCE else [text]


def _split(text: str) -> list[str]:
    """Sentences -> clauses: bracketed clauses with figures apart, then ";" and sentence ends."""
    text = TARGET_BRACKET_RE.sub(lambda b: ", " + b.group("inner"), text)  # "11,8% (kế hoạch dưới 12%)"
    brackets = [b.group(1) for b in _BRACKET_RE.finditer(text) if re.search(r"\d", b.group(1))]
    outer = _BRACKET_RE.sub(lambda b: " " if re.search(r"\d", b.group(1)) else b.group(), text)
    clauses: list[str] = []
    for part in (outer, *brackets):
        for sentence in sentences(part):
            clauses += [c.strip() for c in sentence.split(";") if c.strip()]
    return clauses


def _quote(paragraph: str, clause: str) -> str:
    """The text to quote: a short paragraph whole, else the sentence holding the clause."""
    if len(paragraph) <= _SHORT_PARAGRAPH:
        return paragraph
    return next((s.strip() for s in sentences(paragraph) if clause[:30] in s), paragraph)


def paragraph_to_measures(p: Paragraph, is_report: bool) -> Measures:
    """Every indicator and figure one paragraph states; a coded plan item with no figure is kept with a warning.

    A paragraph in a purpose, requirement, task or organisation section states no chỉ tiêu; its figures are read
    all the same and are requirements, activities, facts.
    """
    excluded = p.zone in ("excluded", "baseline")
    if excluded and not NUMBER_RE.search(mask_non_figures(p.text)):
        return Measures([], [])
    code_match = CODE_RE.match(p.text)
    code = code_match.group("code") if code_match else None
    body = join_split_numbers(p.text[code_match.end():] if code_match else p.text)
    trusted = not excluded and (p.zone == "indicator" or code is not None)
    section = _own_section(p)
    out: list[Indicator] = []
    figures: list[Figure] = []
    for clause in _split(body):
        ctx = Context(code, section, p.period, p.year, is_report, p.location, _quote(p.text, clause), trusted,
                      p.zone == "excluded", p.zone == "baseline")
        if not excluded and not is_report and p.zone == "indicator" and (nothing := NO_OCCURRENCE_RE.match(clause)):
            out.append(_qualitative(nothing.group("name"), code, p, section))  # "Không để xảy ra ..."
            continue
        found = clause_to_measures(clause, ctx, out[-1].name if out else None)
        figures += found.figures
        if not found.indicators and is_report and trusted and (done := DONE_RE.match(clause)):
            out.append(Indicator(code=code, name=capitalised(done.group("name")), section=section, text=ctx.text,
                                 period=complete_period(p.period, p.year)))
        elif not found.indicators and not found.figures and is_report and not excluded and (
                outcome := report_outcome(clause, p, ctx.text, section, trusted or p.label is not None)):
            figures.append(outcome)  # "Nhà văn hóa thôn Đông đã hoàn thành ...", "không xảy ra ngộ độc ..."
        out += found.indicators
    if not out and code is not None and p.zone == "indicator":
        out.append(_qualitative(body, code, p))
    return Measures(out, figures)


def paragraph_to_indicators(p: Paragraph, is_report: bool) -> list[Indicator]:
    return paragraph_to_measures(p, is_report).indicators


def _own_section(p: Paragraph) -> str | None:
    """"II." for "1. Tỷ lệ tăng dân số tự nhiên ... ước 0,68%" under "II.": an item is in its parent's section."""
    if p.section and p.label is not None and p.label.kind in PATH_KINDS and p.section.endswith(p.label.label):
        return p.section[: -len(p.label.label)] or None
    return p.section


def _qualitative(body: str, code: str | None, p: Paragraph, section: str | None = None) -> Indicator:
    """"(3). Hoàn thành dự án xây dựng hạ tầng nông thôn mới kiểu mẫu ...": a chỉ tiêu without a figure.

    Kept (the report must say whether it was done), with no direction (there is no quantity) and a warning.
    """
    name = body.strip().rstrip(".;")
    label = f"Chỉ tiêu {code}" if code else f"Chỉ tiêu «{name[:60]}»"
    warning = DocWarning(
        code=WarningCode.INDICATOR_WITHOUT_FIGURE,
        message=f"{label} không có số liệu định lượng; chỉ đánh giá được hoàn thành hay chưa.",
        location=p.location,
    )
    period = complete_period(period_in(name) or p.period, p.year)
    return Indicator(code=code, name=name, section=section or p.section, period=period, text=p.text,
                     warnings=(warning,))
