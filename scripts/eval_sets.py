#!/usr/bin/env python3
"""Run Baton over several baton-eval/v1 sets and keep every reply.

Usage: eval_sets.py [--bin target/release/baton] [--out DIR] [--trace] [--never-abstain] SET_DIR...

The flow and the scoring are those of ../shared/eval/run_eval.py (import,
tokens, serve, notice, scripted answers, submit, approve, ask, score at
k = 5); this driver differs only in what it keeps: each set's full replies
(answer, citations, evidence with the abstention features) go to
OUT/NAME.json, so that `scripts/calibrate_abstention.py` can fit the
abstention classifier on them and failures can be read afterwards. It
prints one summary line per set and a table at the end. Standard library
only.
"""
import argparse, json, os, shutil, socket, subprocess, sys, tempfile, time
import urllib.request, urllib.error
from datetime import date, timedelta

K = 5


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


def call(base, method, path, token, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method)
    req.add_header("Authorization", "Bearer " + token)
    if data is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            status, raw = r.status, r.read()
    except urllib.error.HTTPError as e:
        status, raw = e.code, e.read()
    if status not in (200, 201):
        raise RuntimeError(f"{method} {path} -> {status}: {raw[:300]!r}")
    return json.loads(raw) if raw else None


def cli(binary, env, *args):
    out = subprocess.run([binary, *args], env=env, capture_output=True, text=True, timeout=600)
    if out.returncode != 0:
        raise RuntimeError(f"baton {' '.join(args)} failed: {out.stderr[-500:]}")
    return out.stdout.strip()


def is_gold(c, g):
    if g["kind"] == "interview":
        return c.get("kind") == "interview" and c.get("question_id") == g["question_id"]
    return c.get("kind") == g["kind"] and c.get("id") == g["id"]


def score(q, r):
    cites = (r.get("citations") or [])[:K]
    leak = any(c.get("account_id") != q["account_id"] for c in r.get("citations") or [])
    hit = any(is_gold(c, g) for c in cites for g in q["gold_sources"])
    text = (r.get("answer") or "") + " " + " ".join(c.get("excerpt") or "" for c in cites)
    mention = all(m.lower() in text.lower() for m in q["must_mention"])
    return {"id": q["id"], "expect": q["expect"], "abstained": bool(r.get("abstained")),
            "hit": hit, "mention": mention, "leak": leak}


