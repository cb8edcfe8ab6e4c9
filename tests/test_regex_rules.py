"""Table-driven tests of the regex backend, one sentence shape per row (written for these tests, not from the gold)."""

from __future__ import annotations

import time
from datetime import date

import pytest

from tradefacts.extract.registry import get_backend
from tradefacts.schemas import Article, Document

BACKEND = get_backend("regex")
PUB = date(2024, 3, 8)


def run(body: str, published: date | None = PUB, title: str = "China trade data release for the test") -> Article:
    return BACKEND.extract(Document(id="t", text=f"{title}\n\n{body}", published=published))


def facts(body: str, **kw) -> list[dict]:
    return [f.model_dump(mode="json") for f in run(body, **kw).facts]


def has(found: list[dict], **want) -> bool:
    def ok(f: dict) -> bool:
        for k, v in want.items():
            got = f["period"] if k == "period" else f.get(k)
            if k == "value":
                if abs(got - v) > 1e-6 * max(1.0, abs(v)):
                    return False
            elif k == "period":
                if (got["start"], got["end"]) != v:
                    return False
            elif got != v:
                return False
        return True

    return any(ok(f) for f in found)


NUMBERS = [
    ("Vietnam's exports reached CNY45.47 trillion in 2023.", dict(value=45.47e12, unit="CNY", measure="value")),
    ("Exports were worth USD6.52 billion in 2023.", dict(value=6.52e9, unit="USD")),
    ("Imports rose to $3.2 bn in 2023.", dict(value=3.2e9, unit="USD", flow="imports")),
    ("Exports hit 12.3 bln yuan in 2023.", dict(value=12.3e9, unit="CNY")),
    ("Foreign trade totaled 1.2 trn yuan in 2023.", dict(value=1.2e12, flow="total")),
    ("Exports were 450 mln U.S. dollars in 2023.", dict(value=450e6, unit="USD")),
    ("Exports to Germany reached 3.5 billion euros in 2023.", dict(value=3.5e9, unit="EUR", partner="Germany")),
    (
        "Trade stood at 10,508.6 hundred million yuan in 2023.",
        dict(value=1.05086e12, value_text="10,508.6 hundred million"),
    ),
    ("Exports grew 5.5 percent year on year in 2023.", dict(value=5.5, measure="growth", basis="yoy")),
    (
        "Imports rose 2.1 per cent month-on-month in January.",
        dict(value=2.1, basis="mom", period=("2024-01", "2024-01")),
    ),
    ("Imports fell 3.1% in 2023.", dict(value=-3.1, measure="growth")),
    ("Exports declined 4 percent in 2023.", dict(value=-4.0)),
    ("Exports dropped by 2.2 percent in 2023.", dict(value=-2.2)),
    ("Imports plunged 16.9 percent in 2023.", dict(value=-16.9)),
    ("Trade collapsed by 24% in 2023.", dict(value=-24.0)),
    ("Exports posted a 3.4 percent decline in 2023.", dict(value=-3.4)),
    ("The trade surplus was 90 billion dollars in 2023.", dict(flow="balance", value=90e9, unit="USD")),
    ("The trade deficit reached 12 billion dollars in 2023.", dict(flow="balance", value=-12e9)),
    ("Exports were about 5 trillion yuan in 2023.", dict(qualifier="approx", value=5e12)),
    ("Exports were nearly 5 trillion yuan in 2023.", dict(qualifier="approx")),
    ("Exports stood just shy of 5 trillion yuan in 2023.", dict(qualifier="approx")),
    ("Exports to the US were $5 billion in 2023, or 15.5 percent of the total.", dict(measure="share", qualifier="exact")),
    ("Exports were over 5 trillion yuan in 2023.", dict(qualifier="over")),
    # a level compared after "below the" or "more than the" is exact; "crossed the ... threshold" still bounds
    ("Exports fell to 12 billion dollars in 2023, well below the 18.0 billion dollars recorded in 2022.",
     dict(value=18e9, qualifier="exact")),
    ("The surplus reached 2 trillion yuan in 2023, more than the 1.6 trillion yuan of 2022.",
     dict(value=1.6e12, qualifier="exact")),
    # a rate's base after "above" is the exact level compared with, not a lower bound
    ("Exports were $104 billion in 2023, 4 per cent above the $100 billion of 2022.",
     dict(value=100e9, qualifier="exact", period=("2022-01", "2022-12"))),
    ("Exports were more than 5 trillion yuan in 2023.", dict(qualifier="over")),
    ("Exports exceeding 5 trillion yuan were recorded in 2023.", dict(qualifier="over")),
    ("Exports were less than 5 trillion yuan in 2023.", dict(qualifier="under")),
    ("Chip exports accounted for 22.5 percent of total exports in 2023.", dict(measure="share", value=22.5)),
    (
        "Chip exports reached 9 billion yuan, accounting for 74.7 of the total in 2023.",
        dict(measure="share", value=74.7),
    ),
    ("Germany is China's fifth-largest trading partner in 2023.", dict(measure="rank", value=5, partner="Germany")),
    (
        "Guangdong ranked second among provinces in foreign trade in 2023.",
        dict(measure="rank", value=2, area="Guangdong"),
    ),
    ("Ningbo slipped to sixth place in 2023.", dict(measure="rank", value=6, area="Ningbo")),
    ("EV exports surged nearly threefold (295.1%) in 2023.", dict(measure="growth", value=295.1, value_text="295.1")),
]


