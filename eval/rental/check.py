#!/usr/bin/env python3
"""Consistency check for the rental evaluation set (stdlib only).

Exits 1 and lists problems when bundle.json / eval.json break the formats or the
set's own rules; prints warnings (not failures) for things worth a human look.
"""
import json
import os
import re
import sys
from datetime import date, datetime

HERE = os.path.dirname(os.path.abspath(__file__))

QIDS = ["decision_maker", "champion", "hidden_commitments", "history_sensitivities",
        "pricing_story", "unexpected_use", "channels_surprises", "org_changes",
        "warning_signs", "renewal_risk"]
USER_ROLES = {"rep", "manager", "admin"}
SEGMENTS = {"enterprise", "mid_market", "smb"}
CONTACT_ROLES = {"economic_buyer", "champion", "decision_maker", "influencer", "blocker", "user", "other"}
ACT_KINDS = {"email", "call", "meeting", "note", "chat"}
DIRECTIONS = {"inbound", "outbound"}
GOLD_KINDS = {"interview", "activity", "contact", "opportunity", "account"}
REF_DAY = date(2026, 11, 30)
WINDOW_START = date(2026, 2, 28)  # nine months before REF_DAY

STOPWORDS = set("""
a about above after again against all am an and any are as at be because been before being below between
both but by can could did do does doing don down during each few for from further had has have having he her
here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now
of off on once only or other our ours ourselves out over own same she should so some such than that the their
theirs them themselves then there these they this those through to too under until up very was we were what
when where which while who whom why will with would you your yours yourself yourselves
whats hows whos wheres dont didnt doesnt isnt arent gonna gotta wanna also any anything get got
""".split())

problems = []
warnings = []


def err(msg):
    problems.append(msg)


def warn(msg):
    warnings.append(msg)


def tokens(text):
    return re.findall(r"[a-z0-9]+", text.lower())


def content_words(text):
    return [w for w in tokens(text) if len(w) >= 4 and w not in STOPWORDS]


def is_date(s):
    try:
        return isinstance(s, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", s) and date.fromisoformat(s)
    except ValueError:
        return False


def parse_rfc3339(s):
    if not isinstance(s, str) or not re.fullmatch(
            r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})", s):
        return None
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        return None


def record_text(kind, rec):
    if kind == "account":
        fields = ["name", "industry", "territory", "renewal_date", "contract_notes", "segment", "arr"]
    elif kind == "contact":
        fields = ["name", "title", "email", "phone", "role", "preferred_channel", "notes"]
    elif kind == "opportunity":
        fields = ["name", "stage", "amount", "close_date", "next_step"]
    else:  # activity
        fields = ["kind", "subject", "body"]
    return "\n".join(str(rec.get(f, "")) for f in fields if rec.get(f) is not None)


