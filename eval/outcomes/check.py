#!/usr/bin/env python3
"""Validate the 'outcomes' evaluation set against FORMATS.md (standard library only).

Exits non-zero and lists problems when the set is inconsistent.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BANK = ["decision_maker", "champion", "hidden_commitments", "history_sensitivities", "pricing_story",
        "unexpected_use", "channels_surprises", "org_changes", "warning_signs", "renewal_risk"]
USER_ROLES = {"rep", "manager", "admin"}
SEGMENTS = {"enterprise", "mid_market", "smb"}
CONTACT_ROLES = {"economic_buyer", "champion", "decision_maker", "influencer", "blocker", "user", "other"}
ACT_KINDS = {"email", "call", "meeting", "note", "chat"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
STOP = set("""a an the and or of to in on at for with w by from is are was were be been do does did done
what whats what's what'd who who's whom when where where'd why how how'd hows any anyone anything their
they them there that this these those it its it's or nah not yet ever up out off over about our us we i me my
you your he him his she her just exactly actually really back end right lol wtf ppl get got go went
come came comes turn turned than then if so on""".split())

errors = []


def err(msg):
    errors.append(msg)


def texts(obj):
    """All string and number values of a record (not nested lists of other records)."""
    out = []
    for k, v in obj.items():
        if isinstance(v, (str, int, float)) and not isinstance(v, bool):
            out.append(str(v))
        elif isinstance(v, list) and all(isinstance(x, str) for x in v):
            out.extend(v)
    return " ".join(out)


def main():
    with open(os.path.join(HERE, "eval.json"), encoding="utf-8") as f:
        ev = json.load(f)
    if ev.get("format") != "baton-eval/v1":
        err("eval.json: format must be baton-eval/v1")
    bpath = os.path.join(HERE, ev.get("bundle", ""))
    if not os.path.isfile(bpath):
        err("bundle file %r not found" % ev.get("bundle"))
        return
    with open(bpath, encoding="utf-8") as f:
        bundle = json.load(f)
    if bundle.get("format") != "baton-bundle/v1":
        err("bundle: format must be baton-bundle/v1")

    users = {u["id"]: u for u in bundle.get("users", [])}
    for u in users.values():
        if u.get("role") not in USER_ROLES:
            err("user %s: bad role %r" % (u["id"], u.get("role")))
        if u.get("manager_id") and u["manager_id"] not in users:
            err("user %s: unknown manager_id" % u["id"])
    dep, suc, man = ev.get("departing_user_id"), ev.get("successor_user_id"), ev.get("manager_user_id")
    for label, uid in (("departing", dep), ("successor", suc), ("manager", man)):
        if uid not in users:
            err("%s user %r not in bundle" % (label, uid))
    if man in users and users[man].get("role") not in ("manager", "admin"):
        err("manager_user_id must have role manager")
    if len({dep, suc, man}) != 3:
        err("departing, successor and manager must be three different users")

    accounts = {}
    seen_ids = set()
    owner_of = {}  # record id -> (kind, account id)
    for a in bundle.get("accounts", []):
        aid = a["id"]
        if aid in accounts:
            err("duplicate account id %s" % aid)
        accounts[aid] = a
        owner_of[aid] = ("account", aid)
        if a.get("owner_id") not in users:
            err("account %s: unknown owner_id" % aid)
        if a.get("segment") and a["segment"] not in SEGMENTS:
            err("account %s: bad segment" % aid)
        if a.get("renewal_date") and not DATE.match(a["renewal_date"]):
            err("account %s: bad renewal_date" % aid)
        cids = set()
        for c in a.get("contacts", []):
            cids.add(c["id"])
            if c.get("role") and c["role"] not in CONTACT_ROLES:
                err("contact %s: bad role %r" % (c["id"], c["role"]))
            rs = c.get("relationship_strength")
            if rs is not None and not (isinstance(rs, int) and 1 <= rs <= 5):
                err("contact %s: relationship_strength out of range" % c["id"])
        for kind, key in (("contact", "contacts"), ("opportunity", "opportunities"), ("activity", "activities")):
            for r in a.get(key, []):
                if r["id"] in seen_ids:
                    err("duplicate record id %s" % r["id"])
                seen_ids.add(r["id"])
                owner_of[r["id"]] = (kind, aid)
        for o in a.get("opportunities", []):
            if o.get("close_date") and not DATE.match(o["close_date"]):
                err("opportunity %s: bad close_date" % o["id"])
        n_act = len(a.get("activities", []))
        if not 5 <= n_act <= 8:
            err("account %s: %d activities (want 5-8)" % (aid, n_act))
        for x in a.get("activities", []):
            if x.get("kind") not in ACT_KINDS:
                err("activity %s: bad kind" % x["id"])
            if not RFC3339.match(x.get("at", "")):
                err("activity %s: 'at' is not RFC 3339" % x["id"])
            if x.get("author_id") and x["author_id"] not in users:
                err("activity %s: unknown author_id" % x["id"])
            if x.get("direction") not in (None, "inbound", "outbound"):
                err("activity %s: bad direction" % x["id"])
            for c in x.get("contact_ids", []):
                if c not in cids:
                    err("activity %s: contact %s not in account %s" % (x["id"], c, aid))

    # interviews
    interviews = ev.get("interviews", {})
    for aid, answers in interviews.items():
        if aid not in accounts:
            err("interview for unknown account %s" % aid)
            continue
        if accounts[aid].get("owner_id") != dep:
            err("interview account %s is not owned by the departing user" % aid)
        for qid, text in answers.items():
            if qid not in BANK:
                err("interview %s: %r is not a question bank id" % (aid, qid))
            wc = len(text.split())
            if not 80 <= wc <= 200:
                err("interview %s/%s: %d words (want 80-200)" % (aid, qid, wc))
        missing = [q for q in BANK if q not in answers]
        if missing:
            err("interview %s: missing answers for %s" % (aid, missing))
    for aid, a in accounts.items():
        if a.get("owner_id") == dep and aid not in interviews:
            err("account %s owned by departing user has no interview" % aid)

    def source_text(aid, g):
        kind = g.get("kind")
        if kind == "interview":
            qid = g.get("question_id")
            if qid not in BANK:
                err("gold source names unknown question id %r" % qid)
                return None
            t = interviews.get(aid, {}).get(qid)
            if t is None:
                err("gold interview %s/%s has no scripted answer" % (aid, qid))
            return t
        rid = g.get("id")
        if rid not in owner_of:
            err("gold source %s %r does not exist" % (kind, rid))
            return None
        rkind, raid = owner_of[rid]
        if rkind != kind:
            err("gold source %r is a %s, not a %s" % (rid, rkind, kind))
            return None
        if raid != aid:
            err("gold source %r belongs to %s, not %s" % (rid, raid, aid))
            return None
        a = accounts[aid]
        if kind == "account":
            return texts(a)
        key = {"contact": "contacts", "opportunity": "opportunities", "activity": "activities"}[kind]
        return next(texts(r) for r in a[key] if r["id"] == rid)

    def account_text(aid):
        a = accounts[aid]
        parts = [texts(a)]
        for key in ("contacts", "opportunities", "activities"):
            parts += [texts(r) for r in a.get(key, [])]
        parts += list(interviews.get(aid, {}).values())
        return " ".join(parts).lower()

    qids = set()
    counts = {"answer": 0, "abstain": 0}
    for q in ev.get("questions", []):
        qid = q.get("id")
        if qid in qids:
            err("duplicate question id %s" % qid)
        qids.add(qid)
        aid = q.get("account_id")
        if aid not in accounts:
            err("%s: unknown account %r" % (qid, aid))
            continue
        if not q.get("question", "").strip():
            err("%s: empty question" % qid)
        exp = q.get("expect")
        if exp not in counts:
            err("%s: expect must be answer or abstain" % qid)
            continue
        counts[exp] += 1
        gold, must = q.get("gold_sources", []), q.get("must_mention", [])
        if exp == "abstain":
            if gold or must:
                err("%s: abstain question must have empty gold_sources and must_mention" % qid)
            # content words of an unanswerable question should occur in the account (warning only)
            words = re.findall(r"[a-z0-9%$'-]+", q["question"].lower())
            atext = account_text(aid)
            miss = [w for w in words if w.strip("'") not in STOP and len(w) > 2
                    and not re.search(r"\b" + re.escape(re.sub(r"'s$", "", w).rstrip("s")), atext)]
            if miss and q.get("category") == "outcome_abstain":
                print("note %s: words not found in account: %s" % (qid, miss))
            continue
        if not gold:
            err("%s: answerable question without gold sources" % qid)
        if not must:
            err("%s: answerable question without must_mention" % qid)
        gtexts = [t for t in (source_text(aid, g) for g in gold) if t]
        for m in must:
            if not any(m.lower() in t.lower() for t in gtexts):
                err("%s: must_mention %r not found in any gold source" % (qid, m))

    if errors:
        for e in errors:
            print("ERROR", e)
        print("FAILED: %d problem(s)" % len(errors))
        sys.exit(1)
    print("OK: %d accounts, %d questions (%d answer, %d abstain)"
          % (len(accounts), len(qids), counts["answer"], counts["abstain"]))


if __name__ == "__main__":
    main()
