"""The office's web page through HTTP (Starlette's TestClient) on a real workspace read by `vanban ingest`."""

from __future__ import annotations

import datetime as dt
import html
import re
import shutil
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from extractors.records import Record
from pipeline.check.with_profile import campaign_with_profile
from pipeline.inbox import Inbox
from pipeline.inbox.after import reports_on, stored_record
from pipeline.inbox.outbox import load_profile_or_none
from pipeline.inbox.status import documents_status
from pipeline.web.app import create_app
from tests.conftest import needs
from tests.inbox_support import run_vanban
from tests.web_support import AS_OF, HOSTILE, LATE_REPORT, PLAN, REPORTS, ROOT, campaign_workspace, wait_upload


@pytest.fixture(scope="module")
def ws(tmp_path_factory):
    return campaign_workspace(tmp_path_factory.mktemp("web"))


@pytest.fixture
def client(ws):
    with TestClient(create_app(ws), follow_redirects=False) as c:
        yield c


def _csrf(client, page="/tai-len") -> str:
    return re.search(r'name="csrf" value="([^"]+)"', client.get(page).text).group(1)


def _text(page: str) -> str:
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page)))


def _plan_id(ws) -> int:
    return next(d.id for d in documents_status(Inbox(ws).store) if d.name == PLAN.name)


def test_the_documents_page_lists_every_document_with_its_kind_number_issuer_and_links(ws, client):
    page = _text(client.get("/").text)
    for d in documents_status(Inbox(ws).store):
        assert d.name in page and (d.number or "") in page and (d.issuer or "") in page
    assert "báo cáo về 05/KH-UBND" in page


def test_search_by_number_and_by_text_narrows_the_list(ws, client):
    docs = documents_status(Inbox(ws).store)
    report = next(d for d in docs if d.name == REPORTS[1].name)
    page = client.get("/", params={"q": report.number}).text
    assert report.name in page and REPORTS[0].name not in page
    assert "Thôn Xuân Úc".casefold() in _text(client.get("/", params={"q": "xuân úc"}).text).casefold()
    assert "0 / " in _text(client.get("/", params={"q": "chuỗi-không-có-ở-đâu"}).text)


def test_a_document_page_shows_each_figure_with_its_source_and_the_original_downloads_byte_identical(ws, client):
    doc = next(d for d in documents_status(Inbox(ws).store) if d.name == REPORTS[0].name)
    record = stored_record(Inbox(ws), doc.id)
    page = client.get(f"/van-ban/{doc.id}").text
    for indicator in record.indicators:
        assert html.escape(indicator.text, quote=False) in page
    original = client.get(f"/van-ban/{doc.id}/tep")
    assert original.status_code == 200 and original.content == REPORTS[0].read_bytes()


def test_the_campaign_page_shows_every_unit_status_and_links_each_figure_to_its_sentence(ws, client):
    inbox, plan_id = Inbox(ws), _plan_id(ws)
    check = campaign_with_profile(stored_record(inbox, plan_id), reports_on(inbox, plan_id),
                                  load_profile_or_none(ws.profile_path), dt.date.fromisoformat(AS_OF))
    page = client.get(f"/ke-hoach/{plan_id}", params={"ngay": AS_OF}).text
    units = dict(re.findall(r"<tr class=\"\w+\"><td>([^<]+)</td><td>([^<]+)</td>", page))
    assert {html.unescape(u) for u, s in units.items() if s == "chưa báo cáo"} == set(check.missing_units)
    assert any(s == "sai số kế hoạch" for s in units.values()) == bool(check.wrong_plan_reports)
    links = re.findall(r'class="figure" href="(/van-ban/\d+\?nguon=[^"]+)"', page)
    assert links
    for link in links:  # every figure lands on exactly one highlighted sentence of its report
        assert client.get(html.unescape(link)).text.count('id="nguon"') == 1, link


def test_the_draft_buttons_write_the_consolidated_report_its_annex_and_the_reminder_into_the_outbox(ws, client):
    plan_id, token = _plan_id(ws), _csrf(client)
    for which in ("tong-hop", "don-doc"):
        r = client.post(f"/ke-hoach/{plan_id}/soan?ngay={AS_OF}", data={"csrf": token, "loai": which})
        assert r.status_code == 303
    names = {p.name for p in ws.outbox.iterdir()}
    assert {"du-thao-bao-cao-tong-hop-05-KH-UBND.docx", "phu-luc-05-KH-UBND.xlsx",
            "cong-van-don-doc-05-KH-UBND.docx"} <= names
    listing = client.get("/ban-thao").text
    draft = client.get("/ban-thao/tep", params={"ten": "du-thao-bao-cao-tong-hop-05-KH-UBND.docx"})
    assert "phu-luc-05-KH-UBND.xlsx" in listing and draft.content[:2] == b"PK"


