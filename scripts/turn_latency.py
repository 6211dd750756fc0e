#!/usr/bin/env python3
"""How long a rep waits for the next prompt when Baton runs on a model.

Imports an evaluation set's bundle (`baton-eval/v1`), serves Baton on a
model endpoint, gives notice for the set's departing owner and answers
their interviews over HTTP as a rep would: reading and typing for
`--typing` seconds, then posting the answer. Prints, per interview and in
all: the time from each answer's POST to its reply (p50, p95, max), who
phrased the prompts, how extraction ended, and the model's tokens in and
out (from /metrics).

The endpoint is `--llm-url` (any OpenAI-compatible server, e.g. the
llama-cpp-python server the README describes), or, without it, a scripted
slow server started here: one request at a time (as a small local server
does), each taking `--delay` seconds, its replies well-formed.

    python3 scripts/turn_latency.py --bin target/release/baton --delay 3
    python3 scripts/turn_latency.py --bin target/release/baton \
        --llm-url http://127.0.0.1:8011/v1 --model gemma3-270m --interviews 1
"""

import argparse, http.server, json, os, re, shutil, socket, subprocess, sys, tempfile, threading, time
import urllib.error, urllib.request
from datetime import date, timedelta


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def call(base, method, path, token, body=None):
    req = urllib.request.Request(base + path, method=method,
                                 data=None if body is None else json.dumps(body).encode())
    req.add_header("Authorization", "Bearer " + token)
    req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=600) as r:
            return r.status, json.loads(r.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"null")


