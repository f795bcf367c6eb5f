"""The inbox, processed once (`Inbox.process` / `ingest`): where each dropped file ends, with real files."""

from __future__ import annotations

import json
import os
import shutil
import unicodedata

import pytest

from inbox_support import SEED, inbox_files, make_workspace, run_vanban, text_doc
from pipeline.inbox.entries import sha256_of
from pipeline.inbox.filenames import NAME_MAX, is_ignored
from pipeline.inbox.ingest import ingest
from pipeline.inbox.integrity import integrity_check
from pipeline.inbox.processing import Inbox
from pipeline.inbox.status import documents_status

REPORT = "bao_cao/bao-cao-06-bc-thon-tien-cam.docx"
PLAN = "ke_hoach/ke-hoach-05-kh-ubnd-xa-kien-minh.docx"
CITY_PLAN = "ke_hoach/ke-hoach-232-kh-ubnd-thanh-pho-hai-phong.docx"


@pytest.fixture
def ws(tmp_path):
    return make_workspace(tmp_path / "ws", stability_delay_s=0.0)


def _ingest(ws, workers: int = 1):
    inbox = Inbox(ws)
    try:
        return {o.name: o for o in ingest(inbox, workers=workers)}, documents_status(inbox.store), \
            integrity_check(inbox.store, ws.root)
    finally:
        inbox.store.dispose()


def test_a_dropped_plan_is_archived_byte_identical_with_its_record_in_the_store(ws):
    shutil.copy(SEED, ws.inbox / "kế hoạch xã.txt")
    outcomes, docs, report = _ingest(ws)
    assert outcomes["kế hoạch xã.txt"].result == "stored"
    [doc] = docs
    assert doc.state == "stored" and doc.kind == "ke_hoach"
    assert doc.path.startswith("archive/") and (ws.root / doc.path).read_bytes() == SEED.read_bytes()
    assert doc.sha256 == sha256_of(SEED)
    assert inbox_files(ws) == [] and report.ok, report.problems


def test_the_same_bytes_under_two_names_are_stored_once_and_the_second_drop_is_archived_as_a_duplicate(ws):
    shutil.copy(SEED, ws.inbox / "a.txt")
    shutil.copy(SEED, ws.inbox / "b.txt")
    outcomes, docs, report = _ingest(ws)
    assert sorted(o.result for o in outcomes.values()) == ["duplicate", "stored"]
    [doc] = docs
    assert len(doc.duplicates) == 1 and (ws.root / doc.duplicates[0]).read_bytes() == SEED.read_bytes()
    assert report.ok, report.problems


def test_an_unreadable_file_is_quarantined_with_a_note_in_vietnamese_saying_what_to_do(ws):
    (ws.inbox / "trống.txt").write_bytes(b"")
    (ws.inbox / "bảng tính.xyz").write_bytes(b"not a document")
    outcomes, docs, report = _ingest(ws)
    assert {o.result for o in outcomes.values()} == {"quarantined"}
    for doc in docs:
        original = ws.root / doc.path
        note = (original.parent / (original.name + ".loi.txt")).read_text(encoding="utf-8")
        assert doc.path.startswith("quarantine/") and original.exists()
        assert "Cần làm" in note and doc.name in note
    empty = next(d for d in docs if d.name == "trống.txt")
    assert "Tệp rỗng" in empty.error
    assert report.ok, report.problems


def test_a_second_copy_of_a_refused_file_is_kept_in_quarantine_with_its_own_note(ws):
    (ws.inbox / "hỏng.xyz").write_bytes(b"not a document")
    _ingest(ws)
    (ws.inbox / "hỏng - gửi lại.xyz").write_bytes(b"not a document")
    outcomes, docs, report = _ingest(ws)
    assert outcomes["hỏng - gửi lại.xyz"].result == "duplicate"
    note = (ws.quarantine / "hỏng - gửi lại.xyz.loi.txt").read_text(encoding="utf-8")
    assert "trùng nội dung với tệp «hỏng.xyz»" in note and "Lý do:" in note
    assert report.ok, report.problems


