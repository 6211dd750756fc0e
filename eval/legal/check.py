#!/usr/bin/env python3
"""Consistency checks for bundle.json and eval.json in this folder."""
import json
import os
import re
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
bundle = json.load(open(os.path.join(HERE, "bundle.json"), encoding="utf-8"))
ev = json.load(open(os.path.join(HERE, "eval.json"), encoding="utf-8"))

QIDS = {"decision_maker", "champion", "hidden_commitments", "history_sensitivities",
        "pricing_story", "unexpected_use", "channels_surprises", "org_changes",
        "warning_signs", "renewal_risk"}

assert bundle["format"] == "baton-bundle/v1"
assert ev["format"] == "baton-eval/v1"
assert ev["bundle"] == "bundle.json"

# ---- ids unique across everything ----
all_ids = []
users = {u["id"]: u for u in bundle["users"]}
all_ids += list(users)
accounts = {a["id"]: a for a in bundle["accounts"]}
all_ids += list(accounts)
for a in bundle["accounts"]:
    for key in ("contacts", "opportunities", "activities"):
        all_ids += [x["id"] for x in a[key]]
dups = {i for i in all_ids if all_ids.count(i) > 1}
assert not dups, dups

# ---- id prefixes ----
for u in users:
    assert u.startswith("u-"), u
for a in bundle["accounts"]:
    assert a["id"].startswith("acc-")
    assert all(c["id"].startswith("c-") for c in a["contacts"])
    assert all(o["id"].startswith("o-") for o in a["opportunities"])
    assert all(x["id"].startswith("a-") for x in a["activities"])

# ---- users ----
assert 6 <= len(users) <= 8, len(users)
roles = [u["role"] for u in users.values()]
assert roles.count("admin") == 1 and roles.count("manager") == 1, roles
for u in users.values():
    assert u["role"] in ("rep", "manager", "admin")
    if "manager_id" in u:
        assert u["manager_id"] in users
dep, suc, mgr = ev["departing_user_id"], ev["successor_user_id"], ev["manager_user_id"]
assert users[dep]["role"] == "rep" and users[suc]["role"] == "rep"
assert users[mgr]["role"] == "manager"
assert users[dep]["manager_id"] == mgr and users[suc]["manager_id"] == mgr
other_reps = [u for u in users.values() if u["role"] == "rep" and u["id"] not in (dep, suc)]
assert 2 <= len(other_reps) <= 3, len(other_reps)

# ---- accounts ----
assert len(accounts) == 6
mine = [a for a in bundle["accounts"] if a["owner_id"] == dep]
others = [a for a in bundle["accounts"] if a["owner_id"] != dep]
assert len(mine) == 4 and len(others) == 2
for a in others:
    assert a["owner_id"] in users and a["owner_id"] != dep

CONTACT_ROLES = {"economic_buyer", "champion", "decision_maker", "influencer", "blocker", "user", "other"}
KINDS = {"email", "call", "meeting", "note", "chat"}
n_acts = 0
for a in bundle["accounts"]:
    assert a["owner_id"] in users
    assert a["renewal_date"].startswith("2027-"), a["renewal_date"]
    datetime.strptime(a["renewal_date"], "%Y-%m-%d")
    assert a.get("contract_notes")
    assert 3 <= len(a["contacts"]) <= 7, a["id"]
    assert 1 <= len(a["opportunities"]) <= 3, a["id"]
    assert 8 <= len(a["activities"]) <= 20, (a["id"], len(a["activities"]))
    n_acts += len(a["activities"])
    cids = {c["id"] for c in a["contacts"]}
    for c in a["contacts"]:
        assert c["role"] in CONTACT_ROLES
        assert c.get("title") and c.get("email")
        if "relationship_strength" in c:
            assert 1 <= c["relationship_strength"] <= 5
    for o in a["opportunities"]:
        datetime.strptime(o["close_date"], "%Y-%m-%d")
    for x in a["activities"]:
        assert x["kind"] in KINDS
        assert x["author_id"] in users, x["id"]
        for cid in x["contact_ids"]:
            assert cid in cids, (x["id"], cid)
        dt = datetime.fromisoformat(x["at"].replace("Z", "+00:00"))
        assert datetime(2026, 1, 1).date() <= dt.date() <= datetime(2026, 11, 30).date(), x["id"]
        assert x.get("direction") in (None, "inbound", "outbound")
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", x["body"]) if s.strip()]
        assert 1 <= len(sentences) <= 6, (x["id"], len(sentences))

arrs = {a["id"]: a["arr"] for a in mine}
assert any(v > 500000 for v in arrs.values())
assert any(50000 <= v <= 500000 for v in arrs.values())
assert any(v < 50000 for v in arrs.values())
segs = {a["segment"] for a in mine}
assert {"enterprise", "mid_market", "smb"} <= segs

# ---- interviews ----
iv = ev["interviews"]
assert set(iv) == {a["id"] for a in mine}, set(iv)
for acc, answers in iv.items():
    assert set(answers) == QIDS, (acc, QIDS ^ set(answers))
    for qid, text in answers.items():
        n = len(text.split())
        assert 80 <= n <= 250, (acc, qid, n)


# ---- questions ----
def text_of(acc, src):
    a = accounts[acc]
    k = src["kind"]
    if k == "interview":
        assert src["question_id"] in QIDS
        return iv[acc][src["question_id"]]
    if k == "account":
        assert src["id"] == acc, (acc, src)
        return " ".join(str(a.get(f, "")) for f in ("name", "industry", "contract_notes", "renewal_date", "arr"))
    coll = {"activity": "activities", "contact": "contacts", "opportunity": "opportunities"}[k]
    items = [x for x in a[coll] if x["id"] == src["id"]]
    assert items, (acc, src)
    return " ".join(str(v) for key, v in items[0].items() if key != "id" and isinstance(v, (str, int, float)))


qs = ev["questions"]
qids = [q["id"] for q in qs]
assert len(set(qids)) == len(qids)
assert qids == ["q-%03d" % i for i in range(1, len(qs) + 1)]
mine_ids = {a["id"] for a in mine}
n_ans = n_abs = 0
per_acc = {}
for q in qs:
    assert q["account_id"] in mine_ids, q["id"]
    per_acc[q["account_id"]] = per_acc.get(q["account_id"], 0) + 1
    if q["expect"] == "answer":
        n_ans += 1
        assert q["gold_sources"], q["id"]
        assert 1 <= len(q["must_mention"]) <= 2, q["id"]
        texts = [text_of(q["account_id"], s).lower() for s in q["gold_sources"]]
        for m in q["must_mention"]:
            assert any(m.lower() in t for t in texts), (q["id"], m)
    else:
        assert q["expect"] == "abstain"
        n_abs += 1
        assert q["gold_sources"] == [] and q["must_mention"] == []
assert 65 <= len(qs) <= 75, len(qs)
assert 55 <= n_ans <= 62, n_ans
assert 10 <= n_abs <= 14, n_abs

print("OK: %d accounts, %d activities, %d interview answers, %d questions (%d answer / %d abstain); per account %s"
      % (len(accounts), n_acts, sum(len(v) for v in iv.values()), len(qs), n_ans, n_abs, per_acc))
