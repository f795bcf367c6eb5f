"""The routes of the office's web page. Every page reads the store; every POST carries the session's CSRF token;
no path from a request reaches the disk (documents by store id, drafts by a name matched against outbox/'s listing)."""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import time
import unicodedata
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import or_, select
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from extractors.records import Record
from pipeline.inbox import Inbox
from pipeline.inbox.outbox import plan_to_outbox
from pipeline.inbox.status import documents_status
from pipeline.store.models import STORED, DocumentRow, DuplicateRow, RecordRow, utcnow
from pipeline.store.workspace import Workspace
from pipeline.vi_format import number_vi, percent_vi
from pipeline.web import campaign as campaign_view
from pipeline.web import security, uploads

log = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent
KIND_VI = {"ke_hoach": "Kế hoạch", "bao_cao": "Báo cáo", "quyet_dinh": "Quyết định", "cong_van": "Công văn",
           "thong_bao": "Thông báo", "to_trinh": "Tờ trình", "khac": "Khác"}
STATE_VI = {"stored": "đã lưu", "quarantined": "cách ly", "claimed": "đang xử lý", "duplicate": "trùng"}
RELATION_VI = {"implements": "thực hiện", "reports_on": "báo cáo về"}
PUBLIC = ("/dang-nhap", "/static/")
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


def _record(w: Web, doc_id: int) -> tuple[DocumentRow, Record | None]:
    with w.inbox.store.transaction() as session:
        row = session.get(DocumentRow, doc_id)
        if row is None:
            raise HTTPException(404, f"Không có văn bản số {doc_id} trong kho.")
        rec = session.get(RecordRow, doc_id)
        return row, Record.model_validate_json(rec.json) if rec else None


# --- pages ---------------------------------------------------------------------------------------------------------

def _matches(d, q: str) -> bool:
    folded = unicodedata.normalize("NFC", q).casefold()
    return any(folded in (v or "").casefold() for v in (d.name, d.number, d.issuer, d.error, *d.warnings))


async def documents(request: Request) -> Response:
    w = web(request)
    q = (request.query_params.get("q") or "").strip()
    state = request.query_params.get("trang_thai") or ""
    kind = request.query_params.get("loai") or ""
    docs = documents_status(w.inbox.store)
    titles = _titles(w, q) if q else set()
    shown = [d for d in docs if (not q or _matches(d, q) or d.id in titles)
             and (not state or d.state == state or (state == "duplicate" and d.duplicates))
             and (not kind or d.kind == kind)]
    waiting = [p.name for p in w.inbox.pending()]
    return w.page(request, "documents.html", docs=shown, total=len(docs), q=q, state=state, kind=kind,
                  waiting=waiting, kinds=KIND_VI)


def _titles(w: Web, q: str) -> set[int]:
    """Documents whose title or text (the stored record) contains `q`."""
    like = f"%{q}%"
    with w.inbox.store.transaction() as session:
        return set(session.scalars(select(DocumentRow.id).join(RecordRow, RecordRow.document_id == DocumentRow.id)
                                   .where(or_(DocumentRow.title.ilike(like), RecordRow.json.ilike(like)))))


async def document(request: Request) -> Response:
    w = web(request)
    doc_id = request.path_params["doc_id"]
    row, record = _record(w, doc_id)
    status = next(d for d in documents_status(w.inbox.store) if d.id == doc_id)
    return w.page(request, "document.html", doc=row, status=status, record=record,
                  source=request.query_params.get("nguon") or "")


async def original(request: Request) -> Response:
    """The stored original: its path comes from the store, and must lie inside the workspace."""
    w = web(request)
    row, _ = _record(w, request.path_params["doc_id"])
    if not row.path:
        raise HTTPException(404, "Văn bản này chưa có tệp lưu trữ.")
    path = (w.ws.root / row.path).resolve()
    if not path.is_relative_to(w.ws.root) or not path.is_file():
        raise HTTPException(404, "Không tìm thấy tệp gốc của văn bản trong kho.")
    return FileResponse(path, filename=row.name)


def _plans(w: Web) -> list[DocumentRow]:
    with w.inbox.store.transaction() as session:
        return list(session.scalars(select(DocumentRow).where(DocumentRow.kind == "ke_hoach",
                                                              DocumentRow.state == STORED).order_by(DocumentRow.id)))


def _as_of(request: Request) -> dt.date:
    text = request.query_params.get("ngay") or ""
    try:
        return dt.date.fromisoformat(text) if text else dt.date.today()
    except ValueError:
        raise HTTPException(400, f"Ngày «{text}» không hợp lệ; chọn ngày trên lịch.") from None


async def plans(request: Request) -> Response:
    w = web(request)
    return w.page(request, "plans.html", plans=_plans(w))


def _plan_id(w: Web, request: Request) -> int:
    plan_id = request.path_params["doc_id"]
    row, _ = _record(w, plan_id)
    if row.kind != "ke_hoach" or row.state != STORED:
        raise HTTPException(404, f"Văn bản số {plan_id} không phải kế hoạch đã lưu trong kho.")
    return plan_id


