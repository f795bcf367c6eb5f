"""Links between stored documents: a report to the plan it reports on, a commune plan to the city plan it implements.

From the record's citations with a relation ("Thực hiện Kế hoạch số 232/KH-UBND ngày 09/9/2025 ..."), matched on the
normalised number and, when both sides have them, the date and the issuer. A link whose target is not in the store yet stays open
and is resolved when that document arrives.
"""

from __future__ import annotations

import unicodedata

from sqlalchemy import select
from sqlalchemy.orm import Session

from extractors.patterns.docnums import number_key
from extractors.records import Record
from pipeline.store.models import STORED, DocumentRow, LinkRow


def add_links(session: Session, doc: DocumentRow, record: Record) -> list[LinkRow]:
    """Insert this document's outgoing links (one per related citation) and resolve what can be resolved."""
    links = []
    for citation in record.citations:
        key = number_key(citation.number)
        if not citation.relation or not key:
            continue
        if any(l.relation == citation.relation and l.number_key == key for l in links):
            continue
        link = LinkRow(from_id=doc.id, relation=citation.relation, number=citation.number, number_key=key,
                       cited_date=citation.date, cited_issuer=citation.issuer)
        session.add(link)
        links.append(link)
    session.flush()
    for link in links:
        link.to_id = _find_target(session, link, doc.id)
    return links


def resolve_incoming(session: Session, doc: DocumentRow) -> list[LinkRow]:
    """Open links from earlier documents that cite this one: resolve them now. Returns the links resolved.

    A report citing this plan under a mistyped number ("50/KH-UBND" for "05/KH-UBND", same date) is resolved to it
    too: it reports on this campaign with a wrong plan number (the check says "sai số kế hoạch")."""
    if not doc.number_key:
        return []
    query = select(LinkRow).where(LinkRow.to_id.is_(None), LinkRow.from_id != doc.id)
    resolved = []
    for link in session.scalars(query):
        exact = link.number_key == doc.number_key and _dates_agree(link.cited_date, doc.issued_on)
        if (exact or misnumbered(link, doc)) and issuers_agree(link.cited_issuer, doc.issuer):
            link.to_id = doc.id
            resolved.append(link)
    return resolved


def _find_target(session: Session, link: LinkRow, self_id: int) -> int | None:
    query = select(DocumentRow).where(DocumentRow.number_key == link.number_key, DocumentRow.state == STORED,
                                      DocumentRow.id != self_id).order_by(DocumentRow.id)
    candidates = [d for d in session.scalars(query)
                  if _dates_agree(link.cited_date, d.issued_on) and issuers_agree(link.cited_issuer, d.issuer)]
    if candidates:
        return candidates[0].id
    return _misnumbered_target(session, link, self_id)


def _misnumbered_target(session: Session, link: LinkRow, self_id: int) -> int | None:
    """The one stored plan a report most likely means when no document has the number and date it cites."""
    if link.relation != "reports_on":
        return None
    query = select(DocumentRow).where(DocumentRow.state == STORED, DocumentRow.id != self_id,
                                      DocumentRow.kind == "ke_hoach").order_by(DocumentRow.id)
    found = [d for d in session.scalars(query) if misnumbered(link, d) and issuers_agree(link.cited_issuer, d.issuer)]
    # one plan, possibly stored in several formats (DOCX, PDF, scan): the first stored, as for an exact citation
    return found[0].id if len({(d.number_key, d.issued_on) for d in found}) == 1 else None


def misnumbered(link: LinkRow, doc: DocumentRow) -> bool:
    """A report's citation of a plan with one slip: the number one keystroke away ("50" for "05", "15" for "05";
    same symbol "KH-UBND", same date), or the right number with another date."""
    if link.relation != "reports_on" or doc.kind != "ke_hoach" or not link.number_key or not doc.number_key:
        return False
    if link.cited_date is None or doc.issued_on is None:
        return False
    cited, _, cited_symbol = link.number_key.partition("/")
    number, _, symbol = doc.number_key.partition("/")
    if cited_symbol != symbol:
        return False
    if cited == number:
        return link.cited_date != doc.issued_on
    return link.cited_date == doc.issued_on and _one_slip(cited, number)


def _one_slip(a: str, b: str) -> bool:
    """Damerau-Levenshtein distance 1 between two document numbers (leading zeros ignored: "05" = "5")."""
    a, b = a.lstrip("0") or "0", b.lstrip("0") or "0"
    if sorted(a) == sorted(b) and sum(x != y for x, y in zip(a, b)) == 2:
        return True
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return len(long_) - len(short) == 1 and any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def issuers_agree(cited: str | None, issuer: str | None) -> bool:
    """"UBND xã Kiến Minh" / "UBND xã" agree with "ỦY BAN NHÂN DÂN XÃ KIẾN MINH"; "UBND xã Yên Đồng" does not."""
    if not cited or not issuer:
        return True
    a, b = _issuer_key(cited), _issuer_key(issuer)
    return a in b or b in a


def _issuer_key(name: str) -> str:
    key = " ".join(unicodedata.normalize("NFC", name).casefold().split())
    for short, full in (("ubnd", "ủy ban nhân dân"), ("uỷ", "ủy"), ("tp.", "thành phố")):
        key = key.replace(short, full)
    return key


def _dates_agree(cited, issued) -> bool:
    return cited is None or issued is None or cited == issued
