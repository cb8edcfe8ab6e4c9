"""Command-line flags of the model backends (`llm`, `hybrid`) and the backend they build."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from extract.backend import Backend, get_backend
from extract.llm.cache import default_cache_path
from extract.llm.config import MODE_NAMES, LLMConfig, RetryPolicy

D = LLMConfig  # flag defaults are the config's own field defaults, stated once


def add_llm_arguments(p: argparse.ArgumentParser) -> None:
    """Flags for `--backend llm|hybrid`; the openai client also reads OPENAI_API_KEY and OPENAI_BASE_URL."""
    g = p.add_argument_group("model backends (llm, hybrid)")
    g.add_argument("--model", help="model name (default $TRADEFACTS_MODEL, else gpt-4o-mini)")
    g.add_argument(
        "--base-url", help="OpenAI-compatible endpoint, e.g. http://127.0.0.1:8080/v1 (default $OPENAI_BASE_URL)"
    )
    g.add_argument("--mode", choices=MODE_NAMES, default=D.mode, help="instructor mode (default %(default)s)")
    g.add_argument("--temperature", type=float, default=D.temperature)
    g.add_argument("--max-tokens", type=int, default=D.max_tokens, help="completion budget per call (%(default)s)")
    g.add_argument(
        "--max-tokens-cap",
        type=int,
        default=D.max_tokens_cap,
        help="truncated output is retried with up to this (%(default)s)",
    )
    g.add_argument("--chunk-tokens", type=int, default=D.chunk_tokens, help="article tokens per chunk (%(default)s)")
    g.add_argument(
        "--max-facts",
        type=int,
        default=D.max_facts,
        help="schema cap on facts per chunk (%(default)s; small models: ~4)",
    )
    g.add_argument(
        "--max-evidence-chars",
        type=int,
        default=D.max_evidence_chars,
        help="schema cap on evidence length (%(default)s)",
    )
    g.add_argument("--concurrency", type=int, default=D.concurrency, help="model calls in flight (%(default)s)")
    g.add_argument("--rpm", type=float, help="at most this many requests per minute")
    g.add_argument("--tpm", type=float, help="at most this many tokens per minute (prompt estimate + max tokens)")
    g.add_argument("--timeout", type=float, default=D.timeout_s, help="seconds per HTTP request (%(default)s)")
    g.add_argument("--max-reasks", type=int, default=D.max_reasks, help="validation re-asks per call (%(default)s)")
    g.add_argument(
        "--retries",
        type=int,
        default=RetryPolicy.retries,
        help="transport retries per request: 429, 5xx, timeouts (%(default)s)",
    )
    g.add_argument("--cache", type=Path, help="SQLite answer cache (default ~/.cache/tradefacts/llm.sqlite)")
    g.add_argument("--no-cache", action="store_true", help="always call the model")
    g.add_argument("--prices", type=Path, help='JSON {"model": [USD per 1M prompt tokens, per 1M completion]}')
    g.add_argument("--fallback", choices=("regex",), help="extract with this backend where the model fails")


def backend_from_args(args: argparse.Namespace) -> Backend:
    """The backend the flags ask for, wrapped with a fallback when `--fallback` is given."""
    if args.backend not in ("llm", "hybrid"):
        backend = get_backend(args.backend)
    else:
        prices = {}
        if args.prices:
            prices = {m: (float(p[0]), float(p[1])) for m, p in json.loads(args.prices.read_text("utf-8")).items()}
        defaults = LLMConfig()
        config = LLMConfig(
            model=args.model or defaults.model,
            base_url=args.base_url,
            mode=args.mode,
            temperature=args.temperature,
            max_tokens=args.max_tokens,
            max_tokens_cap=max(args.max_tokens_cap, args.max_tokens),
            chunk_tokens=args.chunk_tokens,
            max_facts=args.max_facts,
            max_evidence_chars=args.max_evidence_chars,
            concurrency=args.concurrency,
            rpm=args.rpm,
            tpm=args.tpm,
            timeout_s=args.timeout,
            max_reasks=args.max_reasks,
            retry=RetryPolicy(retries=args.retries),
            cache_path=None if args.no_cache else (args.cache or default_cache_path()),
            prices=defaults.prices | prices,
        )
        backend = get_backend(args.backend, config=config)
    if args.fallback:
        from extract.hybrid import WithFallback

        backend = WithFallback(backend, get_backend(args.fallback))
    return backend
