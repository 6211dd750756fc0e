#!/usr/bin/env python3
"""Consistency check for eval.json + bundle.json (baton-eval/v1, baton-bundle/v1).

Hard checks (exit 1 on failure):
  - formats, bundle reference, enums, RFC 3339 timestamps, dates
  - ids unique (users, accounts, contacts, opportunities, activities, questions)
  - activity contact_ids / author_id, account owner_id and user manager_id resolve
  - departing / successor / manager users exist with the right roles; the
    departing user owns the accounts; successor and departing report to the manager
  - interview keys are accounts; answer keys are question-bank ids
  - question account ids exist; expect is answer/abstain
  - every gold source exists with the right kind inside the question's account;
    interview gold names a question id answered in that account's script
  - every must_mention string occurs (case-insensitive) in at least one gold source
  - abstain questions have no gold sources and no must_mention;
    answer questions have at least one gold source and one must_mention
Soft report (printed, not failing):
  - other sources in the same account that contain all must_mention strings but
    are not listed as gold (to review "list every source that states the fact")
  - shape counts against the brief
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
BANK = ["decision_maker", "champion", "hidden_commitments", "history_sensitivities",
        "pricing_story", "unexpected_use", "channels_surprises", "org_changes",
        "warning_signs", "renewal_risk"]
USER_ROLES = {"rep", "manager", "admin"}
SEGMENTS = {"enterprise", "mid_market", "smb"}
CONTACT_ROLES = {"economic_buyer", "champion", "decision_maker", "influencer", "blocker",
                 "user", "other"}
KINDS = {"email", "call", "meeting", "note", "chat"}
DIRECTIONS = {"inbound", "outbound"}
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
OPEN_STAGES_EXCLUDED = {"closed_won", "closed_lost"}

errors = []
notes = []


def err(msg):
    errors.append(msg)


def text_of(obj):
    """All scalar field values of a record, joined (what a retriever could see)."""
    parts = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in ("contacts", "opportunities", "activities"):
                continue
            parts.append(text_of(v))
    elif isinstance(obj, list):
        parts.extend(text_of(v) for v in obj)
    elif obj is not None:
        parts.append(str(obj))
    return " ".join(p for p in parts if p)


def main():
    with open(os.path.join(HERE, "eval.json"), encoding="utf-8") as f:
        ev = json.load(f)
    if ev.get("format") != "baton-eval/v1":
        err("eval.json format is not baton-eval/v1")
    bundle_path = os.path.join(HERE, ev.get("bundle", ""))
    if not os.path.isfile(bundle_path):
        err(f"bundle file {ev.get('bundle')!r} not found next to eval.json")
        return
    with open(bundle_path, encoding="utf-8") as f:
        bundle = json.load(f)
    if bundle.get("format") != "baton-bundle/v1":
        err("bundle format is not baton-bundle/v1")

    # ---- users
    users = {}
    for u in bundle.get("users", []):
        if u["id"] in users:
            err(f"duplicate user id {u['id']}")
        users[u["id"]] = u
        if u.get("role") not in USER_ROLES:
            err(f"user {u['id']} has bad role {u.get('role')}")
    for u in users.values():
        if "manager_id" in u and u["manager_id"] not in users:
            err(f"user {u['id']} manager_id {u['manager_id']} unknown")
    dep, suc, man = (ev.get("departing_user_id"), ev.get("successor_user_id"),
                     ev.get("manager_user_id"))
    for label, uid in (("departing", dep), ("successor", suc), ("manager", man)):
        if uid not in users:
            err(f"{label} user {uid} not in bundle users")
    if dep in users and users[dep].get("role") != "rep":
        err("departing user is not a rep")
    if suc in users and users[suc].get("role") != "rep":
        err("successor user is not a rep")
    if man in users and users[man].get("role") != "manager":
        err("manager user does not have role manager")
    if dep in users and users[dep].get("manager_id") != man:
        err("departing user's manager_id is not the eval manager")
    if suc in users and users[suc].get("manager_id") != man:
        err("successor user's manager_id is not the eval manager")
    if len({dep, suc, man}) != 3:
        err("departing, successor and manager must be three different users")

    # ---- accounts and records
    accounts = {}
    record_ids = Counter()
    sources = {}  # (kind, id) -> (account_id, text)
    for a in bundle.get("accounts", []):
        aid = a["id"]
        if aid in accounts:
            err(f"duplicate account id {aid}")
        accounts[aid] = a
        if a.get("owner_id") not in users:
            err(f"account {aid} owner {a.get('owner_id')} unknown")
        if a.get("owner_id") != dep:
            err(f"account {aid} is not owned by the departing user")
        if a.get("segment") not in SEGMENTS:
            err(f"account {aid} bad segment")
        if "renewal_date" in a and not DATE.match(a["renewal_date"]):
            err(f"account {aid} bad renewal_date")
        sources[("account", aid)] = (aid, text_of(a))
        cids = set()
        for c in a.get("contacts", []):
            record_ids[c["id"]] += 1
            cids.add(c["id"])
            if c.get("role") not in CONTACT_ROLES:
                err(f"contact {c['id']} bad role {c.get('role')}")
            rs = c.get("relationship_strength")
            if rs is not None and not (isinstance(rs, int) and 1 <= rs <= 5):
                err(f"contact {c['id']} bad relationship_strength")
            sources[("contact", c["id"])] = (aid, text_of(c))
        for o in a.get("opportunities", []):
            record_ids[o["id"]] += 1
            if not DATE.match(o.get("close_date", "")):
                err(f"opportunity {o['id']} bad close_date")
            sources[("opportunity", o["id"])] = (aid, text_of(o))
        for x in a.get("activities", []):
            record_ids[x["id"]] += 1
            if x.get("kind") not in KINDS:
                err(f"activity {x['id']} bad kind")
            if not RFC3339.match(x.get("at", "")):
                err(f"activity {x['id']} bad at {x.get('at')}")
            if "direction" in x and x["direction"] not in DIRECTIONS:
                err(f"activity {x['id']} bad direction")
            if x.get("author_id") not in users:
                err(f"activity {x['id']} author unknown")
            for cid in x.get("contact_ids", []):
                if cid not in cids:
                    err(f"activity {x['id']} names contact {cid} not in account {aid}")
            sources[("activity", x["id"])] = (aid, text_of(x))
        # shape per the brief
        nc, no, na = (len(a.get("contacts", [])), len(a.get("opportunities", [])),
                      len(a.get("activities", [])))
        if not 3 <= nc <= 6:
            err(f"account {aid} has {nc} contacts (want 3-6)")
        if not 1 <= no <= 3:
            err(f"account {aid} has {no} opportunities (want 1-3)")
        if not any(o.get("stage") not in OPEN_STAGES_EXCLUDED and
                   re.search(r"renewal|expansion|add-on", o.get("name", ""), re.I)
                   for o in a.get("opportunities", [])):
            err(f"account {aid} has no open renewal/expansion opportunity")
        if not 8 <= na <= 16:
            err(f"account {aid} has {na} activities (want 8-16)")
    for rid, n in record_ids.items():
        if n > 1:
            err(f"record id {rid} used {n} times")
    overlap = set(record_ids) & set(accounts)
    if overlap:
        err(f"record ids collide with account ids: {overlap}")

    # ---- interviews
    interviews = ev.get("interviews", {})
    for aid, script in interviews.items():
        if aid not in accounts:
            err(f"interview for unknown account {aid}")
            continue
        for qid, ans in script.items():
            if qid not in BANK:
                err(f"interview {aid} has unknown question id {qid}")
            if not isinstance(ans, str) or not ans.strip():
                err(f"interview {aid}/{qid} empty")
            sources[("interview", (aid, qid))] = (aid, ans)
        if not 7 <= len(script) <= 10:
            err(f"interview {aid} has {len(script)} answers (want 7-10)")
    for aid in accounts:
        if aid not in interviews:
            err(f"account {aid} has no interview script")

    # ---- questions
    qids = Counter(q["id"] for q in ev.get("questions", []))
    for qid, n in qids.items():
        if n > 1:
            err(f"question id {qid} used {n} times")
    per_acc = Counter()
    kinds = Counter()
    for q in ev.get("questions", []):
        qid, aid = q["id"], q.get("account_id")
        if aid not in accounts:
            err(f"{qid}: account {aid} unknown")
            continue
        per_acc[aid] += 1
        exp = q.get("expect")
        gold = q.get("gold_sources", [])
        must = q.get("must_mention", [])
        if exp == "abstain":
            kinds["abstain"] += 1
            if gold:
                err(f"{qid}: abstain question has gold sources")
            if must:
                err(f"{qid}: abstain question has must_mention")
            continue
        if exp != "answer":
            err(f"{qid}: bad expect {exp}")
            continue
        if not gold:
            err(f"{qid}: answer question without gold sources")
        if not must:
            err(f"{qid}: answer question without must_mention")
        gold_texts = []
        gold_keys = set()
        for g in gold:
            kind = g.get("kind")
            if kind == "interview":
                key = ("interview", (aid, g.get("question_id")))
                if g.get("question_id") not in BANK:
                    err(f"{qid}: interview gold with unknown bank id {g.get('question_id')}")
                if key not in sources:
                    err(f"{qid}: interview gold {g.get('question_id')} not answered for {aid}")
                    continue
            elif kind in ("activity", "contact", "opportunity", "account"):
                key = (kind, g.get("id"))
                if key not in sources:
                    err(f"{qid}: gold {kind} {g.get('id')} does not exist")
                    continue
                if sources[key][0] != aid:
                    err(f"{qid}: gold {kind} {g.get('id')} belongs to {sources[key][0]}, not {aid}")
                    continue
            else:
                err(f"{qid}: gold source with bad kind {kind}")
                continue
            gold_keys.add(key)
            gold_texts.append(sources[key][1].lower())
        for m in must:
            if not any(m.lower() in t for t in gold_texts):
                err(f"{qid}: must_mention {m!r} not found in any gold source")
        # primary kind for the mix: interview if the first gold is an interview
        kinds["interview" if gold and gold[0].get("kind") == "interview" else "record"] += 1
        # soft: other same-account sources containing every must_mention
        for key, (sacc, stext) in sources.items():
            if sacc != aid or key in gold_keys:
                continue
            if key[0] == "account":
                continue  # the account text is broad; reviewed by hand
            if all(m.lower() in stext.lower() for m in must) and len("".join(must)) > 3:
                label = key[1][1] if key[0] == "interview" else key[1]
                notes.append(f"{qid}: {key[0]} {label} also contains {must} (not gold)")

    # ---- report
    n_contacts = sum(len(a.get("contacts", [])) for a in accounts.values())
    n_opps = sum(len(a.get("opportunities", [])) for a in accounts.values())
    n_acts = sum(len(a.get("activities", [])) for a in accounts.values())
    n_answers = sum(len(s) for s in interviews.values())
    total = sum(per_acc.values())
    print(f"accounts={len(accounts)} contacts={n_contacts} opportunities={n_opps} "
          f"activities={n_acts} interview_answers={n_answers}")
    print(f"questions={total} answer={kinds['interview'] + kinds['record']} "
          f"(interview-primary={kinds['interview']}, record-primary={kinds['record']}) "
          f"abstain={kinds['abstain']}")
    print("per account:", dict(per_acc))
    for n in notes:
        print("note:", n)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"FAIL ({len(errors)} errors)")
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
