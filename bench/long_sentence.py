"""Time per sentence against its length: the rules must cost time linear in the sentence.

A sentence of comma-separated trade figures ("exports to X rose 3.1 percent to 4.2 billion yuan, ...")
from 1 KB to 64 KB, extracted with the regex backend, in eight shapes (its period written first, its period
written last, bare scaled numbers after one currency, lists distributed by "respectively", comparison bases and
looks back after every figure, partners with their figures in brackets, described places and appositions, asides
after each figure); prints seconds and microseconds per character.
Run: python bench/long_sentence.py [--max-kb 64]
"""

from __future__ import annotations

import argparse
import time
from datetime import date

from tradefacts.extract.registry import get_backend
from tradefacts.schemas import Document

CLAUSE = "exports to Chile rose {n}.1 percent to {n}.2 billion yuan"
ELIDED = "{n}.5 billion"  # each takes the currency of the money before it ("$1 billion, 2.5 billion, ...")
RESPECTIVE = "exports and imports were {n}.5 and {n}.6 per cent and $1.{n} billion and $2.{n} billion, respectively"
# a base after every figure ("from 2.5% in January"), a ", taking ..." clause and a ", when ..." look back: each
# period once looked back over every comparison cue before it
BASES = (
    "imports rose {n}.5% from 2.5% in January, taking the total to $3.{n} billion from $2.9 billion in March, when "
    "exports to Vietnam (up {n}.2%) rose"
)
BRACKETS = (
    "led by Vietnam (up {n}.2%), Thailand (up {n}.1%) and Japan (down {n}.3%), the bloc's shipments to the region rose"
)
DESCRIBED = (
    "Guangxi, a gateway to ASEAN, traded {n}.1 billion yuan with the bloc, while Africa's most populous nation bought "
    "{n}.2 billion yuan of steel and iron"
)
ASIDES = (
    "exports of chips rose {n}.1% after the buying spree of October faded, while imports of oil fell {n}.2% since May"
)
SHAPES = {
    # its period written first: "In 2025, ..."
    "period written first": ("China's trade in 2025\n\nIn 2025, {}.", CLAUSE),
    # last: every figure then asks whether a later figure claims the period
    "period written last": ("China's trade\n\n{}, in 2025.", CLAUSE),
    # scaled numbers after one currency: each looks back for the money whose currency it takes
    "scales after one currency": ("China's trade\n\nIn 2025, exports were $1 billion, {}.", ELIDED),
    # lists distributed by "respectively": each figure looks back for the flows and across its list
    "respectively lists": ("China's trade\n\nIn 2025, China's {}.", RESPECTIVE),
    # comparison bases, clauses of their own and looks back after every figure
    "bases and looks back": ("China's trade\n\nIn May 2025, {}.", BASES),
    # partners named before their figures in brackets; descriptions and appositions; asides after each figure
    "figures in brackets": ("China's trade\n\nIn May 2025, {}.", BRACKETS),
    "descriptions of places": ("China's trade\n\nIn May 2025, {}.", DESCRIBED),
    "asides after figures": ("China's trade\n\nIn May 2025, {}.", ASIDES),
}


def sentence(kb: int, shape: str = "period written first") -> str:
    """About `kb` KB of clauses in one sentence of the given shape."""
    frame, clause = SHAPES[shape]
    parts, size, n = [], 0, 1
    while size < kb * 1024:
        part = clause.format(n=n % 90 + 1)
        parts.append(part)
        size += len(part) + 2
        n += 1
    return frame.format(", ".join(parts))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--max-kb", type=int, default=64)
    args = parser.parse_args()
    backend = get_backend("regex")
    backend.extract(Document(id="warm", text=sentence(1)))
    for shape in SHAPES:
        print(shape)
        print("KB  seconds  us/char  facts")
        kb = 1
        while kb <= args.max_kb:
            text = sentence(kb, shape)
            start = time.perf_counter()
            article = backend.extract(Document(id=str(kb), text=text, published=date(2026, 1, 20)))
            took = time.perf_counter() - start
            print(f"{kb:>3} {took:8.3f} {1e6 * took / len(text):8.2f} {len(article.facts):6d}")
            kb *= 2


if __name__ == "__main__":
    main()
