#!/usr/bin/env python3
"""Sanity checks for bundle.json / eval.json in this folder."""
import json
import os
import re
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
bundle = json.load(open(os.path.join(HERE, "bundle.json"), encoding="utf-8"))
ev = json.load(open(os.path.join(HERE, "eval.json"), encoding="utf-8"))

QIDS = ["decision_maker", "champion", "hidden_commitments", "history_sensitivities",
        "pricing_story", "unexpected_use", "channels_surprises", "org_changes",
        "warning_signs", "renewal_risk"]

assert bundle["format"] == "baton-bundle/v1"
assert ev["format"] == "baton-eval/v1"
assert ev["bundle"] == "bundle.json"

# ---- users ----
users = {u["id"]: u for u in bundle["users"]}
assert len(users) == len(bundle["users"]), "duplicate user ids"
assert 6 <= len(users) <= 8, len(users)
roles = [u["role"] for u in users.values()]
assert roles.count("admin") == 1 and roles.count("manager") == 1
assert all(u["id"].startswith("u-") for u in users.values())
for u in users.values():
    if "manager_id" in u:
        assert u["manager_id"] in users
dep, suc, mgr = ev["departing_user_id"], ev["successor_user_id"], ev["manager_user_id"]
assert users[dep]["role"] == "rep" and users[suc]["role"] == "rep"
assert users[mgr]["role"] == "manager"
assert users[dep]["manager_id"] == mgr and users[suc]["manager_id"] == mgr
other_reps = [u for u in users.values() if u["role"] == "rep" and u["id"] not in (dep, suc)]
assert 2 <= len(other_reps) <= 3

