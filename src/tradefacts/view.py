"""An article as one HTML page a person reads (`tradefacts view` and the service's GET /v1/view share it).

The text comes first, each fact's number highlighted inside its evidence and marked with the fact's index,
which links to the fact's row; then the facts with values as written ("2.58 trillion CNY") and each fact's
consistency flags beside it, the flags listed with their facts, the rejected proposals with their reasons,
usage, and a failed document's error at the top.
"""

from __future__ import annotations

import base64
import calendar
import hashlib
import itertools
import json
import re
from html import escape
from pathlib import Path

from tradefacts.eval.html_report import FONTS
from tradefacts.schemas import Article, Fact, Period, Usage
from tradefacts.schemas.numbers import SCALE_WORDS

CSS = f"""body{{font:15px/1.6 {FONTS};max-width:1000px;margin:2em auto;padding:0 1em;color:#222}}
#text{{white-space:pre-wrap;border-left:3px solid #ddd;padding:.2em 1em;margin:1em 0 2em}}
.ev{{background:#fff8d6}}mark.num{{background:#ffd84d;font-weight:600;padding:0 1px;border-radius:2px}}
sup.ref a{{font-size:10px;color:#8a5a00;text-decoration:none;margin-left:1px}}
table{{border-collapse:collapse;font-size:13px;margin:.5em 0 1.5em}}td,th{{border:1px solid #ccc;padding:2px 6px;
vertical-align:top}}th{{background:#f3f3f3}}td.value,td.period{{white-space:nowrap}}td.value{{text-align:right}}
tr:target{{background:#fff3a8}}.error{{background:#fde8e8;border:1px solid #d99;padding:.5em 1em}}
.meta{{color:#555}}.flag{{color:#a40000;font-weight:600}}tr.flagged td{{background:#fff0f0}}"""
# No script at all, and only this page's own style (by its hash): the article's text can never run anything.
CSP = (
    f"default-src 'none'; style-src 'sha256-{base64.b64encode(hashlib.sha256(CSS.encode()).digest()).decode()}'; "
    "base-uri 'none'; form-action 'none'"
)
COLUMNS = ("area", "partner", "product", "segment", "flow", "measure", "basis", "qualifier", "source")
_SCALES = sorted((w for w in SCALE_WORDS if len(w) > 3), key=len, reverse=True)  # written words, longest first
_NUMERAL = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def written_value(fact: Fact) -> str:
    """The value in the scale and precision the text wrote it, with its unit: `2.58 trillion CNY`, `-16.9%`."""
    low = fact.value_text.lower()
    scale = next((w for w in _SCALES if re.search(rf"\b{re.escape(w)}\b", low)), None)
    numeral = _NUMERAL.search(fact.value_text)
    decimals = len(numeral.group(1) or "") if numeral else 0
    magnitude = abs(fact.value) / (SCALE_WORDS[scale] if scale else 1)
    number = ("-" if fact.value < 0 else "") + f"{magnitude:,.{decimals}f}" + (f" {scale}" if scale else "")
    if fact.unit == "percent":
        return number + "%"
    return number if fact.unit == "number" else f"{number} {fact.unit}"


def period_label(period: Period) -> str:
    """`Jul 2025`, `Jan–Nov 2025`, `Dec 2024–Feb 2025`."""
    (y1, m1), (y2, m2) = (map(int, p.split("-")) for p in (period.start, period.end))
    first, last = calendar.month_abbr[m1], calendar.month_abbr[m2]
    if (y1, m1) == (y2, m2):
        return f"{first} {y1}"
    return f"{first}–{last} {y2}" if y1 == y2 else f"{first} {y1}–{last} {y2}"


def _located(article: Article) -> list[tuple[int, tuple[int, int], tuple[int, int]]]:
    """(index, evidence span, number span) of each fact whose evidence is found in the text."""
    out = []
    for i, f in enumerate(article.facts, 1):
        start = f.evidence_span.start if f.evidence_span else article.text.find(f.evidence)
        if start < 0:
            continue
        offset = max(f.evidence.find(f.value_text), 0)
        out.append((i, (start, start + len(f.evidence)), (start + offset, start + offset + len(f.value_text))))
    return out


def highlighted_text(article: Article) -> str:
    """The article text, evidence shaded, each fact's number marked and followed by links to its row(s)."""
    located = _located(article)
    cuts = {0, len(article.text)} | {x for _, ev, num in located for x in (*ev, *num)}
    parts = []
    for a, b in itertools.pairwise(sorted(cuts)):
        piece = escape(article.text[a:b])
        numbers = [i for i, _, (s, e) in located if s <= a and b <= e]
        anchors = "".join(f'<span id="num-{i}"></span>' for i, _, (s, _e) in located if s == a)
        if numbers:
            piece = f'<mark class="num" data-facts="{" ".join(map(str, numbers))}">{piece}</mark>'
        elif any(s <= a and b <= e for _, (s, e), _ in located):
            piece = f'<span class="ev">{piece}</span>'
        ends = [i for i, _, (_s, e) in located if e == b]
        refs = "".join(f'<sup class="ref"><a href="#fact-{i}">{i}</a></sup>' for i in ends)
        parts.append(anchors + piece + refs)
    return "".join(parts)


