"""report.html and an article view in a real headless Chromium (Debian's `chromium`; .ci/run installs it).

Each page must load without console errors, show something, and carry in its DOM what a person comes for:
the leaderboard with a row per run, and every fact's number highlighted and linked to its row. Screenshots
are written under out/browser/ to look at.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import GOLD, ROOT, SEEDS
from tests.test_eval_cli import perturb
from tests.test_service import call, serve
from tradefacts.cli import main
from tradefacts.extract.registry import get_backend
from tradefacts.schemas import Document
from tradefacts.service import create_app
from tradefacts.view import render_article

SHOTS = ROOT / "out" / "browser"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip


def _missing(what: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{what} is missing: .ci/run installs it")
    pytest.skip(f"{what} is not installed")


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if executable is None:
        _missing("chromium (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("playwright (pip install -e '.[dev]')")
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=executable, headless=True, args=FLAGS)
        yield launched
        launched.close()


def load(browser: object, page_file: Path, shot: str) -> tuple[object, list[str]]:
    """Open a file in a fresh page; return the page and every console error and uncaught exception."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    problems: list[str] = []
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.goto(page_file.as_uri(), wait_until="load")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / shot), full_page=True)
    return page, problems


def test_report_renders_with_its_leaderboard(browser: object, tmp_path: Path) -> None:
    pred, _ = perturb(tmp_path)
    runs = ["--run", f"gold={GOLD}", "--run", f"perturbed={pred}", "--baseline", "gold"]
    assert main(["eval", "--gold", str(GOLD), *runs, "--resamples", "200", "--out", str(tmp_path / "r")]) == 0
    page, problems = load(browser, tmp_path / "r" / "report.html", "report.png")
    assert problems == []
    assert len(page.inner_text("body").strip()) > 500  # not blank
    rows = page.locator("#leaderboard tbody tr")
    assert rows.count() == 2 and rows.nth(1).locator("td").first.inner_text() == "perturbed"
    assert page.locator("#leaderboard").bounding_box()["height"] > 40  # laid out, visible
    assert page.locator("#comparisons tbody tr").count() == 1
    titles = page.eval_on_selector_all("svg > title", "ts => ts.map(t => t.textContent)")
    assert any("F1" in t for t in titles) and page.locator("svg .axis-label").count() == len(titles)
    assert (SHOTS / "report.png").stat().st_size > 10_000


def test_article_view_highlights_every_number(browser: object, tmp_path: Path) -> None:
    text = (SEEDS / "004_fab758f6019e703d.txt").read_text(encoding="utf-8")
    article = get_backend("regex").extract(Document(id="a", text=text + "\n海关总署称，前11个月进出口增长3.6%。"))
    assert article.facts
    (tmp_path / "article.html").write_text(render_article(article), encoding="utf-8")
    page, problems = load(browser, tmp_path / "article.html", "article.png")
    assert problems == []
    assert page.locator("#text").bounding_box()["height"] > 200
    marks = page.locator("mark.num")
    numbers = {m for i in range(marks.count()) for m in marks.nth(i).get_attribute("data-facts").split()}
    assert numbers == {str(i) for i in range(1, len(article.facts) + 1)}
    targets = page.eval_on_selector_all(
        "sup.ref a", "links => links.map(a => !!document.getElementById(a.getAttribute('href').slice(1)))"
    )
    assert len(targets) == len(article.facts) and all(targets)  # every index links to an existing row
    assert set(marks.all_inner_texts()) <= {f.value_text for f in article.facts}  # the number, not the sentence


def test_the_served_view_applies_its_style_under_its_csp_and_runs_no_injected_script(browser: object) -> None:
    text = (SEEDS / "004_fab758f6019e703d.txt").read_text(encoding="utf-8")
    page = browser.new_page()  # type: ignore[attr-defined]
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    for base in serve(create_app(get_backend("regex"))):
        call(base + "/v1/extract", {"id": "b1", "text": text})
        answer = page.goto(base + "/v1/view?id=b1", wait_until="load")
    assert answer.status == 200 and "default-src 'none'" in answer.headers["content-security-policy"]
    assert problems == []  # the page's own style is allowed
    marked = page.locator("mark.num").first
    assert marked.evaluate("m => getComputedStyle(m).backgroundColor") == "rgb(255, 216, 77)"  # and applied
    with contextlib.suppress(Exception):  # refused, however the browser reports it
        page.add_script_tag(content="window.injected = true")
    assert page.evaluate("window.injected === undefined")
    assert any("Content Security Policy" in p for p in problems)  # refused by the policy, not by chance
