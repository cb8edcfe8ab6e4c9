"""`tradefacts prompt show`: the system prompt the LLM backend sends, to read or to copy into a --prompt file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tradefacts.extract.llm.prompt import (
    default_template,
    prompt_name,
    prompt_version,
    read_prompt,
    response_model,
    system_prompt,
)


def register(p: argparse.ArgumentParser) -> None:
    """The `prompt` subcommand's arguments."""
    verbs = p.add_subparsers(dest="verb", required=True, metavar="VERB")
    show = verbs.add_parser("show", help="print a prompt as the model gets it; its name and hash go to stderr")
    show.add_argument("--prompt", type=Path, help="a prompt file (default: the built-in prompt)")
    show.add_argument(
        "--template", action="store_true", help="print the template, {guide} not yet replaced by schemas/guide.md"
    )
    show.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the prompt; its name and hash (as manifests and reports show them) go to standard error."""
    try:
        template = read_prompt(args.prompt) if args.prompt else None
    except ValueError as exc:
        print(f"tradefacts prompt: {exc}", file=sys.stderr)
        return 2
    text = system_prompt(template)
    sys.stdout.write((template or default_template()) if args.template else text)
    name, digest = prompt_name(args.prompt), prompt_version(response_model(), text)
    print(f"prompt {name} {digest}", file=sys.stderr)
    return 0
