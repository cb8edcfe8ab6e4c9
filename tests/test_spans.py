"""The span helpers the rules use to stay linear answer as the scans they replaced did (checked at random)."""

from __future__ import annotations

import random

from tradefacts.extract.rules.mention import SpanSet, in_spans, merged


def test_span_set_and_merged_spans_agree_with_a_scan() -> None:
    rng = random.Random(7)
    for _ in range(300):
        spans = [(a, a + rng.randint(1, 12)) for a in (rng.randint(0, 80) for _ in range(rng.randint(0, 12)))]
        found = SpanSet()
        for a, b in spans:
            found.add(a, b)
        joined = merged(spans)
        for pos in range(0, 100):
            scan = any(a <= pos < b for a, b in spans)
            assert found.covers(pos) == scan == in_spans(joined, pos), (spans, pos)
            end = pos + rng.randint(1, 10)
            assert found.meets(pos, end) == any(a <= pos < b or pos <= a < end for a, b in spans), (spans, pos, end)
