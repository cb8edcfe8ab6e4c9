"""The `tradefacts` command: one subcommand per module of this package (extract, view, eval, reconcile, prompt, ...)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from tradefacts.cli import eval as eval_command
from tradefacts.cli import extract as extract_command
from tradefacts.cli import prompt as prompt_command
from tradefacts.cli import reconcile as reconcile_command
from tradefacts.cli import schema as schema_command
from tradefacts.cli import serve as serve_command
from tradefacts.cli import view as view_command
from tradefacts.schemas import package_version

COMMANDS = (
    extract_command,
    view_command,
    eval_command,
    reconcile_command,
    serve_command,
    schema_command,
    prompt_command,
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="tradefacts", description="Extract verified trade facts from articles, and score them against gold."
    )
    parser.add_argument("--version", action="version", version=f"tradefacts {package_version()}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.register(sub)
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
