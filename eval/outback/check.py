#!/usr/bin/env python3
"""Consistency checks for the outback evaluation set."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
BANK = ["decision_maker", "champion", "hidden_commitments", "history_sensitivities", "pricing_story",
        "unexpected_use", "channels_surprises", "org_changes", "warning_signs", "renewal_risk"]
ROLES_C = {"economic_buyer", "champion", "decision_maker", "influencer", "blocker", "user", "other"}
KINDS_A = {"email", "call", "meeting", "note", "chat"}

errors = []


def err(msg):
    errors.append(msg)


def texts_of(obj):
    """All string (and number) fields of a record, as text."""
    out = []
    for k, v in obj.items():
        if isinstance(v, str):
            out.append(v)
        elif isinstance(v, (int, float)) and not isinstance(v, bool):
            out.append(str(v))
        elif isinstance(v, list):
            out.extend(x for x in v if isinstance(x, str))
    return " \n ".join(out)


def account_text(acc):
    return " \n ".join([acc["name"], acc.get("industry", ""), acc.get("contract_notes", ""),
                        acc.get("renewal_date", ""), str(acc.get("arr", ""))])


b = json.load(open(os.path.join(HERE, "bundle.json"), encoding="utf-8"))
e = json.load(open(os.path.join(HERE, "eval.json"), encoding="utf-8"))

assert b["format"] == "baton-bundle/v1"
assert e["format"] == "baton-eval/v1"
assert e["bundle"] == "bundle.json"

# ---- ids unique (globally) ----
all_ids = []
users = {u["id"]: u for u in b["users"]}
all_ids += list(users)
for acc in b["accounts"]:
    all_ids.append(acc["id"])
    for c in acc["contacts"]:
        all_ids.append(c["id"])
    for o in acc["opportunities"]:
        all_ids.append(o["id"])
    for a in acc["activities"]:
        all_ids.append(a["id"])
dup = [i for i, n in Counter(all_ids).items() if n > 1]
if dup:
    err("duplicate ids: %s" % dup)

# ---- id prefixes ----
for u in b["users"]:
    if not u["id"].startswith("u-"):
        err("user id prefix " + u["id"])
    if u["role"] not in ("rep", "manager", "admin"):
        err("bad user role " + u["id"])
    if u.get("manager_id") and u["manager_id"] not in users:
        err("unknown manager " + u["id"])
roles = Counter(u["role"] for u in b["users"])
if not (6 <= len(users) <= 8):
    err("users count %d" % len(users))
if roles["admin"] < 1 or roles["manager"] < 1:
    err("need admin and manager")

dep, succ, mgr = e["departing_user_id"], e["successor_user_id"], e["manager_user_id"]
for x in (dep, succ, mgr):
    if x not in users:
        err("eval names unknown user " + x)
if users[dep]["role"] != "rep" or users[succ]["role"] != "rep" or users[mgr]["role"] != "manager":
    err("departing/successor/manager roles wrong")
if users[dep].get("manager_id") != mgr or users[succ].get("manager_id") != mgr:
    err("departing and successor must report to manager")
other_reps = [u for u in b["users"] if u["role"] == "rep" and u["id"] not in (dep, succ)]
if not (2 <= len(other_reps) <= 3):
    err("other reps %d" % len(other_reps))

accounts = {a["id"]: a for a in b["accounts"]}
if len(accounts) != 6:
    err("accounts %d" % len(accounts))
dep_accs = [a for a in b["accounts"] if a["owner_id"] == dep]
if len(dep_accs) != 4:
    err("departing rep owns %d accounts" % len(dep_accs))
for a in b["accounts"]:
    if a["owner_id"] not in users:
        err("unknown owner " + a["id"])

n_acts = 0
date_re = re.compile(r"^2026-(0[1-9]|1[01])-\d\dT\d\d:\d\d:\d\dZ$")
for acc in b["accounts"]:
    aid = acc["id"]
    if not aid.startswith("acc-"):
        err("account prefix " + aid)
    if not acc["renewal_date"].startswith("2027-"):
        err("renewal not 2027 " + aid)
    cids = {c["id"] for c in acc["contacts"]}
    if not (3 <= len(acc["contacts"]) <= 7):
        err("%s contacts %d" % (aid, len(acc["contacts"])))
    if not (1 <= len(acc["opportunities"]) <= 3):
        err("%s opps %d" % (aid, len(acc["opportunities"])))
    if not (8 <= len(acc["activities"]) <= 20):
        err("%s activities %d" % (aid, len(acc["activities"])))
    if not acc.get("contract_notes"):
        err("%s no contract notes" % aid)
    for c in acc["contacts"]:
        if not c["id"].startswith("c-"):
            err("contact prefix " + c["id"])
        if c["role"] not in ROLES_C:
            err("contact role " + c["id"])
        for f in ("title", "email", "phone"):
            if not c.get(f):
                err("contact %s missing %s" % (c["id"], f))
    for o in acc["opportunities"]:
        if not o["id"].startswith("o-"):
            err("opp prefix " + o["id"])
    for a in acc["activities"]:
        n_acts += 1
        if not a["id"].startswith("a-"):
            err("activity prefix " + a["id"])
        if a["kind"] not in KINDS_A:
            err("activity kind " + a["id"])
        if not date_re.match(a["at"]):
            err("activity date " + a["id"] + " " + a["at"])
        if a["author_id"] not in users:
            err("activity author " + a["id"])
        for c in a["contact_ids"]:
            if c not in cids:
                err("activity %s contact %s not in account" % (a["id"], c))
        nsent = len([s for s in re.split(r"(?<=[.!?])\s+", a["body"].strip()) if s])
        if not (1 <= nsent <= 6):
            err("activity %s body has %d sentences" % (a["id"], nsent))

arrs = sorted(a["arr"] for a in dep_accs)
if not (arrs[0] < 50000 and arrs[-1] > 500000 and any(50000 <= x <= 500000 for x in arrs)):
    err("ARR spread wrong: %s" % arrs)

# ---- interviews ----
iv = e["interviews"]
if set(iv) != {a["id"] for a in dep_accs}:
    err("interviews must cover exactly the departing rep's accounts")
for aid, answers in iv.items():
    if set(answers) != set(BANK):
        err("%s interview keys %s" % (aid, sorted(set(BANK) ^ set(answers))))
    for q, text in answers.items():
        w = len(text.split())
        if not (80 <= w <= 250):
            err("%s/%s has %d words" % (aid, q, w))

# ---- questions ----
qs = e["questions"]
qids = [q["id"] for q in qs]
if len(set(qids)) != len(qids):
    err("duplicate question ids")
for i, q in enumerate(qs, start=1):
    if q["id"] != "q-%03d" % i:
        err("question id order at %s" % q["id"])
n_ans = sum(1 for q in qs if q["expect"] == "answer")
n_abs = sum(1 for q in qs if q["expect"] == "abstain")
if not (65 <= len(qs) <= 75):
    err("questions total %d" % len(qs))
if not (55 <= n_ans <= 62):
    err("answer questions %d" % n_ans)
if not (10 <= n_abs <= 14):
    err("abstain questions %d" % n_abs)
if len({q["question"].strip().lower() for q in qs}) != len(qs):
    err("duplicate question text")

dep_ids = {a["id"] for a in dep_accs}
for q in qs:
    aid = q["account_id"]
    if aid not in dep_ids:
        err("%s targets non-interviewed account %s" % (q["id"], aid))
        continue
    acc = accounts[aid]
    if q["expect"] == "abstain":
        if q["gold_sources"] or q["must_mention"]:
            err("%s abstain with gold/must" % q["id"])
        continue
    if q["expect"] != "answer":
        err("%s bad expect" % q["id"])
    if not q["gold_sources"]:
        err("%s no gold sources" % q["id"])
    if not (1 <= len(q["must_mention"]) <= 2):
        err("%s must_mention count" % q["id"])
    gold_texts = []
    for g in q["gold_sources"]:
        k = g["kind"]
        if k == "interview":
            if g["question_id"] not in BANK or g["question_id"] not in iv.get(aid, {}):
                err("%s bad interview source %s" % (q["id"], g))
                continue
            gold_texts.append(iv[aid][g["question_id"]])
        elif k == "account":
            if g["id"] != aid:
                err("%s account source in wrong account" % q["id"])
                continue
            gold_texts.append(account_text(acc))
        else:
            coll = {"activity": "activities", "contact": "contacts", "opportunity": "opportunities"}.get(k)
            if not coll:
                err("%s bad source kind %s" % (q["id"], k))
                continue
            rec = {r["id"]: r for r in acc[coll]}.get(g["id"])
            if rec is None:
                err("%s source %s %s not in account %s" % (q["id"], k, g["id"], aid))
                continue
            gold_texts.append(texts_of(rec))
    for m in q["must_mention"]:
        if not any(m.lower() in t.lower() for t in gold_texts):
            err("%s must_mention %r not found in gold sources" % (q["id"], m))

# ---- report ----
by_acc = Counter((q["account_id"], q["expect"]) for q in qs)
print("users=%d accounts=%d activities=%d interview_answers=%d" % (
    len(users), len(accounts), n_acts, sum(len(v) for v in iv.values())))
print("questions=%d answer=%d abstain=%d" % (len(qs), n_ans, n_abs))
for aid in sorted(dep_ids):
    print("  %-20s answer=%d abstain=%d" % (aid, by_acc[(aid, "answer")], by_acc[(aid, "abstain")]))
kinds = Counter()
for q in qs:
    ks = {g["kind"] == "interview" for g in q["gold_sources"]}
    if q["expect"] == "abstain":
        kinds["abstain"] += 1
    elif ks == {True}:
        kinds["interview-only"] += 1
    elif ks == {False}:
        kinds["record-only"] += 1
    else:
        kinds["mixed"] += 1
print("  source mix:", dict(kinds))
if errors:
    print("\nFAILED:")
    for x in errors:
        print(" -", x)
    sys.exit(1)
print("OK")
