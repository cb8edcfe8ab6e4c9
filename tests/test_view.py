"""The article page a person reads: text first, numbers marked and linked, values as written, everything shown."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from tests.test_flags import made
from tradefacts.schemas import Article, DocStatus, Fact, Flag, FlagKind, RejectedFact, Usage
from tradefacts.view import period_label, render_article, written_value

TEXT = (
    "中国海关总署 reported on 7 Aug.\n"
    "China's exports to the US plunged by 16.9 percent year-on-year to 3.69 trillion yuan in the "
    "January-November period, while total trade reached 2.58 trillion yuan."
)


def fact(value_text: str, evidence: str, value: float, **kw: object) -> Fact:
    """A China exports fact for January-November 2025 unless `kw` says otherwise."""
    return made(evidence, value_text, value, **({"period": {"start": "2025-01", "end": "2025-11"}} | kw))


FACTS = [
    fact("16.9", "plunged by 16.9 percent year-on-year", -16.9, measure="growth", basis="yoy", unit="percent",
         partner="United States"),
    fact("3.69 trillion", "to 3.69 trillion yuan in the January-November period", 3.69e12, partner="United States"),
    fact("2.58 trillion", "total trade reached 2.58 trillion yuan", 2.58e12, flow="total",
         period={"start": "2025-07", "end": "2025-07"}),
]  # fmt: skip


class Ids(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        d = dict(attrs)
        if d.get("id"):
            self.ids.append(d["id"])
        if d.get("href"):
            self.hrefs.append(d["href"])


def test_text_first_numbers_marked_and_linked_to_their_rows() -> None:
    page = render_article(Article(id="a", title="Trade", text=TEXT, facts=FACTS))
    assert page.index('id="text"') < page.index('id="fact-1"')
    marked = re.findall(r'<mark class="num" data-facts="(\d+)">([^<]+)</mark>', page)
    assert marked == [("1", "16.9"), ("2", "3.69 trillion"), ("3", "2.58 trillion")]  # the number, not the sentence
    assert '2.58 trillion</mark><sup class="ref"><a href="#fact-3">3</a></sup>' in page
    parser = Ids()
    parser.feed(page)
    for i in (1, 2, 3):
        assert f"fact-{i}" in parser.ids and f"num-{i}" in parser.ids
        assert f"#fact-{i}" in parser.hrefs and f"#num-{i}" in parser.hrefs  # both ways
    assert '<span class="ev">' in page  # the rest of the evidence is shaded


def test_values_as_written_and_periods_short() -> None:
    assert [written_value(f) for f in FACTS] == ["-16.9%", "3.69 trillion CNY", "2.58 trillion CNY"]
    assert written_value(fact("10,508.6 hundred million", "10,508.6 hundred million yuan", 1.05086e12)) == (
        "10,508.6 hundred million CNY"
    )
    assert [period_label(f.period) for f in FACTS] == ["Jan–Nov 2025", "Jan–Nov 2025", "Jul 2025"]
    page = render_article(Article(id="a", text=TEXT, facts=FACTS))
    assert "1000000000000.0" not in page and "3690000000000" not in page
    assert '<td class="period">Jan–Nov 2025</td>' in page and "td.value,td.period{white-space:nowrap}" in page


def test_failed_document_rejected_facts_usage_and_flags_are_shown() -> None:
    article = Article(
        id="a",
        text=TEXT,
        facts=FACTS,
        status=DocStatus.partial,
        error="chunk 2/2: gave up after 4 retries: 503",
        rejected=[RejectedFact(reason="value_text '9.9' does not occur in the evidence", fact={"value_text": "9.9"})],
        usage=Usage(calls=3, prompt_tokens=1200, cache_hits=1, cost_usd=0.002),
        flags=[Flag(kind=FlagKind.part_exceeds_whole, message="exports to the US exceed total trade", facts=[1, 2])],
    )
    page = render_article(article)
    assert '<p class="error" role="alert"><b>partial</b>: chunk 2/2: gave up after 4 retries: 503</p>' in page
    assert "Rejected by verification (1)" in page and "does not occur in the evidence" in page
    assert "<th>prompt_tokens</th><td>1200</td>" in page and "<th>cache_hits</th><td>1</td>" in page
    assert "Flags (1)" in page and "(facts 2, 3): exports to the US exceed total trade" in page
    rows = {i: page.split(f'<tr id="fact-{i}"')[1].split("</tr>")[0] for i in (1, 2, 3)}
    assert "part_exceeds_whole" not in rows[1]  # the flag stands beside its facts only
    assert all("part_exceeds_whole" in rows[i] for i in (2, 3))


def test_chinese_text_has_a_cjk_font_fallback() -> None:
    page = render_article(Article(id="a", text=TEXT))
    fonts = re.search(r"body\{font:[^;]*?/[\d.]+ ([^;]+);", page).group(1)
    assert "Noto Sans CJK SC" in fonts and "Microsoft YaHei" in fonts and fonts.endswith("sans-serif")
    assert "中国海关总署" in page
