"""End to end in a real headless Chromium (Debian's chromium + chromium-driver, driven by Selenium): a clerk uploads
the plan and the reports, watches the campaign table fill in, opens a figure's source and downloads the consolidated
draft, on a real `vanban serve` process. Nothing downloads a browser: the driver is /usr/bin/chromedriver.

With VANBAN_SCREENSHOTS=1 the main pages are saved (small PNGs) under docs/img/ for the README."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from tests import processes
from tests.inbox_support import VANBAN
from tests.web_support import AS_OF, HOSTILE, PLAN, REPORTS, ROOT, campaign_workspace

CHROMIUM, DRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
pytestmark = [pytest.mark.slow, pytest.mark.skipif(not (CHROMIUM.exists() and DRIVER.exists()),
                                                   reason="chromium / chromium-driver not installed (make system-deps)")]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    ws = campaign_workspace(tmp_path / "ws", files=())
    port = _free_port()
    log = open(tmp_path / "serve.log", "w")
    processes.spawn([*VANBAN, "serve", str(ws.root), "--port", str(port)], cwd=ROOT, stdout=log,
                    stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(url + "/", timeout=2)
            break
        except OSError:
            if time.monotonic() > deadline:
                raise AssertionError((tmp_path / "serve.log").read_text())
            time.sleep(0.3)
    yield ws, url
    log.close()


@pytest.fixture
def browser(tmp_path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    downloads = tmp_path / "downloads"
    downloads.mkdir()
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--window-size=1280,900",
                f"--user-data-dir={tmp_path / 'profile'}"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(str(DRIVER)), options=options)
    driver.downloads = downloads
    driver.implicitly_wait(20)  # after a click, the next page's element is waited for, not missed
    try:
        yield driver
    finally:
        driver.quit()


def _wait(predicate, timeout: float = 180, what: str = ""):
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.3)


def _shot(driver, name: str) -> None:
    if os.environ.get("VANBAN_SCREENSHOTS") != "1":
        return
    from PIL import Image

    out = ROOT / "docs/img" / f"web-{name}.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(out))
    Image.open(out).convert("RGB").quantize(colors=64).save(out, optimize=True)


def test_a_clerk_uploads_a_plan_and_reports_sees_the_campaign_opens_a_source_and_downloads_the_draft(server, browser):
    from selenium.webdriver.common.by import By

    ws, url = server
    browser.get(url + "/tai-len")
    _shot(browser, "tai-len")
    browser.find_element(By.NAME, "tep").send_keys("\n".join(str(p) for p in (PLAN, *REPORTS, HOSTILE)))
    browser.find_element(By.CSS_SELECTOR, "#tai-len button").click()
    _wait(lambda: browser.find_elements(By.CSS_SELECTOR, '#ket-qua[data-xong="co"]'), what="the upload's result")
    result = browser.find_element(By.ID, "ket-qua").text
    assert result.count("đã lưu") == 1 + len(REPORTS) and "cách ly" in result
    _shot(browser, "ket-qua-tai-len")

    browser.get(url + "/")
    assert "05/KH-UBND" in browser.find_element(By.ID, "van-ban").text
    _shot(browser, "van-ban")
    browser.get(url + "/ke-hoach")
    browser.find_element(By.PARTIAL_LINK_TEXT, "05/KH-UBND").click()
    browser.get(browser.current_url + f"?ngay={AS_OF}")
    units = browser.find_element(By.ID, "don-vi").text
    assert units.count("đã báo cáo") + units.count("sai số kế hoạch") + units.count("chậm") == len(REPORTS)
    assert "chưa báo cáo" in units
    figures = browser.find_elements(By.CSS_SELECTOR, "#chi-tieu a.figure")
    assert figures
    _shot(browser, "ke-hoach")
    browser.execute_script("document.getElementById('chi-tieu').scrollIntoView()")
    _shot(browser, "ke-hoach-bang-chi-tieu")
    browser.set_window_size(390, 844)  # a phone: the page fits its width, wide tables scroll inside their box
    assert browser.execute_script("return document.documentElement.scrollWidth") <= 400
    _shot(browser, "ke-hoach-dien-thoai")
    browser.set_window_size(1280, 900)

    campaign_page = browser.current_url
    figures[0].click()
    source = browser.find_element(By.ID, "nguon")
    assert "hit" in source.get_attribute("class") and source.text
    _shot(browser, "nguon")

    browser.get(campaign_page)
    browser.find_element(By.ID, "soan-tong-hop").click()
    link = _wait(lambda: browser.find_elements(By.CSS_SELECTOR, "#da-soan a"), what="the written drafts")[0]
    assert link.text.startswith("du-thao-bao-cao-tong-hop-")
    name = link.text
    link.click()
    downloaded = _wait(lambda: [p for p in browser.downloads.iterdir() if p.name == name], what="the download")[0]
    assert downloaded.read_bytes() == (ws.outbox / name).read_bytes()
    browser.get(url + "/ban-thao")
    assert "phu-luc-05-KH-UBND.xlsx" in browser.find_element(By.ID, "ban-thao").text
    _shot(browser, "ban-thao")


def test_bad_input_through_the_browser_gets_a_vietnamese_message_and_the_server_keeps_serving(server, browser):
    from selenium.webdriver.common.by import By

    ws, url = server
    browser.get(url + "/ban-thao/tep?ten=../vanban.toml")
    assert "Không có bản thảo này" in browser.find_element(By.ID, "loi").text
    browser.get(url + "/van-ban/424242")
    assert "Không có văn bản số 424242" in browser.find_element(By.ID, "loi").text
    browser.get(url + "/tai-len")  # a forged form: the CSRF token is removed before submitting
    browser.execute_script("document.querySelector('input[name=csrf]').remove()")
    browser.find_element(By.NAME, "tep").send_keys(str(REPORTS[0]))
    browser.find_element(By.CSS_SELECTOR, "#tai-len button").click()
    assert "CSRF" in browser.find_element(By.ID, "loi").text
    assert not any(ws.inbox.iterdir())
    browser.get(url + "/")
    assert browser.find_element(By.ID, "van-ban")
