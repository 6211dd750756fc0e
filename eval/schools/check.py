#!/usr/bin/env python3
"""Consistency check for the `schools` baton-eval/v1 set.

Reads bundle.json and eval.json next to this file (run make.py first) and
verifies the bundle format, the interviews and every question. Exits 1 and
lists the problems when anything fails. Python 3.11 standard library only.
"""
import json
import os
import re
import sys
from datetime import date, datetime

HERE = os.path.dirname(os.path.abspath(__file__))

BANK = ["decision_maker", "champion", "hidden_commitments",
        "history_sensitivities", "pricing_story", "unexpected_use",
        "channels_surprises", "org_changes", "warning_signs", "renewal_risk"]
USER_ROLES = {"rep", "manager", "admin"}
SEGMENTS = {"enterprise", "mid_market", "smb"}
CONTACT_ROLES = {"economic_buyer", "champion", "decision_maker", "influencer",
                 "blocker", "user", "other"}
ACTIVITY_KINDS = {"email", "call", "meeting", "note", "chat"}
DIRECTIONS = {"inbound", "outbound"}
GOLD_KINDS = {"interview", "activity", "contact", "opportunity", "account"}

# Abstain questions that are deliberately off-topic for their account; all
# other abstain questions are "hard" and every content word must occur in the
# account's material.
OFF_TOPIC = {
    "Do St Aldhelm's offer parents a sibling discount on the school fees?",
    "Which party is running Castlemoor council at the moment?",
    "What's the trust's policy on fining parents for term-time holidays?",
}

# A non-gold source that contains every must_mention string of a question
# (with at least one distinctive string: containing a digit or a space) must
# be a gold source too, unless listed here as (question text, source key)
# with the reason it does not state the fact.
NOT_GOLD_OK = {}

STOP = set("""
a an the of to in on at for and or but is are was were be been being do does
did done what whats what's who whose whom which when where why how s t it its
this that these those there their they them we our us you your i me my he him
his she her hers with from by as about into over than then so if not no yes
any can could would should will shall may might must have has had get got
""".split())

problems = []


def fail(msg):
    problems.append(msg)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return json.load(f)


def flat_text(obj):
    """All string and number values of a record, joined."""
    out = []
    if isinstance(obj, dict):
        for v in obj.values():
            out.append(flat_text(v))
    elif isinstance(obj, list):
        for v in obj:
            out.append(flat_text(v))
    elif isinstance(obj, (str, int, float)) and not isinstance(obj, bool):
        out.append(str(obj))
    return " \n".join(x for x in out if x)


def is_date(s):
    try:
        date.fromisoformat(s)
        return isinstance(s, str) and len(s) == 10
    except (TypeError, ValueError):
        return False


def is_rfc3339(s):
    if not isinstance(s, str) or not re.fullmatch(
            r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)", s):
        return False
    try:
        datetime.fromisoformat(s.replace("Z", "+00:00"))
        return True
    except ValueError:
        return False


def tokens(text):
    return re.findall(r"[a-z0-9]+", text.lower())


def word_present(w, vocab):
    if w in vocab or w + "s" in vocab or w + "es" in vocab:
        return True
    if w.endswith("s") and w[:-1] in vocab:
        return True
    if w.endswith("es") and w[:-2] in vocab:
        return True
    return False


