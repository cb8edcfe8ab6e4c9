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
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import date
from importlib import metadata
from pathlib import Path

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
from tradefacts.cli.llm_flags import add_llm_arguments, backend_builder, backend_from_args
from tradefacts.extract.backend import DEFAULT_MAX_CHARS, Backend, is_async, unfinished
from tradefacts.extract.io.csvout import FactsCSV
from tradefacts.extract.io.encoding import record_json
from tradefacts.extract.io.inputs import read_inputs, unknown_kind
from tradefacts.extract.io.pool import extract_parallel, machine_cores
from tradefacts.extract.io.records import BadInput, Columns
from tradefacts.extract.io.runlog import ResultsLog
from tradefacts.extract.llm.config import LLMConfig
from tradefacts.extract.text import now_utc
from tradefacts.schemas import GUIDE_VERSION, Article, DocStatus, Document, Usage, package_version


def register(p: argparse.ArgumentParser) -> None:
    """The `extract` subcommand's arguments."""
    p.epilog, p.formatter_class = EXIT_CODES, argparse.RawDescriptionHelpFormatter
    p.add_argument(
        "inputs",
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
        "--workers",
        type=int,
        help=f"processes for CPU-bound backends such as regex (default: this machine's cores, {machine_cores()}); "
        "model backends overlap their calls instead (--concurrency); with --engine ray, Ray actors "
        "(default: the cluster's CPUs)",
    )
    p.add_argument(
        "--engine",
        choices=("local", "ray"),
        default="local",
        help="local (default), or ray: extract on the Ray cluster at $RAY_ADDRESS, or a local one when unset "
        "(pip install 'tradefacts[ray]'); inputs are JSONL or Parquet paths or URIs (s3://, gs://, ...)",
    )
    p.add_argument(
        "--batch-api",
        action="store_true",
        help="llm only: send the requests through the OpenAI Batch API (cheaper, answers within 24 h); "
        "the batch id is kept beside OUTPUT, so --resume picks the batch up from any process",
    )
    p.add_argument(
        "--backend",
        default="regex",
        help="extractor: regex (default), llm, hybrid, or one another package registers "
        "(tradefacts.available_backends() lists them)",
    )
    add_llm_arguments(p)
    p.set_defaults(func=run)


class _Occurrences:
    """Which occurrence of an id this is, against what an earlier, interrupted run already recorded.

    The n-th occurrence of an id is `done` when the earlier run recorded n records of it, so a resumed run
    still reports a duplicate it had not reached; any later occurrence is a `duplicate`.
    """

    def __init__(self, done: Counter[str]) -> None:
        self.recorded = Counter(done)  # a snapshot: the log's own counts grow as this run appends
        self.seen: Counter[str] = Counter()

    def __call__(self, doc_id: str) -> str:
        self.seen[doc_id] += 1
        if self.seen[doc_id] <= self.recorded[doc_id]:
            return "done"
        return "duplicate" if self.seen[doc_id] > 1 else "new"


def _progress(items: Iterable[Document | BadInput]) -> Iterable[Document | BadInput]:
    """The items, with a progress bar on a terminal only."""
    if not sys.stderr.isatty():
        return items
    from tqdm import tqdm

    return tqdm(items, desc="extract", unit="doc")


def _work(args: argparse.Namespace, done: Counter[str], unreadable: set[str]) -> Iterator[Document | Article]:
    """Every input: a document to extract, or a finished record (bad input, duplicate id).

    Documents an earlier run recorded are left out (see `_Occurrences`). Ids of inputs that could not be
    read are added to `unreadable` (their errors' stage is `read`).
    """
    occurrence = _Occurrences(done)
    columns = Columns(id=args.id_column, text=args.text_column)
    for item in _progress(read_inputs(args.inputs, columns, split=args.split, exclude=args.outputs)):
        verdict = occurrence(item.id)
        if verdict == "done":
            continue  # finished in an earlier, interrupted run
        if isinstance(item, BadInput):
            unreadable.add(item.id)
            yield Article(id=item.id, text="", status=DocStatus.failed, error=f"{item.source}: {item.error}")
        elif verdict == "duplicate":
            yield unfinished(item, DocStatus.skipped, "duplicate id")
        elif args.published and item.published is None:
            yield item.model_copy(update={"published": args.published})
        else:
            yield item


