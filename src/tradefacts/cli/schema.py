"""`tradefacts schema`: the JSON Schema of the interchange format."""

from __future__ import annotations

import argparse
import json
import sys

from tradefacts.schemas import Article, Fact

SCHEMA_MODELS = {"article": Article, "fact": Fact}


def register(p: argparse.ArgumentParser) -> None:
    """The `schema` subcommand's arguments."""
    p.add_argument("--model", choices=sorted(SCHEMA_MODELS), default="article", help="which record (default: article)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the schema of the chosen record."""
    json.dump(SCHEMA_MODELS[args.model].model_json_schema(), sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0
