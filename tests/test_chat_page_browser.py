"""The chat page in a real browser (Debian's chromium through Playwright) against uvicorn on loopback.

Fake ports (the hashing embedder, memory vectors, SQLite) so no model loads. Screenshots go to
var/test-artifacts/.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.test_chat_page import BUS, COACH_NOTICE, STAFF_KEY, build_app

pytestmark = [pytest.mark.integration, pytest.mark.slow]

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parent.parent / "var" / "test-artifacts"
PHONE = {"width": 375, "height": 667}

if not CHROMIUM.exists():
    pytest.skip("no browser: /usr/bin/chromium is absent (apt-get install chromium)", allow_module_level=True)
playwright_api = pytest.importorskip("playwright.sync_api",
                                     reason="playwright is not installed (pip install playwright)")
axe_module = pytest.importorskip("axe_playwright_python.sync_playwright",
                                 reason="axe-playwright-python is not installed")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def server(index, write_article, tmp_path) -> Iterator[str]:
    import uvicorn

    index[0].ingest(write_article("bus-fares", BUS).parent)
    port = _free_port()
    config = uvicorn.Config(build_app(index, tmp_path / "records.db"), host="127.0.0.1", port=port,
                            log_level="warning", access_log=False)
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not uv.started:
        assert time.monotonic() < deadline, "the service did not start within 30 s"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    uv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


def _shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def _accessible(page: Any, state: str) -> None:
    results = axe_module.Axe().run(page)
    bad = [(v["id"], v["impact"], len(v["nodes"])) for v in results.response["violations"]
           if v["impact"] in ("serious", "critical")]
    assert not bad, f"{state}: {bad}"


def _start(page: Any, base: str) -> None:
    page.goto(base + "/")
    page.fill("#place", "Cardiff")
    page.click("button[type=submit]")
    page.wait_for_selector("#text")


def _ask(page: Any, text: str) -> Any:
    before = page.locator(".msg--assistant[data-id]").count()
    page.fill("#text", text)
    page.click("#send-button")
    page.wait_for_function(f"document.querySelectorAll('.msg--assistant[data-id]').length > {before}")
    return page.locator(".msg--assistant").last


def test_a_jobseekers_journey_on_a_phone(browser: Any, server: str) -> None:
    context = browser.new_context(bypass_csp=True, viewport=PHONE)
    page = context.new_page()
    transferred: list[int] = []  # bytes on the wire, headers and compressed bodies, as DevTools counts them
    cdp = context.new_cdp_session(page)
    cdp.on("Network.loadingFinished", lambda event: transferred.append(int(event["encodedDataLength"])))
    cdp.send("Network.enable")
    page.goto(server + "/")
    page.wait_for_load_state("networkidle")
    total = sum(transferred)
    assert len(transferred) >= 3  # the page, its CSS and its script
    print(f"first load transferred: {total} bytes over {len(transferred)} requests")
    assert total <= 60 * 1024
    _accessible(page, "start")
    _shot(page, "01-start")

    _start(page, server)
    reply = _ask(page, "bus fares to an interview")
    assert "bus fares" in reply.locator(".msg__text").inner_text()
    assert reply.locator(".cites a").first.get_attribute("href") == "https://www.gov.uk/bus-fares"
    _accessible(page, "answer")
    _shot(page, "02-answer")

    suggestion = reply.locator(".suggest button")
    if suggestion.count():
        asked = suggestion.first.inner_text()
        follow = _ask_by_click(page, suggestion.first)
        assert page.locator(".msg--user").last.inner_text().endswith(asked)
        assert follow.locator(".msg__text").inner_text()

    last = page.locator(".msg--assistant").last
    last.locator("input[name=reason]").fill("clear")
    last.locator("button[value=yes]").click()
    page.wait_for_selector(".thanks")
    _shot(page, "03-feedback")

    page.reload()
    assert "bus fares" in page.locator(".thread").inner_text()  # resumed from the cookie

    page.fill("#text", '<img src=x onerror="window.pwned=1">')
    page.click("#send-button")
    page.wait_for_function("document.querySelector('#send-button').disabled === false")
    assert page.evaluate("window.pwned") is None

    page.goto(server + "/delete")
    _accessible(page, "delete")
    page.click("#delete-form button")
    page.wait_for_selector("text=Your conversation has been deleted.")
    assert page.evaluate("localStorage.getItem('jobcoach.conversation')") is None
    context.close()


def _ask_by_click(page: Any, button: Any) -> Any:
    before = page.locator(".msg--assistant[data-id]").count()
    button.click()
    page.wait_for_function(f"document.querySelectorAll('.msg--assistant[data-id]').length > {before}")
    return page.locator(".msg--assistant").last


def test_a_crisis_then_a_coach_reply(browser: Any, server: str) -> None:
    context = browser.new_context(bypass_csp=True, viewport=PHONE)
    page = context.new_page()
    _start(page, server)
    reply = _ask(page, "I want to end my life")
    panel = reply.locator(".crisis")
    assert panel.is_visible() and reply.locator("a[href='tel:116123']").count() == 1
    assert reply.locator("a[href^='sms:85258']").count() == 1
    first = page.evaluate("document.querySelector('.msg--assistant:last-child').children[1].className")
    assert first == "crisis"
    assert reply.locator(".feedback").count() == 0  # not a reply to rate
    _accessible(page, "crisis")
    _shot(page, "04-crisis")
    # The panel comes from the stored reply: no cookie or localStorage of its own is needed.
    assert page.evaluate("localStorage.getItem('jobcoach.last')") is None
    page.evaluate("localStorage.clear()")
    assert [c["name"] for c in context.cookies()] == ["jc_conversation"]
    page.reload()
    assert page.locator(".msg--assistant .crisis").count() == 1  # still there after a reload
    assert page.locator(".msg--assistant .crisis a[href='tel:116123']").count() == 1
    assert page.locator(".feedback").count() == 0
    context.clear_cookies()  # the cookie has gone: app.js resumes from its own copy of the token
    page.goto(server + "/")
    page.wait_for_selector(".msg--assistant .crisis")
    assert page.locator(".msg--assistant .crisis").count() == 1 and page.locator(".feedback").count() == 0

    page.click(".coachlink")
    page.check("#contact-video")
    _accessible(page, "coach form")
    page.click("form[action='/coach'] button")
    page.wait_for_selector("#coach-next")
    assert "video call" in page.inner_text("#coach-next")
    staff = {"Authorization": f"Bearer {STAFF_KEY}"}
    ticket = httpx.get(server + "/api/handoffs", headers=staff).json()["tickets"][0]["id"]
    httpx.post(f"{server}/api/handoffs/{ticket}/reply", json={"coach": "Sam", "text": "Hi, I am Sam."},
               headers=staff).raise_for_status()
    page.evaluate("window.dispatchEvent(new Event('focus'))")
    page.wait_for_selector(".msg--coach", timeout=5000)
    assert "Hi, I am Sam." in page.locator(".msg--coach").last.inner_text()
    _shot(page, "05-coach-reply")
    held = _ask(page, "bus fares to an interview")
    assert "work coach has your conversation" in held.inner_text() and held.locator(".feedback").count() == 0
    context.close()


def test_a_notice_above_an_answer_survives_a_reload(browser: Any, server: str) -> None:
    context = browser.new_context(bypass_csp=True, viewport=PHONE)
    page = context.new_page()
    _start(page, server)
    reply = _ask(page, "bus fares to an interview, I am sleeping in my car")
    assert reply.locator(".notice").inner_text() == COACH_NOTICE and reply.locator(".feedback").count() == 1
    message_id = reply.get_attribute("data-id")
    page.reload()
    # Server-rendered from the stored reply, in the same place: above the answer.
    again = page.locator(f"#m{message_id}")
    assert again.locator(".notice").inner_text() == COACH_NOTICE and again.locator(".feedback").count() == 1
    assert page.evaluate(f"document.querySelector('#m{message_id} .notice').nextElementSibling.className") == \
        "msg__text"
    assert [c["name"] for c in context.cookies()] == ["jc_conversation"]
    context.close()


def test_without_javascript(browser: Any, server: str) -> None:
    context = browser.new_context(bypass_csp=True, viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    _start(page, server)
    page.click("#send-button")
    assert page.locator(".error-summary").is_visible()
    page.fill("#text", "bus fares to an interview")
    page.click("#send-button")
    assert page.locator(".msg--assistant .cites a").count() >= 1
    # No axe here: it runs as script, which this context turns off. The same server-rendered HTML is
    # checked with script on in the other tests.
    _shot(page, "06-no-js")
    context.close()


def test_small_screens_keyboard_and_slow_networks(browser: Any, server: str) -> None:
    context = browser.new_context(bypass_csp=True, viewport={"width": 320, "height": 256})
    page = context.new_page()
    _start(page, server)
    _ask(page, "bus fares to an interview")
    scroll = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert scroll <= 0, f"scrolls sideways by {scroll}px at 320px"
    _accessible(page, "320px")
    _shot(page, "07-320px")

    page.focus("#text")
    page.keyboard.type("tools for a new job")
    page.keyboard.press("Tab")
    focused = page.evaluate("[document.activeElement.id, getComputedStyle(document.activeElement).backgroundColor]")
    assert focused == ["send-button", "rgb(255, 221, 0)"]  # the yellow focus state
    _shot(page, "08-keyboard-focus")
    before = page.locator(".msg--assistant[data-id]").count()
    page.keyboard.press("Enter")
    page.wait_for_function(f"document.querySelectorAll('.msg--assistant[data-id]').length > {before}")
    context.close()

    slow = browser.new_context(bypass_csp=True, viewport=PHONE)
    page = slow.new_page()
    cdp = slow.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", {"offline": False, "latency": 400,
                                                   "downloadThroughput": 500 * 1024 / 8,
                                                   "uploadThroughput": 500 * 1024 / 8})
    started = time.perf_counter()
    page.goto(server + "/", wait_until="commit")
    page.wait_for_selector("button[type=submit]:enabled", state="visible")
    usable = time.perf_counter() - started
    print(f"usable on slow 3G in {usable * 1000:.0f} ms")
    assert usable < 1.0
    slow.close()
