#!/usr/bin/env python3
"""Fit Baton's abstention classifier on evaluation replies, choose its
threshold by cross-validation across sets, and report it per set.

Usage:
  calibrate_abstention.py --tune A.json B.json ... [--report C.json ...]
                          [--features NAME ...] [--write src/knowledge/abstention.toml]
  calibrate_abstention.py --score src/knowledge/abstention.toml --report A.json ...

Each JSON file is what `scripts/eval_sets.py --out DIR` wrote for one set,
run with a classifier that never abstains (BATON_ABSTENTION_FILE pointing
to a file with threshold 0), so every question's citations and features
are there. The features are read from each reply's `evidence.features`;
the label is the question's `expect`.

Method:
- logistic regression on standardized features, L2-penalized, the two
  classes weighted to count equally, each weight kept to the sign its
  feature may push (SIGNS);
- leave one set out: for each tuning set, fit on the other tuning sets,
  pick the threshold there, score the held-out set; the penalty is the one
  with the lowest held-out cost over the grid;
- the threshold is chosen on the out-of-fold probabilities of all tuning
  sets together; the shipped weights are fitted on all tuning sets.
- a threshold abstains as often as it can on unanswerable questions while
  false abstentions stay within 0.05, the bar issue 12 sets (the cheapest
  by cost when no threshold keeps within it);
- cost of a threshold (and of a penalty, summed over the held-out folds):
  false_abstain / 0.05 + (1 - abstain_acc) / 0.15,
  each error rate over the bar the product aims at (issue 12);
- fitted on every feature unless `--features` names fewer; each set's
  AUC (how well the probability ranks its answerable questions above its
  unanswerable ones, whatever the threshold) is printed beside its rates.

`--score FILE` fits nothing: it scores the classifier in FILE (the shipped
one, or a team's) on each set given, with the same table.

Report sets are never used to fit or choose anything: they are scored once
with the final classifier, abstention and answer quality (recall@5,
mention) both, as `run_eval.py` counts them. Standard library only.
"""
import argparse, json, math, os, random, sys, tomllib

NAMES = ["unknown", "unknown_max", "unknown_share", "unknown_lead", "names_missing", "dense", "coverage",
         "cooc", "focus", "name_cooc", "sentence_cooc", "answer_type",
         "typed_cooc", "hedged", "asks_kind"]
# The direction each feature may push: more of the question's words met
# together, more similarity, the fact asked for found, never argue against
# answering (+1); words and names the account never uses, a sentence that
# says the fact is not known, never argue for it (-1); 0 is free. Fitted
# freely, the later sets' writing (unanswerable questions put in the
# account's own words) turns co-occurrence against answering, and the
# classifier then answers a question none of whose words meet anywhere.
SIGNS = {"unknown": -1, "unknown_max": -1, "unknown_share": -1, "unknown_lead": -1,
         "names_missing": -1, "dense": 1, "coverage": 1, "cooc": 1, "focus": 1,
         "name_cooc": 1, "sentence_cooc": 1, "answer_type": 1, "typed_cooc": 1,
         "hedged": -1, "asks_kind": 0}
PENALTIES = [0.001, 0.003, 0.01, 0.03, 0.1]
FA_BAR, MISS_BAR = 0.05, 0.15


def load(path, names=NAMES):
    """A set's name and its rows: the features in `names`, the label."""
    d = json.load(open(path))
    rows = []
    for r in d["replies"]:
        f = r["reply"]["evidence"]["features"]
        rows.append({
            "x": [float(f[n]) for n in names],
            "y": 1 if r["question"]["expect"] == "answer" else 0,
            "hit": r["score"]["hit"], "mention": r["score"]["mention"],
            "id": r["question"]["id"], "question": r["question"]["question"],
        })
    return d["set"], rows


def standardize(rows):
    n = len(rows)
    dims = len(rows[0]["x"])
    mean = [sum(r["x"][j] for r in rows) / n for j in range(dims)]
    std = []
    for j in range(dims):
        v = sum((r["x"][j] - mean[j]) ** 2 for r in rows) / n
        std.append(math.sqrt(v) if v > 1e-12 else 1.0)
    return mean, std


