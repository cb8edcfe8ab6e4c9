"""report.html: the report payload as one page of tables and inline SVG plots; no script, font or stylesheet
is fetched."""

from __future__ import annotations

from tradefacts.eval.align import SCORED_FIELDS
from tradefacts.eval.format import (
    COMPARISON_COLUMNS,
    LEADERBOARD_COLUMNS,
    REJECTED_COLUMNS,
    RUN_COLUMNS,
    article_rows,
    comparison_rows,
    error_rows,
    escape,
    field_header,
    field_rows,
    flag_rows,
    headline,
    leaderboard_cells,
    rejected_rows,
    run_cells,
)
from tradefacts.eval.plots import colour, delta_dots, dot_plot, field_dots, score_dots

FONTS = (
    'system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC","Source Han Sans SC",'
    '"PingFang SC","Hiragino Sans GB","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif'
)
CSS = f"""body{{font:14px/1.45 {FONTS};max-width:1200px;margin:2em auto;padding:0 1em;color:#222}}
table{{border-collapse:collapse;margin:.5em 0 1.5em}}td,th{{border:1px solid #ccc;padding:3px 8px;text-align:right}}
th:first-child,td:first-child{{text-align:left}}th{{background:#f3f3f3}}h1,h2{{font-weight:600}}
td{{white-space:nowrap}}.wide{{overflow-x:auto}}.legend span{{display:inline-block;width:12px;height:12px;
margin:0 4px 0 12px}}details{{margin:.3em 0}}li{{margin:.2em 0}}q{{color:#555;font-style:italic}}
svg{{display:block;margin:.5em 0 1.5em}}"""


def _table(header: list[str], rows: list[list[str]], css_id: str = "") -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    ident = f' id="{css_id}"' if css_id else ""
    return f'<div class="wide"><table{ident}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>'


def _errors(name: str, listing: dict[str, dict]) -> str:
    parts = [f"<h3>{escape(name)}</h3>"]
    for cat, entry in listing.items():
        if not entry["count"]:
            continue
        items = "".join(
            f"<li><b>{escape(i['article'])}</b> {escape(i['fact'])}"
            + (f" — {escape(i['detail'])}" if i["detail"] else "")
            + (f"<br><q>{escape(i['evidence'])}</q>" if i["evidence"] else "")
            + "</li>"
            for i in entry["items"]
        )
        shown = len(entry["items"])
        parts.append(
            f"<details><summary>{escape(cat)} ({entry['count']}"
            f"{f', {shown} shown' if shown < entry['count'] else ''})</summary><ul>{items}</ul></details>"
        )
    return "".join(parts)


def render_html(report: dict) -> str:
    """The whole report as one HTML document."""
    man, metrics, names = report["manifest"], report["metrics"], list(report["runs"])
    legend = "".join(f'<span style="background:{colour(i)}"></span>{escape(n)}' for i, n in enumerate(names))
    prov = escape(
        f"scorer {man['scorer_version']} · gold sha256 {man['gold'][0]['sha256'][:12]} · "
        f"git {(man.get('git_revision') or 'n/a')[:12]} · scored {man['scored_at']}"
    )
    body = [
        f"<h1>tradefacts evaluation</h1><p id=headline>{escape(headline(report))}</p><p>{prov}</p>",
        "<h2>Runs</h2>" + _table(RUN_COLUMNS, [run_cells(report["runs"][n]) for n in names], "runs"),
        "<h2>Leaderboard</h2><p>Micro scores in percent with 95% bootstrap intervals (articles resampled); cost is "
        "money spent, beside what the same answers would have cost with no cache.</p>"
        + _table(LEADERBOARD_COLUMNS, [leaderboard_cells(r) for r in report["leaderboard"]], "leaderboard"),
        f"<p class=legend>{legend}</p>",
        dot_plot("Strict precision, recall and F1 (95% intervals)", "strict micro score (%)", score_dots(metrics)),
    ]
    if report["comparisons"]:
        body += [
            f"<h2>Against the baseline ({escape(report['baseline'])})</h2>"
            + _table(COMPARISON_COLUMNS, comparison_rows(report), "comparisons"),
            dot_plot(
                f"Δ strict F1 against {report['baseline']} (paired bootstrap 95% intervals)",
                "Δ strict F1 (percentage points)",
                delta_dots(report["comparisons"], names),
                zero_line=True,
                percent=False,
            ),
        ]
    body += [
        "<h2>Per-field precision, recall and F1</h2>" + _table(field_header(names), field_rows(metrics, SCORED_FIELDS)),
        dot_plot("F1 per field", "field F1 (%)", field_dots(metrics, SCORED_FIELDS)),
        "<h2>Error taxonomy</h2>" + _table(["category", *names], error_rows(metrics)),
    ]
    if any(metrics[n]["rejected"]["facts"] for n in names):
        body.append("<h2>Rejected and unattributed</h2>" + _table(REJECTED_COLUMNS, rejected_rows(metrics)))
    if any(metrics[n]["flags"]["total"] for n in names):
        body.append(
            "<h2>Consistency flags</h2><p>Contradictions between an article's kept facts, for review.</p>"
            + _table(["kind", *names], flag_rows(metrics))
        )
    body.append(
        "<h2>Articles</h2><p>Strict F1 per article (true positives / predicted), runs side by side.</p>"
        + _table(["article", "gold facts", *names], article_rows(report["per_article"], names), "articles")
    )
    body.append("<h2>Errors</h2>" + "".join(_errors(n, report["errors"][n]) for n in names))
    return (
        f"<!doctype html><html lang=en><head><meta charset=utf-8><title>tradefacts evaluation</title>"
        f"<style>{CSS}</style></head><body>{''.join(body)}</body></html>\n"
    )
