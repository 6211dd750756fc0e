#!/usr/bin/env python3
"""Sanity checks for the hospitality evaluation set (bundle.json + eval.json)."""
import json
import os
import re
from collections import Counter
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
bundle = json.load(open(os.path.join(HERE, "bundle.json"), encoding="utf-8"))
ev = json.load(open(os.path.join(HERE, "eval.json"), encoding="utf-8"))

QIDS = {"decision_maker", "champion", "hidden_commitments", "history_sensitivities", "pricing_story",
        "unexpected_use", "channels_surprises", "org_changes", "warning_signs", "renewal_risk"}
ROLES_USER = {"rep", "manager", "admin"}
ROLES_CONTACT = {"economic_buyer", "champion", "decision_maker", "influencer", "blocker", "user", "other"}
KINDS = {"email", "call", "meeting", "note", "chat"}

errors = []


def err(msg):
    errors.append(msg)


assert bundle["format"] == "baton-bundle/v1"
assert ev["format"] == "baton-eval/v1"

# ---- users
users = {u["id"]: u for u in bundle["users"]}
if len(users) != len(bundle["users"]):
    err("duplicate user ids")
if not 6 <= len(users) <= 8:
    err(f"user count {len(users)}")
for u in users.values():
    if not u["id"].startswith("u-"):
        err(f"user id prefix {u['id']}")
    if u["role"] not in ROLES_USER:
        err(f"user role {u['id']}")
    if "manager_id" in u and u["manager_id"] not in users:
        err(f"unknown manager {u['manager_id']}")
roles = Counter(u["role"] for u in users.values())
if roles["admin"] != 1 or roles["manager"] != 1:
    err(f"roles {roles}")

dep, succ, mgr = ev["departing_user_id"], ev["successor_user_id"], ev["manager_user_id"]
for x in (dep, succ, mgr):
    if x not in users:
        err(f"eval user {x} missing")
if users[dep].get("manager_id") != mgr or users[succ].get("manager_id") != mgr:
    err("departing/successor must report to manager")
if users[mgr]["role"] != "manager":
    err("manager role")
if ev["bundle"] != "bundle.json":
    err("bundle name")

# ---- ids unique across the bundle
all_ids = []
accounts = {}
for a in bundle["accounts"]:
    all_ids.append(a["id"])
    accounts[a["id"]] = a
    for c in a["contacts"]:
        all_ids.append(c["id"])
    for o in a["opportunities"]:
        all_ids.append(o["id"])
    for x in a["activities"]:
        all_ids.append(x["id"])
dups = [k for k, v in Counter(all_ids).items() if v > 1]
if dups:
    err(f"duplicate ids {dups}")

if len(accounts) != 6:
    err("need 6 accounts")
owned = [a for a in accounts.values() if a["owner_id"] == dep]
if len(owned) != 4:
    err("departing rep must own 4 accounts")
owned_ids = {a["id"] for a in owned}
segs = {a["id"]: a["arr"] for a in owned}
if not any(v > 500000 for v in segs.values()):
    err("need enterprise > 500k")
if not any(v < 50000 for v in segs.values()):
    err("need smb < 50k")
if not any(50000 <= v <= 500000 for v in segs.values()):
    err("need mid-market")

n_acts = 0
for a in accounts.values():
    p = a["id"]
    if not p.startswith("acc-"):
        err(f"account prefix {p}")
    if a["owner_id"] not in users:
        err(f"owner {a['owner_id']}")
    if not a["renewal_date"].startswith("2027-"):
        err(f"renewal {p}")
    datetime.strptime(a["renewal_date"], "%Y-%m-%d")
    if not a.get("contract_notes"):
        err(f"contract notes {p}")
    if not 3 <= len(a["contacts"]) <= 7:
        err(f"contacts count {p}")
    if not 1 <= len(a["opportunities"]) <= 3:
        err(f"opps count {p}")
    if not 8 <= len(a["activities"]) <= 20:
        err(f"activities count {p}: {len(a['activities'])}")
    cids = {c["id"] for c in a["contacts"]}
    for c in a["contacts"]:
        if not c["id"].startswith("c-"):
            err(f"contact prefix {c['id']}")
        if c["role"] not in ROLES_CONTACT:
            err(f"contact role {c['id']}")
        for k in ("title", "email", "phone"):
            if not c.get(k):
                err(f"contact {c['id']} missing {k}")
        rs = c.get("relationship_strength")
        if rs is not None and not 1 <= rs <= 5:
            err(f"strength {c['id']}")
    for o in a["opportunities"]:
        if not o["id"].startswith("o-"):
            err(f"opp prefix {o['id']}")
        datetime.strptime(o["close_date"], "%Y-%m-%d")
    for x in a["activities"]:
        n_acts += 1
        if not x["id"].startswith("a-"):
            err(f"activity prefix {x['id']}")
        if x["kind"] not in KINDS:
            err(f"kind {x['id']}")
        if x["author_id"] not in users:
            err(f"author {x['id']}")
        for cid in x["contact_ids"]:
            if cid not in cids:
                err(f"activity {x['id']} references unknown contact {cid}")
        t = datetime.fromisoformat(x["at"].replace("Z", "+00:00"))
        if not (t.year == 2026 and 1 <= t.month <= 11):
            err(f"date out of range {x['id']}")
        if x.get("direction") not in (None, "inbound", "outbound"):
            err(f"direction {x['id']}")
        if x["kind"] in ("call", "meeting") and "direction" in x:
            err(f"two-way activity with direction {x['id']}")
        sentences = len(re.findall(r"[.!?](\s|$)", x["body"]))
        if not 1 <= sentences <= 6:
            err(f"activity {x['id']} has {sentences} sentences")

