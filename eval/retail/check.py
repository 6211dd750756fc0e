#!/usr/bin/env python3
"""Consistency check for the `retail` baton-eval/v1 set (stdlib only).

Exit status 0 when every check passes; errors are listed otherwise.
Warnings (printed, not fatal) point at things a human should look at:
non-gold sources that also contain every must_mention string, and
questions that copy a long run of words from their gold source.
"""
import json
import re
import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

BANK = ["decision_maker", "champion", "hidden_commitments", "history_sensitivities",
        "pricing_story", "unexpected_use", "channels_surprises", "org_changes",
        "warning_signs", "renewal_risk"]
USER_ROLES = {"rep", "manager", "admin"}
SEGMENTS = {"enterprise", "mid_market", "smb"}
CONTACT_ROLES = {"economic_buyer", "champion", "decision_maker", "influencer", "blocker",
                 "user", "other"}
ACTIVITY_KINDS = {"email", "call", "meeting", "note", "chat"}
DIRECTIONS = {"inbound", "outbound"}

errors, warnings = [], []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


def words(text):
    return re.findall(r"[^\W_]+", text.lower())


def is_date(s):
    try:
        date.fromisoformat(s)
        return re.fullmatch(r"\d{4}-\d{2}-\d{2}", s) is not None
    except (TypeError, ValueError):
        return False


def is_rfc3339(s):
    if not isinstance(s, str) or not re.fullmatch(
            r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})", s):
        return False
    try:
        datetime.fromisoformat(s.replace("Z", "+00:00"))
        return True
    except ValueError:
        return False


def segment_for(arr):
    if arr < 50000:
        return "smb"
    if arr <= 500000:
        return "mid_market"
    return "enterprise"


def text_of(kind, rec):
    """The searchable text of one source, as the checks see it."""
    if kind == "activity":
        return " ".join(str(rec.get(k, "")) for k in ("at", "subject", "body"))
    if kind == "contact":
        return " ".join(str(rec.get(k, "")) for k in
                        ("name", "title", "email", "phone", "role", "preferred_channel", "notes"))
    if kind == "opportunity":
        return " ".join(str(rec.get(k, "")) for k in
                        ("name", "stage", "amount", "close_date", "next_step"))
    if kind == "account":
        return " ".join(str(rec.get(k, "")) for k in
                        ("name", "industry", "territory", "arr", "renewal_date", "contract_notes"))
    raise ValueError(kind)


def longest_common_run(a, b):
    """Length of the longest run of consecutive words shared by a and b."""
    aw, bw = words(a), words(b)
    best, prev = 0, [0] * (len(bw) + 1)
    for x in aw:
        cur = [0] * (len(bw) + 1)
        for j, y in enumerate(bw, 1):
            if x == y:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return best


