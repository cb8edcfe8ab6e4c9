"""Reports of scored runs: results.json (every alignment), leaderboard.csv, report.md and a self-contained
report.html, all rendered from one payload (`build_report`) so they say the same thing."""

from __future__ import annotations

import csv
import hashlib
import json
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from tradefacts.eval.format import leaderboard_record
from tradefacts.eval.html_report import render_html
from tradefacts.eval.listing import error_listing
from tradefacts.eval.loading import Run
from tradefacts.eval.markdown import render_markdown
from tradefacts.eval.metrics import ArticleScore, RunScore, compare_runs, prf
from tradefacts.schemas import GUIDE_VERSION

SCORER_VERSION = "2.0"
RUN_KEYS = (
    "backend",
    "version",
    "model",
    "mode",
    "prompt_name",
    "prompt_hash",
    "base_url",
    "created",
    "documents",
    "status",
    "usage",
    "cost_usd",
    "cost_uncached_usd",
    "latency_s",
    "wall_s",
    "guide_version",
)


def file_sha256(path: Path) -> str:
    """Hex SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def git_revision() -> str | None:
    """The current git commit of the working directory, if any."""
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, timeout=5, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None


def fact_dict(fact: object) -> dict:
    """A fact as JSON-ready dict (pydantic model or raw record)."""
    return fact.model_dump(mode="json", exclude_none=True) if hasattr(fact, "model_dump") else fact  # type: ignore[return-value]


def article_results(a: ArticleScore) -> dict:
    """Every alignment decision of one article, enough to recompute any metric by field or article."""
    return {
        "id": a.id,
        "predicted": a.predicted,
        "metadata": a.metadata,
        "pairs": [
            {
                "gold": fact_dict(a.gold[p.gold]),
                "pred": fact_dict(a.pred[p.pred]),
                "fields": p.fields,
                "strict": p.strict,
                "identity": p.identity,
                "scale_error": p.scale_error,
            }
            for p in a.alignment.pairs
        ],
        "missed": [fact_dict(a.gold[i]) for i in a.alignment.missed],
        "spurious": [fact_dict(a.pred[j]) for j in a.alignment.spurious],
        "duplicates": [fact_dict(f) for f in a.duplicates],
        "ungrounded": [{"fact": fact_dict(f), "problems": probs} for f, probs in a.ungrounded],
        "invalid": [{"index": bad.index, "error": bad.error, "record": bad.record} for bad in a.invalid],
    }


def manifest(gold_paths: list[Path], runs: dict[str, Run]) -> dict:
    """Provenance of a report: scorer version, gold hashes, each run's file hash and metadata, git revision."""
    return {
        "scorer_version": SCORER_VERSION,
        "guide_version": GUIDE_VERSION,
        "scored_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "gold": [{"path": str(p), "sha256": file_sha256(p)} for p in gold_paths],
        "runs": {
            name: {"path": str(r.path), "sha256": file_sha256(r.path)}
            | {k: r.manifest[k] for k in RUN_KEYS if k in r.manifest}
            for name, r in runs.items()
        },
        "git_revision": git_revision(),
    }


def run_label(name: str, run: Run) -> dict[str, object]:
    """What a run is: its name, backend, model, prompt name and hash, endpoint; from its manifest, else from the
    provenance its records carry."""
    first = next((a.provenance for a in run.articles.values() if a.provenance), None)
    meta = run.manifest
    return {
        "run": name,
        "path": str(run.path),
        "backend": meta.get("backend") or (first.backend if first else None),
        "model": meta.get("model") or (first.model if first else None),
        "prompt": meta.get("prompt_name") or (first.prompt_name if first else None),
        "prompt_hash": meta.get("prompt_hash") or (first.prompt_version if first else None),
        "endpoint": meta.get("base_url") or (first.base_url if first else None),
    }


def per_article(scores: dict[str, RunScore], runs: dict[str, Run]) -> list[dict]:
    """One row per gold article: its gold facts, and each run's strict tp, predicted facts, F1 and status."""
    names = list(scores)
    rows = []
    for i, first in enumerate(scores[names[0]].articles):
        cells = {}
        for n in names:
            a = scores[n].articles[i]
            record = runs[n].articles.get(a.id)
            status = "missing" if record is None else (record.status.value if record.status else "ok")
            cells[n] = {"tp": a.strict_tp, "pred": len(a.pred), "f1": prf(a.strict_tp, len(a.pred), len(a.gold))["f1"],
                        "status": status}  # fmt: skip
        rows.append({"id": first.id, "gold": len(first.gold), "runs": cells})
    return rows


def build_report(
    scores: dict[str, RunScore], runs: dict[str, Run], baseline: str | None, man: dict, *, resamples: int, seed: int
) -> dict:
    """Everything the reports show, JSON-ready: labels, metrics, leaderboard, comparisons, articles, errors."""
    labels = {n: run_label(n, runs[n]) for n in scores}
    metrics = {n: s.metrics for n, s in scores.items()}
    comparisons = {
        n: compare_runs(s, scores[baseline], resamples=resamples, seed=seed)
        for n, s in scores.items()
        if baseline and n != baseline
    }
    leaderboard = [
        leaderboard_record(labels[n], metrics[n], comparisons.get(n)) | {"is_baseline": n == baseline} for n in scores
    ]
    results = {n: [article_results(a) for a in s.articles] for n, s in scores.items()}
    return {
        "manifest": man,
        "baseline": baseline,
        "runs": labels,
        "leaderboard": leaderboard,
        "comparisons": comparisons,
        "metrics": metrics,
        "per_article": per_article(scores, runs),
        "errors": {n: error_listing(r) for n, r in results.items()},
        "articles": results,
    }


def write_reports(out_dir: Path, report: dict) -> list[Path]:
    """Write results.json, leaderboard.csv, report.md and report.html into `out_dir`; return their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = [out_dir / n for n in ("report.md", "report.html", "results.json", "leaderboard.csv")]
    paths[0].write_text(render_markdown(report), encoding="utf-8")
    paths[1].write_text(render_html(report), encoding="utf-8")
    paths[2].write_text(json.dumps(report, indent=1, ensure_ascii=False, default=str), encoding="utf-8")
    with paths[3].open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(report["leaderboard"][0]))
        writer.writeheader()
        writer.writerows(report["leaderboard"])
    return paths