def test_an_uploaded_report_takes_the_inbox_path_and_the_page_shows_it_stored(ws, client):
    r = client.post("/tai-len", data={"csrf": _csrf(client)},
                    files={"tep": (LATE_REPORT.name, LATE_REPORT.read_bytes(), "application/octet-stream")})
    job = re.search(r'hx-get="(/tai-len/\w+)"', r.text)
    result = wait_upload(client, job.group(1)) if job else r.text
    assert "đã lưu" in result
    stored = [d for d in documents_status(Inbox(ws).store) if d.name == LATE_REPORT.name]
    assert stored and stored[0].state == "stored" and not (ws.inbox / LATE_REPORT.name).exists()


def test_a_hostile_upload_is_quarantined_with_its_vietnamese_reason_and_the_server_keeps_serving(ws, client):
    r = client.post("/tai-len", data={"csrf": _csrf(client)},
                    files={"tep": (HOSTILE.name, HOSTILE.read_bytes(), "application/octet-stream")})
    job = re.search(r'hx-get="(/tai-len/\w+)"', r.text)
    result = _text(wait_upload(client, job.group(1)) if job else r.text)
    assert "cách ly" in result and f"Tệp «{HOSTILE.name}»" in result
    assert (ws.quarantine / HOSTILE.name).read_bytes() == HOSTILE.read_bytes()
    assert client.get("/").status_code == 200


def test_an_oversized_upload_is_refused_and_nothing_reaches_the_inbox(ws):
    with TestClient(create_app(ws, max_upload_mb=1)) as client:
        r = client.post("/tai-len", data={"csrf": _csrf(client)},
                        files={"tep": ("lon.txt", b"x" * (2 << 20), "text/plain")})
        assert r.status_code == 400 and "lớn hơn giới hạn 1 MB" in _text(r.text)
        assert not list(ws.inbox.glob("*lon.txt")) and client.get("/").status_code == 200
        huge = client.post("/tai-len", content=b"x" * (22 << 20),
                           headers={"content-type": "multipart/form-data; boundary=b"})
        assert huge.status_code == 413 and "vượt giới hạn" in _text(huge.text)


def test_the_same_report_uploaded_again_is_said_to_be_a_duplicate_of_the_stored_one(ws, client):
    stored = next(d for d in documents_status(Inbox(ws).store) if d.name == REPORTS[0].name)
    r = client.post("/tai-len", data={"csrf": _csrf(client)},
                    files={"tep": ("gui-lai.docx", REPORTS[0].read_bytes(), "application/octet-stream")})
    job = re.search(r'hx-get="(/tai-len/\w+)"', r.text)
    result = _text(wait_upload(client, job.group(1)) if job else r.text)
    assert f"trùng nội dung với văn bản đã có #{stored.id}" in result
    assert any("gui-lai.docx" in p for d in documents_status(Inbox(ws).store) for p in d.duplicates)


def test_a_path_traversal_name_lands_in_the_inbox_under_its_last_component_only(ws, client, tmp_path):
    name = "../../..//tmp/../" + "tra-cuu.txt"
    r = client.post("/tai-len", data={"csrf": _csrf(client)},
                    files={"tep": (name, "Nội dung thử.\n".encode(), "text/plain")})
    job = re.search(r'hx-get="(/tai-len/\w+)"', r.text)
    wait_upload(client, job.group(1)) if job else None
    names = {d.name for d in documents_status(Inbox(ws).store)}
    assert "tra-cuu.txt" in names and not (ws.root.parent / "tra-cuu.txt").exists()
    assert not Path("/tmp/tra-cuu.txt").exists()


def test_a_forged_form_without_the_csrf_token_is_refused_and_nothing_is_written(ws, client):
    before = sorted(p.name for p in ws.inbox.iterdir())
    r = client.post("/tai-len", files={"tep": ("gia-mao.txt", b"x", "text/plain")})
    assert r.status_code == 403 and "CSRF" in r.text
    r = client.post(f"/ke-hoach/{_plan_id(ws)}/soan", data={"csrf": "sai", "loai": "tong-hop"})
    assert r.status_code == 403
    assert sorted(p.name for p in ws.inbox.iterdir()) == before and client.get("/").status_code == 200


@pytest.mark.parametrize("url", ["/ban-thao/tep?ten=../vanban.toml", "/ban-thao/tep?ten=%2Fetc%2Fpasswd",
                                 "/van-ban/99999/tep", "/static/../vanban.toml", "/static/%2e%2e/vanban.toml",
                                 "/van-ban/..%2Fvanban.toml"])
def test_a_request_for_a_file_outside_the_store_is_refused(client, url):
    r = client.get(url)
    assert r.status_code == 404 and "store_url" not in r.text and "root:" not in r.text


