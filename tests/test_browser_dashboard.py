"""A real headless Chromium drives the dashboard: filter claims, open one, see the evidence.

Runs in CI (which installs Chromium); skipped locally only when /usr/bin/chromium is absent.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from tradetrace.web import create_app
from web_fixtures import Sample, build_store

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists() and not os.environ.get("CI"),
                       reason="needs Chromium at /usr/bin/chromium (CI installs it)"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Sample]]:
    sample = build_store(tmp_path / "b.db")
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(sample.path), host="127.0.0.1",
                                           port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", sample
    server.should_exit = True
    thread.join(timeout=10)


def test_filter_claims_open_one_and_see_the_highlighted_quantity(
        served: tuple[str, Sample], tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    base, sample = served
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page()
            requests: list[str] = []
            page.on("request", lambda r: requests.append(r.url))

            page.goto(f"{base}/")
            page.wait_for_selector('[data-chart="partner_shares"][data-drawn="true"] svg',
                                   timeout=20000)  # the vendored Vega bundle draws offline

            page.goto(f"{base}/claims")
            assert page.locator("tr.claim-row").count() == 5
            page.fill('input[name="commodity"]', "fertilizer")
            page.click('button[type="submit"]')
            page.wait_for_url("**/claims?*commodity=fertilizer*")
            rows = page.locator("tr.claim-row")
            assert rows.count() == 1
            assert rows.first.locator(".commodity").inner_text() == "fertilizer"

            rows.first.locator("a.claim-link").click()
            page.wait_for_url(f"**/claims/{sample.fertilizer}")
            mark = page.locator("#evidence mark")
            assert mark.count() == 1
            assert mark.inner_text() == "5,000 tons"
            assert page.locator("#evidence").inner_text().startswith("China shipped")

            page.goto(f"{base}/claims/{sample.flour}")
            assert page.locator("#evidence mark").inner_text() == "1,000 tonnes"
            assert page.locator("script", has_text="pwned").count() == 0  # shown, not run
            assert "<script>alert('pwned')</script>" in page.locator("#evidence").inner_text()

            shot = tmp_path / "claim.png"
            page.screenshot(path=str(shot), full_page=True)
            assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
            assert all(url.startswith(base) for url in requests), requests
        finally:
            browser.close()


def test_report_draws_its_charts_offline(tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    from tradetrace.report import write_report
    from tradetrace.store import Store

    sample = build_store(tmp_path / "r.db")
    with Store.open(sample.path, readonly=True) as store:
        result = write_report(store, tmp_path / "report.html")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page()
            remote: list[str] = []
            page.on("request", lambda r: remote.append(r.url)
                    if r.url.startswith(("http:", "https:")) else None)
            page.goto(result.html_path.as_uri())
            for name in ("partner_shares", "cap_usage", "timeline", "flow:RUS:PRK:oil"):
                page.wait_for_selector(f'[data-chart="{name}"] svg', timeout=20000)
            assert page.locator("td.evidence mark").first.inner_text()
            assert remote == []
        finally:
            browser.close()