def test_odd_names_are_kept_byte_exact_and_notes_fit_in_255_bytes(ws):
    nfd = unicodedata.normalize("NFD", "Báo cáo thôn Đông Tác.txt")
    shell = "name with spaces & ; $(x).txt"
    long_name = "b" * 236 + ".txt"  # 240 bytes: the ".loi.txt" note must be shortened
    (ws.inbox / nfd).write_text(text_doc(1), encoding="utf-8")
    (ws.inbox / shell).write_text(text_doc(2), encoding="utf-8")
    (ws.inbox / long_name).write_bytes(b"")  # empty: quarantined, so it needs a note
    outcomes, docs, report = _ingest(ws)
    paths = {d.name: d.path for d in docs}
    assert os.path.basename(paths[unicodedata.normalize("NFC", nfd)]) == nfd  # on disk: the exact bytes
    assert os.path.basename(paths[shell]) == shell
    notes = list(ws.quarantine.glob("*.loi.txt"))
    assert len(notes) == 1 and len(os.fsencode(notes[0].name)) <= NAME_MAX
    assert (ws.quarantine / long_name).exists() and report.ok, report.problems


def test_a_name_already_in_the_archive_gets_a_suffix_and_nothing_is_overwritten(ws):
    (ws.inbox / "báo cáo.txt").write_text(text_doc(1), encoding="utf-8")
    _ingest(ws)
    (ws.inbox / "báo cáo.txt").write_text(text_doc(2), encoding="utf-8")
    outcomes, docs, report = _ingest(ws)
    assert [os.path.basename(d.path) for d in docs] == ["báo cáo.txt", "báo cáo (2).txt"]
    assert [(ws.root / d.path).read_text(encoding="utf-8") for d in docs] == [text_doc(1), text_doc(2)]
    assert report.ok, report.problems


@pytest.mark.parametrize("name", ["~$bao-cao.docx", "bao-cao.docx.part", "x.tmp", "tai-ve.pdf.crdownload", ".an"])
def test_temporary_and_hidden_files_are_left_alone(ws, name):
    assert is_ignored(name)
    (ws.inbox / name).write_text("đang ghi", encoding="utf-8")
    outcomes, docs, _ = _ingest(ws)
    assert outcomes == {} and docs == [] and (ws.inbox / name).exists()


@pytest.mark.parametrize("order", [(REPORT, PLAN), (PLAN, REPORT)])
def test_a_report_is_linked_to_its_plan_whichever_arrives_first(ws, corpus, order):
    for rel in order:
        shutil.copy(corpus / rel, ws.inbox)
        _ingest(ws)
    docs = {d.name: d for d in _ingest(ws)[1]}
    [link] = docs[os.path.basename(REPORT)].links
    assert link.relation == "reports_on" and link.number == "05/KH-UBND"
    assert link.to_name == os.path.basename(PLAN)
    check = json.loads((ws.outbox / "kiem-tra-05-KH-UBND.json").read_text(encoding="utf-8"))
    assert check["reports"], "the check of the reports against the plan is written to outbox/"


def test_a_commune_plan_is_linked_to_the_city_plan_it_implements(ws, corpus):
    shutil.copy(corpus / PLAN, ws.inbox)
    shutil.copy(corpus / CITY_PLAN, ws.inbox)
    docs = {d.name: d for d in _ingest(ws)[1]}
    [link] = docs[os.path.basename(PLAN)].links
    assert (link.relation, link.number, link.to_name) == ("implements", "232/KH-UBND", os.path.basename(CITY_PLAN))


def test_ingest_copies_the_given_files_in_and_status_json_lists_them(tmp_path, corpus):
    ws = make_workspace(tmp_path / "ws", stability_delay_s=0.0)
    source = tmp_path / "nguồn.txt"
    shutil.copy(SEED, source)
    before = source.stat()
    result = run_vanban("ingest", ws.root, source, corpus / REPORT)
    assert "đã lưu: 2" in result.stdout
    assert source.exists() and source.stat().st_mtime_ns == before.st_mtime_ns
    status = json.loads(run_vanban("status", ws.root, "--json", "--check").stdout)
    names = {d["name"]: d for d in status["documents"]}
    assert set(names) == {"nguồn.txt", os.path.basename(REPORT)}
    assert names[os.path.basename(REPORT)]["kind"] == "bao_cao"
    assert status["integrity"]["ok"] and status["waiting"] == []


