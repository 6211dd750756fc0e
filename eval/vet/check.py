#!/usr/bin/env python3
"""Validate bundle.json (baton-bundle/v1) and eval.json (baton-eval/v1). Stdlib only.

Exit status 0 when every check passes; prints each problem otherwise.
"""
import json
import os
import re
import sys
from datetime import date, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
BANK = ["decision_maker", "champion", "hidden_commitments", "history_sensitivities",
        "pricing_story", "unexpected_use", "channels_surprises", "org_changes",
        "warning_signs", "renewal_risk"]
USER_ROLES = {"rep", "manager", "admin"}
SEGMENTS = {"enterprise", "mid_market", "smb"}
CONTACT_ROLES = {"economic_buyer", "champion", "decision_maker", "influencer", "blocker", "user", "other"}
KINDS = {"email", "call", "meeting", "note", "chat"}
DIRECTIONS = {"inbound", "outbound"}
WINDOW_END = datetime(2026, 11, 30, 23, 59, 59)
WINDOW_START = datetime(2026, 2, 28, 0, 0, 0)   # nine months before 2026-11-30
STOP = set("""a an the and or but of to in on at for from by with about into over under as is are was
were be been being do does did done have has had having i me my we us our you your he him his she her
it its they them their what whats what's which who whom whose when where why how whats any some this
that these those there here than then so if not no yes or can could would should will shall may might
must just like really actually again ever still also too very lol hey ok okay anything something
""".split())

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def is_date(s):
    try:
        date.fromisoformat(s)
        return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", s))
    except (TypeError, ValueError):
        return False


def parse_rfc3339(s):
    if not isinstance(s, str) or not re.fullmatch(
            r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})", s):
        return None
    try:
        dt = datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        return None
    return dt.replace(tzinfo=None) - (dt.utcoffset() or (dt - dt))


def flat(obj):
    if isinstance(obj, dict):
        return " ".join(flat(v) for v in obj.values())
    if isinstance(obj, list):
        return " ".join(flat(v) for v in obj)
    return str(obj)


def variants(w):
    """Crude English inflection variants, so 'used' matches 'use', 'hiring' matches 'hire'."""
    w = w.lower().strip("'\u2019")
    for suf in ("'s", "\u2019s"):
        if w.endswith(suf):
            w = w[:-len(suf)]
    out = {w}
    if w.endswith("s"):
        out.add(w[:-1])
    if w.endswith("es"):
        out.add(w[:-2])
    if w.endswith("ed"):
        out.update({w[:-2], w[:-1]})
    if w.endswith("ing"):
        out.update({w[:-3], w[:-3] + "e"})
    if w.endswith("ies"):
        out.add(w[:-3] + "y")
    return out


def words(text):
    return re.findall(r"[\w][\w'\u2019.-]*[\w]|[\w]", text.lower())


