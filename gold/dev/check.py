"""Lint the hand-written development labels before they are built: python gold/dev/check.py [ID ...].

Stdlib only (plus the project's own number parser, loaded by file path), so an
annotator can run it while writing. The full lint is tests/test_gold.py.
"""

from __future__ import annotations

import importlib.util
import math
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "gold" / "labels"))


def _module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _parser():
    """The project's number parser and sign rules, loaded by file path (no install needed)."""
    import types

    for name in ("tradefacts", "tradefacts.schemas"):
        sys.modules.setdefault(name, types.ModuleType(name))
    numbers = _module(ROOT / "schemas" / "numbers.py", "tradefacts.schemas.numbers")
    return numbers, _module(ROOT / "schemas" / "signs.py", "tradefacts.schemas.signs")


numbers, signs = _parser()

FLOWS = {"total", "exports", "imports", "balance"}
MEASURES = {"value", "quantity", "growth", "share", "rank", "count"}
UNIT_FOR = {"growth": {"percent"}, "share": {"percent"}, "rank": {"number"}, "count": {"number"}, "quantity": {"tonnes", "number"}}
MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def _occurrences(evidence: str, value_text: str) -> list[int]:
    """Every place `value_text` occurs in `evidence` ("5" may first occur inside "83.85")."""
    return [m.start() for m in re.finditer(re.escape(value_text), evidence)]


def _reading(f: dict, text: str, rule, start: int) -> float | str:
    """What `value_text` reads as at `start`: its value with the sign its wording implies, or why it cannot."""
    try:
        derived = signs.derive_value(f["value_text"], f["evidence"], rule, start)
    except numbers.NumberError as exc:
        return str(exc)
    if not re.search(numbers.SCALE_PATTERN, f["value_text"], re.IGNORECASE):
        end = start + len(f["value_text"])
        scale = numbers.table_scale(text, text.find(f["evidence"])) if f["measure"] == "value" else None
        if f["measure"] == "quantity":
            scale = numbers.row_tonnage_scale(f["evidence"])  # a table row "Crude oil (mln T) 55.97 ...": its own
        derived *= scale or numbers.list_scale(f["evidence"], end) or 1.0
    return derived


def problems(label_path: Path) -> list[str]:
    """Every problem with one label file."""
    art = _module(label_path, f"_label_{label_path.stem}").ARTICLE
    out = []
    text_path = HERE / "texts" / f"{art['id']}.txt"
    if art["id"] != label_path.stem:
        out.append(f"id {art['id']!r} differs from file name {label_path.stem!r}")
    if not text_path.exists():
        return out + [f"no text file {text_path.name}"]
    text = text_path.read_text(encoding="utf-8")
    if art.get("published") is not None and not re.match(r"^\d{4}-\d{2}-\d{2}$", art["published"]):
        out.append(f"published {art['published']!r} is not YYYY-MM-DD")
    for i, f in enumerate(art["facts"]):
        where = f"fact {i} ({f['value_text']!r})"
        if f["evidence"] not in text:
            out.append(f"{where}: evidence not verbatim in text: {f['evidence']!r}")
        if f["value_text"] not in f["evidence"]:
            out.append(f"{where}: value_text not in evidence")
            continue
        if f["flow"] not in FLOWS or f["measure"] not in MEASURES:
            out.append(f"{where}: bad flow/measure")
        if f["measure"] == "growth" and f["basis"] not in {"yoy", "mom", "qoq"}:
            out.append(f"{where}: growth needs basis")
        if f["measure"] != "growth" and f["basis"] is not None:
            out.append(f"{where}: basis only for growth")
        unit = f["unit"]
        if f["measure"] == "value":
            if not re.fullmatch(r"[A-Z]{3}", unit):
                out.append(f"{where}: money needs an ISO 4217 code, got {unit!r}")
        elif unit not in UNIT_FOR[f["measure"]]:
            out.append(f"{where}: unit {unit!r} does not fit {f['measure']}")
        for end in ("start", "end"):
            if not MONTH.match(f["period"][end]):
                out.append(f"{where}: period {end} {f['period'][end]!r}")
        if f["period"]["start"] > f["period"]["end"]:
            out.append(f"{where}: period start after end")
        rule = signs.SignRule.none
        if f["measure"] == "growth":
            rule = signs.SignRule.growth
        elif f["flow"] == "balance" and f["measure"] == "value":
            rule = signs.SignRule.balance
        readings = [_reading(f, text, rule, start) for start in _occurrences(f["evidence"], f["value_text"])]
        if not any(isinstance(r, float) and math.isclose(r, f["value"], rel_tol=1e-9, abs_tol=1e-9) for r in readings):
            first = readings[0]
            out.append(f"{where}: {first}" if isinstance(first, str) else
                       f"{where}: value {f['value']} but value_text reads {first} (parser, with the sign its wording implies)")
    ids = Counter(
        (f["area"], f["partner"], f["product"], f["segment"], f["flow"], f["measure"], f["basis"], f["value"], f["unit"],
         f["period"]["start"], f["period"]["end"]) for f in art["facts"]
    )
    out += [f"duplicate identity {k}" for k, n in ids.items() if n > 1]
    return out


def main() -> int:
    """Check the named labels (default: all) and print what is wrong."""
    wanted = set(sys.argv[1:])
    paths = sorted(p for p in (HERE / "labels").glob("*.py") if not wanted or p.stem in wanted)
    bad = 0
    total = 0
    for path in paths:
        found = problems(path)
        n = len(_module(path, f"_count_{path.stem}").ARTICLE["facts"])
        total += n
        print(f"{path.stem}: {n} facts, {len(found)} problems")
        for p in found:
            print("   ", p)
        bad += bool(found)
    print(f"{len(paths)} articles, {total} facts, {bad} with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
