"""report.md: the report payload (`report.build_report`) as Markdown, section for section as report.html."""

from __future__ import annotations

from tradefacts.eval import format as fmt
from tradefacts.eval.align import SCORED_FIELDS
from tradefacts.eval.listing import item_line


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"

    return [line(header), "|" + "---|" * len(header), *(line(r) for r in rows), ""]


def render_markdown(report: dict) -> str:
    """The whole report as Markdown."""
    man, metrics, names = report["manifest"], report["metrics"], list(report["runs"])
    out = [
        "# tradefacts evaluation report",
        "",
        fmt.headline(report),
        "",
        f"Scorer {man['scorer_version']}, gold sha256 `{man['gold'][0]['sha256'][:12]}`, "
        f"git `{(man['git_revision'] or 'n/a')[:12]}`, scored {man['scored_at']}.",
        "",
        "## Runs",
        "",
        *_table(fmt.RUN_COLUMNS, [fmt.run_cells(report["runs"][n]) for n in names]),
        "## Leaderboard",
        "",
        "Micro scores in percent with 95% bootstrap intervals (articles resampled); cost is money spent, "
        "beside what the same answers would have cost with no cache.",
        "",
        *_table(fmt.LEADERBOARD_COLUMNS, [fmt.leaderboard_cells(r) for r in report["leaderboard"]]),
    ]
    if report["comparisons"]:
        out += ["## Against the baseline", "", f"Baseline: {report['baseline']}.", ""]
        out += _table(fmt.COMPARISON_COLUMNS, fmt.comparison_rows(report))
    out += ["## Per-field precision, recall and F1", ""]
    out += _table(fmt.field_header(names), fmt.field_rows(metrics, SCORED_FIELDS))
    out += ["## Error taxonomy", ""]
    out += _table(["category", *names], fmt.error_rows(metrics))
    if any(metrics[n]["rejected"]["facts"] for n in names):
        out += [
            "## Rejected and unattributed",
            "",
            "Facts the extractor proposed and its verification refused, and numbers it saw but could not "
            "attribute (no area, period or currency): none is scored as a prediction.",
            "",
        ]
        out += _table(fmt.REJECTED_COLUMNS, fmt.rejected_rows(metrics))
    if any(metrics[n]["flags"]["total"] for n in names):
        out += ["## Consistency flags", "", "Contradictions between an article's kept facts, for review.", ""]
        out += _table(["kind", *names], fmt.flag_rows(metrics))
    out += ["## Articles", "", "Strict F1 per article (true positives / predicted), runs side by side.", ""]
    out += _table(["article", "gold facts", *names], fmt.article_rows(report["per_article"], names))
    for n in names:
        out += [f"## Errors of {n}", ""]
        for cat, listing in report["errors"][n].items():
            if not listing["count"]:
                continue
            shown = len(listing["items"])
            more = f", {shown} shown" if shown < listing["count"] else ""
            out += [f"### {cat} ({listing['count']}{more})", ""] + [f"- {item_line(i)}" for i in listing["items"]]
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n"
