"""The pages over the store: documents (search, filter), one document and its original, a plan's campaign and the
drafts it writes, deriving a plan from a stored parent plan."""

from __future__ import annotations

import datetime as dt
import unicodedata
from urllib.parse import quote

from sqlalchemy import or_, select
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, RedirectResponse, Response

from pipeline.inbox.outbox import plan_to_outbox
from pipeline.inbox.status import documents_status
from pipeline.store.models import STORED, DocumentRow, RecordRow
from pipeline.web import campaign as campaign_view
from pipeline.web.context import KIND_VI, Web, stored_document, checked_form, web


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
    row, record = stored_document(w, doc_id)
    status = next(d for d in documents_status(w.inbox.store) if d.id == doc_id)
    return w.page(request, "document.html", doc=row, status=status, record=record,
                  source=request.query_params.get("nguon") or "")


async def original(request: Request) -> Response:
    """The stored original: its path comes from the store, and must lie inside the workspace."""
    w = web(request)
    row, _ = stored_document(w, request.path_params["doc_id"])
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
    row, _ = stored_document(w, plan_id)
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
        row, record = stored_document(w, plan_id)
        if row.kind != "ke_hoach" or record is None or not row.path:
            raise HTTPException(404, f"Văn bản số {plan_id} không phải kế hoạch đã lưu trong kho.")
        written = plan_to_outbox(record, w.ws.outbox, w.ws.profile_path, w.ws.root / row.path)
        if not written:
            message = "Vùng làm việc chưa có hồ sơ cơ quan đọc được; không soạn được kế hoạch."
    return w.page(request, "derive.html", plans=_plans(w), written=[p.name for p in written], message=message)