def main():
    try:
        with open(os.path.join(HERE, "bundle.json"), encoding="utf-8") as f:
            bundle = json.load(f)
        with open(os.path.join(HERE, "eval.json"), encoding="utf-8") as f:
            ev = json.load(f)
    except (OSError, ValueError) as e:
        print("cannot load files: %s" % e)
        sys.exit(1)

    # ---------------- bundle ----------------
    if bundle.get("format") != "baton-bundle/v1":
        err("bundle: format must be baton-bundle/v1")
    all_ids = {}

    def reg(i, what):
        if not isinstance(i, str) or not i:
            err("%s: id missing or not a string" % what)
            return
        if i in all_ids:
            err("duplicate id %s (%s and %s)" % (i, all_ids[i], what))
        all_ids[i] = what

    users = {}
    for u in bundle.get("users", []):
        reg(u.get("id"), "user")
        users[u.get("id")] = u
        for f in ("name", "email", "role"):
            if not u.get(f):
                err("user %s: missing %s" % (u.get("id"), f))
        if u.get("role") not in USER_ROLES:
            err("user %s: bad role %r" % (u.get("id"), u.get("role")))
    for u in users.values():
        if "manager_id" in u and u["manager_id"] not in users:
            err("user %s: manager_id %s does not exist" % (u["id"], u["manager_id"]))

    accounts = {}
    sources = {}  # account id -> {(kind, id): text}
    for a in bundle.get("accounts", []):
        aid = a.get("id")
        reg(aid, "account")
        accounts[aid] = a
        src = sources.setdefault(aid, {})
        src[("account", aid)] = record_text("account", a)
        for f in ("name", "owner_id", "arr", "renewal_date", "contract_notes", "segment"):
            if a.get(f) in (None, ""):
                err("account %s: missing %s" % (aid, f))
        if a.get("owner_id") not in users:
            err("account %s: owner %s unknown" % (aid, a.get("owner_id")))
        if a.get("segment") not in SEGMENTS:
            err("account %s: bad segment" % aid)
        arr = a.get("arr")
        if not isinstance(arr, (int, float)) or arr <= 0:
            err("account %s: arr must be a positive number" % aid)
        else:
            derived = "smb" if arr < 50000 else ("mid_market" if arr <= 500000 else "enterprise")
            if a.get("segment") != derived:
                warn("account %s: segment %s differs from arr-derived %s" % (aid, a.get("segment"), derived))
        if not is_date(a.get("renewal_date")):
            err("account %s: renewal_date not YYYY-MM-DD" % aid)

        cs = a.get("contacts", [])
        if not 5 <= len(cs) <= 9:
            err("account %s: %d contacts (want 5-9)" % (aid, len(cs)))
        cids = set()
        for c in cs:
            reg(c.get("id"), "contact of %s" % aid)
            cids.add(c.get("id"))
            src[("contact", c.get("id"))] = record_text("contact", c)
            for f in ("name", "title", "email", "phone", "role", "preferred_channel", "notes"):
                if not c.get(f):
                    err("contact %s: missing %s" % (c.get("id"), f))
            if c.get("role") not in CONTACT_ROLES:
                err("contact %s: bad role %r" % (c.get("id"), c.get("role")))
            rs = c.get("relationship_strength")
            if rs is not None and (not isinstance(rs, int) or not 1 <= rs <= 5):
                err("contact %s: relationship_strength out of 1-5" % c.get("id"))
            if c.get("email") and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", c["email"]):
                err("contact %s: bad email" % c.get("id"))

        ops = a.get("opportunities", [])
        if not 1 <= len(ops) <= 3:
            err("account %s: %d opportunities (want 1-3)" % (aid, len(ops)))
        for o in ops:
            reg(o.get("id"), "opportunity of %s" % aid)
            src[("opportunity", o.get("id"))] = record_text("opportunity", o)
            for f in ("name", "stage", "amount", "close_date", "next_step"):
                if o.get(f) in (None, ""):
                    err("opportunity %s: missing %s" % (o.get("id"), f))
            if not is_date(o.get("close_date")):
                err("opportunity %s: close_date not YYYY-MM-DD" % o.get("id"))
            if not isinstance(o.get("amount"), (int, float)):
                err("opportunity %s: amount not a number" % o.get("id"))

        acts = a.get("activities", [])
        if not 12 <= len(acts) <= 25:
            err("account %s: %d activities (want 12-25)" % (aid, len(acts)))
        for x in acts:
            reg(x.get("id"), "activity of %s" % aid)
            src[("activity", x.get("id"))] = record_text("activity", x)
            if x.get("kind") not in ACT_KINDS:
                err("activity %s: bad kind" % x.get("id"))
            t = parse_rfc3339(x.get("at"))
            if t is None:
                err("activity %s: at not RFC 3339" % x.get("id"))
            elif not WINDOW_START <= t.date() < REF_DAY:
                err("activity %s: date %s outside the 9 months before %s" % (x.get("id"), t.date(), REF_DAY))
            if x.get("author_id") not in users:
                err("activity %s: author %s unknown" % (x.get("id"), x.get("author_id")))
            for c in x.get("contact_ids", []):
                if c not in cids:
                    err("activity %s: contact %s not in account %s" % (x.get("id"), c, aid))
            if "direction" in x and x["direction"] not in DIRECTIONS:
                err("activity %s: bad direction" % x.get("id"))
            if x.get("kind") in ("call", "meeting") and "direction" in x:
                warn("activity %s: calls and meetings are two-way, direction ignored" % x.get("id"))
            if not x.get("body") or not x.get("subject"):
                err("activity %s: missing subject or body" % x.get("id"))
        if not any(len(x.get("body", "").split()) >= 120 for x in acts):
            warn("account %s: no long activity body" % aid)

    # ---------------- eval ----------------
    if ev.get("format") != "baton-eval/v1":
        err("eval: format must be baton-eval/v1")
    if ev.get("bundle") != "bundle.json":
        err("eval: bundle must be bundle.json")
    dep, suc, man = ev.get("departing_user_id"), ev.get("successor_user_id"), ev.get("manager_user_id")
    for uid, role in ((dep, "rep"), (suc, "rep"), (man, "manager")):
        if uid not in users:
            err("eval: user %s unknown" % uid)
        elif users[uid]["role"] != role:
            err("eval: user %s should have role %s" % (uid, role))
    for uid in (dep, suc):
        if uid in users and users[uid].get("manager_id") != man:
            err("eval: %s's manager_id is not the manager %s" % (uid, man))
    owned = [aid for aid, a in accounts.items() if a.get("owner_id") == dep]
    if len(owned) != 6:
        err("eval: departing rep owns %d accounts (want 6)" % len(owned))

    interviews = ev.get("interviews", {})
    for aid in owned:
        if aid not in interviews:
            err("interviews: account %s missing" % aid)
    for aid, ans in interviews.items():
        if aid not in accounts:
            err("interviews: unknown account %s" % aid)
            continue
        for qid in QIDS:
            if qid not in ans:
                err("interviews %s: missing %s" % (aid, qid))
        for qid, text in ans.items():
            if qid not in QIDS:
                err("interviews %s: unknown question id %s" % (aid, qid))
                continue
            n = len(text.split())
            if not 80 <= n <= 250:
                err("interviews %s/%s: %d words (want 80-250)" % (aid, qid, n))
            sources[aid][("interview", qid)] = text

    material_tokens = {aid: set(tokens("\n".join(s.values()))) for aid, s in sources.items()}

    qs = ev.get("questions", [])
    seen = set()
    per_account = {}
    n_abstain = 0
    for q in qs:
        qid = q.get("id")
        if qid in seen:
            err("question id %s duplicated" % qid)
        seen.add(qid)
        aid = q.get("account_id")
        if aid not in accounts:
            err("%s: unknown account %s" % (qid, aid))
            continue
        per_account[aid] = per_account.get(aid, 0) + 1
        if not q.get("question"):
            err("%s: empty question" % qid)
        gold, must = q.get("gold_sources"), q.get("must_mention")
        if not isinstance(gold, list) or not isinstance(must, list):
            err("%s: gold_sources and must_mention must be lists" % qid)
            continue
        if q.get("expect") == "abstain":
            n_abstain += 1
            if gold or must:
                err("%s: abstain question must have empty gold_sources and must_mention" % qid)
            diff = q.get("difficulty")
            if diff not in ("hard", "offtopic"):
                err("%s: abstain question needs difficulty hard or offtopic" % qid)
            if diff == "hard":
                missing = [w for w in content_words(q["question"]) if w not in material_tokens[aid]]
                if missing:
                    err("%s: hard abstain words not in account material: %s" % (qid, ", ".join(missing)))
            continue
        if q.get("expect") != "answer":
            err("%s: expect must be answer or abstain" % qid)
            continue
        if not gold:
            err("%s: answerable question without gold_sources" % qid)
        if not 1 <= len(must) <= 2:
            err("%s: must_mention should hold 1-2 strings" % qid)
        texts = []
        for g in gold:
            kind = g.get("kind")
            if kind not in GOLD_KINDS:
                err("%s: bad gold kind %r" % (qid, kind))
                continue
            key = (kind, g.get("question_id") if kind == "interview" else g.get("id"))
            if key not in sources[aid]:
                err("%s: gold source %s:%s not found in account %s" % (qid, key[0], key[1], aid))
                continue
            texts.append((key, sources[aid][key]))
        for m in must:
            if not isinstance(m, str) or not m.strip():
                err("%s: empty must_mention" % qid)
                continue
            hits = [k for k, t in texts if m.lower() in t.lower()]
            if not hits:
                err("%s: must_mention %r not in any gold source" % (qid, m))
            elif len(hits) < len(texts):
                warn("%s: must_mention %r only in %s of %d gold sources" % (
                    qid, m, ", ".join("%s:%s" % h for h in hits), len(texts)))
            if m.lower() in q["question"].lower():
                warn("%s: must_mention %r also appears in the question" % (qid, m))
            # sources in the account that contain the string but are not gold: review for completeness
            gold_keys = {k for k, _ in texts}
            extra = [k for k, t in sources[aid].items() if k not in gold_keys and m.lower() in t.lower()]
            if extra and len(m) > 3:
                warn("%s: %r also in non-gold %s" % (qid, m, ", ".join("%s:%s" % k for k in extra)))

    for aid in owned:
        n = per_account.get(aid, 0)
        if not 11 <= n <= 13:
            err("account %s: %d questions (want 11-13)" % (aid, n))
    total = len(qs)
    if not 65 <= total <= 78:
        err("questions: %d in all (want about 70)" % total)
    share = n_abstain / total if total else 0
    if not 0.15 <= share <= 0.20:
        err("questions: abstain share %.1f%% outside 15-20%%" % (100 * share))

    for w in warnings:
        print("warning: " + w)
    for p in problems:
        print("PROBLEM: " + p)
    print("%d questions, %d answerable, %d abstain (%.1f%%); %d problems, %d warnings" % (
        total, total - n_abstain, n_abstain, 100 * share, len(problems), len(warnings)))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
