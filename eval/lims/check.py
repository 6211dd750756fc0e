#!/usr/bin/env python3
"""Validate eval.json (baton-eval/v1) and its bundle (baton-bundle/v1).

Checks:
  * both formats as FORMATS.md states them (required fields, enums, id
    uniqueness, references, segment vs arr, RFC 3339 timestamps, YYYY-MM-DD dates);
  * interviews: one per account owned by the departing user, each answering all
    ten bank question ids;
  * questions: every account owned by the departing user; every gold source exists
    and belongs to the question's account; every must_mention string occurs
    (case-insensitively) in at least one of that question's gold sources;
  * abstain questions: no gold sources, no must_mention, and every content word of
    the question occurs somewhere in that account's text (record + interview);
    the look-alike fact the question would leak lives in another account only.

Usage: python3 check.py [eval.json]     exit status 0 when everything passes.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

BANK = ["decision_maker", "champion", "hidden_commitments", "history_sensitivities",
        "pricing_story", "unexpected_use", "channels_surprises", "org_changes",
        "warning_signs", "renewal_risk"]
USER_ROLES = {"rep", "manager", "admin"}
SEGMENTS = {"enterprise", "mid_market", "smb"}
CONTACT_ROLES = {"economic_buyer", "champion", "decision_maker", "influencer", "blocker",
                 "user", "other"}
ACTIVITY_KINDS = {"email", "call", "meeting", "note", "chat"}
DIRECTIONS = {"inbound", "outbound"}
EXPECT = {"answer", "abstain"}
SOURCE_KINDS = {"interview", "activity", "contact", "opportunity", "account"}

# Look-alike facts: for these abstain questions the specific fact exists in
# another account (a leak would surface it) but must not exist in this account.
LOOKALIKES = {
    "How much did LabWare quote Tamarack?": ["£118,000", "$171,500"],
    "got a phone number for Kim?": ["+44 1632 960 417"],
    "Who's Meridian's CISO? Owen wants the SOC 2 report sent there.": ["Alan Whitworth"],
    "What price did we quote St Colman's for the Philips scanner integration?":
        ["£42,000"],
    "Who's the Regional Executive Officer for Health Region South West? Name please.":
        ["Helen Carmichael"],
    "Did UKAS raise any findings at Pennine's March visit, and how many?":
        ["three findings"],
    "What's the Tesco contract worth to Pennine per year?": ["$2.3M"],
    "What multiple did Northstar Ridge offer for Halvorsen?": ["11x"],
    "do we have an email for tomasz?": ["kevin.oyelaran@coastlinefood.test"],
    "when's sinéad back from mat leave?": ["January 11, 2027"],
}

STOPWORDS = set("""
a an the and or but if of to in on at for from by with about as into over after
before than then is are was were be been being am do does did done doing have has
had having will would should could can may might must shall what whats which who
whom whose when whens where why how that this these those there here it its i me my
we us our you your he him his she her hers they them their not no yes any some all
much many more most exactly actually really just so anyone anything anybody
something get got gets know tell say said ever also per vs etc hey pls please quick
ok okay like thing things stuff out up off again now still yet very too each every
one s t d ll re ve m whos wheres whats hows theres thats its youre im
""".split())

RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

errors = []
notes = []


def err(msg):
    errors.append(msg)


def valid_date(s):
    if not isinstance(s, str) or not DATE.match(s):
        return False
    try:
        datetime.date.fromisoformat(s)
        return True
    except ValueError:
        return False


def valid_ts(s):
    if not isinstance(s, str) or not RFC3339.match(s):
        return False
    try:
        datetime.datetime.fromisoformat(s.replace("Z", "+00:00"))
        return True
    except ValueError:
        return False


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def nonempty_str(x):
    return isinstance(x, str) and x.strip() != ""


def flat_text(obj):
    """All string and number values of a record, joined."""
    out = []
    if isinstance(obj, dict):
        for v in obj.values():
            out.append(flat_text(v))
    elif isinstance(obj, list):
        for v in obj:
            out.append(flat_text(v))
    elif isinstance(obj, str):
        out.append(obj)
    elif is_num(obj):
        out.append(str(obj))
    return " ".join(o for o in out if o)


def tokens(text):
    return [w for w in re.findall(r"\w+", text.lower()) if w]


def variants(w):
    """Light inflection variants, so 'closes' matches 'close', 'pricing' 'price'."""
    v = {w}
    for suf, rep in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"),
                     ("d", ""), ("ing", ""), ("ing", "e")):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            v.add(w[: len(w) - len(suf)] + rep)
    return v


def content_words(question):
    return [w for w in tokens(question)
            if w not in STOPWORDS and not w.isdigit() and len(w) > 1]


def segment_for(arr):
    if arr < 50000:
        return "smb"
    if arr <= 500000:
        return "mid_market"
    return "enterprise"


# --------------------------------------------------------------------------
def check_bundle(bundle):
    if bundle.get("format") != "baton-bundle/v1":
        err("bundle: format must be 'baton-bundle/v1'")
    users = bundle.get("users")
    accounts = bundle.get("accounts")
    if not isinstance(users, list) or not users:
        err("bundle: users must be a non-empty list")
        users = []
    if not isinstance(accounts, list) or not accounts:
        err("bundle: accounts must be a non-empty list")
        accounts = []

    all_ids = {}

    def claim(i, where):
        if not nonempty_str(i):
            err("%s: id must be a non-empty string" % where)
            return
        if i in all_ids:
            err("duplicate id %r (%s and %s)" % (i, all_ids[i], where))
        all_ids[i] = where

    user_ids = set()
    for u in users:
        claim(u.get("id"), "user")
        user_ids.add(u.get("id"))
        for f in ("name", "email"):
            if not nonempty_str(u.get(f)):
                err("user %s: missing %s" % (u.get("id"), f))
        if u.get("email") and not EMAIL.match(u["email"]):
            err("user %s: bad email" % u.get("id"))
        if u.get("role") not in USER_ROLES:
            err("user %s: role %r not in %s" % (u.get("id"), u.get("role"), USER_ROLES))
    for u in users:
        if "manager_id" in u and u["manager_id"] not in user_ids:
            err("user %s: manager_id %r unknown" % (u.get("id"), u["manager_id"]))

    for a in accounts:
        aid = a.get("id")
        claim(aid, "account")
        if not nonempty_str(a.get("name")):
            err("account %s: missing name" % aid)
        if a.get("owner_id") not in user_ids:
            err("account %s: owner_id %r unknown" % (aid, a.get("owner_id")))
        if "arr" in a and (not is_num(a["arr"]) or a["arr"] < 0):
            err("account %s: arr must be a non-negative number" % aid)
        if "segment" in a:
            if a["segment"] not in SEGMENTS:
                err("account %s: segment %r invalid" % (aid, a["segment"]))
            elif is_num(a.get("arr")) and segment_for(a["arr"]) != a["segment"]:
                err("account %s: segment %s disagrees with arr %s (derived %s)"
                    % (aid, a["segment"], a["arr"], segment_for(a["arr"])))
        if "renewal_date" in a and not valid_date(a["renewal_date"]):
            err("account %s: renewal_date %r not YYYY-MM-DD" % (aid, a["renewal_date"]))
        contact_ids = set()
        for c in a.get("contacts", []):
            claim(c.get("id"), "contact of %s" % aid)
            contact_ids.add(c.get("id"))
            if not nonempty_str(c.get("name")):
                err("contact %s: missing name" % c.get("id"))
            if c.get("role") is not None and c.get("role") not in CONTACT_ROLES:
                err("contact %s: role %r invalid" % (c.get("id"), c.get("role")))
            rs = c.get("relationship_strength")
            if rs is not None and (not isinstance(rs, int) or isinstance(rs, bool)
                                   or not 1 <= rs <= 5):
                err("contact %s: relationship_strength %r not 1-5" % (c.get("id"), rs))
            if c.get("email") and not EMAIL.match(c["email"]):
                err("contact %s: bad email %r" % (c.get("id"), c["email"]))
        for o in a.get("opportunities", []):
            claim(o.get("id"), "opportunity of %s" % aid)
            if not nonempty_str(o.get("name")):
                err("opportunity %s: missing name" % o.get("id"))
            if "amount" in o and not is_num(o["amount"]):
                err("opportunity %s: amount must be a number" % o.get("id"))
            if "close_date" in o and not valid_date(o["close_date"]):
                err("opportunity %s: close_date %r invalid" % (o.get("id"),
                                                              o["close_date"]))
        for ac in a.get("activities", []):
            acid = ac.get("id")
            claim(acid, "activity of %s" % aid)
            if ac.get("kind") not in ACTIVITY_KINDS:
                err("activity %s: kind %r invalid" % (acid, ac.get("kind")))
            if not valid_ts(ac.get("at")):
                err("activity %s: at %r not RFC 3339" % (acid, ac.get("at")))
            if "author_id" in ac and ac["author_id"] not in user_ids:
                err("activity %s: author_id %r unknown" % (acid, ac["author_id"]))
            for cid in ac.get("contact_ids", []):
                if cid not in contact_ids:
                    err("activity %s: contact %r not in account %s" % (acid, cid, aid))
            if "direction" in ac:
                if ac["direction"] not in DIRECTIONS:
                    err("activity %s: direction %r invalid" % (acid, ac["direction"]))
                if ac.get("kind") in ("call", "meeting"):
                    err("activity %s: calls and meetings are two-way, no direction"
                        % acid)
            if not nonempty_str(ac.get("body")):
                err("activity %s: empty body" % acid)
    return users, accounts


# --------------------------------------------------------------------------
def source_text(account, interview, src):
    """Text of one gold source, or None when it does not exist in this account."""
    kind = src.get("kind")
    if kind == "interview":
        return interview.get(src.get("question_id"))
    if kind == "account":
        if src.get("id") != account["id"]:
            return None
        return flat_text({k: v for k, v in account.items()
                          if k not in ("contacts", "opportunities", "activities")})
    coll = {"activity": "activities", "contact": "contacts",
            "opportunity": "opportunities"}.get(kind)
    if coll is None:
        return None
    for rec in account.get(coll, []):
        if rec.get("id") == src.get("id"):
            return flat_text(rec)
    return None


def account_text(account, interview):
    return flat_text(account) + " " + " ".join(interview.values())


def check_eval(ev, users, accounts, base_dir):
    if ev.get("format") != "baton-eval/v1":
        err("eval: format must be 'baton-eval/v1'")
    bpath = ev.get("bundle")
    if not nonempty_str(bpath) or not os.path.exists(os.path.join(base_dir, bpath)):
        err("eval: bundle %r not found next to eval.json" % bpath)
    by_user = {u["id"]: u for u in users}
    dep = ev.get("departing_user_id")
    for f in ("departing_user_id", "successor_user_id", "manager_user_id"):
        if ev.get(f) not in by_user:
            err("eval: %s %r is not a bundle user" % (f, ev.get(f)))
    if by_user.get(ev.get("manager_user_id"), {}).get("role") != "manager":
        err("eval: manager_user_id must have role manager")
    if ev.get("successor_user_id") == dep:
        err("eval: successor must differ from departing user")

    by_acc = {a["id"]: a for a in accounts}
    owned = {a["id"] for a in accounts if a.get("owner_id") == dep}
    interviews = ev.get("interviews", {})
    if set(interviews) != owned:
        err("eval: interviews %s != accounts owned by %s %s"
            % (sorted(interviews), dep, sorted(owned)))
    long_answers = 0
    for acc_id, answers in interviews.items():
        if set(answers) != set(BANK):
            err("interview %s: must answer exactly the ten bank ids (missing %s, extra "
                "%s)" % (acc_id, sorted(set(BANK) - set(answers)),
                         sorted(set(answers) - set(BANK))))
        for qid, text in answers.items():
            if not nonempty_str(text):
                err("interview %s/%s: empty answer" % (acc_id, qid))
                continue
            n = len(text.split())
            if 150 <= n <= 300:
                long_answers += 1
            if n > 320:
                err("interview %s/%s: %d words, longer than intended" % (acc_id, qid, n))
    notes.append("interview answers of 150-300 words: %d" % long_answers)
    if long_answers < 8:
        err("eval: fewer than 8 long (150-300 word) interview answers")

    questions = ev.get("questions")
    if not isinstance(questions, list) or not questions:
        err("eval: questions must be a non-empty list")
        return
    seen = set()
    n_abstain = 0
    lookalike_seen = set()
    for q in questions:
        qid = q.get("id")
        if not nonempty_str(qid) or qid in seen:
            err("question %r: id missing or duplicate" % qid)
        seen.add(qid)
        acc_id = q.get("account_id")
        acc = by_acc.get(acc_id)
        if acc is None:
            err("question %s: account %r unknown" % (qid, acc_id))
            continue
        if acc.get("owner_id") != dep:
            err("question %s: account %s not owned by departing user" % (qid, acc_id))
        if not nonempty_str(q.get("question")):
            err("question %s: empty question" % qid)
            continue
        interview = interviews.get(acc_id, {})
        gold = q.get("gold_sources")
        must = q.get("must_mention")
        if not isinstance(gold, list) or not isinstance(must, list):
            err("question %s: gold_sources and must_mention must be lists" % qid)
            continue
        expect = q.get("expect")
        if expect not in EXPECT:
            err("question %s: expect %r invalid" % (qid, expect))
            continue

        if expect == "answer":
            if not gold:
                err("question %s: answer question without gold sources" % qid)
            if not 1 <= len(must) <= 2:
                err("question %s: must_mention should hold one or two strings" % qid)
            texts = []
            for src in gold:
                if src.get("kind") not in SOURCE_KINDS:
                    err("question %s: gold kind %r invalid" % (qid, src.get("kind")))
                    continue
                if src.get("kind") == "interview" and src.get("question_id") not in BANK:
                    err("question %s: interview gold %r not a bank id"
                        % (qid, src.get("question_id")))
                    continue
                txt = source_text(acc, interview, src)
                if txt is None:
                    err("question %s: gold source %s does not exist in account %s"
                        % (qid, src, acc_id))
                    continue
                texts.append(txt.lower())
            for m in must:
                if not nonempty_str(m):
                    err("question %s: empty must_mention" % qid)
                    continue
                if re.fullmatch(r"\s*\d\s*", m):
                    err("question %s: must_mention %r is a bare one-digit number"
                        % (qid, m))
                if not any(m.lower() in tx for tx in texts):
                    err("question %s: must_mention %r not found in any gold source"
                        % (qid, m))
                if m.lower() in q["question"].lower():
                    err("question %s: must_mention %r is already in the question"
                        % (qid, m))
        else:
            n_abstain += 1
            if gold or must:
                err("question %s: abstain question must have empty gold_sources and "
                    "must_mention" % qid)
            text = account_text(acc, interview)
            vocab = set()
            for w in tokens(text):
                vocab |= variants(w)
            words = content_words(q["question"])
            if not words:
                err("question %s: abstain question has no content words" % qid)
            missing = [w for w in words if not (variants(w) & vocab)]
            if missing:
                err("question %s: content words not in %s's text: %s"
                    % (qid, acc_id, missing))
            look = LOOKALIKES.get(q["question"])
            if look:
                lookalike_seen.add(q["question"])
                low = text.lower()
                for s in look:
                    if s.lower() in low:
                        err("question %s: look-alike fact %r is present in its own "
                            "account, so it is answerable" % (qid, s))
                    elsewhere = [a["id"] for a in accounts if a["id"] != acc_id
                                 and s.lower() in account_text(
                                     a, interviews.get(a["id"], {})).lower()]
                    if not elsewhere:
                        err("question %s: look-alike fact %r not found in any other "
                            "account" % (qid, s))
    for k in LOOKALIKES:
        if k not in lookalike_seen:
            err("look-alike table names a question that is not in the set: %r" % k)
    notes.append("questions: %d (%d abstain)" % (len(questions), n_abstain))


def main():
    eval_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "eval.json")
    base = os.path.dirname(os.path.abspath(eval_path))
    with open(eval_path, encoding="utf-8") as f:
        ev = json.load(f)
    with open(os.path.join(base, ev.get("bundle", "bundle.json")), encoding="utf-8") as f:
        bundle = json.load(f)
    users, accounts = check_bundle(bundle)
    check_eval(ev, users, accounts, base)
    notes.insert(0, "accounts: %d, contacts: %d, activities: %d, opportunities: %d" % (
        len(accounts), sum(len(a.get("contacts", [])) for a in accounts),
        sum(len(a.get("activities", [])) for a in accounts),
        sum(len(a.get("opportunities", [])) for a in accounts)))
    for n in notes:
        print(n)
    if errors:
        print("\nFAIL: %d problem(s)" % len(errors))
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("OK: all checks pass")


if __name__ == "__main__":
    main()