def test_every_name_is_escaped_in_the_pages(ws, client):
    name = '<img src=x onerror=alert(1)>.txt'  # no "/": the whole name is kept
    r = client.post("/tai-len", data={"csrf": _csrf(client)},
                    files={"tep": (name, "Văn bản thử.\n".encode(), "text/plain")})
    job = re.search(r'hx-get="(/tai-len/\w+)"', r.text)
    result = wait_upload(client, job.group(1)) if job else r.text
    page = client.get("/").text
    assert "<img src=x" not in page and "<img src=x" not in result
    assert "&lt;img src=x onerror=alert(1)&gt;.txt" in page


def test_a_lan_address_is_refused_without_accounts_and_pages_need_a_login_once_one_exists(tmp_path):
    ws = campaign_workspace(tmp_path / "ws", files=())
    refused = run_vanban("serve", ws.root, "--host", "0.0.0.0", check=False)
    assert refused.returncode == 2 and "chưa có tài khoản" in refused.stderr
    run_vanban("create-user", ws.root, "thuky", "--password", "mat-khau-dai")
    assert "mat-khau-dai" not in (ws.root / "web-users.json").read_text()
    with TestClient(create_app(ws), follow_redirects=False) as client:
        assert client.get("/").headers["location"] == "/dang-nhap"
        token = _csrf(client, "/dang-nhap")
        bad = client.post("/dang-nhap", data={"csrf": token, "ten": "thuky", "mat_khau": "sai-mat-khau"})
        assert bad.status_code == 401 and "Sai tên đăng nhập hoặc mật khẩu" in bad.text
        ok = client.post("/dang-nhap", data={"csrf": token, "ten": "thuky", "mat_khau": "mat-khau-dai"})
        assert ok.status_code == 303 and client.get("/").status_code == 200
        cookie = ok.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=strict" in cookie
        token = _csrf(client, "/dang-nhap")
        tries = [client.post("/dang-nhap", data={"csrf": token, "ten": "thuky", "mat_khau": f"doan-{i}"}).status_code
                 for i in range(6)]
        assert tries == [401, 401, 401, 401, 429, 429]  # one failure above, four here: then refused for a while
        right = client.post("/dang-nhap", data={"csrf": token, "ten": "thuky", "mat_khau": "mat-khau-dai"})
        assert right.status_code == 429 and "thử lại sau 5 phút" in right.text


def test_two_clerks_uploading_at_once_beside_a_running_watcher_lose_nothing_and_store_each_file_once(ws):
    import threading

    from tests.inbox_support import Watcher

    files = [(f"thu-{i}.txt", f"ỦY BAN NHÂN DÂN XÃ KIẾN MINH\nSố: {900 + i}/BC-UBND\nBÁO CÁO\nThử số {i}.\n".encode())
             for i in range(4)]
    pages: list[str] = []

    def clerk(part):
        with TestClient(create_app(ws)) as client:
            r = client.post("/tai-len", data={"csrf": _csrf(client)},
                            files=[("tep", (n, b, "text/plain")) for n, b in part])
            job = re.search(r'hx-get="(/tai-len/\w+)"', r.text)
            pages.append(wait_upload(client, job.group(1)))

    watcher = Watcher(ws.root)
    threads = [threading.Thread(target=clerk, args=(files[i::2],)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert watcher.stop() == 0
    docs = documents_status(Inbox(ws).store)
    for name, _ in files:
        mine = [d for d in docs if d.name == name]
        assert len(mine) == 1 and mine[0].state == "stored" and not mine[0].duplicates
    assert all("đang chờ đọc" not in p and "đang đọc" not in p for p in pages) and not any(ws.inbox.glob("thu-*"))


def test_the_derive_page_writes_the_implementing_plan_for_a_chosen_parent_plan(tmp_path):
    from tests.web_support import CITY_PLAN

    ws = campaign_workspace(tmp_path / "ws", files=(CITY_PLAN,))
    for draft in ws.outbox.glob("du-thao-ke-hoach-thuc-hien-*"):
        draft.unlink()  # the inbox already drafted it on arrival: the page must write it again
    city = next(d for d in documents_status(Inbox(ws).store) if d.name == CITY_PLAN.name)
    with TestClient(create_app(ws)) as client:
        assert city.number in client.get("/soan-ke-hoach").text
        r = client.post("/soan-ke-hoach", data={"csrf": _csrf(client), "ke_hoach": str(city.id)})
        assert r.status_code == 200 and 'id="da-soan"' in r.text
        written = re.search(r'ten=([^"]+)">(du-thao-ke-hoach-thuc-hien-[^<]+)<', r.text).group(2)
        assert (ws.outbox / written).read_bytes()[:2] == b"PK"
        assert client.get("/ban-thao/tep", params={"ten": written}).content == (ws.outbox / written).read_bytes()


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is not installed")
def test_served_on_the_lan_over_tls_with_an_account_the_login_cookie_is_secure(tmp_path):
    import http.cookiejar
    import socket
    import ssl
    import subprocess
    import time
    import urllib.parse
    import urllib.request

    from tests import processes
    from tests.inbox_support import VANBAN

    ws = campaign_workspace(tmp_path / "ws", files=())
    run_vanban("create-user", ws.root, "thuky", "--password", "mat-khau-dai")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    processes.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=vanban",
                   "-keyout", str(key), "-out", str(cert)], timeout=60).check_returncode()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    processes.spawn([*VANBAN, "serve", str(ws.root), "--host", "0.0.0.0", "--port", str(port),
                     "--ssl-certfile", str(cert), "--ssl-keyfile", str(key)],
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    context = ssl.create_default_context()
    context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=context),
                                         urllib.request.HTTPCookieProcessor(jar))
    base, deadline = f"https://127.0.0.1:{port}", time.monotonic() + 60
    while True:
        try:
            first = opener.open(base + "/", timeout=5)
            break
        except OSError:
            assert time.monotonic() < deadline, "vanban serve did not start"
            time.sleep(0.3)
    assert first.geturl().endswith("/dang-nhap")  # every page needs a login
    token = re.search(r'name="csrf" value="([^"]+)"', first.read().decode()).group(1)
    form = urllib.parse.urlencode({"csrf": token, "ten": "thuky", "mat_khau": "mat-khau-dai"}).encode()
    page = opener.open(base + "/dang-nhap", data=form, timeout=30)
    assert page.geturl() == base + "/" and "Hộp thư đến" in page.read().decode()
    assert [c for c in jar if c.name == "vanban_phien"][0].secure


