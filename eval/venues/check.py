#!/usr/bin/env python3
"""Validate bundle.json (baton-bundle/v1) and eval.json (baton-eval/v1).

Checks, as FORMATS.md states them:
  * bundle: format tag, users (role rep|manager|admin, manager_id resolves),
    accounts (owner resolves, segment value and consistency with arr, dates),
    contacts (role values, relationship_strength 1-5), opportunities (dates,
    numeric amount), activities (kind values, RFC 3339 `at`, direction values,
    author and contact ids resolve inside the account); ids unique.
  * eval: format tag, bundle file, departing/successor/manager users exist
    with fitting roles; interviews cover every account of the departing user
    with all ten bank ids and nothing else.
  * questions: unique ids; account exists and is owned by the departing user;
    expect is answer|abstain; answer => gold sources and must_mention
    non-empty, every gold source exists and belongs to the question's account,
    every must_mention string occurs (case-insensitively) in at least one of
    the question's gold sources and is not a bare one-digit number;
    abstain => no gold sources and no must_mention, and every content word of
    the question occurs somewhere in that account's text.

Usage: python3 check.py [--verbose] [DIR]
Exit status 0 when everything passes.
"""
import datetime as dt
import json
import os
import re
import sys
import unicodedata

BANK_IDS = ["decision_maker", "champion", "hidden_commitments", "history_sensitivities",
            "pricing_story", "unexpected_use", "channels_surprises", "org_changes",
            "warning_signs", "renewal_risk"]
USER_ROLES = {"rep", "manager", "admin"}
SEGMENTS = {"enterprise", "mid_market", "smb"}
CONTACT_ROLES = {"economic_buyer", "champion", "decision_maker", "influencer", "blocker",
                 "user", "other"}
ACTIVITY_KINDS = {"email", "call", "meeting", "note", "chat"}
DIRECTIONS = {"inbound", "outbound"}
GOLD_KINDS = {"interview", "activity", "contact", "opportunity", "account"}

STOPWORDS = set("""
a an the and or but if of to in on at by for with from as into onto about over under
is are was were be been being am do does did done doing have has had having
what whats which who whos whom whose when where why how
i me my we us our you your he him his she her they them their it its this that these those
there here any anything some something much many more most very just really
can could would should will shall may might must
get got tell say said know let
s t d ll re ve
""".split())

errors = []


def err(msg):
    errors.append(msg)


