"""The `tradefacts` command: one subcommand per job, each defined next to the code it runs."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from eval import cli as eval_cli
from extract import cli as extract_cli
from extract.backend import DEFAULT_MAX_CHARS
from extract.llm_options import add_llm_arguments, backend_from_args
from schemas import Article, Fact
from tradefacts import __version__

if TYPE_CHECKING:
    from fastapi import FastAPI

SCHEMA_MODELS = {"article": Article, "fact": Fact}


def _schema(args: argparse.Namespace) -> int:
    schema = SCHEMA_MODELS[args.model].model_json_schema()
    json.dump(schema, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


SERVE_ARGV = "TRADEFACTS_SERVE_ARGV"  # how `serve --workers N` hands its command line to each worker process


def _serve(args: argparse.Namespace) -> int:
    if args.workers < 1:
        print("tradefacts serve: --workers must be at least 1", file=sys.stderr)
        return 2
    try:
        import uvicorn

        app = _service_app(args)  # built here too when workers will rebuild it: bad options fail before forking
    except ImportError as exc:
        print(f"tradefacts serve: needs {exc.name!r}: pip install 'tradefacts[serve]'", file=sys.stderr)
        return 2
    except (KeyError, ValueError, RuntimeError, OSError) as exc:
        print(f"tradefacts serve: {exc}", file=sys.stderr)
        return 2
    where = {"host": args.host, "port": args.port, "log_level": "warning"}
    if args.workers > 1:
        os.environ[SERVE_ARGV] = json.dumps(args.argv)
        uvicorn.run("tradefacts.cli:worker_app", factory=True, workers=args.workers, **where)
    else:
        uvicorn.run(app, **where)
    return 0


def _service_app(args: argparse.Namespace) -> FastAPI:
    from tradefacts.service import Limits, create_app

    limits = Limits(
        max_body_bytes=args.max_body_bytes,
        max_batch=args.max_batch,
        timeout_s=args.request_timeout,
        max_chars=args.max_chars,
    )
    return create_app(backend_from_args(args), limits)


def worker_app() -> FastAPI:
    """The service app in a `serve --workers N` worker process, built from the parent's command line."""
    return _service_app(build_parser().parse_args(json.loads(os.environ[SERVE_ARGV])))


def _add_serve(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="serve extraction over HTTP (POST /v1/extract, /v1/extract/batch, ...)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument(
        "--workers",
        type=int,
        default=1,
        help="server processes (default 1): about one per core for rules; each has its own --concurrency",
    )
    p.add_argument("--backend", default="regex", help="extractor (default regex)")
    p.add_argument("--max-body-bytes", type=int, default=5_000_000, help="largest request body (default 5 MB)")
    p.add_argument("--max-batch", type=int, default=64, help="most articles per batch request (default 64)")
    p.add_argument("--request-timeout", type=float, default=120.0, help="seconds per article (default 120)")
    p.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS, help="longest article text (%(default)s)")
    add_llm_arguments(p)
    p.set_defaults(func=_serve)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="tradefacts", description="Extract verified trade facts from articles, and score them against gold."
    )
    parser.add_argument("--version", action="version", version=f"tradefacts {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    schema = sub.add_parser("schema", help="print the JSON Schema of the interchange format")
    schema.add_argument(
        "--model", choices=sorted(SCHEMA_MODELS), default="article", help="which record (default: article)"
    )
    schema.set_defaults(func=_schema)
    extract_cli.register(sub)
    eval_cli.register(sub)
    _add_serve(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `tradefacts` console script."""
    args = build_parser().parse_args(argv)
    args.argv = list(sys.argv[1:] if argv is None else argv)
    try:
        return args.func(args)
    except BrokenPipeError:  # `tradefacts ... | head` is normal Unix use
        return 0


if __name__ == "__main__":
    sys.exit(main())
