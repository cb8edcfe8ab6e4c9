"""The benchmarks' corpus: the seed articles repeated under distinct ids, as one JSON Lines file."""

from __future__ import annotations

import json
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def write_seed_corpus(path: Path, copies: int) -> tuple[int, float]:
    """Write each seed `copies` times to `path`; the number of articles and the file's size in KB."""
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    rows = [json.dumps({"id": f"{stem}-{i}", "text": text}) for i in range(copies) for stem, text in texts]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return len(rows), path.stat().st_size / 1024