def test_a_file_quarantined_by_a_program_error_is_read_again_when_dropped_again(ws):
    from pipeline.store.models import DocumentRow

    (ws.inbox / "kế hoạch.txt").write_text(text_doc(5), encoding="utf-8")
    _ingest(ws)
    inbox = Inbox(ws)
    with inbox.store.transaction() as session:  # as if the reader had crashed on it: state, file and note
        doc = session.query(DocumentRow).one()
        quarantined = ws.quarantine / "kế hoạch.txt"
        (ws.root / doc.path).rename(quarantined)
        (ws.quarantine / "kế hoạch.txt.loi.txt").write_text("Mã lỗi: bug\n", encoding="utf-8")
        doc.state, doc.outcome, doc.error_code, doc.path = "quarantined", "quarantined", "bug", "quarantine/kế hoạch.txt"
    inbox.store.dispose()
    (ws.inbox / "kế hoạch.txt").write_text(text_doc(5), encoding="utf-8")  # the office drops it again
    outcomes, docs, report = _ingest(ws)
    assert outcomes["kế hoạch.txt"].result == "stored"
    [doc] = docs
    assert doc.state == "stored" and doc.duplicates == ("quarantine/kế hoạch.txt",)
    assert report.ok, report.problems


def test_a_city_plan_and_a_report_leave_their_drafts_in_the_outbox(tmp_path, corpus):
    import docx

    root = tmp_path / "ws"
    root.mkdir()
    shutil.copy(corpus / "profile.toml", root / "profile.toml")  # the commune: UBND xã Kiến Minh
    ws = make_workspace(root, stability_delay_s=0.0)
    for rel in (CITY_PLAN, PLAN, REPORT):
        shutil.copy(corpus / rel, ws.inbox)
    _ingest(ws)
    plan_draft = docx.Document(ws.outbox / "du-thao-ke-hoach-thuc-hien-232-KH-UBND.docx")
    text = "\n".join(p.text for p in plan_draft.paragraphs)
    assert "232/KH-UBND" in text and "KIẾN MINH" in text.upper()
    assert (ws.outbox / "du-thao-bao-cao-tong-hop-05-KH-UBND.docx").stat().st_size > 0
    assert not (ws.outbox / "du-thao-ke-hoach-thuc-hien-05-KH-UBND.docx").exists()  # the commune's own plan


def test_a_file_only_touched_while_being_processed_still_counts_as_the_same_file(tmp_path):
    from pipeline.inbox.entries import Entry

    path = tmp_path / "báo cáo.txt"
    path.write_text(text_doc(1), encoding="utf-8")
    entry = Entry.of(path)
    os.utime(path, ns=(entry.mtime_ns + 10**9, entry.mtime_ns + 10**9))  # touched: same bytes
    assert entry.unchanged()
    path.write_text(text_doc(2), encoding="utf-8")  # rewritten: a new drop, not removed with the old one
    assert not entry.unchanged()


@pytest.mark.parametrize(("cited", "issuer", "agree"), [
    ("UBND xã Kiến Minh", "ỦY BAN NHÂN DÂN XÃ KIẾN MINH", True),
    ("UBND xã", "ỦY BAN NHÂN DÂN XÃ KIẾN MINH", True),
    ("Ủy ban nhân dân thành phố Hải Phòng", "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", True),
    ("UBND xã Yên Đồng", "ỦY BAN NHÂN DÂN XÃ KIẾN MINH", False),
    ("Ủy ban nhân dân huyện Yên Mô", "ỦY BAN NHÂN DÂN HUYỆN NAM TRỰC", False),
])
def test_a_link_needs_the_cited_issuer_to_agree_with_the_document_issuer(cited, issuer, agree):
    from pipeline.inbox.links import issuers_agree

    assert issuers_agree(cited, issuer) is agree


def test_a_scanned_pdf_gets_more_time_for_each_page_that_needs_ocr(corpus, monkeypatch):
    from pipeline.inbox import worker

    seen = []
    real = worker.run_limited

    def spy(fn, *args, **kwargs):
        seen.append((fn.__name__, kwargs["timeout_s"]))
        return real(fn, *args, **kwargs)

    monkeypatch.setattr(worker, "run_limited", spy)
    scan = corpus / "quyet_dinh" / "quyet-dinh-186-qd-ubnd-khen-thuong-ban-quet.pdf"
    record = worker.read_isolated(scan, scan.name, timeout_s=60, memory_mb=1024, ocr_seconds_per_page=15)
    assert record.kind == "quyet_dinh"
    assert seen[-1] == ("file_to_record", 60 + 2 * 15)