# ---- interviews
iv = ev["interviews"]
if set(iv) != owned_ids:
    err(f"interviews for {set(iv)} vs owned {owned_ids}")
n_answers = 0
for acc, answers in iv.items():
    if set(answers) != QIDS:
        err(f"interview {acc} question ids {set(answers) ^ QIDS}")
    for qid, text in answers.items():
        n_answers += 1
        w = len(text.split())
        if not 80 <= w <= 250:
            err(f"interview {acc}/{qid} has {w} words")

# ---- questions


def source_text(acc_id, src):
    a = accounts[acc_id]
    kind = src["kind"]
    if kind == "interview":
        if src["question_id"] not in QIDS:
            raise KeyError(f"bad question id {src['question_id']}")
        return iv[acc_id][src["question_id"]]
    if kind == "account":
        if src["id"] != acc_id:
            raise KeyError("account source must be the same account")
        return " ".join(str(a[k]) for k in ("name", "industry", "contract_notes", "renewal_date", "arr"))
    coll = {"contact": "contacts", "opportunity": "opportunities", "activity": "activities"}[kind]
    for item in a[coll]:
        if item["id"] == src["id"]:
            return " ".join(str(v) for v in item.values() if isinstance(v, str))
    raise KeyError(f"{kind} {src['id']} not in {acc_id}")


qs = ev["questions"]
qids = [q["id"] for q in qs]
if len(set(qids)) != len(qids):
    err("duplicate question ids")
if qids != [f"q-{i:03d}" for i in range(1, len(qs) + 1)]:
    err("question ids not sequential")
cnt = Counter(q["expect"] for q in qs)
if not 65 <= len(qs) <= 75:
    err(f"question total {len(qs)}")
if not 55 <= cnt["answer"] <= 62:
    err(f"answer count {cnt['answer']}")
if not 10 <= cnt["abstain"] <= 14:
    err(f"abstain count {cnt['abstain']}")
for q in qs:
    acc = q["account_id"]
    if acc not in owned_ids:
        err(f"{q['id']} targets non-interviewed account {acc}")
        continue
    if q["expect"] == "abstain":
        if q["gold_sources"] or q["must_mention"]:
            err(f"{q['id']} abstain with gold/must_mention")
        continue
    if q["expect"] != "answer":
        err(f"{q['id']} expect")
    if not q["gold_sources"]:
        err(f"{q['id']} no gold sources")
    if not 1 <= len(q["must_mention"]) <= 2:
        err(f"{q['id']} must_mention count")
    texts = []
    for s in q["gold_sources"]:
        try:
            texts.append(source_text(acc, s))
        except KeyError as e:
            err(f"{q['id']}: {e}")
    for m in q["must_mention"]:
        if not any(m.lower() in t.lower() for t in texts):
            err(f"{q['id']}: must_mention {m!r} not found in gold sources")

per_acc = Counter((q["account_id"], q["expect"]) for q in qs)

if errors:
    print("FAILED")
    for e in errors:
        print(" -", e)
    raise SystemExit(1)
print("OK")
print(f"accounts={len(accounts)} activities={n_acts} interview_answers={n_answers} "
      f"questions={len(qs)} answer={cnt['answer']} abstain={cnt['abstain']}")
for k in sorted(per_acc):
    print("  ", k, per_acc[k])
