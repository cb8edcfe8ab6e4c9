"""report.html: tables and inline SVG plots in one file, with no script, font or stylesheet fetched."""

from __future__ import annotations

from tradefacts.eval.align import SCORED_FIELDS
from tradefacts.eval.format import HEADLINE_COLUMNS, escape, headline_rows, pct

COLOURS = ("#3b6ea8", "#d9822b", "#5a9e4b", "#a84b6e")
CSS = """body{font:14px/1.45 system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}
th:first-child,td:first-child{text-align:left}th{background:#f3f3f3}h1,h2{font-weight:600}
.legend span{display:inline-block;width:12px;height:12px;margin:0 4px 0 12px}details{margin:.3em 0}
li{font-family:ui-monospace,monospace;font-size:12px}"""


def _table(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def _axis(left: int, width: int, height: int) -> str:
    """Vertical grid lines and labels at 0, 25, 50, 75 and 100%."""
    ticks = []
    for tick in range(0, 101, 25):
        x = left + width * tick / 100
        ticks.append(
            f'<line x1="{x}" y1="0" x2="{x}" y2="{height - 20}" stroke="#ddd"/>'
            f'<text x="{x}" y="{height - 6}" text-anchor="middle">{tick}%</text>'
        )
    return "".join(ticks)


def bars_svg(labels: list[str], series: dict[str, list[float | None]], title: str) -> str:
    """Grouped horizontal bars (0-100%), one group per label, one bar per series."""
    n = len(series)
    row_h, bar_h, left, width = 8 + 14 * n, 12, 110, 420
    height = row_h * len(labels) + 30
    parts = [
        f'<svg role="img" aria-label="{escape(title)}" width="{left + width + 60}" height="{height}" '
        f'xmlns="http://www.w3.org/2000/svg" font-size="11">'
    ]
    parts.append(_axis(left, width, height))
    for i, label in enumerate(labels):
        y0 = i * row_h + 4
        parts.append(f'<text x="{left - 6}" y="{y0 + row_h / 2}" text-anchor="end">{escape(label)}</text>')
        for k, (name, values) in enumerate(series.items()):
            v = values[i]
            w = 0 if v is None else width * v
            parts.append(
                f'<rect x="{left}" y="{y0 + k * 14}" width="{w:.1f}" height="{bar_h}" '
                f'fill="{COLOURS[k % len(COLOURS)]}"><title>{escape(name)}: {pct(v)}%</title></rect>'
                f'<text x="{left + w + 4:.1f}" y="{y0 + k * 14 + 10}">{pct(v)}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)


def intervals_svg(runs: dict[str, dict]) -> str:
    """Strict micro P and R per run with 95% bootstrap intervals as whiskers."""
    left, width, row_h = 150, 420, 22
    rows = [
        (f"{name} {k[0].upper()}", m["strict"]["micro"][k], m["strict"]["ci95"][k], i)
        for i, (name, m) in enumerate(runs.items())
        for k in ("precision", "recall")
    ]
    height = row_h * len(rows) + 30
    parts = [
        f'<svg role="img" aria-label="precision and recall with 95% intervals" width="{left + width + 60}" '
        f'height="{height}" xmlns="http://www.w3.org/2000/svg" font-size="11">'
    ]
    parts.append(_axis(left, width, height))
    for j, (label, point, (lo, hi), run_index) in enumerate(rows):
        y = j * row_h + 12
        colour = COLOURS[run_index % len(COLOURS)]
        parts.append(
            f'<text x="{left - 6}" y="{y + 4}" text-anchor="end">{escape(label)}</text>'
            f'<line x1="{left + width * lo:.1f}" y1="{y}" x2="{left + width * hi:.1f}" y2="{y}" '
            f'stroke="{colour}" stroke-width="2"/>'
            f'<circle cx="{left + width * point:.1f}" cy="{y}" r="4" fill="{colour}">'
            f"<title>{pct(point)} [{pct(lo)}, {pct(hi)}]</title></circle>"
        )
    parts.append("</svg>")
    return "".join(parts)


def render_html(runs: dict[str, dict], listing: dict[str, list[str]], comparison: dict | None, man: dict) -> str:
    """The whole report as one HTML document."""
    names = list(runs)
    legend = "".join(
        f'<span style="background:{COLOURS[i % len(COLOURS)]}"></span>{escape(n)}' for i, n in enumerate(names)
    )
    headline = _table(HEADLINE_COLUMNS, headline_rows(runs))
    fields = _table(
        ["field", *names],
        [[f, *(pct(runs[n]["field_accuracy"][f]["accuracy"]) for n in names)] for f in SCORED_FIELDS],
    )
    errors = _table(
        ["category", *names],
        [
            [k, *(str(runs[n]["errors"][k]) for n in names)]
            for k in next(iter(runs.values()))["errors"]
            if k != "wrong_field_by_field"
        ],
    )
    comp = ""
    if comparison:
        lo, hi = comparison["ci95"]
        comp = (
            f"<h2>Comparison</h2><p>Δ strict F1 ({escape(names[0])} − {escape(names[1])}) = "
            f"{100 * comparison['delta_f1']:+.1f} points, 95% CI [{100 * lo:+.1f}, {100 * hi:+.1f}], "
            f"paired bootstrap p = {comparison['p_value']:.3f}.</p>"
        )
    listing_html = "".join(
        f"<details><summary>{escape(cat)} ({len(items)} shown)</summary><ul>"
        + "".join(f"<li>{escape(i)}</li>" for i in items)
        + "</ul></details>"
        for cat, items in listing.items()
    )
    field_plot = bars_svg(
        list(SCORED_FIELDS),
        {n: [runs[n]["field_accuracy"][f]["accuracy"] for f in SCORED_FIELDS] for n in names},
        "per-field accuracy",
    )
    prov = escape(
        f"scorer {man['scorer_version']} · gold sha256 {man['gold'][0]['sha256'][:12]} · "
        f"git {(man.get('git_revision') or 'n/a')[:12]} · scored {man['scored_at']}"
    )
    return (
        f"<!doctype html><html lang=en><head><meta charset=utf-8><title>tradefacts evaluation</title>"
        f"<style>{CSS}</style></head><body><h1>tradefacts evaluation</h1><p>{prov}</p>"
        f"<h2>Headline</h2>{headline}<p class=legend>{legend}</p>{intervals_svg(runs)}{comp}"
        f"<h2>Per-field accuracy (aligned pairs)</h2>{field_plot}{fields}<h2>Error taxonomy</h2>{errors}"
        f"<h2>Errors of {escape(names[0])}</h2>{listing_html}</body></html>\n"
    )
