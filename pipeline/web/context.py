"""What every page shares: the application's state (`Web`), the Jinja2 environment with the Vietnamese filters,
the CSRF-checked form, a stored document by id."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse

from extractors.records import Record
from pipeline.inbox import Inbox
from pipeline.store.models import DocumentRow, RecordRow
from pipeline.store.workspace import Workspace
from pipeline.vi_format import number_vi, percent_vi
from pipeline.web import security, uploads

HERE = Path(__file__).resolve().parent
KIND_VI = {"ke_hoach": "Kế hoạch", "bao_cao": "Báo cáo", "quyet_dinh": "Quyết định", "cong_van": "Công văn",
           "thong_bao": "Thông báo", "to_trinh": "Tờ trình", "khac": "Khác"}
STATE_VI = {"stored": "đã lưu", "quarantined": "cách ly", "claimed": "đang xử lý", "duplicate": "trùng"}
RELATION_VI = {"implements": "thực hiện", "reports_on": "báo cáo về"}
MAX_FILES = 20  # per upload


def _date(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True))
    env.filters.update(so=number_vi, pt=percent_vi, ngay=_date, loai=lambda k: KIND_VI.get(k or "", k or ""),
                       trang_thai=lambda s: STATE_VI.get(s, s), quan_he=lambda r: RELATION_VI.get(r, r), q=quote)
    return env


class Web:
    """The application's state: the workspace, its store, the templates, the upload jobs."""

    def __init__(self, ws: Workspace, secure_cookies: bool, max_upload_mb: int):
        self.ws = ws
        self.inbox = Inbox(ws)
        self.env = _env()
        self.jobs = uploads.Jobs(ws.root)
        self.secure_cookies = secure_cookies
        self.max_bytes = max_upload_mb << 20
        self.throttle = security.LoginThrottle()

    def page(self, request: Request, template: str, status_code: int = 200, **context) -> HTMLResponse:
        token = request.session.get("csrf")
        if not token:
            token = request.session["csrf"] = security.new_csrf_token()
        html = self.env.get_template(template).render(
            request=request, csrf=token, user=request.session.get("user"),
            accounts=bool(security.load_users(self.ws.root)), **context)
        return HTMLResponse(html, status_code=status_code)

    def error(self, request: Request, message: str, status_code: int) -> HTMLResponse:
        return self.page(request, "error.html", status_code=status_code, message=message)


def web(request: Request) -> Web:
    return request.app.state.web


async def checked_form(request: Request):
    """The form, once its CSRF token matches the session's; otherwise 403 (a forged or stale form)."""
    form = await request.form(max_files=MAX_FILES, max_fields=50, max_part_size=1 << 20)
    if not security.csrf_ok(request.session.get("csrf"), form.get("csrf")):
        raise HTTPException(403, "Biểu mẫu không hợp lệ hoặc đã hết hạn (thiếu mã chống giả mạo CSRF). "
                                 "Hãy tải lại trang rồi gửi lại.")
    return form


def stored_document(w: Web, doc_id: int) -> tuple[DocumentRow, Record | None]:
    with w.inbox.store.transaction() as session:
        row = session.get(DocumentRow, doc_id)
        if row is None:
            raise HTTPException(404, f"Không có văn bản số {doc_id} trong kho.")
        rec = session.get(RecordRow, doc_id)
        return row, Record.model_validate_json(rec.json) if rec else None