def fold(s):
    """Case-fold and strip diacritics (for word matching)."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.casefold()


DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
RFC3339_RE = re.compile(
    r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")


def valid_date(s):
    if not isinstance(s, str) or not DATE_RE.match(s):
        return False
    try:
        dt.date.fromisoformat(s)
        return True
    except ValueError:
        return False


def valid_rfc3339(s):
    if not isinstance(s, str) or not RFC3339_RE.match(s):
        return False
    try:
        dt.datetime.fromisoformat(s.replace("Z", "+00:00").replace("z", "+00:00")
                                  .replace("t", "T"))
        return True
    except ValueError:
        return False


def nonempty_str(x):
    return isinstance(x, str) and x.strip() != ""


def record_text(rec):
    """All string/number values of a record (not nested lists of records)."""
    parts = []
    for k, v in rec.items():
        if k in ("contacts", "activities", "opportunities", "contact_ids"):
            continue
        if isinstance(v, (str, int, float)) and not isinstance(v, bool):
            parts.append(str(v))
    return "\n".join(parts)


def check_bundle(bundle):
    if bundle.get("format") != "baton-bundle/v1":
        err("bundle: format must be 'baton-bundle/v1'")
    users = bundle.get("users")
    if not isinstance(users, list) or not users:
        err("bundle: users must be a non-empty list")
        users = []
    user_ids = set()
    for u in users:
        uid = u.get("id")
        if not nonempty_str(uid):
            err(f"user without id: {u}")
            continue
        if uid in user_ids:
            err(f"duplicate user id {uid}")
        user_ids.add(uid)
        for f in ("name", "email"):
            if not nonempty_str(u.get(f)):
                err(f"user {uid}: missing {f}")
        if u.get("role") not in USER_ROLES:
            err(f"user {uid}: role {u.get('role')!r} not in {sorted(USER_ROLES)}")
    for u in users:
        if "manager_id" in u and u["manager_id"] not in user_ids:
            err(f"user {u.get('id')}: manager_id {u['manager_id']} unknown")

    accounts = bundle.get("accounts")
    if not isinstance(accounts, list) or not accounts:
        err("bundle: accounts must be a non-empty list")
        accounts = []
    seen = {}  # id -> what
    index = {}  # account id -> {"account":acc, "activity":{}, "contact":{}, "opportunity":{}}

    def claim(rid, what):
        if not nonempty_str(rid):
            err(f"{what}: missing id")
            return False
        if rid in seen:
            err(f"duplicate id {rid} ({what} and {seen[rid]})")
            return False
        seen[rid] = what
        return True

    for acc in accounts:
        aid = acc.get("id")
        if not claim(aid, "account"):
            continue
        ix = {"account": acc, "activity": {}, "contact": {}, "opportunity": {}}
        index[aid] = ix
        if not nonempty_str(acc.get("name")):
            err(f"account {aid}: missing name")
        if acc.get("owner_id") not in user_ids:
            err(f"account {aid}: owner_id {acc.get('owner_id')!r} unknown")
        arr = acc.get("arr")
        if arr is not None and (not isinstance(arr, (int, float)) or isinstance(arr, bool) or arr < 0):
            err(f"account {aid}: arr must be a non-negative number")
        seg = acc.get("segment")
        if seg is not None:
            if seg not in SEGMENTS:
                err(f"account {aid}: segment {seg!r} not in {sorted(SEGMENTS)}")
            elif isinstance(arr, (int, float)):
                derived = "smb" if arr < 50000 else ("mid_market" if arr <= 500000 else "enterprise")
                if derived != seg:
                    err(f"account {aid}: segment {seg} disagrees with arr {arr} ({derived})")
        if "renewal_date" in acc and not valid_date(acc["renewal_date"]):
            err(f"account {aid}: renewal_date {acc['renewal_date']!r} not YYYY-MM-DD")

        for c in acc.get("contacts", []):
            cid = c.get("id")
            if not claim(cid, f"contact in {aid}"):
                continue
            ix["contact"][cid] = c
            if not nonempty_str(c.get("name")):
                err(f"contact {cid}: missing name")
            if "role" in c and c["role"] not in CONTACT_ROLES:
                err(f"contact {cid}: role {c['role']!r} not in {sorted(CONTACT_ROLES)}")
            rs = c.get("relationship_strength")
            if rs is not None and (not isinstance(rs, int) or isinstance(rs, bool) or not 1 <= rs <= 5):
                err(f"contact {cid}: relationship_strength {rs!r} not an integer 1-5")

        for o in acc.get("opportunities", []):
            oid = o.get("id")
            if not claim(oid, f"opportunity in {aid}"):
                continue
            ix["opportunity"][oid] = o
            if not nonempty_str(o.get("name")):
                err(f"opportunity {oid}: missing name")
            if "close_date" in o and not valid_date(o["close_date"]):
                err(f"opportunity {oid}: close_date {o['close_date']!r} not YYYY-MM-DD")
            amt = o.get("amount")
            if amt is not None and (not isinstance(amt, (int, float)) or isinstance(amt, bool)):
                err(f"opportunity {oid}: amount must be a number")

        for a in acc.get("activities", []):
            xid = a.get("id")
            if not claim(xid, f"activity in {aid}"):
                continue
            ix["activity"][xid] = a
            if a.get("kind") not in ACTIVITY_KINDS:
                err(f"activity {xid}: kind {a.get('kind')!r} not in {sorted(ACTIVITY_KINDS)}")
            if not valid_rfc3339(a.get("at")):
                err(f"activity {xid}: at {a.get('at')!r} is not RFC 3339")
            if "direction" in a and a["direction"] not in DIRECTIONS:
                err(f"activity {xid}: direction {a['direction']!r} not in {sorted(DIRECTIONS)}")
            if "author_id" in a and a["author_id"] not in user_ids:
                err(f"activity {xid}: author_id {a['author_id']!r} unknown")
            for cid in a.get("contact_ids", []):
                if cid not in ix["contact"]:
                    err(f"activity {xid}: contact {cid} is not a contact of {aid}")
            if not nonempty_str(a.get("body")):
                err(f"activity {xid}: empty body")
    return {u["id"]: u for u in users if "id" in u}, index


def source_text(ix, interviews, account_id, g):
    kind = g.get("kind")
    if kind == "interview":
        return interviews.get(account_id, {}).get(g.get("question_id"))
    if kind == "account":
        return record_text(ix["account"]) if g.get("id") == account_id else None
    rec = ix.get(kind, {}).get(g.get("id"))
    return record_text(rec) if rec is not None else None


def account_corpus(ix, interviews, account_id):
    parts = [record_text(ix["account"])]
    for kind in ("contact", "opportunity", "activity"):
        parts += [record_text(r) for r in ix[kind].values()]
    parts += list(interviews.get(account_id, {}).values())
    return fold("\n".join(parts))


def content_words(question):
    q = fold(question).replace("\u2019", "'")
    q = re.sub(r"'s\b", "", q)
    words = re.findall(r"[a-z0-9#$%@.\-]+", q)
    out = []
    for w in words:
        w = w.strip(".-'")
        if not w or w in STOPWORDS or len(w) < 2:
            continue
        out.append(w)
    return out


def word_variants(w):
    v = {w}
    for suf, rep in (("ies", "y"), ("es", ""), ("s", ""), ("ing", ""), ("ed", ""), ("ing", "e")):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            v.add(w[: len(w) - len(suf)] + rep)
    return v


def word_in(corpus, w):
    for v in word_variants(w):
        if re.search(r"(?<![a-z0-9])" + re.escape(v), corpus):
            return True
    return False


def check_eval(ev, users, index, base_dir, verbose):
    if ev.get("format") != "baton-eval/v1":
        err("eval: format must be 'baton-eval/v1'")
    if not os.path.exists(os.path.join(base_dir, ev.get("bundle", ""))):
        err(f"eval: bundle file {ev.get('bundle')!r} not found next to eval.json")
    dep = ev.get("departing_user_id")
    for field, role in (("departing_user_id", "rep"), ("successor_user_id", None),
                        ("manager_user_id", "manager")):
        uid = ev.get(field)
        if uid not in users:
            err(f"eval: {field} {uid!r} is not a user of the bundle")
        elif role and users[uid]["role"] != role:
            err(f"eval: {field} {uid} should have role {role}")
    if ev.get("successor_user_id") == dep:
        err("eval: successor is the departing user")

    owned = {aid for aid, ix in index.items() if ix["account"].get("owner_id") == dep}
    interviews = ev.get("interviews", {})
    if set(interviews) != owned:
        err(f"eval: interviews cover {sorted(interviews)}, departing user owns {sorted(owned)}")
    for aid, answers in interviews.items():
        if aid not in index:
            err(f"interviews: unknown account {aid}")
            continue
        if set(answers) != set(BANK_IDS):
            err(f"interviews[{aid}]: ids {sorted(answers)} differ from the bank")
        for qid, text in answers.items():
            if not nonempty_str(text):
                err(f"interviews[{aid}][{qid}]: empty answer")

    questions = ev.get("questions", [])
    ids = set()
    stats = {"answer": 0, "abstain": 0}
    for q in questions:
        qid = q.get("id")
        if not nonempty_str(qid) or qid in ids:
            err(f"question id {qid!r} missing or duplicate")
        ids.add(qid)
        aid = q.get("account_id")
        if aid not in index:
            err(f"{qid}: account {aid!r} unknown")
            continue
        if index[aid]["account"].get("owner_id") != dep:
            err(f"{qid}: account {aid} is not owned by the departing user {dep}")
        if not nonempty_str(q.get("question")):
            err(f"{qid}: empty question")
        expect = q.get("expect")
        if expect not in stats:
            err(f"{qid}: expect {expect!r} not answer|abstain")
            continue
        stats[expect] += 1
        gold = q.get("gold_sources", [])
        must = q.get("must_mention", [])
        if expect == "abstain":
            if gold or must:
                err(f"{qid}: abstain question has gold_sources or must_mention")
            corpus = account_corpus(index[aid], interviews, aid)
            words = content_words(q["question"])
            missing = [w for w in words if not word_in(corpus, w)]
            if missing:
                err(f"{qid}: abstain content words absent from {aid}'s text: {missing}")
            if verbose:
                print(f"  {qid} abstain words ok: {words}")
            continue
        if not gold:
            err(f"{qid}: answer question without gold_sources")
        if not must:
            err(f"{qid}: answer question without must_mention")
        texts = []
        for g in gold:
            if g.get("kind") not in GOLD_KINDS:
                err(f"{qid}: gold kind {g.get('kind')!r} invalid")
                continue
            if g["kind"] == "interview":
                if g.get("question_id") not in BANK_IDS:
                    err(f"{qid}: interview gold names unknown bank id {g.get('question_id')!r}")
                    continue
            elif g["kind"] == "account":
                if g.get("id") != aid:
                    err(f"{qid}: account gold {g.get('id')!r} is not the question's account {aid}")
                    continue
            else:
                owner = next((a for a, ix in index.items() if g.get("id") in ix[g["kind"]]), None)
                if owner is None:
                    err(f"{qid}: gold {g['kind']} {g.get('id')!r} does not exist")
                    continue
                if owner != aid:
                    err(f"{qid}: gold {g['kind']} {g.get('id')} belongs to {owner}, not {aid}")
                    continue
            txt = source_text(index[aid], interviews, aid, g)
            if txt is None:
                err(f"{qid}: gold source {g} has no text")
                continue
            texts.append(txt)
        for m in must:
            if not nonempty_str(m):
                err(f"{qid}: empty must_mention")
                continue
            if re.fullmatch(r"\s*\d\s*", m):
                err(f"{qid}: must_mention {m!r} is a bare one-digit number")
            if not any(m.casefold() in tx.casefold() for tx in texts):
                err(f"{qid}: must_mention {m!r} not found in any gold source")
        if verbose:
            # Sources of the account that contain a must_mention but are not gold:
            # candidates for review (a gold source may be missing).
            gold_keys = {(g.get("kind"), g.get("id") or g.get("question_id")) for g in gold}
            ix = index[aid]
            cands = [("interview", k, v) for k, v in interviews.get(aid, {}).items()]
            cands += [("account", aid, record_text(ix["account"]))]
            for kind in ("contact", "opportunity", "activity"):
                cands += [(kind, k, record_text(r)) for k, r in ix[kind].items()]
            for kind, key, tx in cands:
                if (kind, key) in gold_keys:
                    continue
                hit = [m for m in must if m.casefold() in tx.casefold()]
                if hit:
                    print(f"  review {qid}: {kind}:{key} also mentions {hit}")
    return stats


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "--verbose" in sys.argv or "-v" in sys.argv
    base = args[0] if args else os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(base, "bundle.json"), encoding="utf-8") as f:
        bundle = json.load(f)
    with open(os.path.join(base, "eval.json"), encoding="utf-8") as f:
        ev = json.load(f)
    users, index = check_bundle(bundle)
    stats = check_eval(ev, users, index, base, verbose)
    n_con = sum(len(ix["contact"]) for ix in index.values())
    n_act = sum(len(ix["activity"]) for ix in index.values())
    n_opp = sum(len(ix["opportunity"]) for ix in index.values())
    print(f"accounts={len(index)} contacts={n_con} activities={n_act} opportunities={n_opp} "
          f"questions={stats['answer'] + stats['abstain']} answer={stats['answer']} "
          f"abstain={stats['abstain']}")
    if errors:
        for e in errors:
            print("FAIL:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("OK: all checks pass")


if __name__ == "__main__":
    main()
