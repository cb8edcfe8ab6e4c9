"""The `tradefacts` command: one subcommand per module of this package (extract, view, eval, reconcile, serve, schema,
prompt).

Only the module of the command being run is imported, so `tradefacts --version` and `--help` start as fast as
the interpreter does, and `tradefacts extract` never loads what `eval` or `serve` need (scipy, fastapi).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# name → help; each name is a module of this package with `register(parser)` and `run(args) -> int`
COMMANDS: dict[str, str] = {
    "extract": "extract facts from text, HTML, JSONL, Parquet or a dataset into JSONL",
    "view": "an article of a run as HTML, its facts highlighted in the text",
    "eval": "score runs against gold; write report.md, report.html, results.json and leaderboard.csv",
    "reconcile": "group the facts of runs by observation across articles: one Parquet table, conflicts marked",
    "serve": "serve extraction over HTTP (POST /v1/extract, /v1/extract/batch, ...)",
    "schema": "print the JSON Schema of the interchange format",
    "prompt": "print the LLM system prompt (the default, or a --prompt file as sent)",
}


class _Version(argparse.Action):
    """`--version`, read from the installed metadata only when asked for."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from importlib.metadata import PackageNotFoundError, version

        try:
            found = version("tradefacts")
        except PackageNotFoundError:  # a source tree that is not installed
            found = "0+unknown"
        parser.exit(message=f"tradefacts {found}\n")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The argument parser; every command's flags, or only `command`'s (the others are listed, not loaded)."""
    parser = argparse.ArgumentParser(
        prog="tradefacts", description="Extract verified trade facts from articles, and score them against gold."
    )
    parser.add_argument("--version", action=_Version)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, help_text in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        if command is None or command == name:
            importlib.import_module(f"tradefacts.cli.{name}").register(p)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `tradefacts` console script."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    command = next((a for a in args_list if not a.startswith("-")), "")  # the top level has only flags
    args = build_parser(command).parse_args(args_list)
    args.argv = args_list
    try:
        return args.func(args)
    except BrokenPipeError:  # `tradefacts ... | head` is normal Unix use
        return 0


if __name__ == "__main__":
    sys.exit(main())