@pytest.mark.parametrize(("body", "want"), NUMBERS, ids=[b[:40] for b, _ in NUMBERS])
def test_number_forms(body: str, want: dict) -> None:
    found = facts(body)
    assert has(found, **want), found


PERIODS = [
    ("In the first seven months, exports rose 3 percent.", ("2024-01", "2024-07")),
    ("In the first 11 months of 2023, exports rose 3 percent.", ("2023-01", "2023-11")),
    ("Exports rose 3 percent in Jan-Jul.", ("2024-01", "2024-07")),
    ("Exports rose 3 percent in the January-November period of 2023.", ("2023-01", "2023-11")),
    ("In the first half of the year, exports rose 3 percent.", ("2024-01", "2024-06")),
    ("In H1 2023, exports rose 3 percent.", ("2023-01", "2023-06")),
    # statistics precede their publication (2024-03-08): a later month without a year is last year's
    ("In Q3, exports rose 3 percent.", ("2023-07", "2023-09")),
    ("In February, exports rose 3 percent.", ("2024-02", "2024-02")),
    ("In the first three quarters of 2023, exports rose 3 percent.", ("2023-01", "2023-09")),
    ("In July, exports rose 3 percent.", ("2023-07", "2023-07")),
    ("In September alone, exports rose 3 percent.", ("2023-09", "2023-09")),
    # comparison bases are not the period; a number inside one takes the base's period
    ("Exports rose 3 percent in February, compared with January.", ("2024-02", "2024-02")),
    ("Compared with February 2023, exports rose 3 percent in February.", ("2024-02", "2024-02")),
    ("Exports rose 3 percent last month.", ("2024-02", "2024-02")),
    ("In February exports rose 3 percent over the same period last year.", ("2024-02", "2024-02")),
    ("Exports rose 3 percent last year.", ("2023-01", "2023-12")),
    ("Exports rose 3 percent in 2022.", ("2022-01", "2022-12")),
    ("Exports rose 3 percent.", ("2024-01", "2024-12")),  # no period: the publication year
]


@pytest.mark.parametrize(("body", "period"), PERIODS, ids=[b[:40] for b, _ in PERIODS])
def test_periods(body: str, period: tuple[str, str]) -> None:
    found = facts(body)
    assert has(found, measure="growth", value=3.0, period=period), found


def test_a_figure_inside_a_comparison_takes_the_base_period() -> None:
    found = facts("The surplus was $81.7 billion in February, narrower than the $91.02 billion recorded in January.")
    assert has(found, value=91.02e9, period=("2024-01", "2024-01"))
    assert has(found, value=81.7e9, period=("2024-02", "2024-02"))
    found = facts("In February the surplus was $81.7 billion, down from $95.72 billion a year earlier.")
    assert has(found, value=95.72e9, period=("2023-02", "2023-02"))


