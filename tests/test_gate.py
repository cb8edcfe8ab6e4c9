"""The one gate every backend's facts pass: each number is the whole number its evidence states.

The lies are the ones a model was caught telling (issue 13): a `value_text` cut from a longer number or short of
its scale word, a value against its sign or its mention, a unit against the currency beside it, and the cruder
kinds. Each is planted among the seeds' true facts and answered by a scripted chat server to `extract --backend
llm`, to `hybrid`, and slipped into the rule-based backend's output: every backend rejects each, with its reason.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import GOLD, ROOT
from tests.fault_server import FaultServer, Step, fact
from tradefacts.cli import main
from tradefacts.extract.backend import extract_safely
from tradefacts.extract.compose import HybridBackend
from tradefacts.extract.llm.config import LLMConfig
from tradefacts.extract.llm.transport import RetryPolicy
from tradefacts.extract.registry import get_backend
from tradefacts.extract.verify import Located, verify
from tradefacts.schemas import Article, Document, Fact, Period, RejectedFact
from tradefacts.schemas.grounding import Misread, stated_value
from tradefacts.schemas.signs import SignRule

SEEDS = {p.stem: p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))}
GROWTH = {"measure": "growth", "basis": "yoy", "unit": "percent", "flow": "exports"}
E_LI = "lithium batteries and pure electric passenger cars rising 37.9 percent and 21.7 percent, respectively"
E_230 = "tens of thousands of stalls trading millions of SKUs to more than 230 countries"
E_US = "plunged by 16.9 percent year-on-year to 3.69 trillion yuan"
E_258 = "foreign trade hit 2.58 trillion yuan (about 361.7 billion U.S. dollars)"
E_583 = "41.21 trillion yuan ($5.83 trillion)"

# (seed, proposal, the reason it must be rejected with)
LIES: list[tuple[str, dict[str, Any], str]] = [
    ("000_5dc5a42da6f5387a", fact(E_LI, "1.7", 1.7, **GROWTH), "'1.7' is cut from the longer number '21.7'"),
    ("003_34299a57cf4212d3", fact(E_230, "30", 30.0, measure="count", unit="number"),
     "'30' is cut from the longer number '230'"),
    ("004_fab758f6019e703d", fact(E_US, "6.9", 6.9, **GROWTH), "'6.9' is cut from the longer number '16.9'"),
    ("000_5dc5a42da6f5387a", fact(E_258, "2.58", 2.58), "'2.58' stops before its scale word 'trillion'"),
    ("004_fab758f6019e703d", fact(E_US, "16.9", 16.9, **GROWTH), "value 16.9 has the wrong sign"),
    ("000_5dc5a42da6f5387a", fact(E_258, "2.58 trillion", 2.58e12, unit="USD"),
     "unit 'USD' disagrees with the currency 'yuan'"),
    ("004_fab758f6019e703d", fact(E_583, "5.83 trillion", 5.83e12, unit="CNY"),
     "unit 'CNY' disagrees with the currency '$'"),
    ("000_5dc5a42da6f5387a", fact(E_258, "2.58 trillion", 2.85e12), "value 2850000000000.0 disagrees with value_text"),
    ("000_5dc5a42da6f5387a", fact(E_258, "2.85 trillion", 2.85e12), "value_text '2.85 trillion' is not in the evidence"),
    ("000_5dc5a42da6f5387a", fact("foreign trade hit 2.85 trillion yuan", "2.85 trillion", 2.85e12),
     "evidence is not in the article text"),
    ("000_5dc5a42da6f5387a", fact(E_258, "2.58 trillion", 2.58e11), "value 258000000000.0 disagrees with value_text"),
]  # fmt: skip


@pytest.mark.parametrize(("seed", "proposal", "reason"), LIES, ids=[r for _, _, r in LIES])
def test_each_lie_is_rejected_with_its_reason(seed: str, proposal: dict, reason: str) -> None:
    got = verify(proposal, Located(SEEDS[seed]), "llm")
    assert isinstance(got, RejectedFact) and reason in got.reason


# Mentions that must pass: (evidence, value_text, value, unit, sign rule)
PASSES = [
    ("imports reached RMB 1.2 trillion in the period", "1.2 trillion", 1.2e12, "CNY", SignRule.none),
    ("exports rose to $71.5bn in May", "71.5bn", 71.5e9, "USD", SignRule.none),
    ("exports rose to $71.5bn in May", "$71.5bn", 71.5e9, "USD", SignRule.none),
    ("Jinhua (10,508.6 hundred million RMB, or ~1.05 trillion RMB)", "10,508.6 hundred million", 1.05086e12, "CNY",
     SignRule.none),
    ("a 3.2-percent rise from a year earlier", "3.2", 3.2, "percent", SignRule.growth),
    ("imports fell 1.2% in July", "1.2", -1.2, "percent", SignRule.growth),
    ("A$5.6 billion in July", "5.6 billion", 5.6e9, "AUD", SignRule.none),  # "$" is any dollar; "A$" the Australian
    ("exports were worth $5.6 billion", "5.6 billion", 5.6e9, "AUD", SignRule.none),
    ("a trade deficit of 12 billion dollars", "12 billion", -12e9, "USD", SignRule.balance),
    ("exports rose 5 percent while imports fell 5 percent", "5", -5.0, "percent", SignRule.growth),  # the second "5"
    ("Total trade: 20,000 trains and 1,200 tonnes", "1,200", 1200.0, "tonnes", SignRule.none),
    ("exports came to 61-point-24 billion dollars", "61-point-24 billion", 61.24e9, "USD", SignRule.none),
    ("imports fell three-point-six percent", "three-point-six", -3.6, "percent", SignRule.growth),
]  # fmt: skip


@pytest.mark.parametrize(("value_text", "reason"), [
    ("24 billion", "'24 billion' is cut from the longer number '61-point-24'"),
    ("61", "'61' is cut from the longer number '61-point-24'"),
])  # fmt: skip
def test_a_part_of_a_spelled_out_decimal_is_no_whole_mention(value_text: str, reason: str) -> None:
    with pytest.raises(Misread, match=reason):
        stated_value("exports came to 61-point-24 billion dollars", value_text, 24e9, "USD", SignRule.none)


@pytest.mark.parametrize(("evidence", "value_text", "value", "unit", "rule"), PASSES, ids=[p[1] for p in PASSES])
def test_whole_mentions_pass(evidence: str, value_text: str, value: float, unit: str, rule: SignRule) -> None:
    assert stated_value(evidence, value_text, value, unit, rule) == pytest.approx(value)


def test_a_rate_the_wording_does_not_sign_keeps_the_claimed_sign() -> None:
    assert stated_value("exports were 3.2 percent below last year's", "3.2", -3.2, "percent", SignRule.growth) == -3.2
    with pytest.raises(Misread, match="wrong sign"):
        stated_value("exports rose 3.2 percent", "3.2", -3.2, "percent", SignRule.growth)


class PlantingBackend:
    """The rule-based backend, with lies slipped into its output: the gate catches them whatever the backend."""

    name = "planted"

    def __init__(self, lies: list[Fact]) -> None:
        self.regex, self.lies = get_backend("regex"), lies

    def extract(self, doc: Document) -> Article:
        article = self.regex.extract(doc)
        article.facts += self.lies
        return article


def as_fact(proposal: dict) -> Fact | None:
    """A lie as a schema-valid Fact (what a rule-based or third-party backend could emit), or None if it is not."""
    try:
        return Fact.model_validate(proposal)
    except ValueError:
        return None


def test_the_rule_based_path_rejects_each_lie_with_its_reason() -> None:
    planted = [(seed, f, reason) for seed, p, reason in LIES if (f := as_fact(p)) is not None]
    assert len(planted) >= 8
    for seed, lie, reason in planted:
        article = extract_safely(PlantingBackend([lie]), Document(id=seed, text=SEEDS[seed]))
        reason = reason.replace("in the article text", "a verbatim substring of the article text")
        assert lie not in article.facts, reason
        assert any(reason in r.reason and r.fact["value_text"] == lie.value_text for r in article.rejected), reason
    clean = extract_safely(get_backend("regex"), Document(id="003", text=SEEDS["003_34299a57cf4212d3"]))
    assert clean.facts and not clean.rejected  # the rules' own facts all pass


def _answers(lies: list[dict]) -> FaultServer:
    """A chat server that answers each chunk with the gold facts and lies whose evidence the chunk contains."""
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    keys = ("area", "partner", "product", "segment", "flow", "measure", "basis", "value", "unit", "period",
            "qualifier", "value_text", "evidence")  # fmt: skip
    true = [{k: f.get(k) for k in keys} for a in gold for f in a["facts"]]

    def anchor(p: dict) -> str:  # invented evidence is told where the true sentence stands
        return p["evidence"] if any(p["evidence"] in text for text in SEEDS.values()) else E_258

    def route(request: dict) -> Step:
        chunk = request["messages"][-1]["content"]
        return Step(answer={"facts": [p for p in true + lies if anchor(p) in chunk][:40]})

    return FaultServer(route=route)


def _key(proposal: dict) -> tuple:
    return proposal["evidence"], proposal["value_text"], proposal["value"], proposal["unit"]


def _rejections(articles: list[dict]) -> dict[tuple, str]:
    return {_key(r["fact"]): r["reason"] for a in articles for r in a["rejected"]}


def test_llm_run_keeps_the_true_facts_and_rejects_every_lie(tmp_path: Path) -> None:
    out = tmp_path / "llm.jsonl"
    with _answers([p for _, p, _ in LIES]) as server:
        flags = ["--backend", "llm", "--base-url", server.base_url, "--model", "m", "--no-cache", "--max-tokens", "8000"]
        assert main(["extract", str(ROOT / "seeds"), "-o", str(out), *flags]) == 0
    articles = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    rejected = _rejections(articles)
    for _, lie, reason in LIES:
        assert reason in rejected.get(_key(lie), ""), reason
    assert len(rejected) == len(LIES)  # no true fact was rejected
    kept = {(f["evidence"], f["value_text"], f["value"]) for a in articles for f in a["facts"]}
    assert not any((lie["evidence"], lie["value_text"], lie["value"]) in kept for _, lie, _ in LIES)
    manifest = json.loads((tmp_path / "llm.manifest.json").read_text())
    assert manifest["rejected"] == len(LIES)


def test_hybrid_rejects_every_lie() -> None:
    fast = RetryPolicy(retries=1, initial_s=0.01, max_backoff_s=0.02)
    with _answers([p for _, p, _ in LIES]) as server:
        hybrid = HybridBackend(config=LLMConfig(model="m", base_url=server.base_url, retry=fast, max_tokens=8000))
        articles = [extract_safely(hybrid, Document(id=k, text=t)) for k, t in SEEDS.items()]
    rejected = _rejections([a.model_dump(mode="json") for a in articles])
    for _, lie, reason in LIES:
        assert reason in rejected.get(_key(lie), ""), reason


def test_a_fact_for_months_that_had_not_ended_when_the_article_came_out_is_rejected() -> None:
    """No statistic covers a period that ends after the month of publication: the gate turns a forecast or a
    misread period away with its reason, whatever backend proposed it; the same fact in a later article passes."""
    seed = "000_5dc5a42da6f5387a"
    true = extract_safely(get_backend("regex"), Document(id=seed, text=SEEDS[seed])).facts[0]
    future = true.model_copy(update={"period": Period(start="2026-01", end="2026-06")})
    early = extract_safely(PlantingBackend([future]), Document(id=seed, text=SEEDS[seed], published="2026-01-02"))
    assert future not in early.facts
    assert any("when the article was published (2026-01-02)" in r.reason for r in early.rejected)
    late = extract_safely(PlantingBackend([future]), Document(id=seed, text=SEEDS[seed], published="2026-07-02"))
    assert future in late.facts


def test_a_fact_for_the_month_of_publication_itself_waits_for_that_month_to_end() -> None:
    """A story of 20 June reports no June figure (a forecast, or the month so far); one out on 30 June can."""
    seed = "000_5dc5a42da6f5387a"
    true = extract_safely(get_backend("regex"), Document(id=seed, text=SEEDS[seed])).facts[0]
    june = true.model_copy(update={"period": Period(start="2026-01", end="2026-06")})
    mid = extract_safely(PlantingBackend([june]), Document(id=seed, text=SEEDS[seed], published="2026-06-20"))
    assert june not in mid.facts and any("2026-06-20" in r.reason for r in mid.rejected)
    last_day = extract_safely(PlantingBackend([june]), Document(id=seed, text=SEEDS[seed], published="2026-06-30"))
    assert june in last_day.facts


def test_a_document_whose_every_fact_the_gate_turns_away_is_partial_not_ok() -> None:
    """Nothing ends silently empty: when the gate rejects every fact a backend found, the status says so and why;
    a document the gate leaves some facts in, or that states no trade number, stays `ok`."""
    text = "China's exports for the whole of 2026 rose 7.2 percent to 300.6 billion dollars, the customs office said."
    early = extract_safely(get_backend("regex"), Document(id="early", text=text, published="2026-08-08"))
    assert (early.facts, early.status) == ([], "partial")
    assert "2 facts found, none passed the gate: period ends 2026-12" in (early.error or "")
    late = extract_safely(get_backend("regex"), Document(id="late", text=text, published="2026-12-31"))
    assert len(late.facts) == 2 and late.status == "ok" and late.error is None
    quiet = extract_safely(get_backend("regex"), Document(id="quiet", text="Ports were busy.", published="2026-08-08"))
    assert (quiet.facts, quiet.rejected, quiet.status) == ([], [], "ok")
