"""Verification of proposed facts: table-driven alignment cases and each rejection reason."""

from __future__ import annotations

import pytest

from tests.fault_server import fact
from tradefacts.extract.verify import Located, fold, merge, verify, verify_all
from tradefacts.schemas import Fact, RejectedFact

TEXT = (
    "China\u2019s exports to the \u201cBelt and Road\u201d partners rose 5.2 percent.\n"
    "Imports  plunged by 16.9 percent in July, while trade with ASEAN reached 3.4 trillion yuan \u2014 a record."
)

# (quote from the model, expected verbatim slice of TEXT or None, alignment)
ALIGNMENT_CASES = [
    (
        "exports to the \u201cBelt and Road\u201d partners rose 5.2 percent",
        "exports to the \u201cBelt and Road\u201d partners rose 5.2 percent",
        "exact",
    ),
    (
        'exports to the "Belt and Road" partners rose 5.2 percent',
        "exports to the \u201cBelt and Road\u201d partners rose 5.2 percent",
        "normalized",
    ),
    ("China's exports", "China\u2019s exports", "normalized"),
    ("Imports plunged by 16.9 percent", "Imports  plunged by 16.9 percent", "normalized"),
    ("3.4 trillion yuan - a record", "3.4 trillion yuan \u2014 a record", "normalized"),
    ("percent.\nImports", "percent.\nImports", "exact"),
    ("percent. Imports", "percent.\nImports", "normalized"),
    ("  rose 5.2 percent  ", "rose 5.2 percent", "normalized"),
    ("rose 5.3 percent", None, None),
    ("china's exports", None, None),  # case matters: a different string is a different quote
    ("", None, None),
    ("   ", None, None),
]


@pytest.mark.parametrize(("quote", "expected", "how"), ALIGNMENT_CASES)
def test_locate(quote: str, expected: str | None, how: str | None) -> None:
    found = Located(TEXT).find(quote)
    if expected is None:
        assert found is None
    else:
        assert found is not None
        span, alignment = found
        assert TEXT[span.start : span.end] == expected
        assert alignment == how


def test_fold_keeps_offsets_into_the_original() -> None:
    folded, offsets = fold("a \u201cb\u201d\t\n c")
    assert folded == 'a "b" c'
    assert [("a \u201cb\u201d\t\n c")[i] for i in offsets] == ["a", " ", "\u201c", "b", "\u201d", "\t", "c"]


def check(proposal: dict) -> Fact | RejectedFact:
    return verify(proposal, Located(TEXT), "llm")


def test_kept_fact_takes_the_article_characters_and_a_rederived_value() -> None:
    got = check(
        fact(
            "Imports plunged by 16.9 percent",
            "16.9",
            -16.9,
            flow="imports",
            measure="growth",
            basis="yoy",
            unit="percent",
        )
    )
    assert isinstance(got, Fact)
    assert got.evidence == "Imports  plunged by 16.9 percent" and got.alignment == "normalized"
    assert TEXT[got.evidence_span.start : got.evidence_span.end] == got.evidence
    assert got.value == -16.9 and got.source == "llm"


def test_a_sign_against_the_wording_is_rejected() -> None:
    got = check(
        fact(
            "Imports plunged by 16.9 percent",
            "16.9",
            16.9,
            flow="imports",
            measure="growth",
            basis="yoy",
            unit="percent",
        )
    )
    assert isinstance(got, RejectedFact) and "wrong sign: its wording makes it -16.9" in got.reason


