"""What a run cost and how it ended, read from its records: facts, rejected and flagged, tokens, money, latency."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import numpy as np

from tradefacts.schemas import Article


def _percentile(values: list[float], q: float) -> float | None:
    return float(np.percentile(values, q)) if values else None


def run_stats(articles: Iterable[Article]) -> dict[str, object]:
    """Totals over a run's articles; tokens, cost and latency only where the records carry `usage`.

    `cost_usd` is the money spent; `cost_uncached_usd` what the same answers would have cost had none come
    from the cache (each cached answer is priced at the tokens its first call used). Latency percentiles are
    over documents.
    """
    articles = list(articles)
    usages = [a.usage for a in articles if a.usage is not None]
    costs = [u.cost_usd for u in usages if u.cost_usd is not None]
    uncached = [u.cost_uncached_usd if u.cost_uncached_usd is not None else u.cost_usd for u in usages]
    latencies = [u.latency_s for u in usages]
    prompt = sum(u.prompt_tokens for u in usages)
    completion = sum(u.completion_tokens for u in usages)
    return {
        "documents": len(articles),
        "status": dict(Counter((a.status.value if a.status else "ok") for a in articles).most_common()),
        "facts": sum(len(a.facts) for a in articles),
        "rejected": sum(len(a.rejected) for a in articles),
        "flagged": sum(len(a.flags) for a in articles),
        "with_usage": len(usages),
        "calls": sum(u.calls for u in usages),
        "cache_hits": sum(u.cache_hits for u in usages),
        "tokens": {"prompt": prompt, "completion": completion, "total": prompt + completion},
        "cost_usd": round(sum(costs), 8) if costs else None,
        "cost_uncached_usd": round(sum(c for c in uncached if c is not None), 8) if costs else None,
        "latency_s": {"p50": _percentile(latencies, 50), "p95": _percentile(latencies, 95)},
    }