def test_running_period_carries_to_next_sentence_and_resets_per_paragraph() -> None:
    body = (
        "In the first five months of 2023, Jiangsu's exports rose 3 percent. In May, imports grew 4 percent. "
        "Exports grew 5 percent.\n\nImports were up 6 percent."
    )
    found = facts(body, title="Trade data release for the test")
    assert has(found, value=4.0, period=("2023-05", "2023-05"))
    assert has(found, value=5.0, period=("2023-05", "2023-05"))
    assert has(found, value=6.0, period=("2023-01", "2023-05"), area="Jiangsu")


def test_new_paragraph_returns_to_the_article_subject() -> None:
    body = (
        "In 2023, China's exports rose 3 percent.\n\nZhejiang's exports rose 4 percent.\n\n"
        "Exports to Japan fell 2 percent."
    )
    found = facts(body, title="China's trade grows in 2023 as exports rise")
    assert has(found, value=4.0, area="Zhejiang")
    assert has(found, value=-2.0, area="China", partner="Japan")


def test_a_contest_for_a_place_is_not_a_rank() -> None:
    found = facts("In 2023, Dongguan and Ningbo battled for the fifth spot, and Dongguan ranked fifth.")
    assert [f["value"] for f in found if f["measure"] == "rank"] == [5.0]


def test_written_dates_are_not_periods() -> None:
    body = "In 2023, exports rose 3 percent. A photo taken on July 10, 2023 shows a port where trade rose 8 percent."
    found = facts(body)
    assert has(found, value=3.0, period=("2023-01", "2023-12"))
    assert not has(found, value=8.0)


ATTRIBUTION = [
    ("East China's Zhejiang Province saw exports rise 7 percent in 2023.", dict(area="Zhejiang", flow="exports")),
    (
        "Trade between Shandong and Japan... Shandong's trade with Japan grew 2 percent in 2023.",
        dict(area="Shandong", partner="Japan", flow="total"),
    ),
    ("China's exports to ASEAN rose 9 percent in 2023.", dict(area="China", partner="ASEAN", flow="exports")),
    ("Exports to the US fell 5 percent in 2023.", dict(partner="United States", value=-5.0)),
    ("Imports from Australia rose 4 percent in 2023.", dict(partner="Australia", flow="imports")),
    (
        "The EU was China's second-largest trading partner in 2023.",
        dict(partner="European Union", measure="rank", value=2, area="China"),
    ),
    ("Exports of steel products rose 4 percent in 2023.", dict(product="steel products", flow="exports")),
    ("Solar cell exports rose 4 percent in 2023.", dict(product="solar cell")),
    (
        "State-owned enterprises saw imports and exports rise 4 percent in 2023.",
        dict(segment="state-owned enterprises", flow="total"),
    ),
    ("Cross-border e-commerce imports and exports grew 4 percent in 2023.", dict(segment="cross-border e-commerce")),
    (
        "Exports of cars and ships rose 10 percent and 20 percent, respectively, in 2023.",
        dict(product="ships", value=20.0),
    ),
    (
        "Hubei, Hunan and Jiangxi accounted for 12 percent of national trade in 2023.",
        dict(area="Hubei, Hunan, Jiangxi", measure="share"),
    ),
    (
        "The number of foreign trade enterprises with import and export records reached 600,000 in 2023.",
        dict(measure="count", value=600000, segment="foreign trade enterprises"),
    ),
    (
        "Its trade network now covers 180 countries and regions in 2023.",
        dict(measure="count", segment="trading partners"),
    ),
]


@pytest.mark.parametrize(("body", "want"), ATTRIBUTION, ids=[b[:40] for b, _ in ATTRIBUTION])
def test_attribution(body: str, want: dict) -> None:
    found = facts(body)
    assert has(found, **want), found


