"""Inline SVG plots for report.html: dots with 95% interval whiskers on an axis scaled to the data.

Every plot has a title and a labelled x axis; the axis spans the plotted values and intervals rounded out to
a tick step, so 99.2 and 100 are told apart.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from tradefacts.eval.format import escape

COLOURS = ("#3b6ea8", "#d9822b", "#5a9e4b", "#a84b6e", "#6b5ca5", "#8c6d31", "#3a9c9c", "#c24d4d")
LEFT, WIDTH, ROW, TOP, BOTTOM = 170, 460, 18, 34, 46


@dataclass(frozen=True)
class Dot:
    """One row of a dot plot: its label, which series (run) it belongs to, the value and its interval."""

    label: str
    series: int
    value: float
    lo: float | None = None
    hi: float | None = None


def colour(series: int) -> str:
    """The colour of the n-th run, the same in every plot and legend."""
    return COLOURS[series % len(COLOURS)]


def nice_step(span: float) -> float:
    """A 1, 2 or 5 times a power of ten step giving about five ticks over `span`."""
    raw = max(span, 1e-9) / 5
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def axis_range(
    values: list[float], *, include: tuple[float, ...] = (), clamp: tuple[float, float] | None = None
) -> tuple[float, float, float]:
    """(low, high, step) covering `values` (and `include`), padded and rounded out to the tick step."""
    lo, hi = min([*values, *include]), max([*values, *include])
    pad = max((hi - lo) * 0.05, 0.005)
    lo, hi = lo - pad, hi + pad
    if clamp:
        lo, hi = max(lo, clamp[0]), min(hi, clamp[1])
    step = nice_step(hi - lo)
    return math.floor(lo / step) * step, math.ceil(hi / step) * step, step


def dot_plot(
    title: str, x_label: str, dots: list[Dot], *, scale: float = 100, zero_line: bool = False, percent: bool = True
) -> str:
    """An SVG dot plot: one row per dot, whiskers for intervals; values are fractions shown times `scale`."""
    if not dots:
        return ""
    spread = [x for d in dots for x in (d.value, d.lo, d.hi) if x is not None]
    lo, hi, step = axis_range(
        spread, include=(0.0,) if zero_line else (), clamp=None if zero_line else (0.0, 1.0) if percent else None
    )
    height = TOP + ROW * len(dots) + BOTTOM
    bottom = height - BOTTOM + 4

    def x(v: float) -> float:
        return LEFT + WIDTH * (v - lo) / (hi - lo)

    parts = [
        f'<svg role="img" aria-label="{escape(title)}" width="{LEFT + WIDTH + 30}" height="{height}" '
        f'xmlns="http://www.w3.org/2000/svg" font-size="11"><title>{escape(title)}</title>',
        f'<text x="{LEFT + WIDTH / 2}" y="16" text-anchor="middle" font-size="13" font-weight="600">'
        f"{escape(title)}</text>",
    ]
    n_ticks = round((hi - lo) / step)
    for i in range(n_ticks + 1):
        t = lo + i * step
        parts.append(
            f'<line x1="{x(t):.1f}" y1="{TOP - 6}" x2="{x(t):.1f}" y2="{bottom}" stroke="#ddd"/>'
            f'<text x="{x(t):.1f}" y="{height - BOTTOM + 18}" text-anchor="middle">{t * scale:g}</text>'
        )
    if zero_line and lo < 0 < hi:
        parts.append(f'<line x1="{x(0):.1f}" y1="{TOP - 6}" x2="{x(0):.1f}" y2="{bottom}" stroke="#555"/>')
    parts.append(
        f'<text x="{LEFT + WIDTH / 2}" y="{height - 10}" text-anchor="middle" class="axis-label">'
        f"{escape(x_label)}</text>"
    )
    for j, d in enumerate(dots):
        y = TOP + j * ROW + ROW / 2
        c = colour(d.series)
        shown = f"{d.value * scale:.1f}" + (f" [{d.lo * scale:.1f}, {d.hi * scale:.1f}]" if d.lo is not None else "")
        parts.append(f'<text x="{LEFT - 8}" y="{y + 4}" text-anchor="end">{escape(d.label)}</text>')
        if d.lo is not None and d.hi is not None:
            parts.append(
                f'<line x1="{x(d.lo):.1f}" y1="{y}" x2="{x(d.hi):.1f}" y2="{y}" stroke="{c}" stroke-width="2"/>'
            )
        parts.append(
            f'<circle cx="{x(d.value):.1f}" cy="{y}" r="4" fill="{c}">'
            f"<title>{escape(d.label)}: {shown}</title></circle>"
        )
    parts.append("</svg>")
    return "".join(parts)


def score_dots(runs: dict[str, dict], level: str = "strict") -> list[Dot]:
    """Micro P, R and F1 of each run at `level`, with their bootstrap intervals."""
    return [
        Dot(f"{name} {short}", i, m[level]["micro"][k], *m[level]["ci95"][k])
        for i, (name, m) in enumerate(runs.items())
        for k, short in (("precision", "P"), ("recall", "R"), ("f1", "F1"))
    ]


def delta_dots(comparisons: dict[str, dict], order: list[str]) -> list[Dot]:
    """Each run's Δ strict F1 against the baseline, with its paired bootstrap interval."""
    return [Dot(name, order.index(name), c["delta_f1"], *c["ci95"]) for name, c in comparisons.items()]


def field_dots(runs: dict[str, dict], fields: tuple[str, ...]) -> list[Dot]:
    """Per-field F1 of every run, the runs of a field on adjacent rows."""
    return [
        Dot(f"{f} · {name}", i, m["field_prf"][f]["f1"]) for f in fields for i, (name, m) in enumerate(runs.items())
    ]
