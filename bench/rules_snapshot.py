"""A canonical JSON of everything the regex backend decides, to prove a speed change decides nothing differently.

Runs the rules (through `extract_safely`: the gate, the flags and the status included) over the seeds, every
development text with its `published` date from gold/dev.jsonl, the same texts without it (the rules then read
the year from the text), and a few long comma-separated sentences; writes one line per record with sorted keys.
Run: python bench/rules_snapshot.py out/rules_snapshot.jsonl   (then `cmp` it against a reference run)
"""

from __future__ import annotations

import argparse
import hashlib
import json
from datetime import date
from pathlib import Path

from tradefacts.extract.backend import extract_safely
from tradefacts.extract.registry import get_backend
from tradefacts.schemas import Document

ROOT = Path(__file__).resolve().parents[1]
CLAUSE = "exports to {place} rose {n}.1 percent to {n}.2 billion {unit} in {month}"
PLACES = ("Chile", "the EU", "ASEAN", "the United States", "Japan", "Hong Kong")
UNITS = ("yuan", "U.S. dollars", "euros")
MONTHS = ("March", "the first half", "the third quarter", "2024")


def long_sentence(kb: int) -> str:
    """A sentence of comma-separated figures, `kb` kilobytes long, varying place, unit and period."""
    parts, size, n = [], 0, 1
    while size < kb * 1024:
        part = CLAUSE.format(
            place=PLACES[n % len(PLACES)], n=n % 90 + 1, unit=UNITS[n % len(UNITS)], month=MONTHS[n % len(MONTHS)]
        )
        parts.append(part)
        size += len(part) + 2
        n += 1
    return "China's trade in 2025\n\nIn 2025, " + ", ".join(parts) + "."


def documents() -> list[Document]:
    """The corpus the snapshot covers."""
    published = {}
    for line in (ROOT / "gold" / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        published[record["id"]] = record.get("published")
    docs = [Document(id=f"seed/{p.stem}", text=p.read_text(encoding="utf-8")) for p in sorted(ROOT.glob("seeds/*.txt"))]
    for path in sorted((ROOT / "gold" / "dev" / "texts").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        when = published.get(path.stem)
        docs.append(Document(id=f"dev/{path.stem}", text=text, published=date.fromisoformat(when) if when else None))
        docs.append(Document(id=f"dev-undated/{path.stem}", text=text))
    docs += [Document(id=f"long/{kb}", text=long_sentence(kb)) for kb in (1, 4)]
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("output", type=Path)
    args = parser.parse_args()
    backend = get_backend("regex")
    lines = []
    for doc in documents():
        article = extract_safely(backend, doc)
        record = article.model_dump(mode="json", exclude={"text", "facts", "rejected"})
        record["facts"] = [f.model_dump(mode="json") for f in article.facts]
        record["rejected"] = [r.model_dump(mode="json") for r in article.rejected]
        lines.append(json.dumps(record, sort_keys=True, ensure_ascii=False))
    body = "\n".join(lines) + "\n"
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(body, encoding="utf-8")
    facts = sum(len(json.loads(line)["facts"]) for line in lines)
    print(f"{len(lines)} records, {facts} facts, sha256 {hashlib.sha256(body.encode()).hexdigest()[:16]}")


if __name__ == "__main__":
    main()