def main():
    bpath = os.path.join(HERE, "bundle.json")
    epath = os.path.join(HERE, "eval.json")
    bundle = json.load(open(bpath, encoding="utf-8"))
    ev = json.load(open(epath, encoding="utf-8"))

    # ---------------- bundle ----------------
    if bundle.get("format") != "baton-bundle/v1":
        err("bundle: format must be baton-bundle/v1")
    users = {u["id"]: u for u in bundle.get("users", [])}
    if len(users) != len(bundle.get("users", [])):
        err("bundle: duplicate user ids")
    for u in users.values():
        for f in ("id", "name", "email", "role"):
            if not u.get(f):
                err(f"user {u.get('id')}: missing {f}")
        if u.get("role") not in USER_ROLES:
            err(f"user {u['id']}: bad role {u.get('role')}")
        if "manager_id" in u and u["manager_id"] not in users:
            err(f"user {u['id']}: unknown manager_id")
        if not str(u.get("email", "")).endswith(".test"):
            err(f"user {u['id']}: email must use a .test domain")

    all_ids = set()
    owner_of = {}
    records = {}   # id -> (account_id, kind, text)
    for a in bundle.get("accounts", []):
        aid = a.get("id")
        for f in ("id", "name", "owner_id"):
            if not a.get(f):
                err(f"account {aid}: missing {f}")
        if a.get("owner_id") not in users:
            err(f"account {aid}: unknown owner {a.get('owner_id')}")
        owner_of[aid] = a.get("owner_id")
        if "segment" in a and a["segment"] not in SEGMENTS:
            err(f"account {aid}: bad segment")
        if not isinstance(a.get("arr"), (int, float)):
            err(f"account {aid}: arr must be a number")
        else:
            seg = "smb" if a["arr"] < 50000 else "mid_market" if a["arr"] <= 500000 else "enterprise"
            if a.get("segment") and a["segment"] != seg:
                warnings.append(f"account {aid}: segment {a['segment']} differs from derived {seg}")
        if "renewal_date" in a and not is_date(a["renewal_date"]):
            err(f"account {aid}: renewal_date not YYYY-MM-DD")
        for rid in [aid]:
            if rid in all_ids:
                err(f"duplicate id {rid}")
            all_ids.add(rid)
        acct_text = " ".join(str(a.get(k, "")) for k in a if k not in ("contacts", "opportunities", "activities"))
        records[aid] = (aid, "account", acct_text)
        cids = set()
        for c in a.get("contacts", []):
            if c.get("id") in all_ids:
                err(f"duplicate id {c.get('id')}")
            all_ids.add(c.get("id"))
            cids.add(c.get("id"))
            for f in ("id", "name", "title", "email", "phone", "role"):
                if not c.get(f):
                    err(f"contact {c.get('id')}: missing {f}")
            if c.get("role") not in CONTACT_ROLES:
                err(f"contact {c['id']}: bad role {c.get('role')}")
            rs = c.get("relationship_strength")
            if rs is not None and (not isinstance(rs, int) or not 1 <= rs <= 5):
                err(f"contact {c['id']}: relationship_strength out of 1..5")
            if not re.search(r"@[\w.-]+\.test$", c.get("email", "")):
                err(f"contact {c['id']}: email must use a .test domain")
            records[c["id"]] = (aid, "contact", flat(c))
        for o in a.get("opportunities", []):
            if o.get("id") in all_ids:
                err(f"duplicate id {o.get('id')}")
            all_ids.add(o.get("id"))
            for f in ("id", "name", "stage", "amount", "close_date"):
                if o.get(f) in (None, ""):
                    err(f"opportunity {o.get('id')}: missing {f}")
            if not isinstance(o.get("amount"), (int, float)):
                err(f"opportunity {o['id']}: amount must be a number")
            if not is_date(o.get("close_date")):
                err(f"opportunity {o['id']}: close_date not YYYY-MM-DD")
            records[o["id"]] = (aid, "opportunity", flat(o))
        for x in a.get("activities", []):
            if x.get("id") in all_ids:
                err(f"duplicate id {x.get('id')}")
            all_ids.add(x.get("id"))
            if x.get("kind") not in KINDS:
                err(f"activity {x.get('id')}: bad kind")
            dt = parse_rfc3339(x.get("at"))
            if dt is None:
                err(f"activity {x.get('id')}: 'at' not RFC 3339")
            elif not WINDOW_START <= dt <= WINDOW_END:
                err(f"activity {x['id']}: date {x['at']} outside {WINDOW_START.date()}..{WINDOW_END.date()}")
            if "direction" in x and x["direction"] not in DIRECTIONS:
                err(f"activity {x['id']}: bad direction")
            if x.get("kind") in ("call", "meeting") and "direction" in x:
                err(f"activity {x['id']}: calls/meetings are two-way, no direction")
            if x.get("author_id") not in users:
                err(f"activity {x['id']}: unknown author")
            for cid in x.get("contact_ids", []):
                if cid not in cids:
                    err(f"activity {x['id']}: contact {cid} not in account {aid}")
            if not x.get("body"):
                err(f"activity {x['id']}: empty body")
            records[x["id"]] = (aid, "activity", f"{x.get('subject', '')} {x.get('body', '')}")

    # ---------------- eval ----------------
    if ev.get("format") != "baton-eval/v1":
        err("eval: format must be baton-eval/v1")
    if not os.path.exists(os.path.join(HERE, ev.get("bundle", ""))):
        err("eval: bundle file missing")
    dep, suc, man = ev.get("departing_user_id"), ev.get("successor_user_id"), ev.get("manager_user_id")
    for label, uid, role in (("departing", dep, "rep"), ("successor", suc, "rep"), ("manager", man, "manager")):
        if uid not in users:
            err(f"eval: {label} user {uid} not in bundle")
        elif users[uid]["role"] != role:
            err(f"eval: {label} user {uid} should have role {role}")
    if len({dep, suc, man}) != 3:
        err("eval: departing, successor and manager must differ")
    dep_accounts = sorted(a for a, o in owner_of.items() if o == dep)
    other_owned = {}
    for a, o in owner_of.items():
        if o != dep:
            other_owned.setdefault(o, []).append(a)
    if len(dep_accounts) != 6:
        err(f"departing owner owns {len(dep_accounts)} accounts, want 6")
    others = [u for u in other_owned if u not in (suc, man)]
    if not 1 <= len(others) <= 2:
        err(f"want 1-2 other reps owning accounts, got {others}")
    for u, accs in other_owned.items():
        if not 1 <= len(accs) <= 2:
            err(f"other rep {u} owns {len(accs)} accounts, want 1-2")

    acc_by_id = {a["id"]: a for a in bundle["accounts"]}
    for aid in dep_accounts:
        a = acc_by_id[aid]
        n_c, n_o, n_a = len(a["contacts"]), len(a["opportunities"]), len(a["activities"])
        if not 3 <= n_c <= 7:
            err(f"{aid}: {n_c} contacts, want 3-7")
        if not 1 <= n_o <= 3:
            err(f"{aid}: {n_o} opportunities, want 1-3")
        if not 8 <= n_a <= 15:
            err(f"{aid}: {n_a} activities, want 8-15")

    interviews = ev.get("interviews", {})
    if sorted(interviews) != dep_accounts:
        err(f"eval: interviews keys {sorted(interviews)} != departing accounts {dep_accounts}")
    for aid, ans in interviews.items():
        if sorted(ans) != sorted(BANK):
            err(f"{aid}: interview ids {sorted(ans)} are not the ten bank ids")
        for qid, text in ans.items():
            n = len(text.split())
            if not 80 <= n <= 250:
                err(f"{aid}/{qid}: {n} words, want 80-250")
            records[f"interview:{aid}:{qid}"] = (aid, "interview", text)

    # account vocabulary for the abstain word check (that account only)
    vocab = {}
    for rid, (aid, kind, text) in records.items():
        for w in words(text):
            vocab.setdefault(aid, set()).update(variants(w))

    qs = ev.get("questions", [])
    if len(qs) != 72:
        err(f"eval: {len(qs)} questions, want 72")
    ids = [q.get("id") for q in qs]
    if len(set(ids)) != len(ids):
        err("eval: duplicate question ids")
    per_acc = {}
    n_abstain = 0
    for q in qs:
        qid, aid = q.get("id"), q.get("account_id")
        per_acc.setdefault(aid, [0, 0])
        if aid not in dep_accounts:
            err(f"{qid}: account {aid} is not a departing-owner account")
            continue
        if not q.get("question"):
            err(f"{qid}: empty question")
        exp = q.get("expect")
        golds, mm = q.get("gold_sources"), q.get("must_mention")
        if not isinstance(golds, list) or not isinstance(mm, list):
            err(f"{qid}: gold_sources and must_mention must be lists")
            continue
        if exp == "abstain":
            n_abstain += 1
            per_acc[aid][1] += 1
            if golds or mm:
                err(f"{qid}: abstain question must have no gold_sources and no must_mention")
            missing = [w for w in words(q["question"]) if w not in STOP
                       and not (variants(w) & vocab.get(aid, set()))]
            if missing:
                err(f"{qid}: abstain words not in {aid} material: {missing}")
            continue
        if exp != "answer":
            err(f"{qid}: expect must be answer or abstain")
            continue
        per_acc[aid][0] += 1
        if not golds:
            err(f"{qid}: answerable question without gold_sources")
        if not 1 <= len(mm) <= 2:
            err(f"{qid}: want 1-2 must_mention strings")
        texts = []
        for g in golds:
            kind = g.get("kind")
            if kind == "interview":
                key = f"interview:{aid}:{g.get('question_id')}"
                if g.get("question_id") not in BANK:
                    err(f"{qid}: unknown bank id {g.get('question_id')}")
                if key not in records:
                    err(f"{qid}: no interview answer {g.get('question_id')} for {aid}")
                    continue
            elif kind in ("activity", "contact", "opportunity", "account"):
                key = g.get("id")
                if key not in records:
                    err(f"{qid}: gold id {key} does not exist")
                    continue
                if records[key][0] != aid:
                    err(f"{qid}: gold id {key} belongs to {records[key][0]}, not {aid}")
                    continue
                if records[key][1] != kind:
                    err(f"{qid}: gold id {key} is a {records[key][1]}, not {kind}")
                    continue
            else:
                err(f"{qid}: bad gold kind {kind}")
                continue
            texts.append(records[key][2].lower())
        for m in mm:
            if not isinstance(m, str) or not m.strip():
                err(f"{qid}: empty must_mention")
                continue
            hits = sum(m.lower() in t for t in texts)
            if hits == 0:
                err(f"{qid}: must_mention {m!r} not found in any gold source")
            elif hits < len(texts):
                warnings.append(f"{qid}: must_mention {m!r} in {hits}/{len(texts)} gold sources")
    if n_abstain != 13:
        err(f"eval: {n_abstain} abstain questions, want 13")
    for aid in dep_accounts:
        a, b = per_acc.get(aid, [0, 0])
        if not 10 <= a + b <= 14:
            err(f"{aid}: {a + b} questions, want about 12")
        if b < 1:
            err(f"{aid}: no abstain question")

    for w in warnings:
        print("note:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(dep_accounts)} departing accounts, "
          f"{sum(len(acc_by_id[a]['contacts']) for a in dep_accounts)} contacts, "
          f"{sum(len(acc_by_id[a]['activities']) for a in dep_accounts)} activities, "
          f"{len(qs)} questions, {n_abstain} abstain; "
          f"per account (answer, abstain): {per_acc}")
    print("OK" if not errors else f"FAILED: {len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
