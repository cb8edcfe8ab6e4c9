"""The `tradefacts` command: one subcommand per job, each defined next to the code it runs."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from eval import cli as eval_cli
from extract import cli as extract_cli
from extract.backend import DEFAULT_MAX_CHARS
from extract.llm_options import add_llm_arguments, backend_from_args
from schemas import Article, Fact
from tradefacts import __version__

SCHEMA_MODELS = {"article": Article, "fact": Fact}


def _schema(args: argparse.Namespace) -> int:
    schema = SCHEMA_MODELS[args.model].model_json_schema()
    json.dump(schema, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


def _serve(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from tradefacts.service import Limits, create_app
    except ImportError as exc:
        print(f"tradefacts serve: needs {exc.name!r}: pip install 'tradefacts[serve]'", file=sys.stderr)
        return 2
    try:
        backend = backend_from_args(args)
    except (KeyError, ValueError, RuntimeError, OSError) as exc:
        print(f"tradefacts serve: {exc}", file=sys.stderr)
        return 2
    limits = Limits(
        max_body_bytes=args.max_body_bytes,
        max_batch=args.max_batch,
        timeout_s=args.request_timeout,
        max_chars=args.max_chars,
    )
    uvicorn.run(create_app(backend, limits), host=args.host, port=args.port, log_level="warning")
    return 0


def _add_serve(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="serve extraction over HTTP (POST /v1/extract, /v1/extract/batch, ...)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
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
    try:
        return args.func(args)
    except BrokenPipeError:  # `tradefacts ... | head` is normal Unix use
        return 0


if __name__ == "__main__":
    sys.exit(main())
