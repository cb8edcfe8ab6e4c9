"""How the reports write numbers and rows: one module for the text summary, Markdown and HTML alike."""

from __future__ import annotations

import html


def pct(x: float | None) -> str:
    """A rate as a percentage with one decimal, or n/a."""
    return "n/a" if x is None else f"{100 * x:.1f}"


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
        f"  value     P {pct(v['precision'])}  R {pct(v['recall'])}",
        f"  grounding {pct(m['grounding_rate']['rate'])}  schema-valid {pct(m['schema_validity_rate']['rate'])}  "
        f"rejected {m['rejected']['facts']} ({pct(m['rejected']['rate'])}%), "
        f"of which unattributed numbers {m['rejected'].get('unattributed', 0)}  "
        f"consistency flags {m['flags']['total']}",
        "  errors    "
        + "  ".join(
            f"{k} {e[k]}"
            for k in ("missed", "spurious", "wrong_field", "scale_error", "duplicate", "ungrounded", "invalid")
        ),
    ]


HEADLINE_COLUMNS = [
    "run", "strict P", "strict R", "strict F1", "F1 95% CI", "macro F1", "identity F1", "value R", "grounded",
    "schema-valid", "flags", "tp/pred/gold",
]  # fmt: skip


def headline_rows(runs: dict[str, dict]) -> list[list[str]]:
    """One row of headline metrics per run, in HEADLINE_COLUMNS order (shared by the Markdown and HTML reports)."""
    rows = []
    for name, m in runs.items():
        s = m["strict"]
        rows.append([
            name, pct(s["micro"]["precision"]), pct(s["micro"]["recall"]), pct(s["micro"]["f1"]),
            f"{pct(s['ci95']['f1'][0])}-{pct(s['ci95']['f1'][1])}", pct(s["macro"]["f1"]),
            pct(m["identity"]["micro"]["f1"]), pct(m["value"]["recall"]), pct(m["grounding_rate"]["rate"]),
            pct(m["schema_validity_rate"]["rate"]), str(m["flags"]["total"]),
            "{tp}/{pred}/{gold}".format(**s["support"]),
        ])  # fmt: skip
    return rows
