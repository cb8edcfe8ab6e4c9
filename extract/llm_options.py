"""Command-line flags of the model backends (`llm`, `hybrid`) and the backend they build."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from extract.backend import Backend, get_backend

MODES = ("tools", "json_schema", "json", "md_json")


def add_llm_arguments(p: argparse.ArgumentParser) -> None:
    """Flags for `--backend llm|hybrid`; the openai client also reads OPENAI_API_KEY and OPENAI_BASE_URL."""
    g = p.add_argument_group("model backends (llm, hybrid)")
    g.add_argument("--model", help="model name (default $TRADEFACTS_MODEL, else gpt-4o-mini)")
    g.add_argument(
        "--base-url", help="OpenAI-compatible endpoint, e.g. http://127.0.0.1:8080/v1 (default $OPENAI_BASE_URL)"
    )
    g.add_argument("--mode", choices=MODES, default="tools", help="instructor mode (default tools)")
    g.add_argument("--temperature", type=float, default=0.0)
    g.add_argument("--max-tokens", type=int, default=2048, help="completion budget per call (default 2048)")
    g.add_argument("--max-tokens-cap", type=int, default=8192, help="truncated output is retried with up to this")
    g.add_argument("--chunk-tokens", type=int, default=1500, help="article tokens per chunk (default 1500)")
    g.add_argument("--max-facts", type=int, default=40, help="schema cap on facts per chunk (small models: ~4)")
    g.add_argument("--max-evidence-chars", type=int, default=400, help="schema cap on evidence length")
    g.add_argument("--concurrency", type=int, default=8, help="model calls in flight (default 8)")
    g.add_argument("--rpm", type=float, help="at most this many requests per minute")
    g.add_argument("--tpm", type=float, help="at most this many tokens per minute (prompt estimate + max tokens)")
    g.add_argument("--timeout", type=float, default=120.0, help="seconds per HTTP request (default 120)")
    g.add_argument("--max-reasks", type=int, default=2, help="validation re-asks per call (default 2)")
    g.add_argument("--retries", type=int, default=4, help="transport retries per request: 429, 5xx, timeouts")
    g.add_argument("--cache", type=Path, help="SQLite answer cache (default ~/.cache/tradefacts/llm.sqlite)")
    g.add_argument("--no-cache", action="store_true", help="always call the model")
    g.add_argument("--prices", type=Path, help='JSON {"model": [USD per 1M prompt tokens, per 1M completion]}')
    g.add_argument("--fallback", choices=("regex",), help="extract with this backend where the model fails")


def backend_from_args(args: argparse.Namespace) -> Backend:
    """The backend the flags ask for, wrapped with a fallback when `--fallback` is given."""
    if args.backend not in ("llm", "hybrid"):
        backend = get_backend(args.backend)
    else:
        from extract.llm.backend import LLMConfig
        from extract.llm.cache import default_cache_path
        from extract.llm.transport import RetryPolicy

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
