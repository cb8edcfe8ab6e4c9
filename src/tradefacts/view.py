"""An article as one HTML page: its text with each fact's evidence highlighted, the facts as a table, and the
consistency flags beside the facts they concern."""

from __future__ import annotations

import html
import itertools
import json
from pathlib import Path

from tradefacts.schemas import Article

CSS = """body{font:15px/1.55 system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222}
mark{background:#fff3a8;border-bottom:2px solid #d9a400}pre{white-space:pre-wrap;font:inherit}
table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ccc;padding:2px 6px}th{background:#f3f3f3}
.flag{color:#a40000;font-weight:600}tr.flagged td{background:#fff0f0}"""
COLUMNS = ("area", "partner", "product", "segment", "flow", "measure", "basis", "value", "unit", "period",
           "qualifier", "value_text")  # fmt: skip


def _spans(article: Article) -> list[tuple[int, int, list[int]]]:
    """Non-overlapping highlighted ranges, each with the numbers of the facts whose evidence covers it."""
    cuts: set[int] = {0, len(article.text)}
    located = []
    for i, f in enumerate(article.facts, 1):
        start, end = f.evidence_span or (article.text.find(f.evidence), article.text.find(f.evidence) + len(f.evidence))
        if start >= 0:
            located.append((start, end, i))
            cuts |= {start, end}
    bounds = sorted(cuts)
    return [(a, b, [i for s, e, i in located if s <= a and b <= e]) for a, b in itertools.pairwise(bounds)]


def render_article(article: Article) -> str:
    """The page for one article."""
    body = "".join(
        f'<mark title="facts {", ".join(map(str, ids))}">{html.escape(article.text[a:b])}</mark>' if ids
        else html.escape(article.text[a:b])
        for a, b, ids in _spans(article)
    )  # fmt: skip
    flagged = _flags_by_fact(article)
    rows = "".join(
        f"<tr{' class=flagged' if flagged.get(i) else ''}><td>{i}</td>"
        + "".join(f"<td>{html.escape(str(_cell(f.model_dump(mode='json'), c)))}</td>" for c in COLUMNS)
        + f"<td>{flagged.get(i, '')}</td></tr>"
        for i, f in enumerate(article.facts, 1)
    )  # fmt: skip
    head = "".join(f"<th>{c}</th>" for c in ("#", *COLUMNS, "flags"))
    meta = " · ".join(html.escape(str(x)) for x in (article.publisher, article.published, article.status) if x)
    return (f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{html.escape(article.title or article.id)}"
            f"</title><style>{CSS}</style></head><body><h1>{html.escape(article.title or article.id)}</h1><p>{meta}</p>"
            f"<h2>Facts ({len(article.facts)})</h2><table><tr>{head}</tr>{rows}</table>{_flag_list(article)}"
            f"<h2>Text</h2><pre>{body}</pre>"
            "</body></html>\n")  # fmt: skip


def _flags_by_fact(article: Article) -> dict[int, str]:
    """For each fact number (1-based, as in the table), its flags as HTML: the kind, the message on hover."""
    marks: dict[int, list[str]] = {}
    for flag in article.flags:
        mark = f'<span class=flag title="{html.escape(flag.message)}">{flag.kind.value}</span>'
        for i in flag.facts:
            marks.setdefault(i + 1, []).append(mark)
    return {i: " ".join(m) for i, m in marks.items()}


def _flag_list(article: Article) -> str:
    """The article's consistency flags, each with the numbers of its facts; empty when there are none."""
    if not article.flags:
        return ""
    items = "".join(
        f"<li><span class=flag>{f.kind.value}</span> (facts {', '.join(str(i + 1) for i in f.facts)}): "
        f"{html.escape(f.message)}</li>"
        for f in article.flags
    )
    return f"<h2>Flags ({len(article.flags)})</h2><ul>{items}</ul>"


def _cell(fact: dict, column: str) -> object:
    if column == "period":
        return f"{fact['period']['start']}..{fact['period']['end']}"
    return fact.get(column) if fact.get(column) is not None else ""


def find_article(run: Path, article_id: str) -> Article:
    """The article with `article_id` in a run's JSONL file."""
    with run.open(encoding="utf-8") as handle:
        for line in handle:
            if json.loads(line).get("id") == article_id:
                return Article.model_validate_json(line)
    raise KeyError(f"{run}: no article with id {article_id!r}")