async def _results(
    args: argparse.Namespace, backend: Backend, done: Counter[str], unreadable: set[str]
) -> AsyncIterator[Article]:
    """Every input's finished record, in input order, from the engine the flags choose."""
    if args.engine == "local" and not args.batch_api and is_async(backend):  # model calls overlap in this process
        from tradefacts.extract.io.batch import extract_stream

        concurrency = args.llm_concurrency or LLMConfig.concurrency
        async for article in extract_stream(
            _work(args, done, unreadable), backend, concurrency=concurrency, max_chars=args.max_chars
        ):
            yield article
        return
    results = _blocking_results(args, backend, done, unreadable)
    try:
        for article in results:
            yield article
            await asyncio.sleep(0)  # a signal's cancellation lands here, between documents
    finally:
        results.close()  # ends the pool, or leaves a batch recorded for --resume


def _blocking_results(
    args: argparse.Namespace, backend: Backend, done: Counter[str], unreadable: set[str]
) -> Iterator[Article]:
    """Records from the engines that work outside the event loop: the process pool, the Batch API, Ray."""
    if args.engine == "ray":
        yield from _ray_results(args, done, unreadable)
    elif args.batch_api:
        from tradefacts.extract.llm.batch_api import extract_batch

        state = sibling(args.output, ".batch.json")
        work = _work(args, done, unreadable)
        yield from extract_batch(work, backend, state, max_chars=args.max_chars, resume=args.resume)
    else:  # CPU-bound: one process per core
        work = _work(args, done, unreadable)
        yield from extract_parallel(work, backend, workers=args.workers or machine_cores(), max_chars=args.max_chars)


def _ray_results(args: argparse.Namespace, done: Counter[str], unreadable: set[str]) -> Iterator[Article]:
    """Records extracted on a Ray cluster, back in input order, with the same resume and duplicate rules."""
    try:
        from tradefacts.ray import extract_paths
    except ImportError as exc:
        raise RuntimeError(f"--engine ray needs {exc.name!r}: pip install 'tradefacts[ray]'") from exc

    occurrence = _Occurrences(done)
    columns = Columns(id=args.id_column, text=args.text_column)
    inputs = [str(p) for p in args.inputs]
    results = extract_paths(
        inputs, backend_builder(args), columns, skip=set(done), max_chars=args.max_chars, workers=args.workers
    )
    for article, doc in results:
        verdict = occurrence(article.id)
        if verdict == "done":
            continue
        if doc is None:
            unreadable.add(article.id)
            yield article
        else:
            yield unfinished(doc, DocStatus.skipped, "duplicate id") if verdict == "duplicate" else article


def _engine_problem(args: argparse.Namespace) -> str | None:
    """What is wrong with the engine flags together, or None."""
    if args.workers is not None and args.workers < 1:
        return "--workers must be at least 1"
    if args.batch_api and not args.output:
        return "--batch-api needs -o OUTPUT (the batch id is kept beside it)"
    if args.batch_api and (args.backend != "llm" or args.engine != "local" or args.fallback):
        return "--batch-api works with --backend llm alone (no --fallback, no --engine ray)"
    return None


def run(args: argparse.Namespace) -> int:
    """Extract every input; each document ends with a status; write the manifest next to the output."""
    for flag, needed in (("--resume", args.resume), ("--parquet", args.parquet)):
        if needed and not args.output:
            print(f"tradefacts extract: {flag} needs -o OUTPUT", file=sys.stderr)
            return 2
        if needed and args.format == "csv":
            print(f"tradefacts extract: {flag} needs --format jsonl (the run log)", file=sys.stderr)
            return 2
    if problem := _engine_problem(args):
        print(f"tradefacts extract: {problem}", file=sys.stderr)
        return 2
    if args.engine == "ray":  # paths or URIs, read by Ray where they lie
        args.outputs = []
        return _start(args)
    args.inputs = [Path(p) for p in args.inputs]
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
    return _start(args, backend)


def _start(args: argparse.Namespace, backend: Backend | None = None) -> int:
    try:
        backend = backend or backend_from_args(args)
        return asyncio.run(_run(args, backend))
    except KeyboardInterrupt:  # a second Ctrl-C, between documents: _run has written the manifest
        return 128 + signal.SIGINT
    except (KeyError, ValueError, RuntimeError) as exc:  # a bad backend, an engine that cannot start, a batch
        print(f"tradefacts extract: {exc}", file=sys.stderr)  # not collected yet
        return 2


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
            async for article in _results(args, backend, log.done if log else Counter(), unreadable):
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
        "engine": "ray" if args.engine == "ray" else "batch-api" if args.batch_api else "local",
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
        from tradefacts.extract.io.parquet import write_parquet

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
    """Versions that decide a run's output: Python and the libraries this run's extraction went through
    (those it imported: looking up the others costs start-up time and says nothing about the run)."""
    found = {"python": platform.python_version()}
    for dist in ("pydantic", "openai", "instructor", "trafilatura", "datasets", "pyarrow"):
        if dist not in sys.modules:
            continue
        try:
            found[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
    return found
