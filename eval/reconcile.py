"""A corpus as one table of observations: facts grouped by what they measure, across articles and runs.

An observation is a fact's identity without its value (area, partner, product, segment, flow, measure, basis, unit,
period). Every statement of it is kept as a source (run, article, evidence, value, publisher, published); the
observation is `agreed` when every pair of its values agrees within rounding and qualifiers
(`schemas.consistency.agree`), else `conflicting`. No value is chosen: the sources stand side by side.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from pathlib import Path

from tradefacts.eval.loading import InvalidFact, Run, load_run
from tradefacts.schemas import Fact, Identity
from tradefacts.schemas.consistency import agree, said

COLUMNS = (
    ("observation_id", "string"), ("status", "string"), ("n_sources", "int64"), ("n_articles", "int64"),
    ("area", "string"), ("partner", "string"), ("product", "string"), ("segment", "string"), ("flow", "string"),
    ("measure", "string"), ("basis", "string"), ("unit", "string"), ("period_start", "string"),
    ("period_end", "string"), ("value_min", "float64"), ("value_max", "float64"),
    ("run", "string"), ("article_id", "string"), ("fact_index", "int64"), ("value", "float64"),
    ("value_text", "string"), ("qualifier", "string"), ("evidence", "string"), ("publisher", "string"),
    ("published", "date32"), ("extractor", "string"),
)  # fmt: skip
LISTED_CONFLICTS = 20


@dataclass(frozen=True)
class Source:
    """One statement of an observation: where it was read and what it said."""

    run: str
    article_id: str
    fact_index: int
    fact: Fact
    publisher: str | None
    published: date | None


@dataclass
class Observation:
    """One thing measured, with every source that states it."""

    key: Identity  # the facts' identity with value 0
    sources: list[Source] = field(default_factory=list)

    @property
    def id(self) -> str:
        """A stable id from the identity: the same observation gets the same id in every reconcile."""
        return hashlib.sha256(json.dumps(self.key._asdict(), default=str).encode()).hexdigest()[:16]

    @property
    def conflicts(self) -> list[tuple[Source, Source]]:
        """The pairs of sources whose values disagree beyond rounding."""
        return [(a, b) for a, b in combinations(self.sources, 2) if not agree(a.fact, b.fact)]

    @property
    def status(self) -> str:
        """`agreed`, or `conflicting` when any two sources disagree beyond rounding."""
        return "conflicting" if self.conflicts else "agreed"


@dataclass
class Reconciled:
    """The observations of a corpus, and what was read to build them."""

    observations: list[Observation]
    runs: list[str]
    articles: int
    invalid: list[InvalidFact] = field(default_factory=list)  # fact records that did not validate, not grouped


def reconcile_runs(runs: Sequence[Run]) -> Reconciled:
    """Group every fact of `runs` by observation, in order of first appearance."""
    found: dict[Identity, Observation] = {}
    articles: set[tuple[str, str]] = set()
    for run in runs:
        for article in run.articles.values():
            articles.add((str(run.path), article.id))
            for i, fact in enumerate(article.facts):
                key = fact.identity()._replace(value=0.0)
                source = Source(str(run.path), article.id, i, fact, article.publisher, article.published)
                found.setdefault(key, Observation(key)).sources.append(source)
    invalid = [bad for run in runs for bad in run.invalid]
    return Reconciled(list(found.values()), [str(r.path) for r in runs], len(articles), invalid)


def reconcile_files(paths: Iterable[Path]) -> Reconciled:
    """Read each run file (errors name file, line and field) and reconcile them together."""
    return reconcile_runs([load_run(Path(p), lenient_facts=True) for p in paths])


def rows(reconciled: Reconciled) -> list[dict[str, object]]:
    """One row per source, with its observation's identity, status and value range repeated (tidy, long)."""
    out = []
    for obs in reconciled.observations:
        values = [s.fact.value for s in obs.sources]
        k = obs.key
        head = {
            "observation_id": obs.id, "status": obs.status, "n_sources": len(obs.sources),
            "n_articles": len({(s.run, s.article_id) for s in obs.sources}), "area": k.area, "partner": k.partner,
            "product": k.product, "segment": k.segment, "flow": k.flow.value, "measure": k.measure.value,
            "basis": k.basis.value if k.basis else None, "unit": k.unit, "period_start": k.period[0],
            "period_end": k.period[1], "value_min": min(values), "value_max": max(values),
        }  # fmt: skip
        for s in obs.sources:
            out.append(head | {
                "run": s.run, "article_id": s.article_id, "fact_index": s.fact_index, "value": s.fact.value,
                "value_text": s.fact.value_text, "qualifier": s.fact.qualifier.value, "evidence": s.fact.evidence,
                "publisher": s.publisher, "published": s.published, "extractor": s.fact.source,
            })  # fmt: skip
    return out


def write_parquet(reconciled: Reconciled, path: Path) -> Path:
    """Write the observation table to `path` (needs pyarrow: the `parquet` extra)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise RuntimeError("reconcile writes Parquet with pyarrow: pip install 'tradefacts[parquet]'") from exc
    schema = pa.schema([(name, getattr(pa, kind)()) for name, kind in COLUMNS])
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(rows(reconciled), schema=schema), path)
    return path


def summary(reconciled: Reconciled) -> str:
    """A short Markdown summary: observations, sources per observation, conflicts (the first few listed)."""
    obs = reconciled.observations
    per = sorted(len(o.sources) for o in obs)
    conflicting = [o for o in obs if o.status == "conflicting"]
    restated = sum(n > 1 for n in per)
    lines = [
        "# Observations",
        "",
        f"{len(obs)} observations from {sum(per)} facts in {reconciled.articles} articles "
        f"({len(reconciled.runs)} run{'s' if len(reconciled.runs) != 1 else ''}: {', '.join(reconciled.runs)}).",
        "",
        "| | count |",
        "|---|---|",
        f"| observations | {len(obs)} |",
        f"| stated by more than one source | {restated} |",
        f"| sources per observation (mean / max) | {sum(per) / len(per) if per else 0:.2f} / {max(per, default=0)} |",
        f"| agreed | {len(obs) - len(conflicting)} |",
        f"| conflicting | {len(conflicting)} |",
        f"| fact records that did not validate (not grouped) | {len(reconciled.invalid)} |",
    ]
    if conflicting:
        lines += ["", "## Conflicts", "", "Values that disagree beyond rounding; no value is chosen.", ""]
        for o in conflicting[:LISTED_CONFLICTS]:
            first = o.sources[0].fact
            stated = "; ".join(f"{s.article_id}: {said(s.fact)}" for s in o.sources)
            lines.append(f"- `{o.id}` {first.area} {first.flow.value} {first.measure.value} "
                         f"{first.period.start}..{first.period.end}: {stated}")  # fmt: skip
        if len(conflicting) > LISTED_CONFLICTS:
            lines.append(f"- ... and {len(conflicting) - LISTED_CONFLICTS} more (`status = 'conflicting'`)")
    if reconciled.invalid:
        lines += ["", "## Not grouped", ""] + [f"- {bad.error}" for bad in reconciled.invalid[:LISTED_CONFLICTS]]
    return "\n".join(lines) + "\n"
