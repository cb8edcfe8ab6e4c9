"""How the reports write numbers and rows: one module for the text summary, Markdown, HTML and CSV alike."""

from __future__ import annotations

import html

LEVELS = ("strict", "identity", "value")
PRF = ("precision", "recall", "f1")
ERROR_KINDS = ("missed", "spurious", "wrong_field", "scale_error", "duplicate", "ungrounded", "invalid")


def pct(x: float | None) -> str:
    """A rate as a percentage with one decimal, or n/a."""
    return "n/a" if x is None else f"{100 * x:.1f}"


def points(x: float) -> str:
    """A difference of rates in percentage points, signed."""
    return f"{100 * x:+.1f}"


def with_interval(x: float | None, ci: list[float] | None) -> str:
    """`95.2 [90.1, 99.0]`: a rate and its 95% interval, in percent."""
    return pct(x) if ci is None else f"{pct(x)} [{pct(ci[0])}, {pct(ci[1])}]"


def money(x: float | None) -> str:
    """US dollars, or n/a for a run without a price."""
    return "n/a" if x is None else f"${x:,.4f}"


def seconds(x: float | None) -> str:
    """Seconds with two decimals, or n/a."""
    return "n/a" if x is None else f"{x:.2f}"


def escape(text: object) -> str:
    """HTML-escape any value."""
    return html.escape(str(text))


def summary_lines(name: str, m: dict) -> list[str]:
    """The short text summary printed by `tradefacts eval`."""
    s, v, e = m["strict"], m["value"], m["errors"]
    lo, hi = s["ci95"]["f1"]
    return [
        f"{name}: {m['articles']} articles, {s['support']['gold']} gold facts, {s['support']['pred']} predicted",
        f"  strict    P {pct(s['micro']['precision'])}  R {pct(s['micro']['recall'])}  "
        f"F1 {pct(s['micro']['f1'])} [95% CI {pct(lo)}-{pct(hi)}]  macro F1 {pct(s['macro']['f1'])}",
        f"  identity  P {pct(m['identity']['micro']['precision'])}  R {pct(m['identity']['micro']['recall'])}  "
        f"F1 {pct(m['identity']['micro']['f1'])}",
        f"  value     P {pct(v['precision'])}  R {pct(v['recall'])}  F1 {pct(v['f1'])}",
        f"  grounding {pct(m['grounding_rate']['rate'])}  schema-valid {pct(m['schema_validity_rate']['rate'])}  "
        f"rejected {m['rejected']['facts']} ({pct(m['rejected']['rate'])}%), "
        f"of which unattributed numbers {m['rejected'].get('unattributed', 0)}  "
        f"consistency flags {m['flags']['total']}",
        "  errors    " + "  ".join(f"{k} {e[k]}" for k in ERROR_KINDS),
    ]


def leaderboard_record(label: dict, m: dict, comparison: dict | None) -> dict[str, object]:
    """One run's leaderboard row as plain numbers (leaderboard.csv, results.json); rates are fractions."""
    row: dict[str, object] = {k: label.get(k) for k in ("run", "backend", "model", "prompt", "prompt_hash", "endpoint")}
    for level in LEVELS:
        for k in PRF:
            ci = m[level]["ci95"][k]
            row |= {f"{level}_{k}": m[level]["micro"][k], f"{level}_{k}_lo": ci[0], f"{level}_{k}_hi": ci[1]}
    ops = m["operations"]
    row |= {
        "gold_facts": m["strict"]["support"]["gold"],
        "facts": ops["facts"],
        "rejected": ops["rejected"],
        "flagged": ops["flagged"],
        "tokens": ops["tokens"]["total"],
        "cache_hits": ops["cache_hits"],
        "cost_usd": ops["cost_usd"],
        "cost_uncached_usd": ops["cost_uncached_usd"],
        "latency_p50_s": ops["latency_s"]["p50"],
        "latency_p95_s": ops["latency_s"]["p95"],
    }
    c = comparison or {}
    row |= {
        "delta_f1": c.get("delta_f1"),
        "delta_f1_lo": c["ci95"][0] if c else None,
        "delta_f1_hi": c["ci95"][1] if c else None,
        "p_value": c.get("p_value"),
    }
    return row


LEADERBOARD_COLUMNS = [
    "run", "strict P", "strict R", "strict F1", "identity P", "identity R", "identity F1", "value P", "value R",
    "value F1", "facts", "rejected", "flagged", "tokens", "cost", "cost as if uncached", "latency p50 (s)",
    "latency p95 (s)", "Δ strict F1 vs baseline", "p",
]  # fmt: skip


