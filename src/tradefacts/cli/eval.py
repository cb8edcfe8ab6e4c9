"""`tradefacts eval`: score any number of runs against gold, compare them with a baseline, write the reports."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tradefacts.eval.format import points, summary_lines
from tradefacts.eval.loading import InputError, Run, load_gold, load_run
from tradefacts.eval.metrics import DEFAULT_RESAMPLES, score_run
from tradefacts.eval.report import build_report, manifest, write_reports


def register(p: argparse.ArgumentParser) -> None:
    """The `eval` subcommand's arguments."""
    p.add_argument("--gold", type=Path, nargs="+", required=True, help="gold JSONL file(s)")
    p.add_argument(
        "--run", action="append", default=[], metavar="NAME=PATH", help="a run to score, by name (repeat for more)"
    )
    p.add_argument(
        "--pred", type=Path, action="append", default=[], help="one predictions file, scored as the run 'pred'"
    )
    p.add_argument(
        "--baseline",
        help="the run the others are compared with (paired bootstrap): a --run NAME, or a file scored as 'baseline'",
    )
    p.add_argument("--out", type=Path, required=True, help="directory for the reports")
    p.add_argument("--resamples", type=_positive, default=DEFAULT_RESAMPLES, help="bootstrap resamples (default 1000)")
    p.add_argument("--seed", type=int, default=0, help="bootstrap seed (default 0)")
    p.set_defaults(func=run)


def _positive(text: str) -> int:
    """An integer of at least 1, for argparse."""
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def named_runs(args: argparse.Namespace) -> tuple[dict[str, Path], str | None]:
    """The runs the flags name, in order, and the baseline's name; ValueError for a mistake in them."""
    runs: dict[str, Path] = {}
    if len(args.pred) > 1:
        raise ValueError("--pred is one run; name several with --run NAME=PATH")
    specs = [("pred", str(args.pred[0]))] if args.pred else []
    for spec in args.run:
        name, sep, path = spec.partition("=")
        if not sep or not name.strip() or not path:
            raise ValueError(f"--run {spec!r}: expected NAME=PATH")
        specs.append((name.strip(), path))
    for name, path in specs:
        if name in runs:
            raise ValueError(f"run name {name!r} is given twice; every run needs its own name")
        runs[name] = Path(path)
    baseline = args.baseline
    if baseline is not None and baseline not in runs:
        if not Path(baseline).is_file():
            raise ValueError(f"--baseline {baseline!r} is neither a run name ({', '.join(runs)}) nor a file")
        if "baseline" in runs:
            raise ValueError("--baseline FILE is scored as run 'baseline', but a --run has that name")
        runs["baseline"], baseline = Path(baseline), "baseline"
    if not runs:
        raise ValueError("nothing to score: give --run NAME=PATH (or --pred PATH)")
    return runs, baseline


def run(args: argparse.Namespace) -> int:
    """Score, print the summary, write the reports; exit 2 on a malformed input or a mistake in the flags."""
    try:
        paths, baseline = named_runs(args)
        gold = load_gold(args.gold)
        preds: dict[str, Run] = {name: load_run(path, lenient_facts=True) for name, path in paths.items()}
    except (InputError, ValueError) as exc:
        print(f"tradefacts eval: {exc}", file=sys.stderr)
        return 2
    scores = {name: score_run(gold, p, resamples=args.resamples, seed=args.seed) for name, p in preds.items()}
    man = manifest(args.gold, preds)
    report = build_report(scores, preds, baseline, man, resamples=args.resamples, seed=args.seed)
    written = write_reports(args.out, report)
    for name, score in scores.items():
        print("\n".join(summary_lines(name, score.metrics)))
        if score.unknown_ids:
            print(f"  predictions for ids not in gold: {', '.join(score.unknown_ids)}")
    for name, c in report["comparisons"].items():
        lo, hi = c["ci95"]
        print(
            f"{name} vs {baseline}: Δ strict F1 = {points(c['delta_f1'])} points "
            f"[95% CI {points(lo)}, {points(hi)}], p = {c['p_value']:.3f}"
        )
    print("reports: " + ", ".join(map(str, written)))
    return 0