@needs("tesseract")
@pytest.mark.tesseract
@pytest.mark.slow
def test_an_uploaded_scan_shows_it_is_being_read_until_the_ocr_is_done(ws, client):
    import time

    scan = ROOT / "corpus/bao_cao/bao-cao-31-bc-tyt-tram-y-te-ban-quet.pdf"
    r = client.post("/tai-len", data={"csrf": _csrf(client)},
                    files={"tep": (scan.name, scan.read_bytes(), "application/pdf")})
    job = re.search(r'hx-get="(/tai-len/\w+)"', r.text).group(1)
    states, deadline = [], time.monotonic() + 300
    while time.monotonic() < deadline:
        page = client.get(job).text
        states.append("đang đọc" if "đang đọc (" in page else "xong" if 'data-xong="co"' in page else "khác")
        if states[-1] == "xong":
            break
        time.sleep(0.3)
    assert "đang đọc" in states and states[-1] == "xong"
    assert "đã lưu" in _text(client.get(job).text)


@needs("soffice")
@pytest.mark.libreoffice
def test_a_docx_draft_is_exported_to_pdf_beside_it_and_downloads(ws, client):
    plan_id, token = _plan_id(ws), _csrf(client)
    client.post(f"/ke-hoach/{plan_id}/soan?ngay={AS_OF}", data={"csrf": token, "loai": "don-doc"})
    r = client.post("/ban-thao/pdf", data={"csrf": token, "ten": "cong-van-don-doc-05-KH-UBND.docx"})
    assert r.status_code == 303
    pdf = client.get("/ban-thao/tep", params={"ten": "cong-van-don-doc-05-KH-UBND.pdf"})
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    outside = client.post("/ban-thao/pdf", data={"csrf": token, "ten": "../vanban.toml"})
    assert outside.status_code == 404 and not (ws.root / "vanban.pdf").exists()


def test_serve_with_watch_stores_a_file_dropped_into_the_inbox_and_stops_its_watcher_with_it(tmp_path):
    import os
    import shutil as sh
    import signal
    import socket
    import subprocess
    import time
    import urllib.request

    from tests import processes
    from tests.inbox_support import VANBAN

    ws = campaign_workspace(tmp_path / "ws", files=())
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = processes.spawn([*VANBAN, "serve", str(ws.root), "--port", str(port), "--watch"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    sh.copyfile(REPORTS[0], ws.inbox / REPORTS[0].name)  # dropped by hand, not uploaded
    deadline, page = time.monotonic() + 120, ""
    while time.monotonic() < deadline and f"{REPORTS[0].name}</a>" not in page or "đã lưu" not in page:
        try:
            page = urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5).read().decode()
        except OSError:
            pass
        time.sleep(0.5)
    assert f"{REPORTS[0].name}</a>" in page and "đã lưu" in page
    os.kill(server.pid, signal.SIGTERM)  # the server alone: it stops its watcher
    assert server.wait(120) == 0
    with pytest.raises(ProcessLookupError):
        os.killpg(server.pid, 0)  # nothing of the group is left