def leaderboard_cells(row: dict) -> list[str]:
    """A leaderboard record as the cells of LEADERBOARD_COLUMNS (shared by the Markdown and HTML reports)."""
    cells = [str(row["run"])]
    for level in LEVELS:
        cells += [with_interval(row[f"{level}_{k}"], [row[f"{level}_{k}_lo"], row[f"{level}_{k}_hi"]]) for k in PRF]
    cells += [str(row[k]) for k in ("facts", "rejected", "flagged")]
    cells += [f"{row['tokens']:,}", money(row["cost_usd"]), money(row["cost_uncached_usd"])]
    cells += [seconds(row["latency_p50_s"]), seconds(row["latency_p95_s"])]
    if row["delta_f1"] is None:
        cells += ["baseline" if row.get("is_baseline") else "", ""]
    else:
        cells += [
            f"{points(row['delta_f1'])} [{points(row['delta_f1_lo'])}, {points(row['delta_f1_hi'])}]",
            f"{row['p_value']:.3f}",
        ]
    return cells


RUN_COLUMNS = ["run", "backend", "model", "prompt", "prompt hash", "endpoint", "file"]


def run_cells(label: dict) -> list[str]:
    """How a run is labelled: name, backend, model, prompt name and hash, endpoint, predictions file."""
    keys = ("run", "backend", "model", "prompt", "prompt_hash", "endpoint", "path")
    return [str(label.get(k) or "—") for k in keys]


def field_rows(runs: dict[str, dict], fields: tuple[str, ...]) -> list[list[str]]:
    """Per-field P, R and F1 of every run: one row per field, three cells per run."""
    return [[f, *(pct(runs[n]["field_prf"][f][k]) for n in runs for k in PRF)] for f in fields]


def article_rows(per_article: list[dict], names: list[str]) -> list[list[str]]:
    """The per-article table: gold facts, then each run's strict F1 (tp/pred) and status, side by side."""
    rows = []
    for a in per_article:
        cells = [a["id"], str(a["gold"])]
        for n in names:
            r = a["runs"][n]
            cells.append(f"{pct(r['f1'])} ({r['tp']}/{r['pred']})" + ("" if r["status"] == "ok" else f" {r['status']}"))
        rows.append(cells)
    return rows


def headline(report: dict) -> str:
    """One sentence naming every run by backend, model and prompt (name and hash), and the baseline."""
    parts = []
    for name, label in report["runs"].items():
        what = " · ".join(str(x) for x in (label["backend"], label["model"]) if x)
        if label["prompt_hash"]:
            what += f" · prompt {label['prompt'] or '?'} {label['prompt_hash']}"
        parts.append(f"{name} ({what or 'unlabelled'})")
    base = f"; baseline {report['baseline']}" if report["baseline"] else ""
    return f"{len(parts)} run{'s' if len(parts) > 1 else ''}: " + ", ".join(parts) + base + "."


def comparison_rows(report: dict) -> list[list[str]]:
    """Each run against the baseline: Δ strict F1, its paired bootstrap interval, p, resamples."""
    return [
        [name, points(c["delta_f1"]), f"[{points(c['ci95'][0])}, {points(c['ci95'][1])}]", f"{c['p_value']:.3f}",
         str(c["resamples"])]
        for name, c in report["comparisons"].items()
    ]  # fmt: skip


COMPARISON_COLUMNS = ["run", "Δ strict F1 (points)", "95% CI", "p (paired bootstrap)", "resamples"]


def field_header(names: list[str]) -> list[str]:
    """Header of the per-field table: P, R and F1 of each run."""
    return ["field", *(f"{n} {k}" for n in names for k in ("P", "R", "F1"))]


def error_rows(runs: dict[str, dict]) -> list[list[str]]:
    """The error taxonomy: one row per kind of error, one count per run."""
    return [[k, *(str(m["errors"][k]) for m in runs.values())] for k in ERROR_KINDS]


def flag_rows(runs: dict[str, dict]) -> list[list[str]]:
    """Consistency flags by kind: one row per kind any run raised, one count per run."""
    kinds = sorted({k for m in runs.values() for k in m["flags"]["by_kind"]})
    return [[k, *(str(m["flags"]["by_kind"].get(k, 0)) for m in runs.values())] for k in kinds]


REJECTED_COLUMNS = ["run", "rejected", "share of proposed", "unattributed numbers", "reasons"]


def rejected_rows(runs: dict[str, dict]) -> list[list[str]]:
    """Facts each run's verification refused: how many, their share of what was proposed, how many are numbers
    it saw but could not attribute (no area, period or currency), and why."""
    return [
        [n, str(m["rejected"]["facts"]), pct(m["rejected"]["rate"]), str(m["rejected"].get("unattributed", 0)),
         "; ".join(f"{k} ({c})" for k, c in m["rejected"]["by_reason"].items())]
        for n, m in runs.items()
    ]  # fmt: skip
