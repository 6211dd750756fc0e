#!/usr/bin/env python3
"""Crash-recovery test: kill -9 Baton while writes are in flight, many times.

Starts `BIN demo` on a fresh data directory (embedded defaults: SQLite, the
Qdrant Edge index, the bundled encoder, no model), imports a small crash
team (a manager, reps with SMB and mid-market accounts, import targets),
then runs ROUNDS rounds against that one data directory:

1. a burst of concurrent writes from a few threads: interview answers
   (each with a unique marker word such as `zq7kfjwqxr12a003`),
   follow-ups, skips, volunteered answers, edits before submission, in
   review and after approval, submissions, approvals (some with reviewer
   edits), and imports of small bundles that rewrite an account (name,
   contract note, contact) and create one or six more;
2. `kill -9` of the server at a seeded random moment 50 ms to 1.5 s
   after the burst starts; every write answered 2xx before that is
   *acknowledged*, the one each thread had on the wire is *in flight*;
   in a share of rounds (`--startup-kills`) the restart is killed too;
3. `BIN serve` on the same data directory, then checks:
   - the server starts and `/healthz` answers;
   - every acknowledged write is there: answer texts on their turns, the
     edited text current and the earlier one kept as an earlier version,
     skips, submitted / approved statuses, every interview still in its
     departure, imported names, contract notes and contacts; what was
     observed after an earlier restart is still there (nothing durable
     goes away later), and no turn holds a text the test never sent;
   - nothing is half done: an in-flight write is either there or not; an
     approved interview has a current knowledge version for every answered
     question and an unapproved one has none; an import's accounts and
     its contact land together or not at all;
   - the store and the index agree, once `/api/v1/index` reports a
     finished pass, nothing pending and nothing to remove: as many points
     as chunks; asking the account's clone with the marker of an approved
     answer (this round's, plus a sample of earlier ones) cites that
     account's interview source for that question with the current text;
     asking with the marker of a superseded text (an earlier answer text,
     an imported contract note replaced) cites nothing that holds it; no
     citation names another account.
   A final sweep checks every interview and asks for every approved answer
   and import target at the end. An answer the kill caught before its
   facts were drawn must have them once the server started again: still
   `pending` a round later fails.

    python3 scripts/crash_test.py --bin target/debug/baton [--rounds 50] [--seed N]

Exits non-zero on the first failing round (with what was lost or
inconsistent), keeping the data directory and the server logs; deletes
them on success. Standard library only.
"""

import argparse
import datetime
import hashlib
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

BANK = [
    "decision_maker", "champion", "hidden_commitments", "history_sensitivities",
    "pricing_story", "unexpected_use", "channels_surprises", "org_changes",
    "warning_signs", "renewal_risk",
]
MARKER = r"zq7[a-z]{6}r\d+[a-z]\d{3}"
STATUS_RANK = {"planned": 0, "in_progress": 1, "submitted": 2, "approved": 3}

# Sentences per question: long enough, with a number and a date, and no
# capitalised names, so the rules rarely ask a follow-up (they may; the
# test answers or skips whatever the current prompt is).
SENTENCES = {
    "decision_maker": "the renewal is signed by the finance director, who wants a flat budget of 40,000 by March 2027",
    "champion": "our champion is the operations lead, we promised her a quarterly review and 2 extra seats by June 2027",
    "hidden_commitments": "we promised a free onboarding workshop worth 3,000 before the renewal in April 2027",
    "history_sensitivities": "the outage in 2025 cost them 2 days of shipping and the credit of 5,000 still hurts",
    "pricing_story": "the 12% discount exists because they signed 3 years upfront in January 2025",
    "unexpected_use": "they use the exports to plan 40 warehouse shifts every week since May 2026",
    "channels_surprises": "the finance director prefers email and must never be surprised by a price change over 5%",
    "org_changes": "a new chief operating officer starts in February 2027 and may cut the budget by 10%",
    "warning_signs": "usage dropped 30% two months before the last escalation in October 2025",
    "renewal_risk": "the stated reason will be budget, the real reason is the 2025 outage, renewal due in March 2027",
}
FOLLOW_UP = "to add: the decision needs 2 signatures and the deadline is 15 March 2027"


class Transport(Exception):
    """The request got no HTTP answer (connection refused, reset, closed)."""


class Failure(Exception):
    pass