def slow_server(delay):
    """A scripted OpenAI-compatible server: serial, `delay` s a request."""
    lock = threading.Lock()

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *a):
            pass

        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            user = next(m["content"] for m in body["messages"] if m["role"] == "user")
            if "Extract structured facts" in user:
                text = json.dumps({"commitments": [], "sensitive_topics": [],
                                   "stakeholders": [], "warning_signs": []})
            elif "Decide whether" in user:
                text = json.dumps({"follow_up": False, "reason": "none", "question": ""})
            elif "The successor's question" in user:
                text = json.dumps({"answer": "", "abstain": True})
            elif '{"summary"' in user or '{"notes"' in user:
                text = json.dumps({"summary": "", "notes": []})
            else:
                m = re.search(r"\(from the question bank, id \w+\):\n(.*)\n", user)
                text = "In your own words: " + (m.group(1) if m else "what should your successor know?")
            with lock:
                time.sleep(delay)
            out = json.dumps({
                "id": "x", "object": "chat.completion", "created": 0, "model": body["model"],
                "choices": [{"index": 0, "finish_reason": "stop",
                             "message": {"role": "assistant", "content": text}}],
                "usage": {"prompt_tokens": len(user) // 4, "completion_tokens": len(text) // 4,
                          "total_tokens": (len(user) + len(text)) // 4}}).encode()
            try:
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(out)))
                self.end_headers()
                self.wfile.write(out)
            except (BrokenPipeError, ConnectionResetError):
                pass  # Baton gave up on it: the turn's budget ended first

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/v1"


def tokens(base):
    """The model's tokens so far, by (kind, direction), from /metrics."""
    with urllib.request.urlopen(base + "/metrics", timeout=30) as r:
        text = r.read().decode()
    out = {}
    for m in re.finditer(r'baton_llm_tokens_total\{direction="(\w+)",kind="(\w+)"\} (\d+)', text):
        out[(m.group(2), m.group(1))] = int(m.group(3))
    return out


def pct(xs, q):
    xs = sorted(xs)
    return xs[round((len(xs) - 1) * q)] if xs else float("nan")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dataset", nargs="?", default="../shared/eval/dev")
    ap.add_argument("--bin", default="target/release/baton")
    ap.add_argument("--llm-url", help="an OpenAI-compatible endpoint; else a scripted slow one")
    ap.add_argument("--model", default="scripted-slow")
    ap.add_argument("--delay", type=float, default=3.0, help="seconds per request of the scripted server")
    ap.add_argument("--typing", type=float, default=10.0, help="seconds the rep takes over each answer")
    ap.add_argument("--budget", type=float, default=5.0, help="BATON_TURN_BUDGET_SECS")
    ap.add_argument("--interviews", type=int, default=1, help="how many interviews to answer, largest tier first")
    a = ap.parse_args()

    ev = json.load(open(os.path.join(a.dataset, "eval.json")))
    url = a.llm_url or slow_server(a.delay)
    work = tempfile.mkdtemp(prefix="baton-latency-")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = dict(os.environ, BATON_DATA_DIR=work, BATON_ADDR=f"127.0.0.1:{port}",
               OPENAI_BASE_URL=url, BATON_CHAT_MODEL=a.model, BATON_LLM_TIMEOUT_SECS="60",
               BATON_TURN_BUDGET_SECS=str(a.budget))
    for var in ("DATABASE_URL", "QDRANT_URL", "BATON_EMBED_MODEL"):
        env.pop(var, None)
    binary = os.path.abspath(a.bin)
    server = None
    try:
        def cli(*args):
            return subprocess.run([binary, *args], env=env, capture_output=True, text=True,
                                  check=True, timeout=600).stdout
        cli("import", os.path.join(a.dataset, ev["bundle"]))
        tok = {r: cli("token", "create", "--user", ev[f"{r}_user_id"]).splitlines()[-1].strip()
               for r in ("departing", "manager")}
        server = subprocess.Popen([binary, "serve"], env=env, stdout=open(os.path.join(work, "serve.log"), "w"),
                                  stderr=subprocess.STDOUT)
        for _ in range(600):
            try:
                urllib.request.urlopen(base + "/healthz", timeout=2)
                break
            except Exception:
                time.sleep(0.2)
        status, dep = call(base, "POST", "/api/v1/departures", tok["manager"], {
            "user_id": ev["departing_user_id"],
            "last_day": (date.today() + timedelta(days=14)).isoformat()})
        assert status == 201, dep
        order = {"enterprise": 0, "mid_market": 1, "smb": 2}
        chosen = sorted(dep["interviews"], key=lambda i: order.get(i["tier"], 3))[: a.interviews]
        waits = []
        for iv in chosen:
            script = ev["interviews"].get(iv["account_id"], {})
            before = tokens(base)
            mine, phrased = [], {}
            status, state = call(base, "GET", f"/api/v1/interviews/{iv['id']}", tok["departing"])
            while state.get("current_prompt"):
                p = state["current_prompt"]
                phrased[p["phrased_by"]] = phrased.get(p["phrased_by"], 0) + 1
                text = script.get(p["question_id"]) if p["kind"] == "question" else None
                text = text or "Nothing more than I said: ask my manager if in doubt."
                time.sleep(a.typing)
                t0 = time.monotonic()
                status, state = call(base, "POST", f"/api/v1/interviews/{iv['id']}/answers", tok["departing"],
                                     {"question_id": p["question_id"], "text": text, "prompt_id": p["id"]})
                mine.append(time.monotonic() - t0)
                assert status == 200, state
            call(base, "POST", f"/api/v1/interviews/{iv['id']}/submit", tok["departing"], {})
            t0 = time.monotonic()
            while True:
                status, body = call(base, "POST", f"/api/v1/interviews/{iv['id']}/approve", tok["manager"], {})
                if status == 200:
                    break
                assert body["error"]["code"] == "extraction_pending", body
                time.sleep(2)
            approved_after = time.monotonic() - t0
            state = body["interview"]
            outcomes = {}
            for t in state["turns"]:
                if t.get("answer_text") is not None:
                    outcomes[t["extraction"]] = outcomes.get(t["extraction"], 0) + 1
            after = tokens(base)
            used = {k: after.get(k, 0) - before.get(k, 0) for k in after}
            tin = sum(v for (k, d), v in used.items() if d == "in")
            tout = sum(v for (k, d), v in used.items() if d == "out")
            waits += mine
            print(f"{iv['account_id']} ({iv['tier']}): {len(mine)} answers, POST→next prompt "
                  f"p50 {pct(mine, .5):.2f} s, p95 {pct(mine, .95):.2f} s, max {max(mine):.2f} s; "
                  f"prompts {phrased}; extraction {outcomes}; approved {approved_after:.1f} s after submit; "
                  f"tokens in {tin}, out {tout} (facts {len(state['facts'])})")
        print(f"all: {len(waits)} answers, POST→next prompt p50 {pct(waits, .5):.2f} s, "
              f"p95 {pct(waits, .95):.2f} s, max {max(waits):.2f} s "
              f"(budget {a.budget} s, typing {a.typing} s, endpoint {'scripted, %.1f s a request' % a.delay if not a.llm_url else a.llm_url})")
    finally:
        if server:
            server.terminate()
            server.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