# ---- accounts ----
accounts = {a["id"]: a for a in bundle["accounts"]}
assert len(accounts) == 6 == len(bundle["accounts"])
all_ids = set(users)
for a in accounts.values():
    assert a["id"].startswith("acc-")
    assert a["owner_id"] in users
    assert a["renewal_date"].startswith("2027-")
    assert a["segment"] in ("enterprise", "mid_market", "smb")
    assert 3 <= len(a["contacts"]) <= 7, (a["id"], len(a["contacts"]))
    assert 1 <= len(a["opportunities"]) <= 3
    assert 8 <= len(a["activities"]) <= 20, (a["id"], len(a["activities"]))
    assert a.get("contract_notes")
    cids = set()
    for c in a["contacts"]:
        assert c["id"].startswith("c-") and c["id"] not in all_ids
        all_ids.add(c["id"]); cids.add(c["id"])
        assert c["role"] in ("economic_buyer", "champion", "decision_maker", "influencer",
                             "blocker", "user", "other")
        assert 1 <= c.get("relationship_strength", 3) <= 5
    for o in a["opportunities"]:
        assert o["id"].startswith("o-") and o["id"] not in all_ids
        all_ids.add(o["id"])
    for act in a["activities"]:
        assert act["id"].startswith("a-") and act["id"] not in all_ids
        all_ids.add(act["id"])
        assert act["kind"] in ("email", "call", "meeting", "note", "chat")
        assert act["author_id"] in users
        for cid in act.get("contact_ids", []):
            assert cid in cids, (act["id"], cid)
        t = datetime.fromisoformat(act["at"].replace("Z", "+00:00"))
        assert t.year == 2026 and 1 <= t.month <= 11, act["at"]
        body = re.sub(r"\b(a\.m|p\.m|Dr|St|Ms|Mr|ext|vs)\.", "X", act["body"])
        n_sent = len([s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", body.strip()) if s])
        assert 1 <= n_sent <= 6, (act["id"], n_sent)
    assert a["id"] not in all_ids
    all_ids.add(a["id"])

owned = [a for a in accounts.values() if a["owner_id"] == dep]
assert len(owned) == 4
owned_ids = {a["id"] for a in owned}
arrs = [a["arr"] for a in owned]
assert any(x > 500000 for x in arrs) and any(x < 50000 for x in arrs)
assert any(50000 <= x <= 500000 for x in arrs)
for a in accounts.values():
    if a["id"] not in owned_ids:
        assert a["owner_id"] != dep

# ---- interviews ----
assert set(ev["interviews"]) == owned_ids
for acc, ans in ev["interviews"].items():
    assert set(ans) == set(QIDS), acc
    for q, text in ans.items():
        wc = len(text.split())
        assert 80 <= wc <= 250, (acc, q, wc)


# ---- source text lookup ----
def source_text(acc_id, src):
    a = accounts[acc_id]
    k = src["kind"]
    if k == "interview":
        assert src["question_id"] in QIDS
        return ev["interviews"][acc_id][src["question_id"]]
    if k == "account":
        assert src["id"] == acc_id
        return " ".join([a["name"], a["industry"], a["contract_notes"], a["renewal_date"], str(a["arr"])])
    coll = {"activity": "activities", "contact": "contacts", "opportunity": "opportunities"}[k]
    for item in a[coll]:
        if item["id"] == src["id"]:
            return " ".join(str(v) for v in item.values() if isinstance(v, (str, int, float)))
    raise AssertionError("gold source %r not in %s" % (src, acc_id))


# ---- questions ----
qs = ev["questions"]
ids = [q["id"] for q in qs]
assert len(set(ids)) == len(ids)
assert ids == ["q-%03d" % i for i in range(1, len(qs) + 1)]
n_ans = sum(q["expect"] == "answer" for q in qs)
n_abs = sum(q["expect"] == "abstain" for q in qs)
assert 65 <= len(qs) <= 75, len(qs)
assert 55 <= n_ans <= 62, n_ans
assert 10 <= n_abs <= 14, n_abs
for q in qs:
    assert q["account_id"] in owned_ids, q["id"]
    if q["expect"] == "answer":
        assert q["gold_sources"], q["id"]
        assert 1 <= len(q["must_mention"]) <= 2, q["id"]
        texts = [source_text(q["account_id"], s) for s in q["gold_sources"]]
        for m in q["must_mention"]:
            assert any(m.lower() in t.lower() for t in texts), (q["id"], m)
    else:
        assert q["expect"] == "abstain"
        assert q["gold_sources"] == [] and q["must_mention"] == []


# ---- abstain guards: terms that must NOT appear anywhere in that account ----
def account_blob(acc_id):
    a = accounts[acc_id]
    parts = [json.dumps(a, ensure_ascii=False)]
    parts += list(ev["interviews"][acc_id].values())
    return " ".join(parts).lower()


GUARDS = {
    "acc-mercyridge": ["epic", "caused by", "root cause was", "hired", "linda thinks",
                       "linda said", "linda liked"],
    "acc-bayou": ["workday", "feltner@", "brad@", "houma has", "staff at houma", "houma staff"],
    "acc-pinecrest": ["aco is", "accountable care", "board meeting on", "board meets on"],
    "acc-lakeshore": ["ukg", "punch", "kathleen likes", "kathleen thinks", "kathleen supports",
                      "approved the conversion", "readout went"],
}
for acc, terms in GUARDS.items():
    blob = account_blob(acc)
    for t in terms:
        assert t not in blob, (acc, t)
# Ken Sato has no phone anywhere
pc = accounts["acc-pinecrest"]
ken = [c for c in pc["contacts"] if c["id"] == "c-pc-sato"][0]
assert "phone" not in ken
# Brad Feltner is not a contact anywhere
assert not any("Feltner" in c["name"] for a in accounts.values() for c in a["contacts"])

n_act = sum(len(a["activities"]) for a in accounts.values())
n_answers = sum(len(v) for v in ev["interviews"].values())
print("OK: %d accounts, %d activities, %d interview answers, %d questions (%d answer / %d abstain)"
      % (len(accounts), n_act, n_answers, len(qs), n_ans, n_abs))
