"""The office profile (hồ sơ cơ quan): who the commune is, who signs, which units must report, its own targets.

Loaded from TOML (`corpus/profile.toml`) into a frozen pydantic model. The commune's targets may also come from
an XLSX sheet (columns: mã, nhóm, chỉ tiêu, chỉ tiêu kế hoạch, đơn vị tính, so sánh) named by `targets_xlsx`.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from extractors.errors import BadInput, ErrorCode

Group = Literal["kinh tế", "xã hội", "tài nguyên, môi trường", "quốc phòng - an ninh", "khác"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Office(_Frozen):
    commune: str  # "Kiến Minh"
    issuer: str  # "ỦY BAN NHÂN DÂN XÃ KIẾN MINH" (as printed in the header)
    issuer_name: str  # "Ủy ban nhân dân xã Kiến Minh" (in running text)
    issuer_code: str = "UBND"  # issuer part of the symbol: "05/KH-UBND"
    parent_issuer: str  # "UBND THÀNH PHỐ HẢI PHÒNG" (cơ quan chủ quản, header)
    parent_name: str  # "Ủy ban nhân dân thành phố Hải Phòng" (the body the commune reports to)
    place: str  # "Kiến Minh" (địa danh of the date line)
    drafting_unit: str  # "Phòng Văn hóa - Xã hội"
    drafting_code: str = ""  # "VHXH" in "Lưu: VT, VHXH."


class ProfileSigner(_Frozen):
    name: str
    position: str  # "CHỦ TỊCH"
    authority: Literal["TM.", "KT.", "TL.", "TUQ.", "Q.", ""] = "TM."
    on_behalf_of: str = "ỦY BAN NHÂN DÂN"
    deputy_of: str = "CHỦ TỊCH"  # used with "KT.": "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"


class Unit(_Frozen):
    name: str  # "Phòng Kinh tế", "Thôn Phương Đôi"
    kind: Literal["phòng", "ban", "ngành", "đoàn thể", "thôn"] = "phòng"
    codes: tuple[str, ...] = ()  # chỉ tiêu the unit follows and reports on: ("(1)", "(12)"), optional
    domains: tuple[str, ...] = ()  # what the unit handles ("an ninh", "trật tự", "ma túy"): tasks are assigned by it


class Target(_Frozen):
    code: str  # "(7)"
    group: Group = "khác"
    name: str  # "Tỷ lệ dân số tham gia bảo hiểm y tế"
    target: float | None = None
    unit: str | None = None  # "%", "tỷ đồng", "lượt người"
    comparator: Literal[">=", ">", "<=", "<", "="] | None = ">="
    text: str | None = None  # wording for targets without a figure ("Hoàn thành dự án ...")


class PlanSettings(_Frozen):
    number: int | None = None  # the plan number to use (05 in "05/KH-UBND"); None leaves it blank for the văn thư
    lead_days: int = Field(default=5, ge=0, le=90)  # units report this many days before the city's deadline
    report_number: int | None = None  # number of the consolidated report ("BC-UBND")


class Profile(_Frozen):
    office: Office
    signer: ProfileSigner
    plan: PlanSettings = PlanSettings()
    units: tuple[Unit, ...] = ()
    targets: tuple[Target, ...] = ()
    recipients: tuple[str, ...] = ()  # Nơi nhận of the plan, without the final "Lưu: VT, ..."
    report_recipients: tuple[str, ...] = ()  # Nơi nhận of the consolidated report
    targets_xlsx: str | None = None  # optional sheet of targets, relative to the profile file

    def units_of_kind(self, *kinds: str) -> tuple[Unit, ...]:
        return tuple(u for u in self.units if u.kind in kinds)

    def units_for(self, code: str) -> tuple[str, ...]:
        return tuple(u.name for u in self.units if code in u.codes)


def load_profile(path: str | Path) -> Profile:
    """Read a profile TOML; raise BadInput (in Vietnamese, with the file name) when it is wrong."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BadInput(ErrorCode.EMPTY, path.name, message="Không tìm thấy tệp hồ sơ cơ quan.") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise BadInput(ErrorCode.CORRUPT, path.name, str(exc),
                       message="Tệp hồ sơ cơ quan không đúng cú pháp TOML.") from None
    if data.get("targets_xlsx"):
        from pipeline.profile.xlsx import xlsx_to_targets

        data["targets"] = [*data.get("targets", ()), *xlsx_to_targets(path.parent / data["targets_xlsx"])]
    try:
        return Profile.model_validate(data)
    except ValidationError as exc:
        fields = "; ".join(".".join(str(p) for p in e["loc"]) + f": {e['msg']}" for e in exc.errors())
        raise BadInput(ErrorCode.CORRUPT, path.name, fields,
                       message="Hồ sơ cơ quan thiếu hoặc sai thông tin bắt buộc.") from None


def example_profile_text() -> str:
    """A commented example profile, written by `vanban init` into a new workspace."""
    return (Path(__file__).with_name("profile_example.toml")).read_text(encoding="utf-8")
