"""Serialise the hand-written labels in gold/labels/*.py into gold/seeds.jsonl.

The labels are typed by hand, one call per fact, by reading each article
against docs/annotation.md; this script only fills in the article text, checks
every evidence string against it, and writes the interchange format.
Run: python gold/labels/build.py
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).parent))


def load(path: Path) -> dict:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.ARTICLE


def main() -> None:
    lines = []
    for path in sorted((ROOT / "gold" / "labels").glob("a*.py")):
        article = load(path)
        text = (ROOT / "seeds" / f"{article['id']}.txt").read_text(encoding="utf-8")
        for fact in article["facts"]:
            if fact["evidence"] not in text:
                raise SystemExit(f"{article['id']}: evidence not in text: {fact['evidence']!r}")
        record = {k: article[k] for k in ("id", "title", "publisher", "published")}
        record |= {"text": text, "facts": article["facts"], "notes": article.get("notes", [])}
        lines.append(json.dumps(record, ensure_ascii=False))
    (ROOT / "gold" / "seeds.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} articles")


if __name__ == "__main__":
    main()
