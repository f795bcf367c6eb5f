"""The header and closing parts every generated document shares (DocumentFrame fields) from the office profile."""

from __future__ import annotations

import datetime as dt

from pipeline.generate.filters import ngay_thang, so_hieu
from pipeline.profile import Profile


def symbol(profile: Profile, type_code: str | None, number: int | None) -> str:
    """"05/KH-UBND"; a công văn has no type code: "412/UBND-VHXH"; no number leaves a blank slot."""
    office = profile.office
    tail = f"{type_code}-{office.issuer_code}" if type_code else f"{office.issuer_code}-{office.drafting_code}"
    return f"{so_hieu(number)}/{tail}"


def sign_lines(profile: Profile) -> tuple[str, ...]:
    """TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH; KT. adds "KT. CHỦ TỊCH" above the deputy's title."""
    s = profile.signer
    if s.authority == "KT.":
        return (f"TM. {s.on_behalf_of}", f"KT. {s.deputy_of}", s.position)
    if s.authority in ("TL.", "TUQ."):
        return (f"{s.authority} {s.deputy_of}", s.position)
    if s.authority in ("TM.", "Q."):
        return (f"TM. {s.on_behalf_of}", s.position) if s.authority == "TM." else (f"Q. {s.position}",)
    return (s.position,)


def frame_fields(profile: Profile, type_code: str | None, number: int | None, issued_on: dt.date,
                 recipients: tuple[str, ...]) -> dict:
    office = profile.office
    return {
        "parent_issuer": office.parent_issuer,
        "issuer": header_lines(office.issuer),
        "so_ky_hieu": symbol(profile, type_code, number),
        "place_date": f"{office.place}, {ngay_thang(issued_on)}",
        "issued_on": issued_on,
        "recipients": recipients,
        "drafting_code": office.drafting_code or "VT",
        "sign_lines": sign_lines(profile),
        "signer_name": profile.signer.name,
    }


def header_lines(name: str, width: int = 22) -> str:
    """"ỦY BAN NHÂN DÂN XÃ KIẾN MINH" -> "ỦY BAN NHÂN DÂN\nXÃ KIẾN MINH": a long body name breaks after the body,
    before the place, as real headers do (docxtpl turns the newline into a line break)."""
    for body in ("ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN"):
        if len(name) > width and name.startswith(body + " "):
            return f"{body}\n{name[len(body) + 1:]}"
    return name


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text and not text[:2].isupper() else text
