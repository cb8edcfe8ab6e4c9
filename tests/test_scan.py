"""Every anchored pattern of the rules finds exactly what its plain pattern finds.

`tradefacts.extract.scan.Anchored` tries a pattern only near the anchors its use declares; a wrong declaration
(a match with no anchor close enough) would silently lose matches. These tests run every anchored pattern the
rule modules build against its plain pattern over the sentences of the seeds and the development texts, over
mutated copies of them (case changed, signs and digits glued on, words run together) and over random text made
of the rules' own vocabulary, with random search windows, and compare every match: span and groups.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tradefacts.extract.periods  # modules that build anchored patterns
import tradefacts.extract.rules.backend  # noqa: F401
from tradefacts.extract.scan import Anchored, Gated, Vocabulary
from tradefacts.extract.text import split_sentences

ROOT = Path(__file__).resolve().parents[1]
PATTERNS = list(Anchored.made)
GATES = list(Gated.made)


def _sentences() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("seeds/*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "gold" / "dev" / "texts").glob("*.txt"))]
    return [s.text for text in texts for s in split_sentences(text)]


SENTENCES = _sentences()


def _mutations(sentence: str, rng: random.Random) -> list[str]:
    words = sentence.split(" ")
    glued = "".join(w + (" " if rng.random() < 0.7 else "") for w in words)
    signs = re.sub(
        r"(?<=\s)(?=\d)", lambda _: rng.choice(["$", "US$ ", "+", "-", "€", "A$", "RMB", ".", "HK$"]), sentence
    )
    return [sentence.upper(), sentence.lower(), sentence.title(), glued, signs, sentence.replace(" ", "  ")]


def _same(anchored: Anchored, text: str, pos: int = 0, endpos: int | None = None) -> None:
    end = len(text) if endpos is None else endpos
    plain = [(m.span(), m.groupdict(), m.groups()) for m in anchored.pattern.finditer(text, pos, end)]
    fast = [(m.span(), m.groupdict(), m.groups()) for m in anchored.finditer(text, pos, endpos)]
    assert fast == plain, (anchored.pattern.pattern[:80], text[pos:end])
    first = anchored.pattern.search(text, pos, end)
    found = anchored.search(text, pos, endpos)
    assert (found and found.span()) == (first and first.span()), (anchored.pattern.pattern[:80], text[pos:end])


def _gate_holds(gate: Gated, text: str) -> None:
    present = Vocabulary(gate.needs).present(text)
    plain = [(m.span(), m.groups()) for m in gate.pattern.finditer(text)]
    assert [(m.span(), m.groups()) for m in gate.finditer(text, present)] == plain, (gate.pattern.pattern[:80], text)


def test_the_rules_build_anchored_and_gated_patterns() -> None:
    assert len(PATTERNS) >= 1 and len(GATES) >= 1


@pytest.mark.parametrize("gate", GATES, ids=lambda g: g.pattern.pattern[:40])
def test_a_gated_pattern_finds_what_the_plain_pattern_finds(gate: Gated) -> None:
    rng = random.Random(14)
    for sentence in SENTENCES:
        _gate_holds(gate, sentence)
        for variant in _mutations(sentence, rng) if rng.random() < 0.25 else []:
            _gate_holds(gate, variant)


@pytest.mark.parametrize("anchored", PATTERNS, ids=lambda a: a.pattern.pattern[:40])
def test_anchored_pattern_finds_what_the_plain_pattern_finds_in_real_and_mutated_sentences(anchored: Anchored) -> None:
    rng = random.Random(14)
    for sentence in SENTENCES:
        _same(anchored, sentence)
        lo = rng.randrange(len(sentence) + 1)
        _same(anchored, sentence, lo, rng.randrange(lo, len(sentence) + 1))
        for variant in _mutations(sentence, rng) if rng.random() < 0.25 else []:
            _same(anchored, variant)


VOCABULARY = sorted({w for s in SENTENCES for w in re.findall(r"\w+|[^\w\s]", s)})
# and the words the patterns themselves spell ("pencilled", "y-o-y"), so that a rare one missing from a declaration shows
PATTERN_WORDS = sorted(
    {w for a in [*PATTERNS, *GATES] for w in re.findall(r"[A-Za-z]{2,}", re.sub(r"\\[A-Za-z]", " ", a.pattern.pattern))}
)
PIECES = st.sampled_from(
    [
        *VOCABULARY,
        *PATTERN_WORDS,
        *PATTERN_WORDS,
        " ",
        " ",
        "  ",
        "-",
        "\n",
        "ſ",
        "K",
        "İ",
        "٣",
        "a billion",
        "US$",
        "Rs.",
    ]
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=40), st.integers(0, 400), st.integers(0, 400))
def test_anchored_patterns_agree_on_random_text_of_the_rules_vocabulary(pieces: list[str], lo: int, hi: int) -> None:
    text = "".join(pieces)
    lo, hi = min(lo, hi, len(text)), min(max(lo, hi), len(text))
    for anchored in PATTERNS:
        _same(anchored, text)
        _same(anchored, text, lo, hi)
    for gate in GATES:
        _gate_holds(gate, text)


def test_a_wrong_declaration_is_caught() -> None:
    """The comparison can fail: a pattern declared with an anchor its matches do not contain loses matches."""
    wrong = Anchored(re.compile(r"\bexports?\b", re.IGNORECASE), words=["imports"])
    with pytest.raises(AssertionError):
        _same(wrong, "Exports rose.")
    Anchored.made.remove(wrong)
    wrong_gate = Gated(re.compile(r"\bexports?\b", re.IGNORECASE), needs=["imports"])
    with pytest.raises(AssertionError):
        _gate_holds(wrong_gate, "Exports rose.")
    Gated.made.remove(wrong_gate)


def _from_pattern(pattern: re.Pattern[str]) -> st.SearchStrategy[str]:
    return st.from_regex(pattern)


@pytest.mark.parametrize("anchored", PATTERNS, ids=lambda a: a.pattern.pattern[:40])
def test_anchored_pattern_agrees_on_text_made_from_the_pattern_itself(anchored: Anchored) -> None:
    """Hypothesis writes text the pattern matches, every alternative in turn: a word left out of the anchors (as
    happens when an alternative is added to a rule) shows here even if no corpus sentence uses it."""

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(_from_pattern(anchored.pattern), st.sampled_from(VOCABULARY), st.sampled_from(VOCABULARY))
    def agrees(text: str, before: str, after: str) -> None:
        _same(anchored, f"{before} {text} {after}")
        _same(anchored, text)

    agrees()


@pytest.mark.parametrize("gate", GATES, ids=lambda g: g.pattern.pattern[:40])
def test_gated_pattern_agrees_on_text_made_from_the_pattern_itself(gate: Gated) -> None:
    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(_from_pattern(gate.pattern))
    def agrees(text: str) -> None:
        _gate_holds(gate, text)

    agrees()


def test_the_mention_scan_reaches_back_over_the_longest_prefix_a_written_sign_and_a_decimal_point() -> None:
    """"U.S.$ (-) .5 billion": eleven characters before the first digit; the scan must start the match where the
    plain pattern does (a hypothesis run found the form when the reach was 8)."""
    from tradefacts.extract.rules.mentions import _MENTION_SCAN

    for text in ('" U.S.$(−).0 "', "a deficit of U.S.$ (-) .5 billion", "USD (-) 201.4 billion"):
        _same(_MENTION_SCAN, text)
