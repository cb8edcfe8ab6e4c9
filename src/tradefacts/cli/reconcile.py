"""`tradefacts reconcile`: runs in, one Parquet table of observations out, with a Markdown summary beside it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tradefacts.api import reconcile, summary_path
from tradefacts.eval.loading import InputError


def register(p: argparse.ArgumentParser) -> None:
    """The `reconcile` subcommand's arguments."""
    p.add_argument("runs", type=Path, nargs="+", help="run files written by `tradefacts extract` (JSONL)")
    p.add_argument("-o", "--output", type=Path, required=True, help="the Parquet table to write (and OUTPUT.md)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Reconcile the runs, write the table and summary, and say what was found."""
    try:
        reconciled = reconcile(*args.runs, output=args.output)
    except (InputError, RuntimeError, OSError) as exc:
        print(f"tradefacts reconcile: {exc}", file=sys.stderr)
        return 2
    observations = reconciled.observations
    conflicting = sum(o.status == "conflicting" for o in observations)
    print(
        f"tradefacts reconcile: {len(observations)} observations from {reconciled.articles} articles, "
        f"{conflicting} conflicting; {args.output}, {summary_path(args.output)}",
        file=sys.stderr,
    )
    return 0