def fit(rows, penalty, signs, iters=3000, lr=0.1):
    """Weighted L2 logistic regression by projected gradient descent, each
    weight kept to its sign in `signs` (+1, -1, 0 for free); returns
    raw-scale (bias, weights)."""
    mean, std = standardize(rows)
    dims = len(mean)
    xs = [[(r["x"][j] - mean[j]) / std[j] for j in range(dims)] for r in rows]
    ys = [r["y"] for r in rows]
    pos = sum(ys)
    neg = len(ys) - pos
    cw = {1: len(ys) / (2.0 * max(pos, 1)), 0: len(ys) / (2.0 * max(neg, 1))}
    w = [0.0] * dims
    b = 0.0
    n = len(rows)
    for _ in range(iters):
        gw = [0.0] * dims
        gb = 0.0
        for x, y in zip(xs, ys):
            z = b + sum(wj * xj for wj, xj in zip(w, x))
            p = 1.0 / (1.0 + math.exp(-max(min(z, 30), -30)))
            e = (p - y) * cw[y]
            gb += e
            for j in range(len(w)):
                gw[j] += e * x[j]
        b -= lr * gb / n
        for j in range(len(w)):
            w[j] -= lr * (gw[j] / n + penalty * w[j])
            if signs[j] * w[j] < 0:
                w[j] = 0.0
    raw_w = [w[j] / std[j] for j in range(dims)]
    raw_b = b - sum(w[j] * mean[j] / std[j] for j in range(dims))
    return raw_b, raw_w


def prob(model, x):
    b, w = model
    z = b + sum(wj * xj for wj, xj in zip(w, x))
    return 1.0 / (1.0 + math.exp(-max(min(z, 30), -30)))


def rates(ps, rows, t):
    ans = [p for p, r in zip(ps, rows) if r["y"] == 1]
    abst = [p for p, r in zip(ps, rows) if r["y"] == 0]
    fa = sum(p < t for p in ans) / max(len(ans), 1)
    acc = sum(p < t for p in abst) / max(len(abst), 1)
    return fa, acc


def cost(ps, rows, t):
    fa, acc = rates(ps, rows, t)
    return fa / FA_BAR + (1 - acc) / MISS_BAR


def best_threshold(ps, rows):
    """The threshold that abstains most on unanswerable questions while
    false abstentions stay within the bar (FA_BAR); the cheapest by
    `cost` when none does."""
    cands = sorted(set(round(p, 4) for p in ps)) + [0.5]
    # Midpoints between neighbouring probabilities, so the threshold does
    # not sit on one question.
    mids = [(a + b) / 2 for a, b in zip(cands, cands[1:])] or [0.5]
    at = {t: rates(ps, rows, t) for t in mids}
    within = [t for t in mids if at[t][0] <= FA_BAR]
    if within:
        return max(within, key=lambda t: (at[t][1], -at[t][0], -abs(t - 0.5)))
    return min(mids, key=lambda t: (cost(ps, rows, t), abs(t - 0.5)))


def metrics(ps, rows, t):
    """Per set: abstention precision and recall, and the eval's figures
    as they would be with this classifier."""
    ans = [r for r in rows if r["y"] == 1]
    abst = [r for r in rows if r["y"] == 0]
    pred_abst = [p < t for p in ps]
    tp = sum(a and r["y"] == 0 for a, r in zip(pred_abst, rows))
    n_pred = sum(pred_abst)
    answered = [(a, r) for a, r in zip(pred_abst, rows) if r["y"] == 1]
    pairs = [(pa, pu) for pa, ra in zip(ps, rows) if ra["y"] == 1
             for pu, ru in zip(ps, rows) if ru["y"] == 0]
    auc = sum((pa > pu) + 0.5 * (pa == pu) for pa, pu in pairs) / len(pairs) if pairs else 1.0
    return {
        "auc": auc,
        "recall@5": sum((not a) and r["hit"] for a, r in answered) / max(len(ans), 1),
        "mention": sum((not a) and r["mention"] for a, r in answered) / max(len(ans), 1),
        "false_abstain": sum(a for a, _ in answered) / max(len(ans), 1),
        "abstain_acc": tp / max(len(abst), 1),
        "abstain_precision": tp / n_pred if n_pred else 1.0,
        "n": len(rows), "n_abstain": len(abst),
    }


def fmt(name, m):
    return (f"| {name} | {m['n']} ({m['n_abstain']}) | {m['recall@5']:.3f} | {m['mention']:.3f} | "
            f"{m['false_abstain']:.3f} | {m['abstain_acc']:.3f} | {m['abstain_precision']:.3f} | {m['auc']:.3f} |")


