"""Would a compiled matcher (google-re2, hyperscan) take the rules to 1,000 articles/s? Measured on the seeds.

Prints, per sentence of the seeds (CPU time, best of --repeat passes):
- the rules' whole work per article and per sentence;
- the number-mention pattern with `re`, with the anchored search the rules use (extract/scan.py), and whether
  google-re2 and hyperscan can compile it at all (both refuse lookbehind and lookahead, which it needs);
- the flow-word pattern, which both can compile, with `re`, anchored, google-re2 and hyperscan;
- one pass over the sentence for the anchor words of every anchored pattern, with pyahocorasick and hyperscan.
Run: pip install google-re2 hyperscan; python bench/compiled_matchers.py [--repeat 7]
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable
from pathlib import Path

from tradefacts.extract.registry import get_backend
from tradefacts.extract.rules import flows, mentions
from tradefacts.extract.scan import Anchored
from tradefacts.extract.text import find_metadata, split_sentences
from tradefacts.schemas import Document

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def best(run: Callable[[], object], repeat: int) -> float:
    """The least CPU time of `repeat` calls."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    docs = [Document(id=p.stem, text=p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    sentences = [s.text for d in docs for s in split_sentences(d.text, find_metadata(d.text).body_start)]
    backend = get_backend("regex")
    backend.extract(docs[0])
    whole = best(lambda: [backend.extract(d) for d in docs], args.repeat)
    per_sentence = 1e6 * whole / len(sentences)
    print(f"{len(docs)} seed articles, {len(sentences)} sentences")
    print(f"rules, whole work: {1e3 * whole / len(docs):.2f} ms an article, {per_sentence:.0f} us a sentence")

    def row(name: str, run: Callable[[str], object]) -> None:
        took = best(lambda: [run(s) for s in sentences], args.repeat)
        print(f"  {name:<34} {1e6 * took / len(sentences):7.1f} us a sentence")

    try:
        import re2
    except ImportError:
        re2 = None
    try:
        import hyperscan
    except ImportError:
        hyperscan = None

    mention = mentions.MENTION_RE
    print("number-mention pattern (lookbehind and lookahead):")
    row("re", lambda s: list(mention.finditer(s)))
    row("anchored (extract/scan.py)", lambda s: mentions._MENTION_SCAN.finditer(s))
    if re2 is not None:
        try:
            re2.compile(mention.pattern)
            print("  google-re2 compiles it")
        except re2.error as exc:
            print(f"  google-re2 refuses it: {str(exc)[:60]}")
    if hyperscan is not None:
        db = hyperscan.Database()
        try:
            db.compile(expressions=[mention.pattern.encode()], flags=[hyperscan.HS_FLAG_CASELESS])
            print("  hyperscan compiles it")
        except hyperscan.error as exc:
            print(f"  hyperscan refuses it: {str(exc)[:60]}")

    flow = flows.FLOW_RE.pattern if isinstance(flows.FLOW_RE, Anchored) else flows.FLOW_RE
    print("flow-word pattern (no lookaround):")
    row("re", lambda s: list(flow.finditer(s)))
    row("anchored (extract/scan.py)", lambda s: flows.FLOW_RE.finditer(s))
    if re2 is not None:
        options = re2.Options()
        options.case_sensitive = False
        flow2 = re2.compile(flow.pattern, options)
        row("google-re2", lambda s: list(flow2.finditer(s)))
    if hyperscan is not None:
        db = hyperscan.Database()
        db.compile(expressions=[flow.pattern.encode()], flags=[hyperscan.HS_FLAG_CASELESS | hyperscan.HS_FLAG_UTF8])
        row("hyperscan (ends only, bytes)", lambda s: db.scan(s.encode(), match_event_handler=lambda *a: None))

    words = sorted({w for a in Anchored.made for w in a.words})
    print(f"one pass for the anchor words of all {len(Anchored.made)} anchored patterns ({len(words)} words):")
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, len(word))
    automaton.make_automaton()
    row("pyahocorasick", lambda s: list(automaton.iter(s.lower())))
    if hyperscan is not None:
        db = hyperscan.Database()
        db.compile(
            expressions=[re.escape(w).encode() for w in words],
            ids=list(range(len(words))),
            elements=len(words),
            flags=[hyperscan.HS_FLAG_CASELESS | hyperscan.HS_FLAG_SOM_LEFTMOST] * len(words),
        )
        row("hyperscan", lambda s: db.scan(s.encode(), match_event_handler=lambda *a: None))


if __name__ == "__main__":
    main()
