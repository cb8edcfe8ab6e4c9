"""`tradefacts extract`: documents in, interchange JSONL out, with a run manifest beside it."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from extract.backend import available, extract_safely, get_backend, unfinished
from extract.inputs import BadInput, read_inputs
from extract.text import now_utc
from schemas import Article, DocStatus


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `extract` subcommand."""
    p = sub.add_parser("extract", help="extract facts from .txt files, directories or JSONL into interchange JSONL")
    p.add_argument("inputs", type=Path, nargs="+", help=".txt files, directories of them, or .jsonl with id and text")
    p.add_argument("-o", "--output", type=Path, help="output JSONL (default: standard output)")
    p.add_argument(
        "--backend", default="regex", help=f"extractor (default regex; registered: {', '.join(available())})"
    )
    p.set_defaults(func=run)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("tradefacts")
    except PackageNotFoundError:
        return "0+unknown"


def run(args: argparse.Namespace) -> int:
    """Extract every input; each document ends with a status; write the manifest next to the output."""
    backend = get_backend(args.backend)
    started, clock = now_utc(), time.perf_counter()
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
    out = args.output.open("w", encoding="utf-8") if args.output else sys.stdout
    statuses: Counter[str] = Counter()
    n_facts = 0
    seen: set[str] = set()
    try:
        for item in read_inputs(args.inputs):
            if isinstance(item, BadInput):
                article = Article(id=item.id, text="", status=DocStatus.failed, error=f"{item.source}: {item.error}")
            elif item.id in seen:
                article = unfinished(item, DocStatus.skipped, "duplicate id")
            else:
                article = extract_safely(backend, item)
            seen.add(article.id)
            statuses[article.status.value] += 1
            n_facts += len(article.facts)
            if article.status in (DocStatus.failed, DocStatus.skipped):
                print(f"tradefacts extract: {article.id}: {article.status.value}: {article.error}", file=sys.stderr)
            out.write(article.model_dump_json(exclude_none=True) + "\n")
    finally:
        if args.output:
            out.close()
    manifest = {
        "backend": backend.name,
        "version": _version(),
        "created": started.isoformat(timespec="seconds"),
        "wall_s": round(time.perf_counter() - clock, 3),
        "documents": sum(statuses.values()),
        "status": dict(statuses),
        "facts": n_facts,
        "inputs": [str(p) for p in args.inputs],
    }
    if args.output:
        path = args.output.with_name(args.output.name.removesuffix(".jsonl") + ".manifest.json")
        path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    summary = ", ".join(f"{n} {s}" for s, n in sorted(statuses.items()))
    print(f"tradefacts extract: {manifest['documents']} documents ({summary}), {n_facts} facts", file=sys.stderr)
    return 0
