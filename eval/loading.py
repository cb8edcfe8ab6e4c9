"""Read gold and prediction files in the interchange format, with errors that name file, line and field."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from tradefacts.schemas import Article, Fact

UNIT_ALIASES = {
    "rmb": "CNY",
    "yuan": "CNY",
    "cny": "CNY",
    "usd": "USD",
    "$": "USD",
    "dollars": "USD",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "yen": "JPY",
    "won": "KRW",
    "pounds": "GBP",
    "sterling": "GBP",
    "rupees": "INR",
    "%": "percent",
    "pct": "percent",
    "tons": "tonnes",
    "tonne": "tonnes",
    "t": "tonnes",
}


class InputError(ValueError):
    """A malformed input file; the message names the file, line and field."""


@dataclass
class InvalidFact:
    """A predicted fact record that does not validate against the schema."""

    article: str
    index: int
    error: str
    record: object


@dataclass
class Run:
    """One file of articles: the articles by id in file order, invalid fact records, and the run's manifest."""

    path: Path
    articles: dict[str, Article]
    invalid: list[InvalidFact] = field(default_factory=list)
    manifest: dict[str, object] = field(default_factory=dict)

    @property
    def fact_records(self) -> int:
        """Fact records read, valid or not."""
        return sum(len(a.facts) for a in self.articles.values()) + len(self.invalid)


def _where(exc: ValidationError) -> str:
    first = exc.errors()[0]
    loc = ".".join(str(p) for p in first["loc"]) or "(record)"
    return f"field {loc}: {first['msg']}"


def _normalise_units(record: dict) -> dict:
    unit = record.get("unit")
    if not isinstance(unit, str):
        return record
    key = unit.strip().lower()
    if key in UNIT_ALIASES:
        return record | {"unit": UNIT_ALIASES[key]}
    if len(key) == 3 and key.isalpha():  # "jpy" → "JPY"; the model checks it is an ISO 4217 code
        return record | {"unit": key.upper()}
    return record


def manifest_path(path: Path) -> Path:
    """Where a run's manifest sits beside its JSONL file (`pred.jsonl` → `pred.manifest.json`)."""
    return path.with_name(path.name.removesuffix(".jsonl") + ".manifest.json")


def load_run(path: Path, *, lenient_facts: bool) -> Run:
    """Read a JSONL file of articles; with `lenient_facts`, invalid facts are collected instead of raising."""
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    articles: dict[str, Article] = {}
    invalid: list[InvalidFact] = []
    with path.open("rb") as handle:
        for lineno, raw in enumerate(handle, 1):
            where = f"{path}:{lineno}"
            line = _decoded(raw, where, lineno)
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{where}: not valid JSON: {exc.msg} at column {exc.colno}") from None
            if not isinstance(record, dict):
                raise InputError(f"{where}: expected a JSON object (one article), got {type(record).__name__}")
            raw_facts = record.get("facts") or []
            if not isinstance(raw_facts, list):
                raise InputError(f"{where}: field facts: expected a list")
            try:
                article = Article.model_validate(record | {"facts": []})
            except ValidationError as exc:
                raise InputError(f"{where}: {_where(exc)}") from None
            if article.id in articles:
                raise InputError(f"{where}: field id: duplicate article id {article.id!r}")
            for index, raw in enumerate(raw_facts):
                try:
                    article.facts.append(Fact.model_validate(_normalise_units(raw) if isinstance(raw, dict) else raw))
                except ValidationError as exc:
                    message = f"{where}: article {article.id!r} facts[{index}]: {_where(exc)}"
                    if not lenient_facts:
                        raise InputError(message) from None
                    invalid.append(InvalidFact(article.id, index, message, raw))
            articles[article.id] = article
    manifest = {}
    if (mpath := manifest_path(path)).is_file():
        try:
            manifest = json.loads(_decoded(mpath.read_bytes(), str(mpath), 1))
        except json.JSONDecodeError as exc:
            raise InputError(f"{mpath}: not valid JSON: {exc.msg}") from None
    return Run(path, articles, invalid, manifest)


def _decoded(raw: bytes, where: str, lineno: int) -> str:
    """A line as text, or an InputError naming the file, the line and the byte, with what the file probably is."""
    try:
        return raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
    except UnicodeDecodeError as exc:
        utf16 = raw[:2] in (b"\xff\xfe", b"\xfe\xff") or raw.count(0) > len(raw) // 3
        hint = "it looks like UTF-16" if utf16 else "binary, or another encoding such as Latin-1"
        message = f"{where}: not UTF-8 text (byte 0x{raw[exc.start]:02x} at column {exc.start + 1}; {hint})"
        raise InputError(f"{message}: save it as UTF-8 JSON Lines") from None


def load_gold(paths: list[Path]) -> Run:
    """Read one or more gold files into one run; every record must validate, and there must be facts to score."""
    runs = [load_run(p, lenient_facts=False) for p in paths]
    for run in runs:
        if not run.articles:
            raise InputError(f"{run.path}: no articles: a gold file needs at least one article with facts")
    if not any(run.fact_records for run in runs):
        raise InputError(f"{', '.join(map(str, paths))}: no facts in gold: there is nothing to score against")
    merged: dict[str, Article] = {}
    for run in runs:
        for key, article in run.articles.items():
            if key in merged:
                raise InputError(f"{run.path}: field id: article {key!r} appears in more than one gold file")
            merged[key] = article
    return Run(paths[0], merged)
