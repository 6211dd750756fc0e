#!/usr/bin/env python3
"""Consistency checks for the civic bundle.json / eval.json pair."""
import json
import os
import re
import sys
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
QIDS = ["decision_maker", "champion", "hidden_commitments", "history_sensitivities", "pricing_story",
        "unexpected_use", "channels_surprises", "org_changes", "warning_signs", "renewal_risk"]

bundle = json.load(open(os.path.join(HERE, "bundle.json"), encoding="utf-8"))
ev = json.load(open(os.path.join(HERE, "eval.json"), encoding="utf-8"))
errors = []


def err(msg):
    errors.append(msg)


def check(cond, msg):
    if not cond:
        err(msg)


check(bundle["format"] == "baton-bundle/v1", "bundle format")
check(ev["format"] == "baton-eval/v1", "eval format")
check(ev["bundle"] == "bundle.json", "eval names bundle.json")

# ---- ids unique across everything
all_ids = []
users = {u["id"]: u for u in bundle["users"]}
all_ids += list(users)
check(len(users) == len(bundle["users"]), "duplicate user ids")
check(6 <= len(users) <= 8, "user count %d" % len(users))
roles = [u["role"] for u in bundle["users"]]
check(roles.count("admin") == 1, "exactly one admin")
check(roles.count("manager") == 1, "exactly one manager")
for u in bundle["users"]:
    check(u["id"].startswith("u-"), "user id prefix " + u["id"])
    if u.get("manager_id"):
        check(u["manager_id"] in users, "manager_id exists for " + u["id"])

dep, suc, mgr = ev["departing_user_id"], ev["successor_user_id"], ev["manager_user_id"]
for x in (dep, suc, mgr):
    check(x in users, "eval user %s exists" % x)
check(users[mgr]["role"] == "manager", "manager role")
check(users[dep].get("manager_id") == mgr and users[suc].get("manager_id") == mgr, "dep/suc report to manager")
other_reps = [u for u in bundle["users"] if u["role"] == "rep" and u["id"] not in (dep, suc)]
check(2 <= len(other_reps) <= 3, "2-3 other reps")

accounts = {a["id"]: a for a in bundle["accounts"]}
check(len(accounts) == 6, "6 accounts")
dep_accounts = [a for a in bundle["accounts"] if a["owner_id"] == dep]
check(len(dep_accounts) == 4, "departing rep owns 4")
arrs = sorted(a["arr"] for a in dep_accounts)
check(arrs[0] < 50000 and arrs[-1] > 500000 and any(50000 <= x <= 500000 for x in arrs), "ARR spread")

item_text = {}  # (account, kind, id) -> text
n_acts = 0


def valid_ts(s):
    return re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$", s) is not None


for a in bundle["accounts"]:
    aid = a["id"]
    all_ids.append(aid)
    check(aid.startswith("acc-"), "account prefix " + aid)
    check(a["owner_id"] in users, "owner exists " + aid)
    check(a["renewal_date"].startswith("2027-"), "renewal 2027 " + aid)
    check(bool(a.get("contract_notes")), "contract notes " + aid)
    item_text[(aid, "account", aid)] = " ".join(
        str(a.get(k, "")) for k in ("name", "industry", "contract_notes", "renewal_date", "arr"))
    check(3 <= len(a["contacts"]) <= 7, "contacts count " + aid)
    check(1 <= len(a["opportunities"]) <= 3, "opps count " + aid)
    check(8 <= len(a["activities"]) <= 20, "activities count %s %d" % (aid, len(a["activities"])))
    cids = set()
    for c in a["contacts"]:
        all_ids.append(c["id"]); cids.add(c["id"])
        check(c["id"].startswith("c-"), "contact prefix")
        check(c["role"] in ("economic_buyer", "champion", "decision_maker", "influencer", "blocker", "user", "other"),
              "contact role " + c["id"])
        item_text[(aid, "contact", c["id"])] = " ".join(str(v) for v in c.values())
    for o in a["opportunities"]:
        all_ids.append(o["id"])
        check(o["id"].startswith("o-"), "opp prefix")
        item_text[(aid, "opportunity", o["id"])] = " ".join(str(v) for v in o.values())
    for x in a["activities"]:
        n_acts += 1
        all_ids.append(x["id"])
        check(x["id"].startswith("a-"), "activity prefix")
        check(x["kind"] in ("email", "call", "meeting", "note", "chat"), "activity kind " + x["id"])
        check(valid_ts(x["at"]), "timestamp " + x["id"])
        dt = datetime.fromisoformat(x["at"].replace("Z", "+00:00"))
        check(dt.year == 2026 and 1 <= dt.month <= 11, "activity date range " + x["id"])
        check(x["author_id"] in users, "author exists " + x["id"])
        for cid in x["contact_ids"]:
            check(cid in cids, "activity %s contact %s in same account" % (x["id"], cid))
        nsent = len([s for s in re.split(r"(?<=[.!?])\s+", x["body"].strip()) if s])
        check(1 <= nsent <= 6, "body sentences %s %d" % (x["id"], nsent))
        item_text[(aid, "activity", x["id"])] = x["subject"] + " " + x["body"]

