"""A workspace: the folder the office works in (`vanban init DIR`).

    DIR/vanban.toml     settings (store URL, stability delay, rescan interval, polling, worker limits, profile)
    DIR/inbox/          staff drop DOCX/PDF/TXT files here
    DIR/archive/YYYY/MM/  originals of stored documents (byte-identical, names kept)
    DIR/quarantine/     originals vanban could not read, each with `<name>.loi.txt` saying why
    DIR/outbox/         drafts vanban writes (implementing plan, consolidated report)
    DIR/vanban.db       the store (SQLite by default)
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from extractors.errors import BadInput, ErrorCode

SETTINGS_FILE = "vanban.toml"
FOLDERS = ("inbox", "archive", "quarantine", "outbox")


class Settings(BaseModel):
    """What `vanban.toml` says. Every field has a default, so an empty file is a valid workspace."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    store_url: str = "sqlite:///vanban.db"  # relative SQLite paths are inside the workspace
    stability_delay_s: float = Field(default=0.5, ge=0, le=600)  # size+mtime unchanged this long before reading
    empty_grace_s: float = Field(default=30.0, ge=0, le=3600)  # an empty file waits this long to be filled
    rescan_interval_s: float = Field(default=10.0, gt=0, le=3600)  # safety-net full scan of the inbox
    polling: bool = False  # poll instead of OS events (network shares)
    worker_timeout_s: float = Field(default=60.0, gt=0, le=3600)
    worker_memory_mb: int = Field(default=1024, ge=64, le=65536)
    ocr_seconds_per_page: float = Field(default=15.0, ge=0, le=600)  # added to the time limit per scanned page
    profile: str = "profile.toml"  # office profile, relative to the workspace


SETTINGS_TEMPLATE = """\
# Cấu hình vùng làm việc của vanban (workspace settings). Dòng bắt đầu bằng "#" là chú thích.

# Kho dữ liệu (SQLAlchemy URL). Mặc định: tệp SQLite trong thư mục này.
# Dùng chung cho nhiều máy: store_url = "postgresql+psycopg2://vanban:matkhau@maychu:5432/vanban"
store_url = "{store_url}"

# Chỉ đọc tệp khi kích thước và thời điểm sửa không đổi trong chừng này giây (tệp đang chép dở không bị đọc).
stability_delay_s = {stability_delay_s}

# Quét lại toàn bộ hộp thư đến định kỳ (giây), phòng khi bỏ lỡ sự kiện.
rescan_interval_s = {rescan_interval_s}

# true: dò tìm tệp mới bằng cách quét định kỳ (thư mục mạng dùng chung), thay cho sự kiện của hệ điều hành.
polling = {polling}

# Giới hạn cho mỗi tệp: thời gian (giây) và bộ nhớ (MB).
worker_timeout_s = {worker_timeout_s}
worker_memory_mb = {worker_memory_mb}

# Bản quét (PDF ảnh) cần nhận dạng chữ (OCR): cộng thêm chừng này giây cho mỗi trang vào giới hạn thời gian.
ocr_seconds_per_page = {ocr_seconds_per_page}

# Hồ sơ cơ quan (tên xã, người ký, các đơn vị phải báo cáo, chỉ tiêu).
profile = "{profile}"
"""


@dataclass(frozen=True)
class Workspace:
    root: Path
    settings: Settings

    @property
    def inbox(self) -> Path:
        return self.root / "inbox"

    @property
    def archive(self) -> Path:
        return self.root / "archive"

    @property
    def quarantine(self) -> Path:
        return self.root / "quarantine"

    @property
    def outbox(self) -> Path:
        return self.root / "outbox"

    @property
    def profile_path(self) -> Path:
        return self.root / self.settings.profile

    @property
    def store_url(self) -> str:
        """The store URL with a relative SQLite path made absolute inside the workspace."""
        url = self.settings.store_url
        prefix = "sqlite:///"
        if url.startswith(prefix) and not url.startswith(prefix + "/") and url != "sqlite:///:memory:":
            return prefix + str((self.root / url[len(prefix):]).resolve())
        return url


def settings_text(settings: Settings) -> str:
    values = settings.model_dump()
    values["polling"] = "true" if settings.polling else "false"
    return SETTINGS_TEMPLATE.format(**values)


def init_workspace(root: str | Path, settings: Settings | None = None) -> Workspace:
    """Create the folders and the settings file; never overwrite an existing file."""
    root = Path(root)
    for name in FOLDERS:
        (root / name).mkdir(parents=True, exist_ok=True)
    settings_path = root / SETTINGS_FILE
    if not settings_path.exists():
        settings_path.write_text(settings_text(settings or Settings()), encoding="utf-8")
    ws = open_workspace(root)
    _write_example_profile(ws.profile_path)
    return ws


def _write_example_profile(path: Path) -> None:
    if path.exists():
        return
    from pipeline.profile import example_profile_text

    path.write_text(example_profile_text(), encoding="utf-8")


def open_workspace(root: str | Path) -> Workspace:
    """Load `DIR/vanban.toml`; BadInput (in Vietnamese) when it is not a workspace or the settings are wrong."""
    root = Path(root).resolve()
    path = root / SETTINGS_FILE
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BadInput(ErrorCode.EMPTY, str(path), message="Thư mục chưa phải vùng làm việc của vanban "
                       "(thiếu tệp vanban.toml). Hãy chạy: vanban init THƯ_MỤC.") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise BadInput(ErrorCode.CORRUPT, str(path), str(exc),
                       message="Tệp cấu hình vanban.toml không đúng cú pháp TOML.") from None
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        fields = "; ".join(".".join(map(str, e["loc"])) + f": {e['msg']}" for e in exc.errors())
        raise BadInput(ErrorCode.CORRUPT, str(path), fields,
                       message="Tệp cấu hình vanban.toml có giá trị không hợp lệ.") from None
    for name in FOLDERS:
        (root / name).mkdir(exist_ok=True)
    return Workspace(root, settings)
