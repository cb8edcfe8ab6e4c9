"""`tradefacts eval`: score predictions against gold, print a summary, write the reports."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tradefacts.eval.format import summary_lines
from tradefacts.eval.loading import InputError, load_gold, load_run
from tradefacts.eval.metrics import DEFAULT_RESAMPLES, compare_runs, score_run
from tradefacts.eval.report import manifest, write_reports


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `eval` subcommand."""
    p = sub.add_parser("eval", help="score predictions against gold and write report.md, report.html, results.json")
    p.add_argument("--gold", type=Path, nargs="+", required=True, help="gold JSONL file(s)")
    p.add_argument("--pred", type=Path, required=True, help="predictions JSONL file")
    p.add_argument("--baseline", type=Path, help="a second predictions file to compare against (paired bootstrap)")
    p.add_argument("--out", type=Path, required=True, help="directory for the reports")
    p.add_argument("--resamples", type=int, default=DEFAULT_RESAMPLES, help="bootstrap resamples (default 1000)")
    p.add_argument("--seed", type=int, default=0, help="bootstrap seed (default 0)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Score, print the summary, write the reports; exit 2 on malformed input."""
    try:
        gold = load_gold(args.gold)
        preds = {"pred": load_run(args.pred, lenient_facts=True)}
        if args.baseline:
            preds["baseline"] = load_run(args.baseline, lenient_facts=True)
    except InputError as exc:
        print(f"tradefacts eval: {exc}", file=sys.stderr)
        return 2
    scores = {name: score_run(gold, p, resamples=args.resamples, seed=args.seed) for name, p in preds.items()}
    comparison = None
    if "baseline" in scores:
        comparison = compare_runs(scores["pred"], scores["baseline"], resamples=args.resamples, seed=args.seed)
    man = manifest(args.gold, args.pred, preds["pred"].manifest)
    man["runs"] = {name: p.manifest for name, p in preds.items()}
    write_reports(args.out, scores, comparison, man)
    for name, score in scores.items():
        print("\n".join(summary_lines(name, score.metrics)))
        if score.unknown_ids:
            print(f"  predictions for ids not in gold: {', '.join(score.unknown_ids)}")
    if comparison:
        lo, hi = comparison["ci95"]
        print(
            f"Δ strict F1 = {100 * comparison['delta_f1']:+.1f} points [95% CI {100 * lo:+.1f}, {100 * hi:+.1f}], "
            f"p = {comparison['p_value']:.3f}"
        )
    print(f"reports: {args.out / 'report.md'}, {args.out / 'report.html'}, {args.out / 'results.json'}")
    return 0
