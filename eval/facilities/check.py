#!/usr/bin/env python3
"""Validate bundle.json + eval.json (baton-bundle/v1, baton-eval/v1). Stdlib only. Exit 1 on any error."""
import json
import os
import re
import sys
from datetime import date, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
BANK = ["decision_maker", "champion", "hidden_commitments", "history_sensitivities", "pricing_story",
        "unexpected_use", "channels_surprises", "org_changes", "warning_signs", "renewal_risk"]
USER_ROLES = {"rep", "manager", "admin"}
SEGMENTS = {"enterprise", "mid_market", "smb"}
CONTACT_ROLES = {"economic_buyer", "champion", "decision_maker", "influencer", "blocker", "user", "other"}
KINDS = {"email", "call", "meeting", "note", "chat"}
DIRECTIONS = {"inbound", "outbound"}
WINDOW_START = datetime.fromisoformat("2026-02-28T00:00:00+00:00")  # nine months before 2026-11-30
WINDOW_END = datetime.fromisoformat("2026-11-30T00:00:00+00:00")
EXPECTED = {"accounts": 6, "questions": 72, "abstain": 13}

STOP = set("""a an the and or of to in on at for from by with about as is are was were be been being do does did
done what whats what's who whos who's whom which when where why how is it its it's this that these those there
their they them he she his her him we our us you your i me my any some anything something just really actually
still yet so if then than into over under up out get got go going have has had can could would should will
any much many more most there's did didn't does doesn't dont don't not no yes ever also exactly very
""".split())

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


def is_date(s):
    try:
        date.fromisoformat(s)
        return re.fullmatch(r"\d{4}-\d{2}-\d{2}", s) is not None
    except (TypeError, ValueError):
        return False


def parse_rfc3339(s):
    if not isinstance(s, str) or not re.fullmatch(
            r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})", s):
        return None
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        return None


def flat(v):
    if isinstance(v, dict):
        return " ".join(flat(x) for x in v.values())
    if isinstance(v, list):
        return " ".join(flat(x) for x in v)
    return "" if v is None else str(v)


def words(text):
    text = re.sub(r"['’]s\b", "", text)
    return re.findall(r"[a-z0-9äöüß]+(?:[-.][a-z0-9]+)*", text.lower())


def variants(w):
    """crude stemming: the word plus its forms with common English suffixes removed"""
    out = {w}
    for suf in ("ing", "ed", "es", "s", "d"):
        if len(w) > len(suf) + 2 and w.endswith(suf):
            out.add(w[: -len(suf)])
            out.add(w[: -len(suf)] + "e")
    return out


