#!/usr/bin/env python3
"""Fit Baton's retrieval ranking (src/knowledge/ranking.toml) on
evaluation traces, check it by leaving one set out, and report it per set.

Usage:
  fit_ranking.py --tune A.json B.json ... [--report C.json ...]
                 [--start src/knowledge/ranking.toml] [--write src/knowledge/ranking.toml]

Each JSON file is what `scripts/eval_sets.py --trace --never-abstain --out DIR`
wrote for one set; beside it, NAME.trace.jsonl holds every question's
candidates (each retrieved chunk with its kind, source id and signals), as
the server wrote them (BATON_ASK_TRACE). Questions are matched to trace
lines by account and text.

What is scored is what the product is held to: for an answerable
question, whether a gold source is among the first five distinct sources
(recall@5: a source ranks by its best chunk, as in `ask.rs`), and the
reciprocal rank of the first gold source, which breaks ties between
weightings that find as many.

Method:
- the score is linear (`Σ weight·signal`); `dense` stays at 1 (the scale);
- coordinate ascent from the start weights: each round tries every other
  weight moved by each step and keeps the best move, while the mean over
  sets (each set counts once) of recall@5 + 0.25·MRR improves by more than
  `--min-gain`; a move also pays `--penalty` per unit of distance from the
  start, so weights move only where the sets agree;
- leave one set out: for each tuning set, fit on the others and score it;
  the report compares the start and the fitted weights there, which is
  the estimate of what the fit brings to a set it never saw;
- the shipped weights are fitted on every tuning set.

Report sets are never fitted on; they are scored once, start and fitted.
Standard library only.
"""
import argparse, json, os, re, sys, tomllib

from eval_sets import is_gold  # a citation scored as the eval scores it

NAMES = ["dense", "coverage", "names", "topic", "interview", "contact", "opportunity", "account",
         "bm25", "fused", "reach", "figure", "wanted"]
STEPS = [-0.4, -0.2, -0.1, -0.05, 0.05, 0.1, 0.2, 0.4]
K = 5


def read_toml_weights(path):
    with open(path, "rb") as f:
        w = tomllib.load(f).get("weights", {})
    missing = [n for n in NAMES if n not in w]
    if missing:
        sys.exit(f"{path}: no weight for {missing}")
    return [float(w[n]) for n in NAMES]


def load(path):
    """The answerable questions of one set: (gold source indices, candidates as
    (source index, signal vector)), and the number of sources."""
    d = json.load(open(path))
    trace_path = re.sub(r"\.json$", ".trace.jsonl", path)
    if not os.path.exists(trace_path):
        sys.exit(f"{trace_path}: no trace (run eval_sets.py with --trace)")
    lines = {}
    for line in open(trace_path):
        t = json.loads(line)
        lines.setdefault((t["account_id"], t["question"].strip()), t)
    questions = []
    for r in d["replies"]:
        q = r["question"]
        if q["expect"] != "answer":
            continue
        t = lines.get((q["account_id"], q["question"].strip()))
        if t is None:
            sys.exit(f"{path}: {q['id']} has no trace line")
        # One source per kind and id, as ask.rs keeps one candidate per
        # source.
        sources, cands = [], []
        index = {}
        for c in t["candidates"]:
            k = (c["kind"], c["id"])
            if k not in index:
                index[k] = len(sources)
                sources.append(c)
            cands.append((index[k], [float(c["signals"][n]) for n in NAMES]))
        golds = [i for i, c in enumerate(sources) if any(is_gold(c, g) for g in q["gold_sources"])]
        questions.append((golds, len(sources), cands))
    return d["set"], questions


def scores_of(questions, w):
    """Each question's chunk scores under weights w."""
    return [[sum(a * b for a, b in zip(w, f)) for _, f in cands] for _, _, cands in questions]


def metrics(questions, chunk_scores):
    hits, rr = 0, 0.0
    for (golds, n, cands), scores in zip(questions, chunk_scores):
        if not golds:
            continue
        best = [float("-inf")] * n
        for (src, _), s in zip(cands, scores):
            if s > best[src]:
                best[src] = s
        g = max(best[i] for i in golds)
        # Rank of the best gold source: sources scoring higher, ties
        # counted against it (the server's sort keeps retrieval's order
        # among equals, which this does not know: a slight pessimism).
        rank = 1 + sum(1 for i, b in enumerate(best) if b >= g and i not in golds)
        hits += rank <= K
        rr += 1.0 / rank
    n = max(len(questions), 1)
    return hits / n, rr / n