def call(base, token, method, path, body=None, timeout=60, raw=None):
    """(status, parsed JSON or None). Raises Transport without an answer."""
    data = raw if raw is not None else (None if body is None else json.dumps(body).encode())
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    req = urllib.request.Request(base + path, method=method, data=data, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            text = r.read()
            status = r.status
    except urllib.error.HTTPError as e:
        try:
            text = e.read()
        except Exception as inner:  # the body was cut: no complete answer
            raise Transport(f"{type(inner).__name__}: {inner}") from inner
        status = e.code
    except (urllib.error.URLError, ConnectionError, OSError, EOFError) as e:
        raise Transport(f"{type(e).__name__}: {e}") from e
    except Exception as e:  # http.client.IncompleteRead, RemoteDisconnected, ...
        raise Transport(f"{type(e).__name__}: {e}") from e
    try:
        parsed = json.loads(text) if text else None
    except ValueError:
        parsed = None
    return status, parsed


def holds(text, marker):
    return re.search(rf"\b{re.escape(marker)}\b", text) is not None


def ok(status):
    return 200 <= status < 300


def must(base, token, method, path, body=None, timeout=60, raw=None):
    status, reply = call(base, token, method, path, body, timeout, raw)
    if not ok(status):
        raise Failure(f"{method} {path}: {status} {json.dumps(reply)[:400]}")
    return reply


# ---------------------------------------------------------------- processes

def clean_env(data_dir):
    env = dict(os.environ)
    env.update({
        "BATON_DATA_DIR": data_dir,
        "BATON_ADDR": "127.0.0.1:0",
        "BATON_LOG_FORMAT": "json",
        "RUST_LOG": env.get("RUST_LOG", "info,sqlx=warn"),
        "NO_COLOR": "1",
    })
    # No model and no remote embeddings: the embedded defaults.
    for k in ("OPENAI_BASE_URL", "OPENAI_API_KEY", "BATON_CHAT_MODEL", "BATON_EMBED_MODEL",
              "DATABASE_URL", "QDRANT_URL", "QDRANT_API_KEY", "BATON_CONFIG", "BATON_LOG"):
        env.pop(k, None)
    return env


def start_demo(binary, data_dir, log_path):
    """`BIN demo`: the tokens it prints and the address it serves on."""
    log = open(log_path, "w")
    proc = subprocess.Popen([binary, "demo"], env=clean_env(data_dir), stdout=subprocess.PIPE,
                            stderr=log, text=True)
    tokens, base, seen = {}, None, []
    deadline = time.time() + 300
    while time.time() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        seen.append(line)
        m = re.match(r"^\s+(u-\S+)\s+(admin|manager|rep)\s+.*\s(bt_\S+)\s*$", line)
        if m:
            tokens[m.group(1)] = (m.group(2), m.group(3))
        m = re.search(r"Serving on (http://\S+)", line)
        if m:
            base = m.group(1)
            break
    if not (tokens and base):
        proc.kill()
        proc.wait()
        raise Failure("the demo did not start:\n" + "".join(seen) + open(log_path).read()[-3000:])

    def drain():
        for line in proc.stdout:
            log.write(line)
    threading.Thread(target=drain, daemon=True).start()
    return proc, base, tokens


def start_serve(binary, data_dir, log_path, timeout):
    """`BIN serve` on the same data directory; its address from the JSON log
    line `serving` (addr field). Returns (proc, base, seconds)."""
    started = time.monotonic()
    with open(log_path, "w") as log:
        proc = subprocess.Popen([binary, "serve"], env=clean_env(data_dir), stdout=log,
                                stderr=subprocess.STDOUT)
    base = None
    deadline = started + timeout
    while time.monotonic() < deadline and base is None:
        if proc.poll() is not None:
            break
        with open(log_path) as f:
            for line in f:
                try:
                    rec = json.loads(line)
                except ValueError:
                    continue
                fields = rec.get("fields", {})
                if fields.get("message") == "serving" and fields.get("addr"):
                    base = "http://" + fields["addr"]
                    break
        if base is None:
            time.sleep(0.02)
    if base is None:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        with open(log_path) as f:
            tail = f.read()[-3000:]
        raise Failure(f"the server did not start within {timeout}s (exit {proc.returncode}); "
                      f"log {log_path}:\n{tail}")
    # Ready when /healthz answers 200.
    while time.monotonic() < deadline:
        try:
            status, _ = call(base, None, "GET", "/healthz", timeout=5)
            if status == 200:
                return proc, base, time.monotonic() - started
        except Transport:
            pass
        if proc.poll() is not None:
            break
        time.sleep(0.02)
    raise Failure(f"/healthz did not answer 200 within {timeout}s; log {log_path}")


def kill9(proc):
    try:
        os.kill(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()


# ---------------------------------------------------------------- the team

def crash_bundle(reps, accounts_per_rep, import_targets, today, rng):
    """The crash team: a manager, reps with SMB and mid-market accounts
    (renewals far off, so no tier is raised), and a keeper who never leaves
    and owns the accounts the import lane rewrites."""
    users = [{"id": "u-crash-mgr", "name": "Morgan Crash", "email": "mgr@crash.test",
              "role": "manager", "team": "Crash"},
             {"id": "u-crash-keeper", "name": "Kim Keeper", "email": "keeper@crash.test",
              "role": "rep", "manager_id": "u-crash-mgr", "team": "Crash"}]
    accounts = []
    renewal = (today + datetime.timedelta(days=300)).isoformat()
    for r in range(reps):
        uid = f"u-crash-r{r:02d}"
        users.append({"id": uid, "name": f"Rep{r:02d} Crash", "email": f"r{r:02d}@crash.test",
                      "role": "rep", "manager_id": "u-crash-mgr", "team": "Crash"})
        for a in range(accounts_per_rep):
            mid = rng.random() < 0.25
            accounts.append(account(f"acc-crash-{r:02d}-{a}", f"Crash Co {r:02d}-{a}", uid,
                                    120000 if mid else 20000 + 1000 * a, renewal,
                                    f"Standard {'two' if mid else 'one'}-year terms.", f"{r:02d}{a}"))
    for k in range(import_targets):
        accounts.append(account(f"acc-crash-imp-{k}", f"Import Target {k}", "u-crash-keeper",
                                30000, renewal, "Initial terms, nothing special.", f"i{k}"))
    return {"format": "baton-bundle/v1", "users": users, "accounts": accounts}


def account(aid, name, owner, arr, renewal, notes, tag, contact_suffix=""):
    return {
        "id": aid, "name": name, "owner_id": owner, "arr": arr, "renewal_date": renewal,
        "industry": "Logistics", "territory": "EMEA", "contract_notes": notes,
        "contacts": [{"id": f"c-{aid}{contact_suffix}", "name": "Alex Moreau", "title": "CFO",
                      "email": f"alex.{tag}@crash.test", "role": "economic_buyer",
                      "relationship_strength": 3}],
        "activities": [{"id": f"a-{aid}", "kind": "note", "at": "2026-10-01T10:00:00Z",
                        "subject": "Kickoff", "body": "Kickoff call went fine, nothing to report."}],
    }


# ---------------------------------------------------------------- the model

class Iv:
    """What the test knows about one interview."""

    def __init__(self, plan, owner, owner_token, reviewer_token):
        self.id = plan["id"]
        self.account_id = plan["account_id"]
        self.planned = list(plan["planned_questions"])
        self.owner = owner
        self.owner_token = owner_token
        self.reviewer_token = reviewer_token
        self.status = plan.get("status", "planned")  # acknowledged or observed
        self.prompt = None  # (kind, question_id) or None
        self.fetched = False
        # question_id -> every main-turn text acknowledged or observed, oldest first
        self.main = {}
        # question_id -> the main text now current
        self.current = {}
        self.follow_ups = {}  # question_id -> [texts]
        self.skips = []  # (kind, question_id) acknowledged
        self.knowledge_qids = set()  # answered questions (any turn) when approved
        self.post_edits = 0
        self.retired = False

    def answered(self):
        return [q for q in self.main if q in self.current]


class Import:
    """An account the import lane rewrites: every (marker, name, note)."""

    def __init__(self, aid):
        self.id = aid
        self.history = []  # markers acknowledged or observed, oldest first
        self.current = None


# ---------------------------------------------------------------- the burst

class Op:
    def __init__(self, kind, iv=None, qid=None, text=None, extra=None):
        self.kind, self.iv, self.qid, self.text, self.extra = kind, iv, qid, text, extra
        self.status = None
        self.reply = None
        self.error = None  # Transport text when in flight at the kill

    def __str__(self):
        where = self.iv.id[:8] if self.iv else (self.extra or {}).get("target", "")
        return f"{self.kind}({where}{'/' + self.qid if self.qid else ''})"


class Burst:
    def __init__(self, test, rnd, rng):
        self.test, self.rnd, self.rng = test, rnd, rng
        self.killed = threading.Event()
        self.ops = []  # every op sent, in order of sending
        self.lock = threading.Lock()
        self.counter = 0

    def marker(self, lane):
        with self.lock:
            self.counter += 1
            n = self.counter
        # Unique from the first letters on: the clone matches word forms
        # that share most of their start, so markers that differ only at
        # the end would be one word to it.
        digest = hashlib.sha256(f"{self.test.args.seed}/{self.rnd}/{lane}/{n}".encode()).digest()
        head = "".join(chr(ord("a") + b % 26) for b in digest[:6])
        return f"zq7{head}r{self.rnd:02d}{lane}{n:03d}"

    def send(self, op, token, method, path, body=None, raw=None):
        if self.killed.is_set():
            return None
        with self.lock:
            self.ops.append(op)
        try:
            op.status, op.reply = call(self.test.base, token, method, path, body, timeout=30,
                                       raw=raw)
        except Transport as e:
            op.error = str(e)
            return None
        return op


def answer_text(marker, qid):
    return f"{marker}: {SENTENCES.get(qid, SENTENCES['decision_maker'])}."


def interview_lane(burst, lane, ivs, rng):
    """Works through this lane's interviews, one request at a time."""
    test = burst.test
    i = 0
    while not burst.killed.is_set():
        active = [iv for iv in ivs if not iv.retired][:2]  # two in hand, the rest in reserve
        if not active:
            return
        iv = active[i % len(active)]
        i += 1
        op = next_op(burst, lane, iv, rng)
        if op is None:
            iv.retired = True
            continue
        token, method, path, body = op.extra["req"]
        if burst.send(op, token, method, path, body) is None:
            return
        if ok(op.status):
            apply_ack(test, op)
        else:
            # Refused: read the interview again so the next step is right.
            try:
                st, got = call(test.base, test.admin, "GET", f"/api/v1/interviews/{iv.id}", timeout=30)
            except Transport:
                return
            if ok(st):
                iv.prompt = prompt_of(got)
                iv.status = got["status"]


def next_op(burst, lane, iv, rng):
    r = rng.random()
    base = f"/api/v1/interviews/{iv.id}"
    if iv.status in ("planned", "in_progress"):
        answered = iv.answered()
        if r < 0.08 and answered:
            qid = rng.choice(answered)
            text = answer_text(burst.marker(lane), qid)
            return Op("edit", iv, qid, text,
                      {"req": (iv.owner_token, "PUT", f"{base}/answers/{qid}", {"text": text})})
        volunteer = [q for q in BANK if q not in iv.planned and q not in iv.main]
        if r < 0.14 and volunteer:
            qid = rng.choice(volunteer)
            text = answer_text(burst.marker(lane), qid)
            return Op("volunteer", iv, qid, text,
                      {"req": (iv.owner_token, "POST", f"{base}/answers", {"question_id": qid, "text": text})})
        if iv.prompt is None:
            if not answered:
                return None  # everything skipped: nothing to submit
            return Op("submit", iv, extra={"req": (iv.owner_token, "POST", f"{base}/submit", None)})
        kind, qid = iv.prompt
        if r < 0.19:
            return Op("skip", iv, qid, extra={"req": (iv.owner_token, "POST", f"{base}/skip", None),
                                              "prompt": kind})
        text = answer_text(burst.marker(lane), qid) if kind == "question" else \
            f"{burst.marker(lane)}: {FOLLOW_UP}."
        return Op("answer" if kind == "question" else "follow_up", iv, qid, text,
                  {"req": (iv.owner_token, "POST", f"{base}/answers", {"question_id": qid, "text": text}),
                   "prompt": kind})
    answered = iv.answered()
    if iv.status == "submitted":
        if r < 0.2 and answered:
            qid = rng.choice(answered)
            text = answer_text(burst.marker(lane), qid)
            return Op("review_edit", iv, qid, text,
                      {"req": (iv.reviewer_token, "PUT", f"{base}/answers/{qid}", {"text": text})})
        edits = {}
        if r < 0.6 and answered:
            qid = rng.choice(answered)
            edits[qid] = answer_text(burst.marker(lane), qid)
        return Op("approve", iv, extra={"req": (iv.reviewer_token, "POST", f"{base}/approve",
                                                 {"answers": edits} if edits else None),
                                         "edits": edits})
    if iv.status == "approved" and iv.post_edits < 2 and answered and r < 0.7:
        qid = rng.choice(answered)
        text = answer_text(burst.marker(lane), qid)
        return Op("approved_edit", iv, qid, text,
                  {"req": (iv.reviewer_token, "PUT", f"{base}/answers/{qid}", {"text": text})})
    return None


def prompt_of(got):
    p = got.get("current_prompt")
    return (p["kind"], p["question_id"]) if p else None


def remember_main(iv, qid, text):
    hist = iv.main.setdefault(qid, [])
    if text not in hist:
        hist.append(text)
    iv.current[qid] = text


def apply_ack(test, op):
    """An acknowledged write: the model takes it in."""
    iv = op.iv
    k = op.kind
    if k in ("answer", "volunteer"):
        remember_main(iv, op.qid, op.text)
    elif k == "follow_up":
        iv.follow_ups.setdefault(op.qid, []).append(op.text)
    elif k == "skip":
        iv.skips.append((op.extra["prompt"], op.qid))
    elif k in ("edit", "review_edit", "approved_edit"):
        remember_main(iv, op.qid, op.text)
        if k == "approved_edit":
            iv.post_edits += 1
    elif k == "approve":
        for q, t in op.extra["edits"].items():
            remember_main(iv, q, t)
        versions = {v["question_id"]: v["version"] for v in op.reply.get("versions", [])}
        iv.knowledge_qids = set(versions)
    elif k == "import":
        imp = test.imports[op.extra["target"]]
        imp.history.append(op.extra["marker"])
        imp.current = op.extra["marker"]
        for new_id in op.extra["new"]:
            test.new_accounts[new_id] = op.extra["marker"]
    if iv is not None and isinstance(op.reply, dict) and "status" in op.reply:
        iv.status = op.reply["status"]
        iv.prompt = prompt_of(op.reply)
    elif k == "approve":
        iv.status = "approved"


def import_lane(burst, lane, rng):
    test = burst.test
    while not burst.killed.is_set():
        target = rng.choice(sorted(test.imports))
        marker = burst.marker(lane)
        # Mostly one new account; one import in four brings six, which
        # keeps the background indexer busy when the kill comes.
        new_ids = [f"acc-crash-new-{marker}-{j}" for j in range(6 if rng.random() < 0.25 else 1)]
        bundle = {"format": "baton-bundle/v1", "users": [], "accounts": [
            account(target, f"Import Target {marker}", "u-crash-keeper", 30000, test.renewal,
                    f"{marker} contract note: the uplift is capped at 4% until 2028.", marker,
                    contact_suffix=f"-{marker}"),
        ] + [account(new_id, f"New Co {marker}", "u-crash-keeper", 15000, test.renewal,
                     f"{marker} new account terms: paid yearly.", f"{marker}{j}")
             for j, new_id in enumerate(new_ids)]}
        op = Op("import", extra={"target": target, "marker": marker, "new": new_ids})
        if burst.send(op, test.admin, "POST", "/api/v1/import", raw=json.dumps(bundle).encode()) is None:
            return
        if ok(op.status):
            apply_ack(test, op)
        time.sleep(rng.uniform(0.05, 0.25))


# ---------------------------------------------------------------- the test

class CrashTest:
    def __init__(self, args):
        self.args = args
        self.rng = random.Random(args.seed)
        self.check_rng = random.Random(f"{args.seed}/checks")  # which earlier writes are re-checked
        self.data_dir = tempfile.mkdtemp(prefix="baton-crash-")
        self.logs = os.path.join(self.data_dir, "logs")
        os.makedirs(self.logs)
        self.proc = None
        self.base = None
        self.admin = None
        self.tokens = {}  # user id -> token
        self.ivs = {}  # interview id -> Iv
        self.pool = []  # interviews not yet given to a lane
        self.lane_ivs = {}  # lane -> [Iv]
        self.imports = {}
        self.new_accounts = {}  # account id -> marker (acknowledged)
        self.departures = set()
        self.next_rep = 0
        self.round = 0
        self.today = datetime.date.today()
        self.renewal = (self.today + datetime.timedelta(days=300)).isoformat()
        self.notes = []  # observations that are not failures
        self.asked = 0
        self.stuck = {}  # turn id -> round its extraction was first seen pending
        self.exhausted = False

    # -- setup

    def setup(self):
        t = time.monotonic()
        self.proc, self.base, printed = start_demo(self.args.bin, self.data_dir,
                                                   os.path.join(self.logs, "00-demo.log"))
        self.tokens = {u: tok for u, (_, tok) in printed.items()}
        self.admin = next(tok for u, (role, tok) in printed.items() if role == "admin")
        bundle = crash_bundle(self.args.reps, self.args.accounts_per_rep, self.args.import_targets,
                              self.today, self.rng)
        must(self.base, self.admin, "POST", "/api/v1/import", raw=json.dumps(bundle).encode(),
             timeout=120)
        for k in range(self.args.import_targets):
            self.imports[f"acc-crash-imp-{k}"] = Import(f"acc-crash-imp-{k}")
        self.tokens["u-crash-mgr"] = self.mint("u-crash-mgr")
        # The demo's first rep (an enterprise account with follow-ups among
        # hers) leaves first, then the crash team's reps as material is needed.
        self.give_notice("u-priya", "u-daniel", "u-theo")
        self.wait_index(120)
        print(f"crash_test: demo up and crash team imported in {time.monotonic() - t:.1f}s "
              f"({len(bundle['accounts'])} accounts); data {self.data_dir}", flush=True)

    def mint(self, user):
        return must(self.base, self.admin, "POST", "/api/v1/tokens",
                    {"user_id": user, "label": "crash test"})["token"]

    def give_notice(self, user, manager, successor):
        last_day = (self.today + datetime.timedelta(days=30)).isoformat()
        dep = must(self.base, self.tokens[manager], "POST", "/api/v1/departures",
                   {"user_id": user, "last_day": last_day, "successor_id": successor})
        self.departures.add(dep["id"])
        owner_token = self.tokens.get(user) or self.mint(user)
        self.tokens[user] = owner_token
        for plan in dep["interviews"]:
            iv = Iv(plan, user, owner_token, self.tokens[manager])
            self.ivs[iv.id] = iv
            self.pool.append(iv)

    def refill(self):
        """Each lane gets two interviews in hand and a few in reserve."""
        want = self.args.lanes * 5
        for lane in range(self.args.lanes):
            mine = [iv for iv in self.lane_ivs.get(lane, []) if not iv.retired]
            self.lane_ivs[lane] = mine
        while sum(len(v) for v in self.lane_ivs.values()) + len(self.pool) < want:
            if self.next_rep >= self.args.reps:
                if not self.exhausted:
                    self.exhausted = True
                    self.notes.append(f"round {self.round}: the crash team's interviews run out "
                                      f"(raise --reps)")
                break
            rep = f"u-crash-r{self.next_rep:02d}"
            self.next_rep += 1
            self.give_notice(rep, "u-crash-mgr", "u-crash-keeper")
        for lane in range(self.args.lanes):
            while len(self.lane_ivs[lane]) < 5 and self.pool:
                iv = self.pool.pop(0)
                # Its first prompt (a read stores it).
                got = must(self.base, iv.owner_token, "GET", f"/api/v1/interviews/{iv.id}")
                iv.status, iv.prompt = got["status"], prompt_of(got)
                self.lane_ivs[lane].append(iv)

    # -- the index

    def wait_index(self, timeout):
        """Until a background pass finished since start, none runs, nothing
        is pending and nothing waits to leave."""
        deadline = time.monotonic() + timeout
        status = None
        while time.monotonic() < deadline:
            status = must(self.base, self.admin, "GET", "/api/v1/index")
            if (status["passes"] >= 1 and not status["running"] and status["pending"] == 0
                    and status["removals"] == 0):
                return status
            time.sleep(0.05)
        raise Failure(f"the index did not catch up within {timeout}s: {status}")

    # -- checks

    def ask(self, account_id, question):
        self.asked += 1
        reply = must(self.base, self.admin, "POST", f"/api/v1/accounts/{account_id}/ask",
                     {"question": question})
        for c in reply["citations"]:
            if c["account_id"] != account_id:
                raise Failure(f"asking {account_id} {question!r} cited another account: {c}")
        return reply

    def expect_cited(self, problems, account_id, marker, kind, qid=None, source_id=None, what=""):
        reply = self.ask(account_id, f"What was noted about {marker}?")
        for c in reply["citations"]:
            if c["kind"] != kind or not holds(c["excerpt"], marker):
                continue
            if qid and c.get("question_id") != qid:
                continue
            if source_id and c["id"] != source_id:
                continue
            return
        cited = [(c["kind"], c.get("question_id") or c["id"], c["excerpt"][:60]) for c in reply["citations"]]
        problems.append(f"{what}: asking {account_id}'s clone about {marker} does not cite its "
                        f"{kind}{' ' + qid if qid else ''} source (abstained={reply['abstained']}, "
                        f"citations={cited})")

    def expect_not_cited(self, problems, account_id, marker, what=""):
        reply = self.ask(account_id, f"What was noted about {marker}?")
        for c in reply["citations"]:
            if holds(c["excerpt"], marker):
                problems.append(f"{what}: superseded text {marker} is still cited by {account_id}'s "
                                f"clone: {c['kind']} {c.get('question_id') or c['id']} v{c.get('version')}")

    def check_interview(self, problems, iv, inflight):
        """The interview as stored against what was acknowledged; in-flight
        writes (`inflight`: ops on this interview without an answer) may or
        may not be there. Adopts what is observed."""
        st, got = call(self.base, self.admin, "GET", f"/api/v1/interviews/{iv.id}", timeout=60)
        if not ok(st):
            problems.append(f"interview {iv.id}: GET answered {st} {got}")
            return None
        where = f"interview {iv.id} ({iv.account_id})"
        # Status never goes back; it goes forward only by a write.
        allowed = STATUS_RANK[iv.status]
        for op in inflight:
            if op.kind == "submit":
                allowed = max(allowed, STATUS_RANK["submitted"])
            elif op.kind == "approve":
                allowed = max(allowed, STATUS_RANK["approved"])
            elif op.kind in ("answer", "volunteer", "skip", "follow_up"):
                allowed = max(allowed, STATUS_RANK["in_progress"])
        if STATUS_RANK[iv.status] == 0 and got["status"] == "in_progress" and iv.main:
            allowed = max(allowed, 1)
        got_rank = STATUS_RANK[got["status"]]
        if got_rank < STATUS_RANK[iv.status]:
            problems.append(f"{where}: status went back from {iv.status} (acknowledged) to {got['status']}")
        elif got_rank > allowed:
            problems.append(f"{where}: status {got['status']} but only {iv.status} was written")
        turns = got["turns"]
        # Every text on a turn is one the test wrote (acknowledged or in flight), once.
        written = {op.text for op in inflight if op.text}
        for op in inflight:
            if op.kind == "approve":
                written.update(op.extra["edits"].values())
        for hist in iv.main.values():
            written.update(hist)
        for texts in iv.follow_ups.values():
            written.update(texts)
        seen_texts = {}
        for t in turns:
            texts = ([t["answer_text"]] if t["answer_text"] else []) + \
                    [v["text"] for v in t["earlier_versions"]]
            for x in texts:
                if x not in written:
                    problems.append(f"{where}: turn {t['seq']} holds text the test never wrote: {x[:80]!r}")
                if x in seen_texts and seen_texts[x] != t["id"]:
                    problems.append(f"{where}: text {x[:40]!r} is on two turns")
                seen_texts[x] = t["id"]
        # Main answers: the acknowledged text current (or an in-flight one
        # that replaced it), every earlier text kept as an earlier version.
        mains = {}
        for t in turns:
            if t["kind"] in ("question", "volunteered") and t["answer_text"] is not None:
                if t["question_id"] in mains:
                    problems.append(f"{where}: {t['question_id']} is answered on two turns")
                mains[t["question_id"]] = t
        for qid, hist in iv.main.items():
            t = mains.get(qid)
            if t is None:
                problems.append(f"{where}: the acknowledged answer to {qid} is gone ({hist[-1][:40]!r})")
                continue
            candidates = {iv.current[qid]} | {
                op.text for op in inflight if op.qid == qid and op.kind in
                ("answer", "volunteer", "edit", "review_edit", "approved_edit")}
            for op in inflight:
                if op.kind == "approve" and qid in op.extra["edits"]:
                    candidates.add(op.extra["edits"][qid])
            if t["answer_text"] not in candidates:
                problems.append(f"{where}: {qid} reads {t['answer_text'][:40]!r}, acknowledged "
                                f"{iv.current[qid][:40]!r}")
            kept = {v["text"] for v in t["earlier_versions"]} | {t["answer_text"]}
            for old in hist:
                if old not in kept:
                    problems.append(f"{where}: {qid}: earlier text {old[:40]!r} is lost (not current, "
                                    f"not an earlier version)")
            remember_main(iv, qid, t["answer_text"])
        # In-flight answers and volunteers that landed are durable from now on.
        for qid, t in mains.items():
            if qid not in iv.main:
                if any(op.qid == qid and op.kind in ("answer", "volunteer") and op.text == t["answer_text"]
                       for op in inflight):
                    remember_main(iv, qid, t["answer_text"])
                else:
                    problems.append(f"{where}: {qid} answered with {t['answer_text'][:40]!r}, "
                                    f"which was never sent for it")
        fu_texts = {}
        for t in turns:
            if t["kind"] == "follow_up" and t["answer_text"]:
                fu_texts.setdefault(t["question_id"], []).append(t["answer_text"])
        for qid, texts in iv.follow_ups.items():
            for x in texts:
                if x not in fu_texts.get(qid, []):
                    problems.append(f"{where}: the acknowledged follow-up answer to {qid} is gone ({x[:40]!r})")
        for qid, texts in fu_texts.items():
            for x in texts:
                if x not in iv.follow_ups.get(qid, []):
                    iv.follow_ups.setdefault(qid, []).append(x)
        for kind, qid in iv.skips:
            if not any(t["kind"] == kind and t["question_id"] == qid and t["skipped"] for t in turns):
                problems.append(f"{where}: the acknowledged skip of {kind} {qid} is gone")
        for t in turns:
            # An answer the kill caught before its facts were drawn gets them
            # when the server starts again: pending for at most a round.
            if t["answer_text"] and t["extraction"] == "pending":
                first = self.stuck.setdefault(t["id"], self.round)
                if first < self.round:
                    problems.append(f"{where}: turn {t['seq']} ({t['kind']} {t['question_id']}) "
                                    f"answered, extraction still 'pending' since round {first}: "
                                    f"the restart did not draw its facts")
        iv.status = got["status"]
        iv.prompt = prompt_of(got)
        answered_qids = {t["question_id"] for t in turns if t["answer_text"]}
        iv.knowledge_qids = answered_qids if iv.status == "approved" else set()
        iv.fetched = True
        return got

    def check_imports(self, problems, inflight):
        flying = {op.extra["target"]: op for op in inflight if op.kind == "import"}
        flying_new = {new_id: op for op in inflight if op.kind == "import" for new_id in op.extra["new"]}
        for aid, imp in self.imports.items():
            st, got = call(self.base, self.admin, "GET", f"/api/v1/accounts/{aid}")
            if not ok(st):
                problems.append(f"import target {aid}: GET answered {st}")
                continue
            marks = {
                "name": re.search(MARKER, got["name"]),
                "contract note": re.search(MARKER, got.get("contract_notes") or ""),
                "contact": re.search(MARKER, ",".join(c["id"] for c in got["contacts"])),
            }
            found = {k: (m.group(0) if m else None) for k, m in marks.items()}
            if len(set(found.values())) != 1:
                problems.append(f"import target {aid}: half an import: {found}")
                continue
            now = found["name"]
            allowed = {imp.current}
            if aid in flying:
                allowed.add(flying[aid].extra["marker"])
            if now not in allowed:
                problems.append(f"import target {aid}: holds import {now}, acknowledged {imp.current}")
            if now != imp.current and aid in flying and now == flying[aid].extra["marker"]:
                # An in-flight import that landed: durable from now on.
                imp.history.append(now)
                imp.current = now
                for new_id in flying[aid].extra["new"]:
                    self.new_accounts[new_id] = now  # the listing below checks they are there
        # The accounts the imports created, all listed at once (the keeper owns them).
        listed, page = {}, 1
        while True:
            got = must(self.base, self.admin, "GET",
                       f"/api/v1/accounts?owner_id=u-crash-keeper&per_page=200&page={page}")
            listed.update({a["id"]: a for a in got["items"]})
            if page * 200 >= got["total"]:
                break
            page += 1
        for new_id, op in flying_new.items():
            if new_id in listed and new_id not in self.new_accounts:
                problems.append(f"import {op.extra['marker']}: {new_id} exists but its target "
                                f"{op.extra['target']} was not updated by the same bundle")
        for new_id, marker in self.new_accounts.items():
            a = listed.get(new_id)
            if a is None:
                problems.append(f"import {marker}: acknowledged account {new_id} is missing")
            elif not (holds(a["name"], marker) and holds(a.get("contract_notes") or "", marker)):
                problems.append(f"import {marker}: {new_id} reads {a['name']!r} / "
                                f"{a.get('contract_notes')!r}")
        return len(listed)

    def check_round(self, burst):
        """Everything after a restart. Returns (problems, summary)."""
        problems = []
        inflight = [op for op in burst.ops if op.error is not None]
        touched = {op.iv.id for op in burst.ops if op.iv is not None}
        # 1. Acknowledged writes are there; in-flight ones whole or absent.
        olds = [iv for iv in self.ivs.values() if iv.fetched and iv.id not in touched]
        sample = self.check_rng.sample(olds, min(len(olds), self.args.sample))
        checked = [self.ivs[i] for i in sorted(touched)] + sample
        before = {iv.id: iv.status for iv in checked}
        for iv in checked:
            self.check_interview(problems, iv, [op for op in inflight if op.iv is iv])
        n_accounts = self.check_imports(problems, inflight)
        # Every interview the test knows is in a departure, with its status.
        deps = must(self.base, self.admin, "GET", "/api/v1/departures")
        statuses = {p["id"]: p["status"] for d in deps for p in d["interviews"]}
        for iv in self.ivs.values():
            if iv.id not in statuses:
                problems.append(f"interview {iv.id} is in no departure any more")
            elif STATUS_RANK.get(statuses[iv.id], -1) < STATUS_RANK[iv.status]:
                problems.append(f"interview {iv.id}: departure lists it {statuses[iv.id]}, "
                                f"acknowledged {iv.status}")
        # 2. Approval is whole: approved <=> a current knowledge version for
        # every answered question of the account (one interview per account).
        captured = {a["id"]: a["captured"] for a in
                    must(self.base, self.admin, "GET", "/api/v1/knowledge/accounts")}
        for iv in self.ivs.values():
            got = captured.get(iv.account_id)
            status = statuses.get(iv.id)
            if status == "approved":
                if iv.fetched and got != len(iv.knowledge_qids):
                    problems.append(f"interview {iv.id} is approved but {iv.account_id} has {got} current "
                                    f"knowledge versions for {len(iv.knowledge_qids)} answered questions")
            elif got:
                problems.append(f"interview {iv.id} is {status} but {iv.account_id} has {got} knowledge "
                                f"versions (half an approval)")
        # 3. Store and index agree.
        t = time.monotonic()
        status = self.wait_index(self.args.index_timeout)
        index_wait = time.monotonic() - t
        if status["points"] > status["chunks"]:
            problems.append(f"index: {status['points']} points for {status['chunks']} chunks with nothing "
                            f"pending and nothing to remove: the index holds points the store no longer "
                            f"has, and nothing will remove them ({status})")
        elif status["points"] < status["chunks"]:
            problems.append(f"index: {status['points']} points for {status['chunks']} chunks with nothing "
                            f"pending: chunks marked indexed are missing from the index ({status})")
        asks0 = self.asked
        approved_now = [iv for iv in checked if iv.status == "approved" and
                        (iv.id in touched or before[iv.id] != "approved")]
        older = [iv for iv in self.ivs.values() if iv.status == "approved" and iv not in approved_now]
        for iv in approved_now + self.check_rng.sample(older, min(len(older), self.args.sample)):
            self.check_knowledge(problems, iv, everything=iv in approved_now)
        landed = [op.extra["target"] for op in burst.ops if op.kind == "import"
                  and self.imports[op.extra["target"]].current == op.extra["marker"]]
        for aid in sorted(set(landed)):
            self.check_import_knowledge(problems, self.imports[aid])
        summary = (f"checked {len(checked)} interviews, {len(self.imports)} import targets and "
                   f"{n_accounts - len(self.imports)} imported accounts, "
                   f"{self.asked - asks0} asks; index {status['points']}/{status['chunks']} "
                   f"(waited {index_wait:.1f}s)")
        return problems, summary

    def check_knowledge(self, problems, iv, everything=True):
        qids = sorted(iv.current)
        if not everything:
            qids = [self.check_rng.choice(qids)] if qids else []
        for qid in qids:
            marker = iv.current[qid].split(":")[0]
            self.expect_cited(problems, iv.account_id, marker, "interview", qid=qid,
                              what=f"interview {iv.id} approved {qid}")
            for old in iv.main[qid][:-1][-1:]:
                self.expect_not_cited(problems, iv.account_id, old.split(":")[0],
                                      what=f"interview {iv.id} {qid}")

    def check_import_knowledge(self, problems, imp):
        if imp.current:
            self.expect_cited(problems, imp.id, imp.current, "account", source_id=imp.id,
                              what=f"import {imp.current}")
        for old in imp.history[:-1][-1:]:
            self.expect_not_cited(problems, imp.id, old, what=f"import target {imp.id}")

    # -- a round

    def run_round(self, rnd):
        self.round = rnd
        t0 = time.monotonic()
        self.refill()
        # The round's plan (what each thread does, when the kill comes) comes
        # from the seed and the round alone, whatever happened before.
        rng = random.Random(f"{self.args.seed}/round/{rnd}")
        burst = Burst(self, rnd, rng)
        threads = []
        letters = "abcdefgh"
        for lane in range(self.args.lanes):
            lane_rng = random.Random(rng.random())
            threads.append(threading.Thread(target=interview_lane, daemon=True,
                                            args=(burst, letters[lane], self.lane_ivs[lane], lane_rng)))
        imp_rng = random.Random(rng.random())
        threads.append(threading.Thread(target=import_lane, daemon=True,
                                        args=(burst, letters[self.args.lanes], imp_rng)))
        delay = rng.uniform(self.args.min_kill_ms, self.args.max_kill_ms) / 1000
        started = time.monotonic()
        for th in threads:
            th.start()
        time.sleep(max(0.0, delay - (time.monotonic() - started)))
        crashed = self.proc.poll()
        burst.killed.set()
        kill9(self.proc)
        for th in threads:
            th.join(timeout=60)
        if crashed is not None:
            raise Failure(f"the server had exited by itself (code {crashed}) before the kill; "
                          f"log {self.log_path}")
        acked = [op for op in burst.ops if op.error is None and ok(op.status)]
        refused = [op for op in burst.ops if op.error is None and not ok(op.status)]
        inflight = [op for op in burst.ops if op.error is not None]
        problems = []
        for op in refused:
            code = (op.reply or {}).get("error", {}).get("code") if isinstance(op.reply, dict) else None
            if op.status >= 500:
                problems.append(f"{op} answered {op.status} {code}: {json.dumps(op.reply)[:300]}")
            else:
                self.notes.append(f"round {rnd}: {op} refused {op.status} {code}")
        # Now and then the restart itself is killed (opening the store and
        # the index, catching the index up, or just serving), then started again.
        startup_kill = ""
        if rng.random() < self.args.startup_kills:
            at = rng.uniform(0.05, 1.0)
            self.log_path = os.path.join(self.logs, f"{rnd:02d}-serve-killed.log")
            with open(self.log_path, "w") as log:
                early = subprocess.Popen([self.args.bin, "serve"], env=clean_env(self.data_dir),
                                         stdout=log, stderr=subprocess.STDOUT)
            time.sleep(at)
            exited = early.poll()
            kill9(early)
            with open(self.log_path) as f:
                serving = '"serving"' in f.read()
            if exited is not None:
                problems.append(f"the server exited by itself ({exited}) {at * 1000:.0f} ms into a "
                                f"restart; log {self.log_path}")
            startup_kill = f"; restart killed at {at * 1000:.0f} ms ({'serving' if serving else 'starting'})"
        # Restart on the same data directory.
        self.log_path = os.path.join(self.logs, f"{rnd:02d}-serve.log")
        self.proc, self.base, start_secs = start_serve(self.args.bin, self.data_dir, self.log_path,
                                                       self.args.start_timeout)
        t1 = time.monotonic()
        more, summary = self.check_round(burst)
        problems += more
        counts = {}
        for op in acked:
            counts[op.kind] = counts.get(op.kind, 0) + 1
        line = (f"round {rnd:2d}: kill at {delay * 1000:4.0f} ms; acked "
                f"{', '.join(f'{v} {k}' for k, v in sorted(counts.items())) or 'nothing'}; "
                f"in flight {', '.join(map(str, inflight)) or 'nothing'}"
                f"{'; refused ' + str(len(refused)) if refused else ''}{startup_kill}; "
                f"restart {start_secs:.1f}s; "
                f"{summary}; verify {time.monotonic() - t1:.1f}s; round {time.monotonic() - t0:.1f}s")
        print(line + ("  FAIL" if problems else "  ok"), flush=True)
        return problems

    def final_sweep(self):
        problems = []
        self.wait_index(self.args.index_timeout)
        for iv in self.ivs.values():
            if iv.main or iv.status != "planned":
                self.check_interview(problems, iv, [])
        for iv in self.ivs.values():
            if iv.status == "approved":
                self.check_knowledge(problems, iv)
        self.check_imports(problems, [])
        for imp in self.imports.values():
            self.check_import_knowledge(problems, imp)
        return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", default="target/debug/baton")
    ap.add_argument("--rounds", type=int, default=50)
    ap.add_argument("--seed", type=int, default=None, help="default: random (printed)")
    ap.add_argument("--lanes", type=int, default=3, help="interview threads (plus one importing)")
    ap.add_argument("--min-kill-ms", type=float, default=50)
    ap.add_argument("--max-kill-ms", type=float, default=1500)
    ap.add_argument("--reps", type=int, default=60, help="reps in the crash team")
    ap.add_argument("--accounts-per-rep", type=int, default=5)
    ap.add_argument("--import-targets", type=int, default=4)
    ap.add_argument("--sample", type=int, default=3,
                    help="earlier interviews re-checked (and asked about) each round")
    ap.add_argument("--startup-kills", type=float, default=0.2,
                    help="share of rounds whose restart is killed too before the real one")
    ap.add_argument("--start-timeout", type=float, default=120)
    ap.add_argument("--index-timeout", type=float, default=60)
    ap.add_argument("--keep", action="store_true", help="keep the data directory on success")
    args = ap.parse_args()
    if args.seed is None:
        args.seed = random.SystemRandom().randrange(1, 2**31)
    args.bin = os.path.abspath(args.bin)
    print(f"crash_test: seed {args.seed} (rerun with --seed {args.seed}), {args.rounds} rounds, "
          f"binary {args.bin}", flush=True)
    test = CrashTest(args)
    test.log_path = os.path.join(test.logs, "00-demo.log")
    started = time.monotonic()
    failed = None
    try:
        test.setup()
        for rnd in range(1, args.rounds + 1):
            problems = test.run_round(rnd)
            if problems:
                failed = f"round {rnd}"
                break
        if not failed:
            t = time.monotonic()
            problems = test.final_sweep()
            print(f"final sweep: {len(test.ivs)} interviews, "
                  f"{sum(1 for iv in test.ivs.values() if iv.status == 'approved')} approved, "
                  f"{len(test.imports)} import targets, {time.monotonic() - t:.1f}s"
                  + ("  FAIL" if problems else "  ok"), flush=True)
            if problems:
                failed = "the final sweep"
    except Failure as e:
        problems, failed = [str(e)], f"round {test.round}"
    except Exception:
        if test.proc and test.proc.poll() is None:
            kill9(test.proc)
        print(f"crash_test: the test itself broke; data kept in {test.data_dir}", flush=True)
        raise
    finally:
        if test.proc and test.proc.poll() is None:
            kill9(test.proc)
    total = time.monotonic() - started
    for n in test.notes:
        print(f"note: {n}")
    if failed:
        print(f"\ncrash_test: FAILED in {failed} (seed {args.seed}, {total:.0f}s):", flush=True)
        for p in problems:
            print(f"  - {p}")
        print(f"data directory kept: {test.data_dir} (server logs in {test.logs}; "
              f"last: {test.log_path})")
        sys.exit(1)
    print(f"\ncrash_test: {args.rounds} rounds passed in {total:.0f}s (seed {args.seed}); "
          f"{len(test.ivs)} interviews, {test.asked} asks")
    if args.keep:
        print(f"data directory kept: {test.data_dir}")
    else:
        shutil.rmtree(test.data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
