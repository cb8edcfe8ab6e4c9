"""Reports of a scored run: results.json (every alignment), report.md, and a self-contained report.html."""

from __future__ import annotations

import hashlib
import json
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from tradefacts.eval.align import SCORED_FIELDS
from tradefacts.eval.format import HEADLINE_COLUMNS, headline_rows, pct
from tradefacts.eval.html_report import render_html
from tradefacts.eval.metrics import ArticleScore, RunScore
from tradefacts.schemas import GUIDE_VERSION

SCORER_VERSION = "1.0"
LISTING_CAP = 25
RUN_KEYS = (
    "backend",
    "version",
    "model",
    "prompt_hash",
    "created",
    "documents",
    "status",
    "usage",
    "cost_usd",
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


def manifest(gold_paths: list[Path], pred_path: Path, run_meta: dict) -> dict:
    """Provenance of a report: scorer version, gold hash, the prediction run's metadata, git revision."""
    return {
        "scorer_version": SCORER_VERSION,
        "guide_version": GUIDE_VERSION,
        "scored_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "gold": [{"path": str(p), "sha256": file_sha256(p)} for p in gold_paths],
        "predictions": {"path": str(pred_path), "sha256": file_sha256(pred_path)},
        "run": {k: run_meta[k] for k in RUN_KEYS if k in run_meta},
        "git_revision": git_revision(),
    }


def _md_table(header: list[str], rows: list[list[str]]) -> list[str]:
    return ["| " + " | ".join(header) + " |", "|" + "---|" * len(header), *("| " + " | ".join(r) + " |" for r in rows)]


def _short(fact: dict) -> str:
    parts = [
        fact.get("area", "?"),
        fact.get("partner") or "",
        fact.get("product") or "",
        fact.get("segment") or "",
        fact.get("flow", ""),
        fact.get("measure", ""),
        str(fact.get("value_text", "")),
        fact.get("unit", ""),
    ]
    period = fact.get("period") or {}
    return " / ".join(p for p in parts if p) + f" / {period.get('start', '?')}..{period.get('end', '?')}"


def error_listing(results: list[dict]) -> dict[str, list[str]]:
    """Up to LISTING_CAP examples per error category."""
    cats: dict[str, list[str]] = {
        k: [] for k in ("missed", "spurious", "wrong field", "scale error", "duplicate", "ungrounded", "invalid")
    }
    for art in results:
        cats["missed"] += [f"{art['id']}: {_short(f)}" for f in art["missed"]]
        cats["spurious"] += [f"{art['id']}: {_short(f)}" for f in art["spurious"]]
        for pair in art["pairs"]:
            wrong = [k for k, ok in pair["fields"].items() if not ok]
            if wrong:
                detail = ", ".join(f"{k}: gold {pair['gold'].get(k)!s} / pred {pair['pred'].get(k)!s}" for k in wrong)
                cats["wrong field"].append(f"{art['id']}: {_short(pair['gold'])} — {detail}")
            if pair["scale_error"]:
                cats["scale error"].append(f"{art['id']}: gold {pair['gold']['value']} / pred {pair['pred']['value']}")
        cats["duplicate"] += [f"{art['id']}: {_short(f)}" for f in art["duplicates"]]
        cats["ungrounded"] += [
            f"{art['id']}: {_short(u['fact'])} — {'; '.join(u['problems'])}" for u in art["ungrounded"]
        ]
        cats["invalid"] += [b["error"] for b in art["invalid"]]
    return {
        k: v[:LISTING_CAP] + ([f"... and {len(v) - LISTING_CAP} more"] if len(v) > LISTING_CAP else [])
        for k, v in cats.items()
    }


def markdown(runs: dict[str, dict], listing: dict[str, list[str]], comparison: dict | None, man: dict) -> str:
    """report.md: headline metrics per run, field accuracy, comparison, error listing, provenance."""
    names = list(runs)
    out = [
        "# tradefacts evaluation report",
        "",
        f"Scorer {man['scorer_version']}, gold sha256 "
        f"`{man['gold'][0]['sha256'][:12]}`, git `{(man['git_revision'] or 'n/a')[:12]}`.",
        "",
        "## Headline",
        "",
    ]
    out += _md_table(HEADLINE_COLUMNS, headline_rows(runs))
    if any("cost_usd" in m.get("run", {}) for m in runs.values()):
        out += ["", "## Cost and latency", ""]
        out += _md_table(
            ["run", "cost (USD)", "latency (s)", "tokens"],
            [
                [n, str(m["run"].get("cost_usd")), str(m["run"].get("latency_s", "")), str(m["run"].get("usage", ""))]
                for n, m in runs.items()
                if "cost_usd" in m.get("run", {})
            ],
        )
    if any(m["rejected"]["facts"] for m in runs.values()):
        out += [
            "",
            "## Rejected and unattributed",
            "",
            "Facts the extractor proposed and its verification refused, and numbers it saw but could not attribute "
            "(no area, period or currency): none is scored as a prediction.",
            "",
        ]
        out += _md_table(
            ["run", "rejected", "share of proposed", "unattributed numbers", "reasons"],
            [
                [
                    n,
                    str(m["rejected"]["facts"]),
                    pct(m["rejected"]["rate"]),
                    str(m["rejected"].get("unattributed", 0)),
                    "; ".join(f"{k} ({c})" for k, c in m["rejected"]["by_reason"].items()),
                ]
                for n, m in runs.items()
            ],
        )
    if any(m["flags"]["total"] for m in runs.values()):
        kinds = sorted({k for m in runs.values() for k in m["flags"]["by_kind"]})
        out += ["", "## Consistency flags", "", "Contradictions between an article's kept facts, for review.", ""]
        counts = [[k, *(str(runs[n]["flags"]["by_kind"].get(k, 0)) for n in names)] for k in kinds]
        out += _md_table(["kind", *names], counts)
    if comparison:
        lo, hi = comparison["ci95"]
        out += [
            "",
            "## Comparison",
            "",
            f"Δ strict F1 ({names[0]} − {names[1]}) = {100 * comparison['delta_f1']:+.1f} "
            f"points, 95% CI [{100 * lo:+.1f}, {100 * hi:+.1f}], paired bootstrap p = {comparison['p_value']:.3f} "
            f"({comparison['resamples']} resamples of articles).",
        ]
    out += ["", "## Field accuracy over aligned pairs", ""]
    out += _md_table(
        ["field", *names],
        [[f, *(pct(runs[n]["field_accuracy"][f]["accuracy"]) for n in names)] for f in SCORED_FIELDS],
    )
    out += ["", "## Article metadata accuracy", ""]
    out += _md_table(
        ["field", *names],
        [
            [f, *(pct(runs[n]["metadata_accuracy"][f]["accuracy"]) for n in names)]
            for f in ("title", "publisher", "published")
        ],
    )
    out += ["", f"## Errors of {names[0]}", ""]
    for cat, items in listing.items():
        out += [f"### {cat} ({runs[names[0]]['errors'][cat.replace(' ', '_')]})", ""] + [f"- {i}" for i in items] + [""]
    return "\n".join(out) + "\n"


def write_reports(out_dir: Path, runs: dict[str, RunScore], comparison: dict | None, man: dict) -> None:
    """Write results.json, report.md and report.html into `out_dir`."""
    out_dir.mkdir(parents=True, exist_ok=True)
    metrics = {name: r.metrics | {"run": man.get("runs", {}).get(name, {})} for name, r in runs.items()}
    results = {name: [article_results(a) for a in r.articles] for name, r in runs.items()}
    first = next(iter(runs))
    listing = error_listing(results[first])
    payload = {"manifest": man, "metrics": metrics, "comparison": comparison, "articles": results}
    (out_dir / "results.json").write_text(
        json.dumps(payload, indent=1, ensure_ascii=False, default=str), encoding="utf-8"
    )
    (out_dir / "report.md").write_text(markdown(metrics, listing, comparison, man), encoding="utf-8")
    (out_dir / "report.html").write_text(render_html(metrics, listing, comparison, man), encoding="utf-8")
