"""DocSpec -> gold record (the shape of `vanban extract --json`), from the reviewer's annotations in the spec."""

from __future__ import annotations

import json
from pathlib import Path

from extractors.records import Record
from tools.corpus.spec import A, C, D, DocSpec, H, I, T


def section_path(chain: list[H]) -> str:
    """"II." > "2." > "2.2." -> "II.2.2.": a child label that repeats its parent's number replaces it."""
    parts: list[str] = []
    for h in chain:
        label = h.label.rstrip(".)")
        if parts and label.startswith(parts[-1] + "."):
            parts[-1] = label
        else:
            parts.append(label)
    return ".".join(parts) + "." if parts else ""


def clean_title(title: str) -> str:
    return title.strip().rstrip(":.").strip()


def _tree(headings: list[H]) -> list[dict]:
    roots: list[dict] = []
    stack: list[tuple[int, dict]] = []
    for h in headings:
        node = {"label": h.label, "title": clean_title(h.title), "level": h.level, "children": []}
        while stack and stack[-1][0] >= h.level:
            stack.pop()
        (stack[-1][1]["children"] if stack else roots).append(node)
        stack.append((h.level, node))
    return roots


def _indicator(n: I, text: str, section: str) -> dict:
    out = {"code": n.code, "name": n.name, "value": n.value, "target": n.target, "target_high": n.target_high,
           "unit": n.unit, "comparator": n.comparator, "period": n.period, "direction": n.direction,
           "ratio": n.ratio, "section": section or None, "text": n.text or text}
    if n.plan_code:
        out["plan_code"] = n.plan_code
    return out


def _note(n, text: str, section: str, sink: dict[str, list]) -> None:
    if isinstance(n, I):
        sink["indicators"].append(_indicator(n, text, section))
    elif isinstance(n, D):
        sink["deadlines"].append({"due": n.due.isoformat(), "precision": n.precision, "text": n.text or text,
                                  "action": n.action, "responsible": n.responsible})
    elif isinstance(n, C):
        sink["citations"].append({"kind": n.kind, "number": n.number, "date": n.date and n.date.isoformat(),
                                  "issuer": n.issuer, "text": n.text or text, "relation": n.relation})
    elif isinstance(n, A):
        sink["assignments"].append({"unit": n.unit, "role": n.role, "task": n.task,
                                    "due": n.due and n.due.isoformat()})


def spec_to_gold(spec: DocSpec, source: str) -> dict:
    sink: dict[str, list] = {"indicators": [], "deadlines": [], "citations": [], "assignments": []}
    chain: list[H] = []
    headings: list[H] = []
    for item in (*spec.preamble, *spec.body):
        if isinstance(item, H):
            while chain and chain[-1].level >= item.level:
                chain.pop()
            chain.append(item)
            headings.append(item)
            notes = [(n, item.text) for n in item.notes]
        elif isinstance(item, T):
            notes = [(n, item.row_text(row)) for row in item.rows for n in row.notes]
        else:
            text = f"{item.label} {item.text}" if item.label else item.text
            notes = [(n, text) for n in item.notes]
        for n, text in notes:
            _note(n, text, section_path(chain), sink)
    for n in spec.notes:
        _note(n, n.text or "", "", sink)
    s = spec.signer
    gold = {
        "source": source, "kind": spec.kind, "number": spec.number, "issued_on": spec.issued_on.isoformat(),
        "place": spec.place, "issuer": spec.issuer_text, "parent_issuer": spec.parent_issuer and
        " ".join(spec.parent_issuer.split("\n")), "title": spec.title_text.removeprefix("V/v ").strip(),
        "signer": {"name": s.name, "position": s.position, "authority": s.authority, "on_behalf_of": s.on_behalf_of},
        "recipients": list(spec.recipients), "addressees": list(spec.kinh_gui), "sections": _tree(headings),
        **sink, "warnings": [],
    }
    Record.model_validate(gold)  # the gold must be a valid record
    return gold


def write_gold(spec: DocSpec, doc_path: Path) -> Path:
    out = doc_path.with_name(doc_path.name + ".gold.json")
    out.write_text(json.dumps(spec_to_gold(spec, doc_path.name), ensure_ascii=False, indent=2) + "\n",
                   encoding="utf-8")
    return out