def objective(sets, weights_scores):
    total = 0.0
    for questions, scores in zip(sets, weights_scores):
        r, mrr = metrics(questions, scores)
        total += r + 0.25 * mrr
    return total / len(sets)


def fit(sets, start, penalty, min_gain, log=None):
    w = list(start)
    base = [scores_of(q, w) for q in sets]
    dist = lambda v: sum(abs(a - b) for a, b in zip(v, start))
    current_cost = objective(sets, base)
    for round_ in range(60):
        best = None
        for i, name in enumerate(NAMES):
            if name == "dense":
                continue
            for step in STEPS:
                new_scores = [
                    [[s + step * cand[1][i] for s, cand in zip(qs, qq[2])] for qs, qq in zip(set_scores, qset)]
                    for set_scores, qset in zip(base, sets)
                ]
                v = list(w)
                v[i] += step
                cost = objective(sets, new_scores) - penalty * dist(v)
                if cost > current_cost + min_gain and (best is None or cost > best[0]):
                    best = (cost, i, step, new_scores)
        if best is None:
            break
        current_cost, i, step, base = best
        w[i] += step
        if log:
            log(f"  round {round_ + 1}: {NAMES[i]} {step:+.2f} -> {w[i]:.3f}  objective {current_cost:.4f}")
    return w


def fmt(w):
    return " ".join(f"{n}={v:.2f}" for n, v in zip(NAMES, w) if v != 0.0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tune", nargs="+", required=True)
    ap.add_argument("--report", nargs="*", default=[])
    ap.add_argument("--start", default=os.path.join(os.path.dirname(__file__), "..", "src", "knowledge", "ranking.toml"))
    ap.add_argument("--penalty", type=float, default=0.01)
    ap.add_argument("--min-gain", type=float, default=0.001)
    ap.add_argument("--no-cv", action="store_true")
    ap.add_argument("--write")
    a = ap.parse_args()
    start = read_toml_weights(a.start)
    tune = [load(p) for p in a.tune]
    report = [load(p) for p in a.report]
    print("start:", fmt(start))
    if not a.no_cv and len(tune) > 1:
        print("leave one set out (recall@5 / MRR of the held-out set, start -> fitted on the others):")
        gains = []
        for k, (name, qs) in enumerate(tune):
            others = [q for j, (_, q) in enumerate(tune) if j != k]
            w = fit(others, start, a.penalty, a.min_gain)
            r0, m0 = metrics(qs, scores_of(qs, start))
            r1, m1 = metrics(qs, scores_of(qs, w))
            gains.append(r1 - r0)
            print(f"  {name:12s} {r0:.3f}/{m0:.3f} -> {r1:.3f}/{m1:.3f}   ({fmt(w)})")
        print(f"  mean held-out recall@5 change: {sum(gains) / len(gains):+.4f}")
    print("fit on every tuning set:")
    w = fit([q for _, q in tune], start, a.penalty, a.min_gain, log=print)
    print("fitted:", fmt(w))
    print("| set | role | recall@5 start | recall@5 fitted | MRR start | MRR fitted |")
    print("|---|---|---|---|---|---|")
    for role, group in (("tune", tune), ("report", report)):
        for name, qs in group:
            r0, m0 = metrics(qs, scores_of(qs, start))
            r1, m1 = metrics(qs, scores_of(qs, w))
            print(f"| {name} | {role} | {r0:.3f} | {r1:.3f} | {m0:.3f} | {m1:.3f} |")
    if a.write:
        tuned = ", ".join(n for n, _ in tune)
        reported = ", ".join(n for n, _ in report) or "none"
        with open(a.write, "w") as f:
            f.write("# How retrieved chunks are ranked (src/knowledge/rank.rs): score =\n"
                    "# Σ weight·signal. Written by scripts/fit_ranking.py: coordinate ascent\n"
                    f"# on recall@5 + 0.25·MRR from the earlier hand-set weights (penalty {a.penalty}).\n"
                    f"# Fitted on: {tuned}. Report sets, never fitted on: {reported}.\n"
                    "[weights]\n")
            for n, v in zip(NAMES, w):
                f.write(f"{n} = {round(v, 4)}\n")
        print("wrote", a.write)


if __name__ == "__main__":
    sys.exit(main())
