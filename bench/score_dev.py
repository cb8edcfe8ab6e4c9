"""Score the offline extractor on the development corpus, sets A, B and C apart, and on the seeds.

Set A is what the rule author developed against; the other sets were held out until scored (see
gold/dev/README.md). The gap between them estimates overfitting.
Run: python bench/score_dev.py [--backend regex] [--parts J1 J2]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import tradefacts as tf
from tradefacts.schemas import Article

ROOT = Path(__file__).resolve().parents[1]
FIELDS = ("area", "partner", "product", "segment", "flow", "measure", "basis", "period", "unit", "qualifier")


def set_of(article_id: str) -> str:
    """The set an article belongs to: dA1_01_... is set A, dAA2_03_... set AA."""
    return re.match(r"d([A-Z]+)\d", article_id)[1]


def load(path: Path) -> list[Article]:
    return [Article.model_validate_json(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def row(name: str, gold: list[Article], backend: str) -> tuple[str, dict]:
    docs = [{"id": a.id, "text": a.text, "title": a.title, "publisher": a.publisher, "published": a.published}
            for a in gold]  # fmt: skip
    pred = list(tf.extract_many(docs, backend=backend))
    m = tf.score(gold, pred, resamples=200)
    s, v, fa = m["strict"]["micro"], m["value"], m["field_accuracy"]
    scored = [f for f in FIELDS if (fa.get(f) or {}).get("accuracy") is not None]
    fields = "  ".join(f"{f[:4]} {fa[f]['accuracy']:.2f}" for f in scored)
    line = (f"{name:<8} {len(gold):>3} art {m['strict']['support']['gold']:>4} facts  strict P {s['precision']:.3f} "
            f"R {s['recall']:.3f} F1 {s['f1']:.3f}  value R {v['recall']:.3f} P {v['precision']:.3f}\n"
            f"{'':<8} {fields}")  # fmt: skip
    return line, m


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--backend", default="regex")
    parser.add_argument("--parts", nargs="*", default=[], help="id prefixes scored apart too, e.g. J1 J2")
    args = parser.parse_args()
    dev = load(ROOT / "gold" / "dev.jsonl")
    letters = sorted({set_of(a.id) for a in dev}, key=lambda x: (len(x), x))
    sets = {"seeds": load(ROOT / "gold" / "seeds.jsonl")}
    sets |= {f"dev {x}": [a for a in dev if set_of(a.id) == x] for x in letters}
    sets |= {f"dev {p}": [a for a in dev if a.id.startswith("d" + p)] for p in args.parts}
    sets["dev all"] = dev
    results = {}
    for name, gold in sets.items():
        line, results[name] = row(name, gold, args.backend)
        print(line)
    (ROOT / "out").mkdir(exist_ok=True)
    (ROOT / "out" / "score_dev.json").write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
