"""Serialise the hand-written labels into the interchange format: gold/seeds.jsonl and gold/dev.jsonl.

The labels are typed by hand, one call per fact, by reading each article against schemas/guide.md; this
script only fills in the article text, checks every evidence string against it, and writes JSON Lines.
- seeds: gold/labels/a*.py over seeds/*.txt → gold/seeds.jsonl
- development corpus: gold/dev/labels/*.py over gold/dev/texts/*.txt → gold/dev.jsonl
Run: python gold/labels/build.py
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).parent))

SETS = {
    "seeds": (ROOT / "gold" / "labels", "a*.py", ROOT / "seeds", ROOT / "gold" / "seeds.jsonl"),
    "dev": (ROOT / "gold" / "dev" / "labels", "*.py", ROOT / "gold" / "dev" / "texts", ROOT / "gold" / "dev.jsonl"),
}


def load(path: Path) -> dict:
    spec = importlib.util.spec_from_file_location(f"label_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.ARTICLE


def build(labels: Path, pattern: str, texts: Path, out: Path) -> int:
    lines = []
    for path in sorted(labels.glob(pattern)):
        article = load(path)
        text = (texts / f"{article['id']}.txt").read_text(encoding="utf-8")
        for fact in article["facts"]:
            if fact["evidence"] not in text:
                raise SystemExit(f"{article['id']}: evidence not in text: {fact['evidence']!r}")
        record = {k: article[k] for k in ("id", "title", "publisher", "published")}
        record |= {"text": text, "facts": article["facts"], "notes": article.get("notes", [])}
        lines.append(json.dumps(record, ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def main() -> None:
    for name, (labels, pattern, texts, out) in SETS.items():
        print(f"{name}: wrote {build(labels, pattern, texts, out)} articles to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