async def plan(request: Request) -> Response:
    w = web(request)
    plan_id, as_of = _plan_id(w, request), _as_of(request)
    view = campaign_view.campaign(w.inbox, plan_id, as_of)
    return w.page(request, "campaign.html", c=view, as_of=as_of, written=request.query_params.getlist("da_soan"))


async def plan_drafts(request: Request) -> Response:
    w = web(request)
    form = await checked_form(request)
    plan_id, as_of = _plan_id(w, request), _as_of(request)
    which = form.get("loai")
    if which not in ("tong-hop", "don-doc"):
        raise HTTPException(400, "Không rõ cần soạn văn bản nào.")
    try:
        written = campaign_view.write_drafts(w.inbox, plan_id, as_of, which)
    except campaign_view.NoProfile as exc:
        return w.error(request, str(exc), 409)
    query = "&".join(f"da_soan={quote(p.name)}" for p in written)
    return RedirectResponse(f"/ke-hoach/{plan_id}?ngay={as_of.isoformat()}&{query}", status_code=303)


async def derive(request: Request) -> Response:
    w = web(request)
    written, message = [], None
    if request.method == "POST":
        form = await checked_form(request)
        try:
            plan_id = int(form.get("ke_hoach") or "")
        except ValueError:
            raise HTTPException(400, "Hãy chọn một kế hoạch cấp trên.") from None
        row, record = _record(w, plan_id)
        if row.kind != "ke_hoach" or record is None or not row.path:
            raise HTTPException(404, f"Văn bản số {plan_id} không phải kế hoạch đã lưu trong kho.")
        written = plan_to_outbox(record, w.ws.outbox, w.ws.profile_path, w.ws.root / row.path)
        if not written:
            message = "Vùng làm việc chưa có hồ sơ cơ quan đọc được; không soạn được kế hoạch."
    return w.page(request, "derive.html", plans=_plans(w), written=[p.name for p in written], message=message)


async def upload(request: Request) -> Response:
    w = web(request)
    if request.method == "GET":
        return w.page(request, "upload.html", limit_mb=w.max_bytes >> 20)
    too_big = _body_too_big(request, w.max_bytes * MAX_FILES + (1 << 20))
    if too_big:
        return w.page(request, "upload.html", status_code=413, limit_mb=w.max_bytes >> 20, refused=[too_big])
    form = await checked_form(request)
    files = [f for f in form.getlist("tep") if hasattr(f, "filename")]
    if not files:
        return w.page(request, "upload.html", status_code=400, limit_mb=w.max_bytes >> 20,
                      refused=["Chưa chọn tệp nào để tải lên."])
    placed, refused = await uploads.receive(files, w.ws.inbox, w.max_bytes)
    job = w.jobs.start(placed, refused)
    return w.page(request, "upload_job.html", status_code=200 if placed else 400, job=job, results=_results(w, job))


def _body_too_big(request: Request, limit: int) -> str | None:
    """Refused before the form is parsed (the parser would spool it to disk): no length, or more than `limit`."""
    try:
        length = int(request.headers.get("content-length", ""))
    except ValueError:
        return "Yêu cầu tải lên không ghi rõ dung lượng; hãy tải lên bằng trình duyệt."
    if length > limit:
        return f"Tổng dung lượng tải lên ({length >> 20} MB) vượt giới hạn; mỗi lần tối đa {MAX_FILES} tệp."
    return None


def _results(w: Web, job: uploads.Job) -> list[dict]:
    """Each uploaded file's fate, read from the store by its bytes' sha256."""
    out = []
    with w.inbox.store.transaction() as session:
        for up in job.uploads:
            row = session.scalars(select(DocumentRow).where(DocumentRow.sha256 == up.sha256)).first()
            dup = row is not None and session.scalars(select(DuplicateRow).where(
                DuplicateRow.document_id == row.id, DuplicateRow.inbox_name == up.name)).first() is not None
            reading = row is not None and row.state == "claimed" and row.claimed_at is not None
            out.append({"name": up.name, "size": up.size, "row": row, "duplicate": dup,
                        "reading_s": int((utcnow() - row.claimed_at).total_seconds()) if reading else None,
                        "done": row is not None and row.state in ("stored", "quarantined")
                        and (dup or row.inbox_name == up.name or not job.running)})
    return out


async def upload_job(request: Request) -> Response:
    w = web(request)
    job = w.jobs.get(request.path_params["job"])
    if job is None:
        raise HTTPException(404, "Không tìm thấy lượt tải lên này (máy chủ có thể đã khởi động lại).")
    return w.page(request, "upload_results.html", job=job, results=_results(w, job))


def _drafts(w: Web) -> dict[str, Path]:
    return {p.name: p for p in sorted(w.ws.outbox.iterdir(), key=lambda p: p.stat().st_mtime, reverse=True)
            if p.is_file() and not p.name.startswith(".")}


async def drafts(request: Request) -> Response:
    w = web(request)
    return w.page(request, "drafts.html", drafts=[(n, p.stat()) for n, p in _drafts(w).items()],
                  exported=request.query_params.get("da_xuat"), libreoffice=shutil.which("soffice") is not None)


