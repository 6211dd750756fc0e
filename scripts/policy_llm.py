#!/usr/bin/env python3
"""An OpenAI-compatible chat server that replays a fixed reading policy.

Usage: policy_llm.py [--port N] [--log FILE] [--invent-every K] [--abstain-below S]

No instruction-tuned model comes from this machine's registries (see
../shared/TECH-NOTES.md), so the grounded answer path (`grounded.rs`) is
measured against this stand-in: a deterministic reader with a fixed
policy, served over real HTTP so that Baton's real client, prompts, reply
parsing, citation check and support check all run. It is not a judge of
what a real model would do; it measures the machinery around one.

The policy, for the grounded-answer prompt (answer.j2):
  * read the question and the numbered excerpts out of the prompt;
  * a sentence's coverage is the share of the question's content words
    (stopwords out, forms matched on their first five letters) that the
    sentence or its excerpt's label holds;
  * abstain when no sentence covers a share S of them (--abstain-below,
    default 0.5: a strict reader; 0.25 a lenient one);
  * else answer with the best sentence and, from another excerpt, the
    next one within 0.15 of it, each ending with its excerpt's [n];
  * every K-th answer (by a hash of the question) also carries an
    invented sentence — a figure and a promise no excerpt holds, citing
    [1] — so that the support check's work can be counted.

Every other prompt (phrasing, follow-up, extraction, brief) gets a reply
that is not JSON: Baton's deterministic path stands in at once, exactly
as with no model, so the knowledge asked about is the same as without
one. Each request is logged as one JSON line (kind, abstained, invented).
Standard library only.
"""
import argparse, hashlib, json, re, sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

STOP = set("""a about above after again against all also am an and any are as at be because been
before being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers herself him himself his how i if in into is it its
itself just me more most my myself no nor not now of off on once only or other our ours ourselves
out over own same she should so some such than that the their theirs them themselves then there
these they this those through to too under until up very was we were what when where which while
who whom why will with would you your yours yourself yourselves anything something tell know
there's what's who's any did does get got give us they're we're i'm don't doesn't didn't""".split())

INVENTED = "They also agreed to a 17% discount from 2031-02-29 in writing"

DATA = re.compile(r"<<<DATA\n(.*?)\nDATA>>>", re.S)
EXCERPT = re.compile(r"^\[(\d+)\] ([a-z_]+)\n<<<DATA\n(.*?)\n(.*?)\nDATA>>>", re.S | re.M)


def stems(text):
    return {w[:5] for w in re.findall(r"[a-z0-9][a-z0-9'\-]*", text.lower())
            if w not in STOP and len(w) > 1}


def sentences(text):
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text.replace("…", " ")) if s.strip()]


def answer(prompt, invent_every, abstain_below):
    question = DATA.search(prompt).group(1)
    want = stems(question)
    found = []
    for n, _kind, label, text in EXCERPT.findall(prompt):
        label_stems = stems(label)
        for s in sentences(text):
            held = (stems(s) | label_stems) & want
            cov = len(held) / len(want) if want else 0.0
            found.append((cov, int(n), s))
    found.sort(key=lambda x: (-x[0], x[1]))
    if not found or found[0][0] < abstain_below:
        return {"answer": "", "abstain": True}, False
    best = found[0]
    parts = [f"{best[2].rstrip('.!?')} [{best[1]}]."]
    for cov, n, s in found[1:]:
        if n != best[1] and cov >= max(abstain_below, best[0] - 0.15):
            parts.append(f"{s.rstrip('.!?')} [{n}].")
            break
    h = int(hashlib.sha256(question.encode()).hexdigest(), 16)
    invented = invent_every > 0 and h % invent_every == 0
    if invented:
        parts.append(f"{INVENTED} [1].")
    return {"answer": " ".join(parts), "abstain": False}, invented


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
        user = next((m["content"] for m in reversed(body.get("messages", []))
                     if m.get("role") == "user"), "")
        if isinstance(user, list):
            user = " ".join(p.get("text", "") for p in user)
        record = {"kind": "other"}
        if "The successor's question" in user:
            reply, invented = answer(user, self.server.invent_every, self.server.abstain_below)
            content = json.dumps(reply)
            record = {"kind": "answer", "abstained": reply["abstain"], "invented": invented}
        else:
            content = "I would rather not say."
        if self.server.log:
            self.server.log.write(json.dumps(record) + "\n")
            self.server.log.flush()
        out = json.dumps({
            "id": "policy-1", "object": "chat.completion", "created": 0,
            "model": body.get("model", "policy"),
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": content}}],
            "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
        }).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(out)))
        self.end_headers()
        self.wfile.write(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--log")
    ap.add_argument("--invent-every", type=int, default=5)
    ap.add_argument("--abstain-below", type=float, default=0.5)
    a = ap.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", a.port), Handler)
    server.invent_every = a.invent_every
    server.abstain_below = a.abstain_below
    server.log = open(a.log, "a") if a.log else None
    print(f"policy_llm: http://127.0.0.1:{a.port}/v1", file=sys.stderr, flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