def main():
    with open(os.path.join(HERE, "eval.json"), encoding="utf-8") as f:
        ev = json.load(f)
    if ev.get("format") != "baton-eval/v1":
        err("eval format must be baton-eval/v1")
    with open(os.path.join(HERE, ev.get("bundle", "bundle.json")), encoding="utf-8") as f:
        bundle = json.load(f)
    if bundle.get("format") != "baton-bundle/v1":
        err("bundle format must be baton-bundle/v1")

    # ---- users
    users = {}
    for u in bundle.get("users", []):
        for k in ("id", "name", "email", "role"):
            if not isinstance(u.get(k), str) or not u.get(k):
                err(f"user {u.get('id')}: missing {k}")
        if u.get("id") in users:
            err(f"duplicate user id {u['id']}")
        users[u["id"]] = u
        if u.get("role") not in USER_ROLES:
            err(f"user {u['id']}: bad role {u.get('role')}")
        if not str(u.get("email", "")).endswith(".test"):
            err(f"user {u['id']}: email must use a .test domain")
    for u in users.values():
        if "manager_id" in u and u["manager_id"] not in users:
            err(f"user {u['id']}: unknown manager_id {u['manager_id']}")
    dep, suc, mgr = ev.get("departing_user_id"), ev.get("successor_user_id"), ev.get("manager_user_id")
    for label, uid in (("departing", dep), ("successor", suc), ("manager", mgr)):
        if uid not in users:
            err(f"{label} user {uid} not in bundle")
    if mgr in users and users[mgr]["role"] != "manager":
        err("manager_user_id must have role manager")
    if len({dep, suc, mgr}) != 3:
        err("departing, successor and manager must be distinct")

    # ---- accounts
    seen_ids = set()
    rec_account = {}   # record id -> account id
    rec_text = {}      # record id -> flattened text
    acc_text = {}      # account id -> all text (records + interviews)
    accounts = {}
    for a in bundle.get("accounts", []):
        aid = a.get("id")
        if aid in accounts:
            err(f"duplicate account {aid}")
        accounts[aid] = a
        if a.get("owner_id") not in users:
            err(f"{aid}: unknown owner {a.get('owner_id')}")
        for k in ("name", "owner_id"):
            if not a.get(k):
                err(f"{aid}: missing {k}")
        if "segment" in a and a["segment"] not in SEGMENTS:
            err(f"{aid}: bad segment")
        if "arr" in a:
            arr = a["arr"]
            if not isinstance(arr, (int, float)) or arr <= 0:
                err(f"{aid}: bad arr")
            derived = "smb" if arr < 50000 else ("mid_market" if arr <= 500000 else "enterprise")
            if a.get("segment") and a["segment"] != derived:
                warn(f"{aid}: segment {a['segment']} differs from arr-derived {derived}")
        if "renewal_date" in a and not is_date(a["renewal_date"]):
            err(f"{aid}: bad renewal_date")
        rec_account[aid] = aid
        rec_text[aid] = flat({k: v for k, v in a.items()
                              if k not in ("contacts", "opportunities", "activities")})
        texts = [rec_text[aid]]
        contact_ids = set()
        for c in a.get("contacts", []):
            cid = c.get("id")
            if cid in seen_ids:
                err(f"duplicate record id {cid}")
            seen_ids.add(cid)
            contact_ids.add(cid)
            if c.get("role") not in CONTACT_ROLES:
                err(f"{cid}: bad role {c.get('role')}")
            rs = c.get("relationship_strength")
            if rs is not None and (not isinstance(rs, int) or not 1 <= rs <= 5):
                err(f"{cid}: bad relationship_strength")
            if not str(c.get("email", "")).endswith(".test"):
                err(f"{cid}: email must use a .test domain")
            for k in ("name", "title", "phone", "email"):
                if not c.get(k):
                    err(f"{cid}: missing {k}")
            rec_account[cid] = aid
            rec_text[cid] = flat(c)
            texts.append(rec_text[cid])
        for o in a.get("opportunities", []):
            oid = o.get("id")
            if oid in seen_ids:
                err(f"duplicate record id {oid}")
            seen_ids.add(oid)
            if not isinstance(o.get("amount"), (int, float)):
                err(f"{oid}: amount must be a number")
            if not is_date(o.get("close_date")):
                err(f"{oid}: bad close_date")
            rec_account[oid] = aid
            rec_text[oid] = flat(o)
            texts.append(rec_text[oid])
        for x in a.get("activities", []):
            xid = x.get("id")
            if xid in seen_ids:
                err(f"duplicate record id {xid}")
            seen_ids.add(xid)
            if x.get("kind") not in KINDS:
                err(f"{xid}: bad kind")
            t = parse_rfc3339(x.get("at"))
            if t is None:
                err(f"{xid}: at is not RFC 3339")
            elif not (WINDOW_START <= t < WINDOW_END):
                err(f"{xid}: date {x['at']} outside the nine months before 2026-11-30")
            if "direction" in x and x["direction"] not in DIRECTIONS:
                err(f"{xid}: bad direction")
            if x.get("author_id") not in users:
                err(f"{xid}: unknown author")
            for cid in x.get("contact_ids", []):
                if cid not in contact_ids:
                    err(f"{xid}: contact {cid} not in account {aid}")
            if not x.get("body"):
                err(f"{xid}: empty body")
            rec_account[xid] = aid
            rec_text[xid] = flat({k: x.get(k) for k in ("subject", "body")})
            texts.append(rec_text[xid])
        acc_text[aid] = " ".join(texts)

    dep_accounts = [aid for aid, a in accounts.items() if a.get("owner_id") == dep]
    if len(dep_accounts) != EXPECTED["accounts"]:
        err(f"departing owner has {len(dep_accounts)} accounts, expected {EXPECTED['accounts']}")
    others = [a for a in accounts.values() if a.get("owner_id") != dep]
    other_owners = {a["owner_id"] for a in others} - {suc, mgr}
    if not 1 <= len(other_owners) <= 2:
        err("expected 1-2 other reps owning accounts")
    for o in other_owners:
        n = sum(1 for a in others if a["owner_id"] == o)
        if not 1 <= n <= 2:
            err(f"other rep {o} owns {n} accounts, expected 1-2")
    for aid in dep_accounts:
        a = accounts[aid]
        nc, no, na = len(a.get("contacts", [])), len(a.get("opportunities", [])), len(a.get("activities", []))
        if not 3 <= nc <= 7:
            err(f"{aid}: {nc} contacts, expected 3-7")
        if not 1 <= no <= 3:
            err(f"{aid}: {no} opportunities, expected 1-3")
        if not 8 <= na <= 15:
            err(f"{aid}: {na} activities, expected 8-15")

    # ---- interviews
    interviews = ev.get("interviews", {})
    if set(interviews) != set(dep_accounts):
        err(f"interviews must cover exactly the departing owner's accounts: {sorted(interviews)}")
    for aid, ans in interviews.items():
        if set(ans) != set(BANK):
            err(f"{aid}: interview ids {sorted(set(ans) ^ set(BANK))} mismatch the bank")
        for qid, text in ans.items():
            n = len(text.split())
            if not 80 <= n <= 250:
                err(f"{aid}/{qid}: {n} words, expected 80-250")
            rec_text[(aid, qid)] = text
        if aid in acc_text:
            acc_text[aid] += " " + " ".join(ans.values())

    # ---- questions
    qs = ev.get("questions", [])
    if len(qs) != EXPECTED["questions"]:
        err(f"{len(qs)} questions, expected {EXPECTED['questions']}")
    qids = set()
    n_abstain = 0
    per_acc = {}
    for q in qs:
        qid = q.get("id")
        if qid in qids:
            err(f"duplicate question id {qid}")
        qids.add(qid)
        aid = q.get("account_id")
        per_acc.setdefault(aid, [0, 0])
        if aid not in dep_accounts:
            err(f"{qid}: account {aid} is not a departing-owner account")
            continue
        if not q.get("question"):
            err(f"{qid}: empty question")
        exp = q.get("expect")
        gold = q.get("gold_sources")
        must = q.get("must_mention")
        if not isinstance(gold, list) or not isinstance(must, list):
            err(f"{qid}: gold_sources and must_mention must be lists")
            continue
        if exp == "abstain":
            n_abstain += 1
            per_acc[aid][1] += 1
            if gold or must:
                err(f"{qid}: abstain question must have no gold_sources / must_mention")
            vocab = set()
            for w in words(acc_text[aid]):
                vocab |= variants(w)
            missing = [w for w in words(q["question"]) if w not in STOP and not (variants(w) & vocab)]
            if missing:
                err(f"{qid}: abstain words not in account material: {missing}")
            continue
        if exp != "answer":
            err(f"{qid}: bad expect {exp}")
            continue
        per_acc[aid][0] += 1
        if not gold:
            err(f"{qid}: answer question without gold_sources")
        if not 1 <= len(must) <= 2:
            err(f"{qid}: must_mention must have 1-2 strings")
        gold_texts = []
        for g in gold:
            kind = g.get("kind")
            if kind == "interview":
                key = (aid, g.get("question_id"))
                if g.get("question_id") not in BANK or key not in rec_text:
                    err(f"{qid}: interview source {g.get('question_id')} missing for {aid}")
                    continue
                gold_texts.append(rec_text[key])
            elif kind in ("activity", "contact", "opportunity", "account"):
                rid = g.get("id")
                if rid not in rec_account:
                    err(f"{qid}: gold id {rid} does not exist")
                    continue
                if rec_account[rid] != aid:
                    err(f"{qid}: gold id {rid} belongs to {rec_account[rid]}, not {aid}")
                    continue
                prefix = {"activity": "a-", "contact": "c-", "opportunity": "o-", "account": "acc-"}[kind]
                if not rid.startswith(prefix):
                    err(f"{qid}: gold id {rid} is not a {kind}")
                gold_texts.append(rec_text[rid])
            else:
                err(f"{qid}: bad gold kind {kind}")
        for m in must:
            if not isinstance(m, str) or not m.strip():
                err(f"{qid}: empty must_mention")
                continue
            hits = [t for t in gold_texts if m.lower() in t.lower()]
            if not hits:
                err(f"{qid}: must_mention {m!r} not found in any gold source")
        # the successor should not parrot long stretches of the owner's wording
        qw = words(q["question"])
        grams = {" ".join(qw[i:i + 5]) for i in range(len(qw) - 4)}
        for t in gold_texts:
            tw = " ".join(words(t))
            for gsub in grams:
                if gsub in tw:
                    warn(f"{qid}: question reuses owner wording '{gsub}'")
    if n_abstain != EXPECTED["abstain"]:
        err(f"{n_abstain} abstain questions, expected {EXPECTED['abstain']}")
    for aid in dep_accounts:
        a_n, b_n = per_acc.get(aid, [0, 0])
        if b_n < 1:
            err(f"{aid}: no abstain questions")
        if a_n + b_n < 10:
            err(f"{aid}: only {a_n + b_n} questions")

    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    total_contacts = sum(len(accounts[a]["contacts"]) for a in dep_accounts)
    total_acts = sum(len(accounts[a]["activities"]) for a in dep_accounts)
    print(f"accounts={len(dep_accounts)} (+{len(others)} other) contacts={total_contacts} "
          f"activities={total_acts} questions={len(qs)} abstain={n_abstain}")
    if errors:
        print(f"FAILED with {len(errors)} error(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