def _table(header: list[str], rows: list[str]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def facts_table(article: Article) -> str:
    """One row per fact, `id="fact-N"`, its value as written, a link back to its number in the text, and its flags."""
    flagged = _flags_by_fact(article)
    rows = []
    for i, f in enumerate(article.facts, 1):
        cells = "".join(f"<td>{escape(str(getattr(f, c) or ''))}</td>" for c in COLUMNS)
        rows.append(
            f'<tr id="fact-{i}"{" class=flagged" if i in flagged else ""}><td><a href="#num-{i}">{i}</a></td>'
            f'<td class="value">{escape(written_value(f))}</td><td class="period">{escape(period_label(f.period))}</td>'
            f"{cells}<td>{flagged.get(i, '')}</td></tr>"
        )
    return _table(["#", "value", "period", *COLUMNS, "flags"], rows)


def _flags_by_fact(article: Article) -> dict[int, str]:
    """For each fact number (1-based, as in the table), its flags as HTML: the kind, the message on hover."""
    marks: dict[int, list[str]] = {}
    for flag in article.flags:
        mark = f'<span class=flag title="{escape(flag.message)}">{flag.kind.value}</span>'
        for i in flag.facts:
            marks.setdefault(i + 1, []).append(mark)
    return {i: " ".join(m) for i, m in marks.items()}


def flag_list(article: Article) -> str:
    """The article's consistency flags, each with the numbers of its facts."""
    items = "".join(
        f"<li><span class=flag>{f.kind.value}</span> (facts {', '.join(str(i + 1) for i in f.facts)}): "
        f"{escape(f.message)}</li>"
        for f in article.flags
    )
    return f"<h2>Flags ({len(article.flags)})</h2><ul>{items}</ul>"


def rejected_table(article: Article) -> str:
    """Proposed facts verification refused, with the reason."""
    rows = [
        f"<tr><td>{escape(r.reason)}</td><td>{escape(str(r.fact.get('value_text', '')))}</td>"
        f"<td>{escape(str(r.fact.get('evidence', '')))}</td></tr>"
        for r in article.rejected
    ]
    return _table(["reason", "value as written", "evidence"], rows)


def usage_table(usage: Usage) -> str:
    """What extracting the article took: calls, tokens, cache hits, time and money."""
    shown = usage.model_dump()
    return _table(["", ""], [f"<tr><th>{escape(k)}</th><td>{escape(str(v))}</td></tr>" for k, v in shown.items()])


def render_article(article: Article) -> str:
    """The page for one article."""
    title = escape(article.title or article.id)
    prov = article.provenance
    who = [prov.backend, prov.model, f"prompt {prov.prompt_name or ''} {prov.prompt_version}".strip()] if prov else []
    meta = " · ".join(escape(str(x)) for x in (article.publisher, article.published, article.status, *who) if x)
    body = [f"<h1>{title}</h1><p class=meta>{meta}</p>"]
    if article.error:
        status = article.status.value if article.status else "error"
        body.append(f'<p class="error" role="alert"><b>{escape(status)}</b>: {escape(article.error)}</p>')
    body.append(f'<h2>Text</h2><div id="text" lang="und">{highlighted_text(article)}</div>')
    body.append(f"<h2>Facts ({len(article.facts)})</h2>" + (facts_table(article) if article.facts else "<p>none</p>"))
    if article.flags:
        body.append(flag_list(article))
    if article.rejected:
        body.append(f"<h2>Rejected by verification ({len(article.rejected)})</h2>" + rejected_table(article))
    if article.usage:
        body.append("<h2>Usage</h2>" + usage_table(article.usage))
    return (
        f'<!doctype html><html lang=en><head><meta charset=utf-8><meta http-equiv="Content-Security-Policy" '
        f'content="{CSP}"><title>{title}</title><style>{CSS}</style>'
        f"</head><body>{''.join(body)}</body></html>\n"
    )


def find_article(run: Path, article_id: str) -> Article:
    """The article with `article_id` in a run's JSONL file."""
    with run.open(encoding="utf-8") as handle:
        for line in handle:
            if json.loads(line).get("id") == article_id:
                return Article.model_validate_json(line)
    raise KeyError(f"{run}: no article with id {article_id!r}")