HEAD = ("| set | questions (abstain) | recall@5 | mention | false_abstain | abstain_acc "
        "(abstention recall) | abstention precision | AUC |\n|---|---|---|---|---|---|---|---|")


def score_file(path, sets):
    """Each set's rates and AUC under the classifier in `path`."""
    c = tomllib.load(open(path, "rb"))
    model = (c["bias"], [c["weights"].get(n, 0.0) for n in NAMES])
    print(f"{path}: threshold {c['threshold']:.3f}")
    print(HEAD)
    for name, rows in (load(p) for p in sets):
        ps = [prob(model, r["x"]) for r in rows]
        print(fmt(name, metrics(ps, rows, c["threshold"])))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tune", nargs="+", default=[])
    ap.add_argument("--report", nargs="*", default=[])
    ap.add_argument("--write")
    ap.add_argument("--score", help="a classifier file to score on the sets, fitting nothing")
    ap.add_argument("--features", nargs="+", choices=NAMES, default=NAMES,
                    help="the features to fit on (default: %(default)s); the others weigh 0")
    a = ap.parse_args()
    if a.score:
        return score_file(a.score, a.tune + a.report)
    if not a.tune:
        ap.error("--tune is required unless --score is given")
    random.seed(0)
    signs = [SIGNS[n] for n in a.features]
    tune = [load(p, a.features) for p in a.tune]
    report = [load(p, a.features) for p in a.report]

    # Penalty and out-of-fold probabilities by leave-one-set-out.
    best = None
    for pen in PENALTIES:
        oof = {}
        fold_cost = 0.0
        for i, (name, rows) in enumerate(tune):
            train = [r for j, (_, rs) in enumerate(tune) if j != i for r in rs]
            model = fit(train, pen, signs)
            t = best_threshold([prob(model, r["x"]) for r in train], train)
            ps = [prob(model, r["x"]) for r in rows]
            oof[name] = (ps, t)
            fold_cost += cost(ps, rows, t)
        if best is None or fold_cost < best[0]:
            best = (fold_cost, pen, oof)
    _, pen, oof = best
    print(f"penalty (leave one set out): {pen}")
    print("\nHeld-out folds (each tuning set scored by a classifier fitted and "
          "thresholded on the other tuning sets):")
    print(HEAD)
    for name, rows in tune:
        ps, t = oof[name]
        print(fmt(f"{name} (t={t:.3f})", metrics(ps, rows, t)))
    all_rows = [r for _, rows in tune for r in rows]
    all_oof = [p for name, _ in tune for p in oof[name][0]]
    threshold = best_threshold(all_oof, all_rows)
    model = fit(all_rows, pen, signs)
    print(f"\nthreshold (on the out-of-fold probabilities of all tuning sets): {threshold:.3f}")
    print("\nFinal classifier (fitted on all tuning sets) on each set:")
    print(HEAD)
    for name, rows in tune:
        ps = [prob(model, r["x"]) for r in rows]
        print(fmt(f"{name} (tuned)", metrics(ps, rows, threshold)))
    for name, rows in report:
        ps = [prob(model, r["x"]) for r in rows]
        print(fmt(f"{name} (report)", metrics(ps, rows, threshold)))
    print("\nweights (raw feature scale):")
    weights = dict(zip(a.features, model[1]))
    for n, w in weights.items():
        print(f"  {n:14s} {w:+.3f}")
    print(f"  bias           {model[0]:+.3f}")
    if a.write:
        tune_names = ", ".join(n for n, _ in tune)
        report_names = ", ".join(n for n, _ in report) or "none"
        lines = [
            "# The abstention classifier (src/knowledge/abstain.rs), written by",
            "# scripts/calibrate_abstention.py: weighted L2 logistic regression on",
            f"# the tuning sets ({tune_names}); penalty {pen} and the threshold",
            "# chosen by leave-one-set-out cross-validation (the threshold: the",
            "# most abstentions with out-of-fold false_abstain within 0.05).",
            f"# Report sets, never fitted on: {report_names}.",
        ] + ([f"# Features fitted: {', '.join(a.features)}; the others weigh 0."]
             if a.features != NAMES else []) + [
            f"bias = {model[0]:.6f}",
            f"threshold = {threshold:.6f}",
            "",
            "[weights]",
        ] + [f"{n} = {weights.get(n, 0.0):.6f}" for n in NAMES]
        open(a.write, "w").write("\n".join(lines) + "\n")
        print(f"\nwrote {a.write}")


if __name__ == "__main__":
    sys.exit(main())
