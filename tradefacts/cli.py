"""The `tradefacts` command: one subcommand per job, each defined next to the code it runs."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from eval import cli as eval_cli
from extract import cli as extract_cli
from schemas import Article, Fact
from tradefacts import __version__

SCHEMA_MODELS = {"article": Article, "fact": Fact}


def _schema(args: argparse.Namespace) -> int:
    schema = SCHEMA_MODELS[args.model].model_json_schema()
    json.dump(schema, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


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
