#!/usr/bin/env python3
"""Consistency check for bundle.json / eval.json next to this file.

Exits 1 and lists problems if anything is wrong; prints warnings (gold
completeness hints) without failing. Standard library only.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

QUESTION_IDS = ["decision_maker", "champion", "hidden_commitments", "history_sensitivities",
                "pricing_story", "unexpected_use", "channels_surprises", "org_changes",
                "warning_signs", "renewal_risk"]
USER_ROLES = {"rep", "manager", "admin"}
SEGMENTS = {"enterprise", "mid_market", "smb"}
CONTACT_ROLES = {"economic_buyer", "champion", "decision_maker", "influencer", "blocker", "user", "other"}
ACTIVITY_KINDS = {"email", "call", "meeting", "note", "chat"}
DIRECTIONS = {"inbound", "outbound"}
GOLD_KINDS = {"interview", "activity", "contact", "opportunity", "account"}
CATEGORIES_ANSWER = {"interview", "record", "mixed", "paraphrase", "middle"}
CATEGORIES_ABSTAIN = {"hard_abstain", "off_topic"}

WINDOW_START = dt.datetime(2026, 2, 28, tzinfo=dt.timezone.utc)   # 9 months before 2026-11-30
WINDOW_END = dt.datetime(2026, 11, 30, tzinfo=dt.timezone.utc)

STOPWORDS = set("""
a about above after again against all also am an and any are aren as at be because been before
being below between both but by can cannot could couldn did didn do does doesn doing don down during
each few for from further get gets got had hadn has hasn have haven having he her here hers herself
him himself his how i if in into is isn it its itself just let like me more most my myself no nor not
now of off on once only or other ought our ours ourselves out over own really same she should
shouldn so some such than that the their theirs them themselves then there these they this those
through to too under until up very was wasn we were weren what whats when where which while who whom
whos why will with won would wouldn you your yours yourself yourselves
anybody anyone anything someone something somebody every even still
thats theres heres whatever
""".split())

problems = []
warnings = []


def problem(msg):
    problems.append(msg)


def tokens(text):
    return re.findall(r"[a-z0-9]+", text.lower())


def content_words(text):
    return [t for t in tokens(text) if len(t) >= 4 and t not in STOPWORDS]


def is_date(s):
    try:
        dt.date.fromisoformat(s)
        return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", s))
    except (TypeError, ValueError):
        return False


def parse_rfc3339(s):
    if not isinstance(s, str) or not re.fullmatch(
            r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})", s):
        return None
    try:
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        return None


def text_of(obj, skip=("id", "owner_id", "author_id", "contact_ids")):
    """All human-readable values of a record, as one string."""
    out = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in skip:
                continue
            out.append(text_of(v, skip))
    elif isinstance(obj, list):
        out.extend(text_of(v, skip) for v in obj)
    elif isinstance(obj, (str, int, float)) and not isinstance(obj, bool):
        out.append(str(obj))
    return " ".join(x for x in out if x)


def account_own_text(acc):
    return text_of({k: v for k, v in acc.items()
                    if k not in ("contacts", "opportunities", "activities")})


def main():
    try:
        with open(os.path.join(HERE, "bundle.json"), encoding="utf-8") as f:
            bundle = json.load(f)
        with open(os.path.join(HERE, "eval.json"), encoding="utf-8") as f:
            ev = json.load(f)
    except (OSError, json.JSONDecodeError) as e:
        print(f"cannot load files: {e}")
        return 1

    # ---------------- bundle ----------------
    if bundle.get("format") != "baton-bundle/v1":
        problem("bundle: format must be baton-bundle/v1")
    all_ids = {}

    def register(i, where):
        if not isinstance(i, str) or not i:
            problem(f"{where}: missing or non-string id")
            return
        if i in all_ids:
            problem(f"duplicate id {i!r} ({where} and {all_ids[i]})")
        all_ids[i] = where

    users = {}
    for u in bundle.get("users", []):
        register(u.get("id"), "user")
        users[u.get("id")] = u
        for fld in ("name", "email", "role"):
            if not u.get(fld):
                problem(f"user {u.get('id')}: missing {fld}")
        if u.get("role") not in USER_ROLES:
            problem(f"user {u.get('id')}: bad role {u.get('role')!r}")
    for u in users.values():
        if "manager_id" in u and u["manager_id"] not in users:
            problem(f"user {u['id']}: manager_id {u['manager_id']!r} does not exist")

    dep, suc, mgr = ev.get("departing_user_id"), ev.get("successor_user_id"), ev.get("manager_user_id")
    for label, uid, role in (("departing", dep, "rep"), ("successor", suc, "rep"), ("manager", mgr, "manager")):
        if uid not in users:
            problem(f"eval: {label} user {uid!r} not in bundle")
        elif users[uid]["role"] != role:
            problem(f"eval: {label} user {uid!r} should have role {role}")
    for uid in (dep, suc):
        if uid in users and users[uid].get("manager_id") != mgr:
            problem(f"user {uid}: manager_id should be {mgr}")
    if len(users) > 5:
        problem("bundle: too many users (expected 3 core users plus at most two others)")

    accounts = {}
    sources = {}      # account id -> {(kind, id): text}
    material = {}     # account id -> set of tokens
    for acc in bundle.get("accounts", []):
        aid = acc.get("id")
        register(aid, "account")
        accounts[aid] = acc
        where = f"account {aid}"
        for fld in ("name", "owner_id", "arr", "segment", "industry", "territory", "renewal_date",
                    "contract_notes"):
            if fld not in acc or acc[fld] in ("", None):
                problem(f"{where}: missing {fld}")
        if acc.get("owner_id") != dep:
            problem(f"{where}: owner must be the departing rep {dep}")
        arr = acc.get("arr")
        if not isinstance(arr, (int, float)) or arr <= 0:
            problem(f"{where}: arr must be a positive number")
        seg = acc.get("segment")
        if seg not in SEGMENTS:
            problem(f"{where}: bad segment {seg!r}")
        elif isinstance(arr, (int, float)):
            derived = "smb" if arr < 50000 else ("mid_market" if arr <= 500000 else "enterprise")
            if derived != seg:
                problem(f"{where}: segment {seg} inconsistent with arr {arr} ({derived})")
        if not is_date(acc.get("renewal_date")):
            problem(f"{where}: renewal_date not YYYY-MM-DD")
        src = {("account", aid): account_own_text(acc)}

        contacts = acc.get("contacts", [])
        if not 5 <= len(contacts) <= 9:
            problem(f"{where}: {len(contacts)} contacts (want 5-9)")
        cids = set()
        for c in contacts:
            register(c.get("id"), f"contact of {aid}")
            cids.add(c.get("id"))
            for fld in ("name", "title", "email", "phone", "role", "preferred_channel", "notes"):
                if not c.get(fld):
                    problem(f"contact {c.get('id')}: missing {fld}")
            if c.get("role") not in CONTACT_ROLES:
                problem(f"contact {c.get('id')}: bad role {c.get('role')!r}")
            rs = c.get("relationship_strength")
            if rs is not None and (not isinstance(rs, int) or not 1 <= rs <= 5):
                problem(f"contact {c.get('id')}: relationship_strength must be 1-5")
            if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", c.get("email", "")):
                problem(f"contact {c.get('id')}: bad email")
            src[("contact", c.get("id"))] = text_of(c)

        opps = acc.get("opportunities", [])
        if not 1 <= len(opps) <= 3:
            problem(f"{where}: {len(opps)} opportunities (want 1-3)")
        for o in opps:
            register(o.get("id"), f"opportunity of {aid}")
            for fld in ("name", "stage", "amount", "close_date", "next_step"):
                if o.get(fld) in (None, ""):
                    problem(f"opportunity {o.get('id')}: missing {fld}")
            if not isinstance(o.get("amount"), (int, float)):
                problem(f"opportunity {o.get('id')}: amount must be a number")
            if not is_date(o.get("close_date")):
                problem(f"opportunity {o.get('id')}: close_date not YYYY-MM-DD")
            src[("opportunity", o.get("id"))] = text_of(o)

        acts = acc.get("activities", [])
        if not 12 <= len(acts) <= 25:
            problem(f"{where}: {len(acts)} activities (want 12-25)")
        kinds_seen = set()
        long_bodies = 0
        for a in acts:
            register(a.get("id"), f"activity of {aid}")
            kinds_seen.add(a.get("kind"))
            if a.get("kind") not in ACTIVITY_KINDS:
                problem(f"activity {a.get('id')}: bad kind {a.get('kind')!r}")
            t = parse_rfc3339(a.get("at"))
            if t is None:
                problem(f"activity {a.get('id')}: 'at' is not RFC 3339")
            elif not WINDOW_START <= t < WINDOW_END:
                problem(f"activity {a.get('id')}: {a.get('at')} outside the 9 months before 2026-11-30")
            if "direction" in a and a["direction"] not in DIRECTIONS:
                problem(f"activity {a.get('id')}: bad direction")
            if a.get("kind") in ("call", "meeting", "note") and "direction" in a:
                problem(f"activity {a.get('id')}: {a.get('kind')} should not carry a direction")
            if a.get("author_id") not in users:
                problem(f"activity {a.get('id')}: author_id {a.get('author_id')!r} unknown")
            for cid in a.get("contact_ids", []):
                if cid not in cids:
                    problem(f"activity {a.get('id')}: contact {cid!r} not in account {aid}")
            if not a.get("subject") or not a.get("body"):
                problem(f"activity {a.get('id')}: missing subject or body")
            if len(a.get("body", "").split()) >= 120:
                long_bodies += 1
            src[("activity", a.get("id"))] = f"{a.get('subject', '')} {a.get('body', '')}"
        if not ACTIVITY_KINDS <= kinds_seen:
            problem(f"{where}: activity kinds missing: {sorted(ACTIVITY_KINDS - kinds_seen)}")
        if long_bodies < 2:
            problem(f"{where}: only {long_bodies} long activity bodies (want >= 2)")
        sources[aid] = src

    owned = [a for a in accounts if accounts[a].get("owner_id") == dep]
    if len(owned) != 6:
        problem(f"bundle: {len(owned)} accounts owned by the departing rep (want 6)")
    if len({accounts[a]['segment'] for a in owned}) < 3:
        problem("bundle: segments not varied")

    # ---------------- eval ----------------
    if ev.get("format") != "baton-eval/v1":
        problem("eval: format must be baton-eval/v1")
    if ev.get("bundle") != "bundle.json":
        problem("eval: bundle must be bundle.json")
    interviews = ev.get("interviews", {})
    if set(interviews) != set(owned):
        problem(f"eval: interviews for {sorted(interviews)} but owned accounts are {sorted(owned)}")
    for aid, answers in interviews.items():
        if set(answers) != set(QUESTION_IDS):
            problem(f"interview {aid}: question ids {sorted(answers)} != the ten bank ids")
        for qid, text in answers.items():
            n = len(text.split())
            if not 80 <= n <= 250:
                problem(f"interview {aid}/{qid}: {n} words (want 80-250)")
            if aid in sources:
                sources[aid][("interview", qid)] = text
    for aid, src in sources.items():
        material[aid] = set(tokens(" ".join(src.values())))

    qs = ev.get("questions", [])
    qids = set()
    per_account = {}
    n_abstain = n_hard = n_off = 0
    for q in qs:
        qid = q.get("id")
        where = f"question {qid}"
        if qid in qids:
            problem(f"{where}: duplicate question id")
        qids.add(qid)
        register(qid, "question")
        aid = q.get("account_id")
        if aid not in accounts:
            problem(f"{where}: unknown account {aid!r}")
            continue
        per_account[aid] = per_account.get(aid, 0) + 1
        text = q.get("question", "")
        if not text.strip():
            problem(f"{where}: empty question")
        gold = q.get("gold_sources")
        must = q.get("must_mention")
        if not isinstance(gold, list) or not isinstance(must, list):
            problem(f"{where}: gold_sources and must_mention must be lists")
            continue
        cat = q.get("category")
        if q.get("expect") == "answer":
            if cat not in CATEGORIES_ANSWER:
                problem(f"{where}: category {cat!r} not valid for an answerable question")
            if not gold:
                problem(f"{where}: answerable question without gold sources")
            if not 1 <= len(must) <= 2 or not all(isinstance(m, str) and m.strip() for m in must):
                problem(f"{where}: must_mention needs 1-2 non-empty strings")
            gold_texts = []
            seen = set()
            for g in gold:
                kind = g.get("kind")
                if kind not in GOLD_KINDS:
                    problem(f"{where}: bad gold kind {kind!r}")
                    continue
                key = (kind, g.get("question_id") if kind == "interview" else g.get("id"))
                if kind == "interview" and key[1] not in QUESTION_IDS:
                    problem(f"{where}: unknown interview question id {key[1]!r}")
                if key in seen:
                    problem(f"{where}: duplicate gold source {key}")
                seen.add(key)
                if key not in sources[aid]:
                    problem(f"{where}: gold source {key} does not exist in account {aid}")
                    continue
                gold_texts.append(sources[aid][key])
            for m in must:
                if not isinstance(m, str):
                    continue
                if not any(m.lower() in t.lower() for t in gold_texts):
                    problem(f"{where}: must_mention {m!r} not found in any gold source")
                if m.lower() in text.lower():
                    problem(f"{where}: must_mention {m!r} appears in the question itself")
            # completeness hint: other sources of this account containing every must_mention string
            for key, t in sources[aid].items():
                if key not in seen and must and all(m.lower() in t.lower() for m in must):
                    warnings.append(f"{where}: {key} also contains {must} but is not a gold source")
        elif q.get("expect") == "abstain":
            n_abstain += 1
            if gold or must:
                problem(f"{where}: abstain question must have empty gold_sources and must_mention")
            if cat not in CATEGORIES_ABSTAIN:
                problem(f"{where}: abstain question needs category hard_abstain or off_topic")
            if cat == "hard_abstain":
                n_hard += 1
                missing = [w for w in content_words(text) if w not in material[aid]]
                if missing:
                    problem(f"{where}: hard abstain words not in account material: {missing}")
                if len(content_words(text)) < 2:
                    problem(f"{where}: hard abstain question has too few content words")
            elif cat == "off_topic":
                n_off += 1
        else:
            problem(f"{where}: expect must be answer or abstain")

    for aid in owned:
        n = per_account.get(aid, 0)
        if not 11 <= n <= 13:
            problem(f"account {aid}: {n} questions (want 11-13)")
    total = len(qs)
    if not 65 <= total <= 80:
        problem(f"eval: {total} questions (want about 70)")
    share = n_abstain / total if total else 0
    if not 0.15 <= share <= 0.20:
        problem(f"eval: abstain share {share:.1%} (want 15-20%)")
    if n_off > 2 or n_hard <= n_off:
        problem(f"eval: {n_hard} hard and {n_off} off-topic abstains (most must be hard, at most 2 off-topic)")

    for w in warnings:
        print("warning:", w)
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print(" -", p)
        return 1
    n_act = sum(len(accounts[a].get("activities", [])) for a in owned)
    print(f"OK: {len(owned)} accounts, {n_act} activities, {total} questions "
          f"({total - n_abstain} answer, {n_abstain} abstain = {share:.1%}; "
          f"{n_hard} hard, {n_off} off-topic)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
