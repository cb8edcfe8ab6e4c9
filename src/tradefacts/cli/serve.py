"""`tradefacts serve`: the HTTP service (FastAPI under uvicorn), one or more worker processes."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import TYPE_CHECKING

from tradefacts.cli.llm_flags import add_llm_arguments, backend_from_args
from tradefacts.extract.backend import DEFAULT_MAX_CHARS

if TYPE_CHECKING:
    from fastapi import FastAPI

SERVE_ARGV = "TRADEFACTS_SERVE_ARGV"  # how `serve --workers N` hands its command line to each worker process


def register(p: argparse.ArgumentParser) -> None:
    """The `serve` subcommand's arguments."""
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
    p.add_argument(
        "--view-cache-bytes",
        type=int,
        default=50_000_000,
        help="memory for the articles GET /v1/view shows, counted as their JSON (default 50 MB)",
    )
    add_llm_arguments(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Start the server; exit 2 on bad options or a missing extra."""
    if args.workers < 1:
        print("tradefacts serve: --workers must be at least 1", file=sys.stderr)
        return 2
    try:
        import uvicorn

        app = service_app(args)  # built here too when workers will rebuild it: bad options fail before forking
    except ImportError as exc:
        print(f"tradefacts serve: needs {exc.name!r}: pip install 'tradefacts[serve]'", file=sys.stderr)
        return 2
    except (KeyError, ValueError, RuntimeError, OSError) as exc:
        print(f"tradefacts serve: {exc}", file=sys.stderr)
        return 2
    where = {"host": args.host, "port": args.port, "log_level": "warning"}
    if args.workers > 1:
        os.environ[SERVE_ARGV] = json.dumps(args.argv)
        uvicorn.run("tradefacts.cli.serve:worker_app", factory=True, workers=args.workers, **where)
    else:
        uvicorn.run(app, **where)
    return 0


def service_app(args: argparse.Namespace) -> FastAPI:
    """The FastAPI app the parsed flags describe."""
    from tradefacts.service import Limits, create_app

    limits = Limits(
        max_body_bytes=args.max_body_bytes,
        max_batch=args.max_batch,
        timeout_s=args.request_timeout,
        max_chars=args.max_chars,
        view_cache_bytes=args.view_cache_bytes,
    )
    return create_app(backend_from_args(args), limits)


def worker_app() -> FastAPI:
    """The service app in a `serve --workers N` worker process, built from the parent's command line."""
    parser = argparse.ArgumentParser(prog="tradefacts")
    register(parser.add_subparsers().add_parser("serve"))
    return service_app(parser.parse_args(json.loads(os.environ[SERVE_ARGV])))