def test_area_carries_across_sentences_when_subject_is_implicit() -> None:
    found = facts("In 2023, Xiamen's exports rose 3 percent. Imports grew 2 percent.")
    assert has(found, area="Xiamen", flow="imports", value=2.0)


@pytest.mark.parametrize(
    "body",
    [
        "In 2023, exports grew 5 percent, 1.2 percentage points higher than the national average.",
        "In 2023, exports grew for the tenth consecutive year, staying above 2 trillion yuan for the fifth straight year.",
        "In 2023, Jinhua became the eighth city to exceed 1 trillion yuan in foreign trade.",
        "In 2023, the freight train network ran 20,000 departures carrying goods worth 50 billion dollars.",
        "In 2023, trade with over 190 countries and regions increased.",
        "In 2023, the funding gap narrowed to about 430 billion yuan.",  # "the gap narrowed" alone is the balance
        "The expo featured 651 enterprises from 75 countries and regions in 2023.",
    ],
)
def test_out_of_scope_numbers_are_not_facts(body: str) -> None:
    found = facts(body)
    assert not [f for f in found if f["value"] not in (5.0,)], found


def test_threshold_gives_way_to_exact_figure() -> None:
    found = facts("In 2023, exports exceeded 600 billion yuan for the first time, reaching 628 billion yuan.")
    assert [f["value"] for f in found if f["measure"] == "value"] == [628e9]


def test_other_currency_is_a_separate_fact() -> None:
    found = facts("In 2023, exports hit 2.58 trillion yuan (about 361.7 billion U.S. dollars).")
    assert has(found, unit="CNY", value=2.58e12, qualifier="exact")
    assert has(found, unit="USD", value=361.7e9, qualifier="approx")


def test_every_fact_is_grounded_with_offsets() -> None:
    text = "Trade data release for the test\n\nIn 2023, Xiamen's exports rose 3 percent to 9.1 billion yuan."
    article = BACKEND.extract(Document(id="t", text=text, published=PUB))
    assert article.facts
    for f in article.facts:
        s, e = f.evidence_span
        assert text[s:e] == f.evidence
        assert f.value_text in f.evidence


METADATA = [
    (
        "Nav\nA • B • C • D\nYou are here: News/\n\nExports surge in Guangdong this spring\n\nXinhua, August 21, 2025\n\nBody.",
        "Exports surge in Guangdong this spring",
        "Xinhua",
        date(2025, 8, 21),
    ),
    (
        "Trade hits a record in the first half\nPeople's Daily app\n1753194900000\n\nBody text.",
        "Trade hits a record in the first half",
        "People's Daily",
        date(2025, 7, 22),
    ),
    (
        " date 2025-12-08 China's trade grows in first 11 months\n\nGlobal Times) 13:30, December 08, 2025\n\nBody.",
        "China's trade grows in first 11 months",
        "Global Times",
        date(2025, 12, 8),
    ),
]


@pytest.mark.parametrize(("text", "title", "publisher", "published"), METADATA, ids=["nav", "epoch", "datestamp"])
def test_metadata(text: str, title: str, publisher: str, published: date) -> None:
    article = BACKEND.extract(Document(id="m", text=text))
    assert (article.title, article.publisher, article.published) == (title, publisher, published)


def test_the_place_table_is_built_once_when_threads_ask_together(monkeypatch: pytest.MonkeyPatch) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from tradefacts.extract.rules import gazetteer

    built = []
    real = gazetteer._build_table

    def slow_build() -> dict:
        built.append(1)
        time.sleep(0.2)  # wide enough that every thread arrives while the first is still building
        return real()

    monkeypatch.setattr(gazetteer, "_TABLE", None)
    monkeypatch.setattr(gazetteer, "_build_table", slow_build)
    with ThreadPoolExecutor(4) as pool:
        found = list(pool.map(lambda _: gazetteer.find_places("Exports to Germany and Shanghai rose."), range(4)))
    assert len(built) == 1
    assert all(f == found[0] for f in found) and {p.name for p in found[0]} >= {"Germany", "Shanghai"}
