"""Each run's errors by category, every item with the evidence text that states its number."""

from __future__ import annotations

LISTING_CAP = 25
CATEGORIES = ("missed", "spurious", "wrong field", "scale error", "duplicate", "ungrounded", "invalid")


def short(fact: dict) -> str:
    """A fact in one line: where, what, the number as written, unit and period."""
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


def _item(article: str, fact: dict, detail: str = "", evidence: str | None = None) -> dict[str, str]:
    return {
        "article": article,
        "fact": short(fact) if fact else "",
        "detail": detail,
        "evidence": fact.get("evidence", "") if evidence is None else evidence,
    }


def error_items(results: list[dict]) -> dict[str, list[dict[str, str]]]:
    """Every error of one run from its per-article results (see `report.article_results`), by category."""
    cats: dict[str, list[dict[str, str]]] = {k: [] for k in CATEGORIES}
    for art in results:
        aid = art["id"]
        cats["missed"] += [_item(aid, f, "gold fact not predicted") for f in art["missed"]]
        cats["spurious"] += [_item(aid, f, "predicted, not in gold") for f in art["spurious"]]
        for pair in art["pairs"]:
            gold, pred = pair["gold"], pair["pred"]
            wrong = [k for k, ok in pair["fields"].items() if not ok]
            if wrong:
                detail = "; ".join(f"{k}: gold {gold.get(k)!s}, predicted {pred.get(k)!s}" for k in wrong)
                cats["wrong field"].append(_item(aid, gold, detail, pred.get("evidence", "")))
            if pair["scale_error"]:
                detail = f"gold {gold['value']:g}, predicted {pred['value']:g}"
                cats["scale error"].append(_item(aid, gold, detail, pred.get("evidence", "")))
        cats["duplicate"] += [_item(aid, f, "same observation predicted twice") for f in art["duplicates"]]
        cats["ungrounded"] += [_item(aid, u["fact"], "; ".join(u["problems"])) for u in art["ungrounded"]]
        cats["invalid"] += [_item(aid, {}, b["error"], "") for b in art["invalid"]]
    return cats


def error_listing(results: list[dict], cap: int = LISTING_CAP) -> dict[str, dict[str, object]]:
    """Up to `cap` items per category, with the category's full count."""
    return {k: {"count": len(v), "items": v[:cap]} for k, v in error_items(results).items()}


def item_line(item: dict[str, str]) -> str:
    """An error item as one line of text: article, fact, what is wrong, and the evidence quoted."""
    head = ": ".join(x for x in (item["article"], item["fact"]) if x)
    detail = f" — {item['detail']}" if item["detail"] else ""
    evidence = f" — “{item['evidence']}”" if item["evidence"] else ""
    return head + detail + evidence
