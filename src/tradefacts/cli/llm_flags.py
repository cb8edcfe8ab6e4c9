"""Command-line flags of the model backends (`llm`, `hybrid`), generated from `LLMConfig`'s fields."""

from __future__ import annotations

import argparse
import json
import types
import typing
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from tradefacts.extract.backend import Backend
from tradefacts.extract.llm.config import LLMConfig, RetryPolicy, flag_fields
from tradefacts.extract.registry import get_backend

MODEL_BACKENDS = ("llm", "hybrid")


def _flag(f: Any) -> str:
    return f.metadata.get("flag") or "--" + f.name.replace("_", "-")


def _scalar(annotation: Any) -> type:
    """`float | None` → float: the type argparse converts a flag's text to."""
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return args[0]
    return annotation


def add_llm_arguments(p: argparse.ArgumentParser) -> None:
    """One flag per `LLMConfig` option, plus --retries, --no-cache, --prices and --fallback."""
    g = p.add_argument_group("model backends (llm, hybrid)")
    hints = typing.get_type_hints(LLMConfig)
    for f in flag_fields():
        g.add_argument(
            _flag(f),
            dest=f"llm_{f.name}",
            type=_scalar(hints[f.name]),
            default=None,
            choices=f.metadata.get("choices"),
            help=f.metadata["help"].replace("%(default)s", str(f.default)),
        )
    retries = f"transport retries per request: 429, 5xx, timeouts (default {RetryPolicy.retries})"
    g.add_argument("--retries", type=int, help=retries)
    g.add_argument("--no-cache", action="store_true", help="always call the model")
    g.add_argument("--prices", type=Path, help='JSON {"model": [USD per 1M prompt tokens, per 1M completion]}')
    g.add_argument("--fallback", choices=("regex",), help="extract with this backend where the model fails")


def config_from_args(args: argparse.Namespace) -> LLMConfig:
    """The environment's config (`LLMConfig.from_env`) with every flag the user gave on top."""
    given: dict[str, Any] = {f.name: getattr(args, f"llm_{f.name}") for f in flag_fields()}
    if args.retries is not None:
        given["retry"] = RetryPolicy(retries=args.retries)
    if args.prices:
        given["prices"] = {m: (float(p[0]), float(p[1])) for m, p in json.loads(args.prices.read_text("utf-8")).items()}
    return LLMConfig.from_env(cache=not args.no_cache, **given)


def backend_from_args(args: argparse.Namespace) -> Backend:
    """The backend the flags ask for, wrapped with a fallback when `--fallback` is given."""
    return backend_builder(args)()


def backend_builder(args: argparse.Namespace) -> Callable[[], Backend]:
    """A picklable function that builds the backend the flags ask for: the configuration (environment
    included) is read here, once, so a worker process or a Ray actor builds the same backend."""
    config = config_from_args(args) if args.backend in MODEL_BACKENDS else None
    if config is not None and config.base_url is None and config.api_key is None:  # every call would fail
        raise ValueError(f"--backend {args.backend} needs OPENAI_API_KEY, or --base-url for a local server")
    return partial(_build, args.backend, config, args.fallback)


def _build(name: str, config: LLMConfig | None, fallback: str | None) -> Backend:
    backend = get_backend(name, config=config) if config else get_backend(name)
    if fallback:
        from tradefacts.extract.compose import WithFallback

        backend = WithFallback(backend, get_backend(fallback))
    return backend
