"""`tradefacts extract`: documents in, interchange JSONL out, with a run manifest beside it."""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import signal
import sys
import time
from collections import Counter
from collections.abc import Iterator
from datetime import date
from importlib import metadata
from pathlib import Path

from tqdm import tqdm

from tradefacts.cli.guards import (
    EXIT_CODES,
    FAIL_ON,
    Stop,
    exit_code,
    output_files,
    path_problem,
    resume_command,
    sibling,
)
from tradefacts.cli.llm_flags import add_llm_arguments, backend_from_args
from tradefacts.extract.backend import DEFAULT_MAX_CHARS, Backend, unfinished
from tradefacts.extract.io.batch import extract_stream
from tradefacts.extract.io.csvout import FactsCSV
from tradefacts.extract.io.encoding import record_json
from tradefacts.extract.io.inputs import read_inputs, unknown_kind
from tradefacts.extract.io.parquet import write_parquet
from tradefacts.extract.io.records import BadInput, Columns
from tradefacts.extract.io.runlog import ResultsLog
from tradefacts.extract.llm.config import LLMConfig
from tradefacts.extract.registry import available_backends
from tradefacts.extract.text import now_utc
from tradefacts.schemas import GUIDE_VERSION, Article, DocStatus, Document, Usage, package_version


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `extract` subcommand."""
    p = sub.add_parser(
        "extract",
        help="extract facts from text, HTML, JSONL, Parquet or a dataset into JSONL",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "inputs",
        type=Path,
        nargs="+",
        help=".txt and .html files, directories of them, .jsonl, .csv, .tsv and .parquet with id and text, "
        "a local Hugging Face dataset folder (save_to_disk, or data files), or - for standard input "
        "(JSON Lines, or one text)",
    )
    p.add_argument("--text-column", default="text", help="field holding the article text (default text)")
    p.add_argument(
        "--id-column",
        help="field holding the document id (default: id, or the row position where a table has no id column)",
    )
    p.add_argument("--split", help="only this split of a Hugging Face dataset (default: every split)")
    p.add_argument(
        "--published",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="publication date for inputs that carry none: the year of figures whose text gives no year",
    )
    p.add_argument("-o", "--output", type=Path, help="output JSONL (default: standard output)")
    p.add_argument(
        "--format", choices=("jsonl", "csv"), default="jsonl", help="jsonl: one article a line; csv: one row a fact"
    )
    p.add_argument("--parquet", type=Path, metavar="DIR", help="also write DIR/articles.parquet and DIR/facts.parquet")
    p.add_argument(
        "--max-chars",
        type=int,
        default=DEFAULT_MAX_CHARS,
        help=f"skip longer documents with a clear status (default {DEFAULT_MAX_CHARS:,})",
    )
    p.add_argument("--resume", action="store_true", help="keep the documents already in OUTPUT and do the rest")
    p.add_argument(
        "--fail-on",
        choices=tuple(FAIL_ON),
        default="failed",
        help="which documents make the exit status 1: failed ones (default), also partial and fallback, or never",
    )
    p.add_argument(
        "--backend", default="regex", help=f"extractor (default regex; registered: {', '.join(available_backends())})"
    )
    add_llm_arguments(p)
    p.set_defaults(func=run)


def _work(args: argparse.Namespace, done: Counter[str], unreadable: set[str]) -> Iterator[Document | Article]:
    """Every input: a document to extract, or a finished record (bad input, duplicate id).

    The n-th occurrence of an id is skipped when an earlier run already recorded n records of it, so a
    resumed run still reports a duplicate it had not reached. Ids of inputs that could not be read are
    added to `unreadable` (their errors' stage is `read`).
    """
    recorded = Counter(done)  # a snapshot: the log's own counts grow as this run appends
    occurrences: Counter[str] = Counter()
    columns = Columns(id=args.id_column, text=args.text_column)
    items = read_inputs(args.inputs, columns, split=args.split, exclude=args.outputs)
    for item in tqdm(items, desc="extract", unit="doc", disable=not sys.stderr.isatty()):
        occurrences[item.id] += 1
        if occurrences[item.id] <= recorded[item.id]:
            continue  # finished in an earlier, interrupted run
        if isinstance(item, BadInput):
            unreadable.add(item.id)
            yield Article(id=item.id, text="", status=DocStatus.failed, error=f"{item.source}: {item.error}")
        elif occurrences[item.id] > 1:
            yield unfinished(item, DocStatus.skipped, "duplicate id")
        elif args.published and item.published is None:
            yield item.model_copy(update={"published": args.published})
        else:
            yield item


def run(args: argparse.Namespace) -> int:
    """Extract every input; each document ends with a status; write the manifest next to the output."""
    for flag, needed in (("--resume", args.resume), ("--parquet", args.parquet)):
        if needed and not args.output:
            print(f"tradefacts extract: {flag} needs -o OUTPUT", file=sys.stderr)
            return 2
        if needed and args.format == "csv":
            print(f"tradefacts extract: {flag} needs --format jsonl (the run log)", file=sys.stderr)
            return 2
    for path in args.inputs:
        if problem := unknown_kind(path):
            print(f"tradefacts extract: {path}: {problem}", file=sys.stderr)
            return 2
    args.outputs = output_files(args.output, args.parquet) if args.output else []
    problem = path_problem(args.inputs, args.outputs)
    if problem is None:
        try:
            backend = backend_from_args(args)
        except (KeyError, ValueError, RuntimeError, OSError) as exc:
            problem = str(exc)
    if problem is not None:
        print(f"tradefacts extract: {problem}", file=sys.stderr)
        return 2
    try:
        return asyncio.run(_run(args, backend))
    except KeyboardInterrupt:  # a second Ctrl-C, between documents: _run has written the manifest
        return 128 + signal.SIGINT


async def _run(args: argparse.Namespace, backend: Backend) -> int:
    started, clock = now_utc(), time.perf_counter()
    try:
        log = ResultsLog(args.output, resume=args.resume) if args.output and args.format == "jsonl" else None
        table = None
        if args.format == "csv":
            table = FactsCSV(args.output.open("w", encoding="utf-8", newline="") if args.output else sys.stdout)
        errors = ResultsLog(sibling(args.output, ".errors.jsonl"), resume=args.resume) if args.output else None
    except OSError as exc:
        print(f"tradefacts extract: cannot write {exc.filename}: {exc.strerror}", file=sys.stderr)
        return 2
    for lineno, why in log.corrupt if log else []:
        print(f"tradefacts extract: {args.output}:{lineno}: kept as it is but not counted: {why}", file=sys.stderr)
    statuses: Counter[str] = Counter(log.statuses if log else {})
    n_facts, n_rejected, usage, provenance = (log.facts if log else 0), 0, Usage(), None
    stop = Stop()
    with stop.installed():
        try:
            unreadable: set[str] = set()
            work = _work(args, log.done if log else Counter(), unreadable)
            concurrency = args.llm_concurrency or LLMConfig.concurrency
            async for article in extract_stream(work, backend, concurrency=concurrency, max_chars=args.max_chars):
                statuses[article.status.value] += 1
                n_facts, n_rejected = n_facts + len(article.facts), n_rejected + len(article.rejected)
                usage.add(article.usage or Usage())
                provenance = provenance or article.provenance
                if article.status in (DocStatus.failed, DocStatus.skipped, DocStatus.fallback):
                    print(f"tradefacts extract: {article.id}: {article.status.value}: {article.error}", file=sys.stderr)
                if log:
                    log.append(article)
                elif table:
                    table.append(article)
                else:
                    sys.stdout.write(record_json(article) + "\n")
                if errors and article.status in (DocStatus.failed, DocStatus.fallback):
                    stage = "read" if article.id in unreadable else "extract"
                    errors.append_record({"id": article.id, "stage": stage, "error": article.error})
        except (asyncio.CancelledError, KeyboardInterrupt):
            if stop.signum is None:
                raise
            asyncio.current_task().uncancel()  # type: ignore[union-attr]
        finally:
            for handle in (log, errors):
                if handle:
                    handle.close()
            if table and args.output:
                table.handle.close()
            if close := getattr(backend, "aclose", None):
                await close()
    documents = sum(statuses.values())
    manifest = {
        "backend": backend.name,
        "version": package_version(),
        "guide_version": GUIDE_VERSION,
        "versions": versions(),
        "created": started.isoformat(timespec="seconds"),
        "wall_s": round(time.perf_counter() - clock, 3),
        "documents": documents,
        "status": dict(statuses),
        "facts": n_facts,
        "rejected": n_rejected,
        "inputs": [str(p) for p in args.inputs],
    }
    if provenance:
        manifest |= {"model": provenance.model, "mode": provenance.mode, "prompt_hash": provenance.prompt_version}
        manifest |= {"prompt_name": provenance.prompt_name, "base_url": provenance.base_url}
    if usage.calls or usage.cache_hits:
        manifest |= {
            "usage": usage.model_dump(exclude={"cost_usd", "cost_uncached_usd", "latency_s"}),
            "cost_usd": usage.cost_usd,
            "cost_uncached_usd": usage.cost_uncached_usd,
            "latency_s": round(usage.latency_s / max(documents, 1), 3),
        }
    if log and log.corrupt:
        manifest["corrupt_lines"] = [lineno for lineno, _ in log.corrupt]
    if stop.signum:
        manifest["interrupted"] = stop.name
    elif args.parquet:
        write_parquet(args.output, args.parquet)
    if args.output:
        sibling(args.output, ".manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    summary = ", ".join(f"{n} {s}" for s, n in sorted(statuses.items()))
    print(f"tradefacts extract: {documents} documents ({summary}), {n_facts} facts", file=sys.stderr)
    if stop.signum:
        how = f"resume with:\n  {resume_command(args.argv)}" if log else "run it again: only a JSONL output resumes"
        print(f"tradefacts extract: stopped by {stop.name}; {how}", file=sys.stderr)
        return 128 + stop.signum
    return exit_code(statuses, args.fail_on)


def versions() -> dict[str, str]:
    """Versions that decide a run's output: Python and the installed libraries extraction goes through."""
    found = {"python": platform.python_version()}
    for dist in ("pydantic", "openai", "instructor", "trafilatura", "datasets", "pyarrow"):
        try:
            found[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
    return found
