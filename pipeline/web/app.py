"""The office's web application: its routes, the login, the error pages. Every page reads the store; every POST
carries the session's CSRF token; no path from a request reaches the disk (documents by store id, drafts by a name
matched against outbox/'s listing)."""

from __future__ import annotations

import logging
import time
from contextlib import asynccontextmanager
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from pipeline.store.workspace import Workspace
from pipeline.web import files, pages, security, uploads
from pipeline.web.context import HERE, Web, checked_form, web

log = logging.getLogger(__name__)
PUBLIC = ("/dang-nhap", "/static/")


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
        Route("/", pages.documents),
        Route("/van-ban/{doc_id:int}", pages.document),
        Route("/van-ban/{doc_id:int}/tep", pages.original),
        Route("/ke-hoach", pages.plans),
        Route("/ke-hoach/{doc_id:int}", pages.plan),
        Route("/ke-hoach/{doc_id:int}/soan", pages.plan_drafts, methods=["POST"]),
        Route("/soan-ke-hoach", pages.derive, methods=["GET", "POST"]),
        Route("/tai-len", files.upload, methods=["GET", "POST"]),
        Route("/tai-len/{job}", files.upload_job),
        Route("/ban-thao", files.drafts),
        Route("/ban-thao/tep", files.draft_file),
        Route("/ban-thao/pdf", files.draft_pdf, methods=["POST"]),
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