async def draft_file(request: Request) -> Response:
    """A draft by its name, looked up in outbox/'s listing (the request's text never becomes a path)."""
    w = web(request)
    path = _drafts(w).get(request.query_params.get("ten") or "")
    if path is None:
        raise HTTPException(404, "Không có bản thảo này trong thư mục outbox/.")
    return FileResponse(path, filename=path.name)


async def draft_pdf(request: Request) -> Response:
    """The PDF of a DOCX draft, beside it in outbox/ (LibreOffice); the name is looked up in the listing."""
    w = web(request)
    form = await checked_form(request)
    path = _drafts(w).get(str(form.get("ten") or ""))
    if path is None or path.suffix.lower() != ".docx":
        raise HTTPException(404, "Không có bản thảo DOCX này trong thư mục outbox/.")
    from extractors.errors import BadInput
    from pipeline.generate.export_pdf import docx_to_pdf

    try:
        pdf = await run_in_threadpool(docx_to_pdf, path)
    except BadInput as exc:
        return w.error(request, exc.describe(), 409)
    return RedirectResponse(f"/ban-thao?da_xuat={quote(pdf.name)}", status_code=303)


async def login(request: Request) -> Response:
    w = web(request)
    if request.method == "GET":
        return w.page(request, "login.html")
    form = await checked_form(request)
    name, password, now = str(form.get("ten") or ""), str(form.get("mat_khau") or ""), time.monotonic()
    if w.throttle.blocked(name, now):
        return w.page(request, "login.html", status_code=429,
                      message="Đăng nhập sai quá nhiều lần; hãy thử lại sau 5 phút.")
    if not security.verify(w.ws.root, name, password):
        w.throttle.failed(name, now)
        return w.page(request, "login.html", status_code=401, message="Sai tên đăng nhập hoặc mật khẩu.")
    request.session.clear()
    request.session.update(user=name, csrf=security.new_csrf_token())
    return RedirectResponse("/", status_code=303)


async def logout(request: Request) -> Response:
    await checked_form(request)
    request.session.clear()
    return RedirectResponse("/dang-nhap", status_code=303)


# --- the application -----------------------------------------------------------------------------------------------

class LoginRequired:
    """With accounts in the workspace, every page but the login page needs a signed-in session."""

    def __init__(self, app, root: Path):
        self.app, self.root = app, root

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and not scope["path"].startswith(PUBLIC) and security.load_users(self.root):
            if not scope.get("session", {}).get("user"):
                await RedirectResponse("/dang-nhap", status_code=303)(scope, receive, send)
                return
        await self.app(scope, receive, send)


async def http_error(request: Request, exc: HTTPException) -> Response:
    detail = exc.detail if isinstance(exc.detail, str) and exc.detail else "Không tìm thấy trang này."
    if exc.status_code == 404 and detail == "Not Found":
        detail = "Không tìm thấy trang này."
    if exc.status_code == 405:
        detail = "Trang này không nhận yêu cầu theo cách đó."
    return web(request).error(request, detail, exc.status_code)


async def server_error(request: Request, exc: Exception) -> Response:
    log.exception("lỗi khi xử lý %s", request.url.path)
    return HTMLResponse("<!doctype html><meta charset=utf-8><p>Lỗi chương trình khi xử lý yêu cầu; "
                        "dữ liệu không bị thay đổi. Hãy thử lại hoặc báo cho người quản trị.</p>", 500)


def create_app(ws: Workspace, secure_cookies: bool = False,
               max_upload_mb: int = uploads.DEFAULT_MAX_MB) -> Starlette:
    state = Web(ws, secure_cookies, max_upload_mb)

    @asynccontextmanager
    async def lifespan(app):
        yield
        state.jobs.wait_all()
        state.inbox.store.dispose()

    routes = [
        Route("/", documents),
        Route("/van-ban/{doc_id:int}", document),
        Route("/van-ban/{doc_id:int}/tep", original),
        Route("/ke-hoach", plans),
        Route("/ke-hoach/{doc_id:int}", plan),
        Route("/ke-hoach/{doc_id:int}/soan", plan_drafts, methods=["POST"]),
        Route("/soan-ke-hoach", derive, methods=["GET", "POST"]),
        Route("/tai-len", upload, methods=["GET", "POST"]),
        Route("/tai-len/{job}", upload_job),
        Route("/ban-thao", drafts),
        Route("/ban-thao/tep", draft_file),
        Route("/ban-thao/pdf", draft_pdf, methods=["POST"]),
        Route("/dang-nhap", login, methods=["GET", "POST"]),
        Route("/dang-xuat", logout, methods=["POST"]),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    middleware = [
        Middleware(SessionMiddleware, secret_key=security.session_secret(ws.root), session_cookie="vanban_phien",
                   same_site="strict", https_only=secure_cookies, max_age=12 * 3600),
        Middleware(LoginRequired, root=ws.root),
    ]
    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan,
                    exception_handlers={HTTPException: http_error, Exception: server_error})
    app.state.web = state
    return app