REJECTIONS = [
    (fact("trade hit 9 trillion yuan", "9 trillion", 9e12), "evidence is not in the article text"),
    (
        fact("trade with ASEAN reached 3.4 trillion yuan", "4.3 trillion", 4.3e12),
        "value_text '4.3 trillion' is not in the evidence",
    ),
    (
        fact("trade with ASEAN reached 3.4 trillion yuan", "3.4 trillion", 3.4e9),
        "value 3400000000.0 disagrees with value_text '3.4 trillion'",
    ),
    (
        fact("trade with ASEAN reached 3.4 trillion yuan", "3.4 trillion", 3.4e12, unit="percent"),
        "unit 'percent' disagrees with the currency 'yuan' written beside '3.4 trillion'",
    ),
    (
        fact("partners rose 5.2 percent", "5.2", 5.2, measure="growth", basis="yoy", unit="CNY"),
        "schema: unit 'CNY' does not fit measure 'growth'",
    ),
    (
        fact(
            "exports to the \u201cBelt and Road\u201d partners rose 5.2 percent",
            "5.2",
            5.2,
            measure="growth",
            unit="percent",
        ),
        "schema: basis is required",
    ),
    (
        fact(
            "trade with ASEAN reached 3.4 trillion yuan",
            "3.4 trillion",
            3.4e12,
            period={"start": "2025-09", "end": "2025-07"},
        ),
        "period start 2025-09 is after its end 2025-07",
    ),
    (fact("trade with ASEAN reached 3.4 trillion yuan", "trade", 1.0), "is not a number"),
]


@pytest.mark.parametrize(("proposal", "reason"), REJECTIONS)
def test_rejections_say_why(proposal: dict, reason: str) -> None:
    got = check(proposal)
    assert isinstance(got, RejectedFact)
    assert reason in got.reason
    assert got.fact["evidence"] == proposal["evidence"] and got.fact["source"] == "llm"


def test_verify_all_splits_and_merges_repeats() -> None:
    same = fact("trade with ASEAN reached 3.4 trillion yuan", "3.4 trillion", 3.4e12, partner="ASEAN")
    facts, rejected = verify_all(
        [same, dict(same, evidence="reached 3.4 trillion yuan"), fact("no such", "1", 1.0)], TEXT, "llm"
    )
    assert len(facts) == 1 and len(rejected) == 1
    assert merge(facts + facts) == facts


def test_a_tonnage_cell_takes_its_rows_own_scale() -> None:
    """"Crude oil (mln T) 55.97 ...": the row writes the scale of its cells, so 55.97 is 55.97 million tonnes; a cell
    claimed at another scale is rejected."""
    table = "TABLE-China's commodity imports\n\nCrude oil (mln T)  55.97  10.2\nCopper (T)  430,000  3.1\n"
    row = "Crude oil (mln T)  55.97  10.2"
    kept = verify(fact(row, "55.97", 55.97e6, measure="quantity", unit="tonnes", product="crude oil"),
                  Located(table), "llm")
    assert isinstance(kept, Fact) and kept.value == 55.97e6
    wrong = verify(fact(row, "55.97", 55.97e9, measure="quantity", unit="tonnes", product="crude oil"),
                   Located(table), "llm")
    assert isinstance(wrong, RejectedFact)


def test_a_list_row_takes_its_headers_tonnage() -> None:
    """"Top suppliers (mln T; y/y change):" over "Russia 9.12 (+4.3%)": the header declares the rows' scale, so 9.12
    is 9.12 million tonnes; the same figure written in a sentence under no such header keeps its own scale."""
    text = "China crude imports\n\nTop suppliers (mln T; y/y change):\nRussia 9.12 (+4.3%)\nIraq 5.33 (+11.0%)\n"
    kept = verify(fact("Iraq 5.33 (+11.0%)", "5.33", 5.33e6, measure="quantity", unit="tonnes", partner="Iraq"),
                  Located(text), "llm")  # fmt: skip
    assert isinstance(kept, Fact) and kept.value == 5.33e6
    prose = "China crude imports\n\nIraq shipped 5.33 tons of samples.\n"
    alone = verify(fact("Iraq shipped 5.33 tons", "5.33", 5.33e6, measure="quantity", unit="tonnes"),
                   Located(prose), "llm")  # fmt: skip
    assert isinstance(alone, RejectedFact)