def main():
    bundle = load("bundle.json")
    ev = load("eval.json")

    # ---- bundle ----------------------------------------------------------
    if bundle.get("format") != "baton-bundle/v1":
        fail("bundle: format is not baton-bundle/v1")
    users = {}
    for u in bundle.get("users", []):
        if u["id"] in users:
            fail(f"user {u['id']}: duplicate id")
        users[u["id"]] = u
        if u.get("role") not in USER_ROLES:
            fail(f"user {u['id']}: bad role {u.get('role')!r}")
        for k in ("name", "email"):
            if not u.get(k):
                fail(f"user {u['id']}: missing {k}")
    for u in users.values():
        if "manager_id" in u and u["manager_id"] not in users:
            fail(f"user {u['id']}: manager_id {u['manager_id']} unknown")

    all_ids = set()
    sources = {}       # account id -> {key: text}; key = (kind, id)
    accounts = {}
    for a in bundle.get("accounts", []):
        aid = a["id"]
        if aid in accounts:
            fail(f"account {aid}: duplicate id")
        accounts[aid] = a
        if aid in all_ids:
            fail(f"id {aid} reused")
        all_ids.add(aid)
        for k in ("name", "owner_id", "contract_notes"):
            if not a.get(k):
                fail(f"account {aid}: missing {k}")
        if a.get("owner_id") not in users:
            fail(f"account {aid}: owner {a.get('owner_id')} unknown")
        if "segment" in a and a["segment"] not in SEGMENTS:
            fail(f"account {aid}: bad segment {a['segment']!r}")
        if not isinstance(a.get("arr"), (int, float)) or a["arr"] <= 0:
            fail(f"account {aid}: arr must be a positive number")
        elif "segment" in a:
            want = ("smb" if a["arr"] < 50000 else
                    "mid_market" if a["arr"] <= 500000 else "enterprise")
            if a["segment"] != want:
                fail(f"account {aid}: segment {a['segment']} but arr implies {want}")
        if "renewal_date" in a and not is_date(a["renewal_date"]):
            fail(f"account {aid}: bad renewal_date")
        src = {}
        acc_only = {k: v for k, v in a.items()
                    if k not in ("contacts", "opportunities", "activities")}
        src[("account", aid)] = flat_text(acc_only)

        contacts = a.get("contacts", [])
        if not 3 <= len(contacts) <= 7:
            fail(f"account {aid}: {len(contacts)} contacts (want 3-7)")
        cids = set()
        for c in contacts:
            if c["id"] in all_ids:
                fail(f"id {c['id']} reused")
            all_ids.add(c["id"])
            cids.add(c["id"])
            if not c.get("name") or not c.get("title"):
                fail(f"contact {c['id']}: missing name/title")
            if c.get("role") not in CONTACT_ROLES:
                fail(f"contact {c['id']}: bad role {c.get('role')!r}")
            rs = c.get("relationship_strength")
            if rs is not None and (not isinstance(rs, int) or not 1 <= rs <= 5):
                fail(f"contact {c['id']}: relationship_strength out of 1-5")
            src[("contact", c["id"])] = flat_text(c)
        if sum(1 for c in contacts if c.get("phone") or c.get("email")) < 1:
            fail(f"account {aid}: no contact has a phone or email")

        opps = a.get("opportunities", [])
        if not 1 <= len(opps) <= 3:
            fail(f"account {aid}: {len(opps)} opportunities (want 1-3)")
        for o in opps:
            if o["id"] in all_ids:
                fail(f"id {o['id']} reused")
            all_ids.add(o["id"])
            if not isinstance(o.get("amount"), (int, float)):
                fail(f"opportunity {o['id']}: amount not a number")
            if not is_date(o.get("close_date")):
                fail(f"opportunity {o['id']}: bad close_date")
            src[("opportunity", o["id"])] = flat_text(o)

        acts = a.get("activities", [])
        if not 8 <= len(acts) <= 20:
            fail(f"account {aid}: {len(acts)} activities (want 8-20)")
        for x in acts:
            if x["id"] in all_ids:
                fail(f"id {x['id']} reused")
            all_ids.add(x["id"])
            if x.get("kind") not in ACTIVITY_KINDS:
                fail(f"activity {x['id']}: bad kind {x.get('kind')!r}")
            if not is_rfc3339(x.get("at")):
                fail(f"activity {x['id']}: at is not RFC 3339")
            elif not x["at"].startswith("2026-"):
                fail(f"activity {x['id']}: not dated in 2026")
            if x.get("author_id") not in users:
                fail(f"activity {x['id']}: author {x.get('author_id')} unknown")
            if "direction" in x and x["direction"] not in DIRECTIONS:
                fail(f"activity {x['id']}: bad direction")
            for cid in x.get("contact_ids", []):
                if cid not in cids:
                    fail(f"activity {x['id']}: contact {cid} not in {aid}")
            if not x.get("body"):
                fail(f"activity {x['id']}: empty body")
            src[("activity", x["id"])] = flat_text(
                {k: v for k, v in x.items() if k not in ("author_id", "contact_ids")})
        sources[aid] = src

    if len(accounts) != 6:
        fail(f"bundle: {len(accounts)} accounts (want 6)")

    # ---- eval header ------------------------------------------------------
    if ev.get("format") != "baton-eval/v1":
        fail("eval: format is not baton-eval/v1")
    if ev.get("bundle") != "bundle.json":
        fail("eval: bundle must be bundle.json")
    dep = ev.get("departing_user_id")
    suc = ev.get("successor_user_id")
    mgr = ev.get("manager_user_id")
    for label, uid in (("departing", dep), ("successor", suc), ("manager", mgr)):
        if uid not in users:
            fail(f"eval: {label} user {uid} not in bundle")
    if len({dep, suc, mgr}) != 3:
        fail("eval: departing, successor and manager must be distinct")
    if users.get(dep, {}).get("role") != "rep":
        fail("eval: departing user is not a rep")
    if users.get(suc, {}).get("role") != "rep":
        fail("eval: successor is not a rep")
    if users.get(mgr, {}).get("role") != "manager":
        fail("eval: manager user is not a manager")
    for uid in (dep, suc):
        if users.get(uid, {}).get("manager_id") != mgr:
            fail(f"eval: {uid}'s manager_id is not {mgr}")
    for aid, a in accounts.items():
        if a.get("owner_id") != dep:
            fail(f"account {aid}: not owned by the departing user {dep}")

    # ---- interviews -------------------------------------------------------
    interviews = ev.get("interviews", {})
    if set(interviews) != set(accounts):
        fail(f"interviews: accounts {sorted(set(interviews) ^ set(accounts))} "
             "missing or unknown")
    for aid, answers in interviews.items():
        if set(answers) != set(BANK):
            fail(f"interviews {aid}: question ids differ from the bank: "
                 f"{sorted(set(answers) ^ set(BANK))}")
        for qid, text in answers.items():
            n = len(text.split())
            if not 60 <= n <= 350:
                fail(f"interviews {aid}/{qid}: {n} words (want 60-350)")
            if aid in sources:
                sources[aid][("interview", qid)] = text

    # ---- questions --------------------------------------------------------
    qs = ev.get("questions", [])
    seen = set()
    per_account = {}
    n_abs = 0
    for q in qs:
        qid = q.get("id")
        tag = f"question {qid}"
        if qid in seen:
            fail(f"{tag}: duplicate id")
        seen.add(qid)
        aid = q.get("account_id")
        if aid not in accounts:
            fail(f"{tag}: account {aid} unknown")
            continue
        per_account[aid] = per_account.get(aid, 0) + 1
        text = q.get("question", "")
        if not text.strip():
            fail(f"{tag}: empty question")
        gold = q.get("gold_sources")
        must = q.get("must_mention")
        src = sources[aid]
        if q.get("expect") == "abstain":
            n_abs += 1
            if gold != [] or must != []:
                fail(f"{tag}: abstain with non-empty gold_sources/must_mention")
            if text not in OFF_TOPIC:
                vocab = set()
                for t in src.values():
                    vocab.update(tokens(t))
                missing = [w for w in tokens(text)
                           if w not in STOP and not word_present(w, vocab)]
                if missing:
                    fail(f"{tag}: hard abstain words not in {aid}: {missing}")
            continue
        if q.get("expect") != "answer":
            fail(f"{tag}: expect must be answer or abstain")
            continue
        if not gold:
            fail(f"{tag}: answer without gold_sources")
            continue
        if not must or not 1 <= len(must) <= 2:
            fail(f"{tag}: must_mention needs 1-2 strings")
            continue
        keys = []
        for g in gold:
            kind = g.get("kind")
            if kind not in GOLD_KINDS:
                fail(f"{tag}: bad gold kind {kind!r}")
                continue
            key = (kind, g.get("question_id") if kind == "interview" else g.get("id"))
            if key in keys:
                fail(f"{tag}: gold source {key} listed twice")
            keys.append(key)
            if key not in src:
                other = [b for b, s in sources.items() if key in s and b != aid]
                where = f" (it belongs to {other[0]})" if other else ""
                fail(f"{tag}: gold source {key} not in account {aid}{where}")
        for m in must:
            if not isinstance(m, str) or not m.strip():
                fail(f"{tag}: empty must_mention")
                continue
            if not any(m.lower() in src[k].lower() for k in keys if k in src):
                fail(f"{tag}: must_mention {m!r} not in any gold source")
            if m.lower() in text.lower():
                fail(f"{tag}: must_mention {m!r} is given away by the question")
        # completeness: a distinctive fact found in a non-gold source
        if any(re.search(r"\d|\s", m) for m in must):
            for key, t in src.items():
                if key in keys or (text, key) in NOT_GOLD_OK:
                    continue
                if all(re.search(r"(?<![0-9a-z])" + re.escape(m.lower())
                                 + r"(?![0-9a-z])", t.lower()) for m in must):
                    fail(f"{tag}: {key} also contains {must} but is not gold")

    for aid in accounts:
        if per_account.get(aid, 0) != 12:
            fail(f"account {aid}: {per_account.get(aid, 0)} questions (want 12)")
    total = len(qs)
    if total:
        ratio = n_abs / total
        if not 0.15 <= ratio <= 0.20:
            fail(f"abstain proportion {n_abs}/{total} = {ratio:.1%} "
                 "(want 15-20%)")
    if not 12 <= n_abs <= 13:
        fail(f"{n_abs} abstain questions (want 12-13)")
    off = sum(1 for q in qs if q.get("question") in OFF_TOPIC)
    if not 2 <= off <= 3:
        fail(f"{off} off-topic abstains (want 2-3)")

    if problems:
        print(f"FAIL: {len(problems)} problem(s)")
        for p in problems:
            print("  -", p)
        return 1
    n_ans = total - n_abs
    n_words = sum(len(t.split()) for a in interviews.values() for t in a.values())
    n_acts = sum(len(a["activities"]) for a in accounts.values())
    print(f"OK: {len(accounts)} accounts, {len(users)} users, {n_acts} activities, "
          f"{sum(len(a) for a in interviews.values())} interview answers "
          f"({n_words} words), {total} questions: {n_ans} answer, "
          f"{n_abs} abstain ({n_abs / total:.1%}, {off} off-topic)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