def summarize(rows, lat):
    ans = [x for x in rows if x["expect"] == "answer"]
    abst = [x for x in rows if x["expect"] == "abstain"]
    lat = sorted(lat)
    return {
        "questions": len(rows),
        "recall@5": round(sum(x["hit"] for x in ans) / max(len(ans), 1), 3),
        "mention": round(sum(x["mention"] for x in ans) / max(len(ans), 1), 3),
        "false_abstain": round(sum(x["abstained"] for x in ans) / max(len(ans), 1), 3),
        "abstain_acc": round(sum(x["abstained"] for x in abst) / max(len(abst), 1), 3),
        "leaks": sum(x["leak"] for x in rows),
        "ask_p50_ms": round(lat[len(lat) // 2], 1) if lat else None,
    }


def run_set(binary, dataset, env_extra):
    ev = json.load(open(os.path.join(dataset, "eval.json")))
    assert ev.get("format") == "baton-eval/v1", f"{dataset}: not a baton-eval/v1 file"
    work = tempfile.mkdtemp(prefix="baton-evalsets-")
    port = free_port()
    env = dict(os.environ, BATON_DATA_DIR=work, BATON_ADDR=f"127.0.0.1:{port}", **env_extra)
    for var in ("DATABASE_URL", "QDRANT_URL"):
        env.pop(var, None)
    server = None
    try:
        cli(binary, env, "import", os.path.join(dataset, ev["bundle"]))
        tok = {r: cli(binary, env, "token", "create", "--user", ev[f"{r}_user_id"]).splitlines()[-1].strip()
               for r in ("departing", "successor", "manager")}
        log = open(os.path.join(work, "serve.log"), "w")
        server = subprocess.Popen([binary, "serve"], env=env, stdout=log, stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        for _ in range(600):
            try:
                with urllib.request.urlopen(base + "/healthz", timeout=2) as r:
                    if r.status == 200:
                        break
            except Exception:
                time.sleep(0.2)
        else:
            raise RuntimeError("server did not become healthy")
        dep = call(base, "POST", "/api/v1/departures", tok["manager"], {
            "user_id": ev["departing_user_id"],
            "last_day": (date.today() + timedelta(days=14)).isoformat(),
            "successor_id": ev["successor_user_id"]})
        for iv in dep["interviews"]:
            script = ev["interviews"].get(iv["account_id"], {})
            done = set()
            for _ in range(200):
                state = call(base, "GET", f"/api/v1/interviews/{iv['id']}", tok["departing"])
                p = state.get("current_prompt")
                if not p:
                    break
                qid = p.get("question_id")
                if p.get("kind") == "question" and qid in script and qid not in done:
                    call(base, "POST", f"/api/v1/interviews/{iv['id']}/answers", tok["departing"],
                         {"question_id": qid, "text": script[qid]})
                    done.add(qid)
                else:
                    call(base, "POST", f"/api/v1/interviews/{iv['id']}/skip", tok["departing"], {})
            for qid, text in script.items():
                if qid not in done:
                    call(base, "POST", f"/api/v1/interviews/{iv['id']}/answers", tok["departing"],
                         {"question_id": qid, "text": text})
            call(base, "POST", f"/api/v1/interviews/{iv['id']}/submit", tok["departing"], {})
            call(base, "POST", f"/api/v1/interviews/{iv['id']}/approve", tok["manager"], {})
        rows, lat, replies = [], [], []
        for q in ev["questions"]:
            t0 = time.perf_counter()
            r = call(base, "POST", f"/api/v1/accounts/{q['account_id']}/ask", tok["successor"],
                     {"question": q["question"]})
            lat.append((time.perf_counter() - t0) * 1000)
            row = score(q, r)
            rows.append(row)
            replies.append({"question": q, "reply": r, "score": row})
        return summarize(rows, lat), replies
    finally:
        if server:
            server.terminate()
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                server.kill()
        shutil.rmtree(work, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--bin", default="target/release/baton")
    ap.add_argument("--out", default="target/eval")
    ap.add_argument("--env", action="append", default=[], help="NAME=VALUE for the server")
    ap.add_argument("--trace", action="store_true",
                    help="have the server write each question's candidates and ranking signals to "
                         "OUT/NAME.trace.jsonl (BATON_ASK_TRACE; what fit_ranking.py fits on)")
    ap.add_argument("--never-abstain", action="store_true",
                    help="serve with a classifier that always answers, so every reply keeps its "
                         "citations (what calibrate_abstention.py fits on)")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    env_extra = dict(e.split("=", 1) for e in a.env)
    if a.never_abstain:
        path = os.path.abspath(os.path.join(a.out, "never_abstain.toml"))
        from calibrate_abstention import NAMES  # the classifier's features, one list
        open(path, "w").write("bias = 0.0\nthreshold = 0.0\n[weights]\n"
                              + "".join(f"{n} = 0.0\n" for n in NAMES))
        env_extra["BATON_ABSTENTION_FILE"] = path
    binary = os.path.abspath(a.bin)
    table = []
    for d in a.sets:
        name = os.path.basename(os.path.normpath(d))
        env_set = dict(env_extra)
        if a.trace:
            trace = os.path.abspath(os.path.join(a.out, name + ".trace.jsonl"))
            if os.path.exists(trace):
                os.remove(trace)
            env_set["BATON_ASK_TRACE"] = trace
        summary, replies = run_set(binary, d, env_set)
        json.dump({"set": name, "summary": summary, "replies": replies},
                  open(os.path.join(a.out, name + ".json"), "w"), indent=1)
        print(name, " ".join(f"{k}={v}" for k, v in summary.items()), flush=True)
        table.append((name, summary))
    cols = ["recall@5", "mention", "false_abstain", "abstain_acc", "leaks", "ask_p50_ms"]
    print("| set | " + " | ".join(cols) + " |")
    print("|---" * (len(cols) + 1) + "|")
    for name, s in table:
        print(f"| {name} | " + " | ".join(str(s[c]) for c in cols) + " |")


if __name__ == "__main__":
    sys.exit(main())