def main():
    bundle = json.loads((HERE / "bundle.json").read_text(encoding="utf-8"))
    ev = json.loads((HERE / "eval.json").read_text(encoding="utf-8"))

    # ---- bundle: users -----------------------------------------------------
    if bundle.get("format") != "baton-bundle/v1":
        err("bundle.format must be baton-bundle/v1")
    users = {}
    for u in bundle.get("users", []):
        if u.get("id") in users:
            err(f"duplicate user id {u.get('id')}")
        users[u.get("id")] = u
        if u.get("role") not in USER_ROLES:
            err(f"user {u.get('id')}: bad role {u.get('role')!r}")
        for k in ("id", "name", "email"):
            if not isinstance(u.get(k), str) or not u.get(k):
                err(f"user {u.get('id')}: missing {k}")
    for u in users.values():
        if "manager_id" in u and u["manager_id"] not in users:
            err(f"user {u['id']}: manager_id {u['manager_id']} is not a user")

    # ---- bundle: accounts --------------------------------------------------
    accounts = {}
    sources = {}          # account id -> {(kind, id): text}
    seen_ids = Counter()
    for a in bundle.get("accounts", []):
        aid = a.get("id")
        if aid in accounts:
            err(f"duplicate account id {aid}")
        accounts[aid] = a
        src = sources.setdefault(aid, {})
        src[("account", aid)] = text_of("account", a)
        if a.get("owner_id") not in users:
            err(f"{aid}: owner_id {a.get('owner_id')} is not a user")
        if a.get("owner_id") != ev.get("departing_user_id"):
            err(f"{aid}: owner is not the departing user")
        arr = a.get("arr")
        if not isinstance(arr, (int, float)) or arr <= 0:
            err(f"{aid}: arr must be a positive number")
        elif a.get("segment") not in SEGMENTS:
            err(f"{aid}: bad segment {a.get('segment')!r}")
        elif a["segment"] != segment_for(arr):
            err(f"{aid}: segment {a['segment']} inconsistent with arr {arr}")
        if not is_date(a.get("renewal_date")):
            err(f"{aid}: renewal_date not YYYY-MM-DD")
        if not a.get("contract_notes"):
            err(f"{aid}: contract_notes missing")
        contacts = a.get("contacts", [])
        opps = a.get("opportunities", [])
        acts = a.get("activities", [])
        if not 3 <= len(contacts) <= 7:
            err(f"{aid}: {len(contacts)} contacts (want 3-7)")
        if not 1 <= len(opps) <= 3:
            err(f"{aid}: {len(opps)} opportunities (want 1-3)")
        if not 8 <= len(acts) <= 20:
            err(f"{aid}: {len(acts)} activities (want 8-20)")
        contact_ids = set()
        for c in contacts:
            seen_ids[c.get("id")] += 1
            contact_ids.add(c.get("id"))
            src[("contact", c.get("id"))] = text_of("contact", c)
            if c.get("role") not in CONTACT_ROLES:
                err(f"{aid}/{c.get('id')}: bad contact role {c.get('role')!r}")
            rs = c.get("relationship_strength")
            if rs is not None and (not isinstance(rs, int) or not 1 <= rs <= 5):
                err(f"{aid}/{c.get('id')}: relationship_strength out of 1-5")
            if not c.get("title"):
                err(f"{aid}/{c.get('id')}: no title")
        if not any(c.get("phone") for c in contacts) or not any(c.get("email") for c in contacts):
            err(f"{aid}: no phone or no email on any contact")
        for o in opps:
            seen_ids[o.get("id")] += 1
            src[("opportunity", o.get("id"))] = text_of("opportunity", o)
            if not is_date(o.get("close_date")):
                err(f"{aid}/{o.get('id')}: close_date not YYYY-MM-DD")
            if not isinstance(o.get("amount"), (int, float)):
                err(f"{aid}/{o.get('id')}: amount not a number")
        for x in acts:
            xid = x.get("id")
            seen_ids[xid] += 1
            src[("activity", xid)] = text_of("activity", x)
            if x.get("kind") not in ACTIVITY_KINDS:
                err(f"{aid}/{xid}: bad kind {x.get('kind')!r}")
            if not is_rfc3339(x.get("at")):
                err(f"{aid}/{xid}: at is not RFC 3339")
            elif not x["at"].startswith("2026-"):
                err(f"{aid}/{xid}: activity not dated in 2026")
            if x.get("author_id") not in users:
                err(f"{aid}/{xid}: author_id {x.get('author_id')} is not a user")
            for cid in x.get("contact_ids", []):
                if cid not in contact_ids:
                    err(f"{aid}/{xid}: contact {cid} not in this account")
            if "direction" in x and x["direction"] not in DIRECTIONS:
                err(f"{aid}/{xid}: bad direction {x['direction']!r}")
            if x.get("kind") in ("call", "meeting") and "direction" in x:
                err(f"{aid}/{xid}: calls/meetings are two-way, no direction")
            if not x.get("body"):
                err(f"{aid}/{xid}: empty body")
        if not any(len(words(x.get("body", ""))) >= 100 for x in acts):
            err(f"{aid}: no long activity body (>=100 words)")
    for rid, n in seen_ids.items():
        if n > 1:
            err(f"record id {rid} used {n} times")
    if len(accounts) != 6:
        err(f"{len(accounts)} accounts (want 6)")

    # ---- eval: header --------------------------------------------------------
    if ev.get("format") != "baton-eval/v1":
        err("eval.format must be baton-eval/v1")
    if ev.get("bundle") != "bundle.json" or not (HERE / ev.get("bundle", "")).exists():
        err("eval.bundle must name bundle.json next to eval.json")
    dep, suc, mgr = (ev.get("departing_user_id"), ev.get("successor_user_id"),
                     ev.get("manager_user_id"))
    for label, uid, role in (("departing", dep, "rep"), ("successor", suc, "rep"),
                             ("manager", mgr, "manager")):
        if uid not in users:
            err(f"{label}_user_id {uid} is not a bundle user")
        elif users[uid]["role"] != role:
            err(f"{label} user {uid} has role {users[uid]['role']}, want {role}")
    if len({dep, suc, mgr}) != 3:
        err("departing, successor and manager must be three different users")
    for uid in (dep, suc):
        if uid in users and users[uid].get("manager_id") != mgr:
            err(f"{uid} does not report to the manager {mgr}")

    # ---- eval: interviews ------------------------------------------------------
    interviews = ev.get("interviews", {})
    if set(interviews) != set(accounts):
        err(f"interview accounts {sorted(interviews)} != bundle accounts {sorted(accounts)}")
    wc_all = []
    for aid, ans in interviews.items():
        if set(ans) != set(BANK):
            err(f"{aid}: interview ids {sorted(ans)} != the ten bank ids")
        for qid, text in ans.items():
            n = len(text.split())
            wc_all.append(n)
            if not 60 <= n <= 350:
                err(f"{aid}/{qid}: answer has {n} words (want 60-350)")
            if aid in sources:
                sources[aid][("interview", qid)] = text
        if ans and max(len(t.split()) for t in ans.values()) < 200:
            err(f"{aid}: no long interview answer (>=200 words)")

    if max(wc_all, default=0) < 280:
        err("no interview answer reaches 280 words")

    # ---- eval: questions ------------------------------------------------------
    qs = ev.get("questions", [])
    ids = Counter(q.get("id") for q in qs)
    for qid, n in ids.items():
        if n > 1:
            err(f"question id {qid} used {n} times")
    per_account = Counter()
    n_abs = 0
    kinds_abs = Counter()
    for q in qs:
        qid, aid = q.get("id"), q.get("account_id")
        per_account[aid] += 1
        if aid not in accounts:
            err(f"{qid}: account {aid} not in bundle")
            continue
        src = sources[aid]
        gold, must = q.get("gold_sources"), q.get("must_mention")
        if not isinstance(q.get("question"), str) or not q["question"].strip():
            err(f"{qid}: empty question")
        if q.get("expect") == "abstain":
            n_abs += 1
            kinds_abs[q.get("abstain_kind")] += 1
            if gold or must:
                err(f"{qid}: abstain question with gold_sources/must_mention")
            if q.get("abstain_kind") == "hard":
                acct_words = set()
                for t in src.values():
                    acct_words.update(words(t))
                missing = [w for w in words(q["question"]) if w not in acct_words]
                if missing:
                    err(f"{qid}: hard abstain words not found in {aid}: {missing}")
            elif q.get("abstain_kind") != "off_topic":
                err(f"{qid}: abstain_kind must be hard or off_topic")
            continue
        if q.get("expect") != "answer":
            err(f"{qid}: expect must be answer or abstain")
            continue
        if not gold:
            err(f"{qid}: answer question without gold_sources")
            continue
        if not must or not 1 <= len(must) <= 2:
            err(f"{qid}: must_mention needs 1-2 strings")
            continue
        gold_keys = []
        for g in gold:
            kind = g.get("kind")
            if kind == "interview":
                if g.get("question_id") not in BANK:
                    err(f"{qid}: unknown bank id {g.get('question_id')}")
                key = ("interview", g.get("question_id"))
            elif kind in ("activity", "contact", "opportunity", "account"):
                key = (kind, g.get("id"))
            else:
                err(f"{qid}: bad gold kind {kind!r}")
                continue
            if key not in src:
                err(f"{qid}: gold {key} does not exist in account {aid}")
                continue
            if key in gold_keys:
                err(f"{qid}: gold {key} listed twice")
            gold_keys.append(key)
        for m in must:
            if not any(m.lower() in src[k].lower() for k in gold_keys):
                err(f"{qid}: must_mention {m!r} not in any gold source text")
        # warnings: other sources holding every must_mention string
        others = [k for k, t in src.items() if k not in gold_keys
                  and all(re.search(r"(?<![^\W_])" + re.escape(m.lower()) + r"(?![^\W_])",
                                    t.lower()) for m in must)]
        if others:
            warn(f"{qid}: non-gold sources also contain {must}: {others}")
        # warnings: echoing the source wording
        run = max(longest_common_run(q["question"], src[k]) for k in gold_keys)
        if run >= 5:
            warn(f"{qid}: question shares a {run}-word run with its gold source")

    for aid in accounts:
        if per_account[aid] != 12:
            err(f"{aid}: {per_account[aid]} questions (want 12)")
    total = len(qs)
    ratio = n_abs / total if total else 0
    if not 0.15 <= ratio <= 0.20:
        err(f"abstain share {ratio:.1%} outside 15-20%")
    if not 12 <= n_abs <= 13:
        err(f"{n_abs} abstain questions (want 12-13)")
    if not 2 <= kinds_abs["off_topic"] <= 3:
        err(f"{kinds_abs['off_topic']} off-topic abstains (want 2-3)")

    # ---- report -------------------------------------------------------------
    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(accounts)} accounts, {len(users)} users, "
          f"{sum(len(a.get('activities', [])) for a in accounts.values())} activities, "
          f"{len(wc_all)} interview answers ({min(wc_all, default=0)}-{max(wc_all, default=0)} words), "
          f"{total} questions, {n_abs} abstain ({ratio:.1%}: {kinds_abs['hard']} hard, "
          f"{kinds_abs['off_topic']} off-topic)")
    if errors:
        print(f"FAIL: {len(errors)} error(s), {len(warnings)} warning(s)")
        return 1
    print(f"PASS ({len(warnings)} warning(s))")
    return 0


if __name__ == "__main__":
    sys.exit(main())