dups = {i for i in all_ids if all_ids.count(i) > 1}
check(not dups, "duplicate ids: %s" % dups)

# ---- interviews
interviews = ev["interviews"]
check(set(interviews) == {a["id"] for a in dep_accounts}, "interviews exactly for departing accounts")
n_answers = 0
for aid, answers in interviews.items():
    check(set(answers) == set(QIDS), "all ten answered for " + aid)
    for qid, text in answers.items():
        n_answers += 1
        w = len(text.split())
        check(80 <= w <= 250, "answer length %s/%s = %d words" % (aid, qid, w))
        item_text[(aid, "interview", qid)] = text

# ---- questions
qs = ev["questions"]
qids_seen = [q["id"] for q in qs]
check(qids_seen == ["q-%03d" % i for i in range(1, len(qs) + 1)], "question ids sequential")
n_ans = sum(q["expect"] == "answer" for q in qs)
n_abs = sum(q["expect"] == "abstain" for q in qs)
check(65 <= len(qs) <= 75, "question count %d" % len(qs))
check(55 <= n_ans <= 62, "answer count %d" % n_ans)
check(10 <= n_abs <= 14, "abstain count %d" % n_abs)
dep_ids = {a["id"] for a in dep_accounts}
for q in qs:
    aid = q["account_id"]
    check(aid in dep_ids, "question targets departing account " + q["id"])
    if q["expect"] == "abstain":
        check(q["gold_sources"] == [] and q["must_mention"] == [], "abstain has no gold " + q["id"])
        continue
    check(q["expect"] == "answer", "expect value " + q["id"])
    check(len(q["gold_sources"]) >= 1, "gold present " + q["id"])
    check(1 <= len(q["must_mention"]) <= 2, "must_mention 1-2 " + q["id"])
    texts = []
    for g in q["gold_sources"]:
        if g["kind"] == "interview":
            check(g["question_id"] in QIDS, "interview qid valid " + q["id"])
            key = (aid, "interview", g["question_id"])
        else:
            key = (aid, g["kind"], g["id"])
        if key not in item_text:
            err("gold source missing in account: %s %s" % (q["id"], key))
            continue
        texts.append(item_text[key].lower())
    for m in q["must_mention"]:
        check(any(m.lower() in t for t in texts), "must_mention %r not in gold of %s" % (m, q["id"]))

per_acc = {}
for q in qs:
    per_acc.setdefault(q["account_id"], [0, 0])[q["expect"] == "abstain"] += 1

if errors:
    print("FAILED:")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("OK: %d accounts, %d activities, %d interview answers, %d questions (%d answer / %d abstain)"
      % (len(accounts), n_acts, n_answers, len(qs), n_ans, n_abs))
for k, (a, b) in per_acc.items():
    print("   %s: %d answer, %d abstain" % (k, a, b))
