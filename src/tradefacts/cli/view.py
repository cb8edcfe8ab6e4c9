"""`tradefacts view`: one article of a run as an HTML page, its facts highlighted in the text."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tradefacts.view import find_article, render_article


def register(p: argparse.ArgumentParser) -> None:
    """The `view` subcommand's arguments."""
    p.add_argument("run", type=Path, help="a run's JSONL file")
    p.add_argument("id", help="the article id")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print one article of a run as an HTML page."""
    try:
        article = find_article(args.run, args.id)
    except (KeyError, OSError) as exc:
        print(f"tradefacts view: {exc}", file=sys.stderr)
        return 2
    sys.stdout.write(render_article(article))
    return 0
