"""Files in and out: uploads into inbox/ (and their progress), drafts in outbox/ to download or export to PDF."""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import select
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, RedirectResponse, Response

from pipeline.store.models import DocumentRow, DuplicateRow, utcnow
from pipeline.web import uploads
from pipeline.web.context import MAX_FILES, Web, checked_form, web


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
