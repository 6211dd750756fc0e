"""Shared helpers for the facilities eval set generator (stdlib only)."""


def contact(cid, name, title, email, phone, role, channel, strength, notes):
    return {"id": cid, "name": name, "title": title, "email": email, "phone": phone,
            "role": role, "preferred_channel": channel,
            "relationship_strength": strength, "notes": notes}


def opp(oid, name, stage, amount, close, next_step):
    return {"id": oid, "name": name, "stage": stage, "amount": amount,
            "close_date": close, "next_step": next_step}


def act(aid, kind, at, author, contacts, subject, body, direction=None):
    a = {"id": aid, "kind": kind, "at": at, "author_id": author,
         "contact_ids": contacts, "subject": subject, "body": body}
    if direction:
        a["direction"] = direction
    return a


def ans(question, gold, must):
    """gold: list of strings; bank ids become interview sources, others record ids."""
    bank = {"decision_maker", "champion", "hidden_commitments", "history_sensitivities",
            "pricing_story", "unexpected_use", "channels_surprises", "org_changes",
            "warning_signs", "renewal_risk"}
    srcs = []
    for g in gold:
        if g in bank:
            srcs.append({"kind": "interview", "question_id": g})
        elif g.startswith("a-"):
            srcs.append({"kind": "activity", "id": g})
        elif g.startswith("c-"):
            srcs.append({"kind": "contact", "id": g})
        elif g.startswith("o-"):
            srcs.append({"kind": "opportunity", "id": g})
        elif g.startswith("acc-"):
            srcs.append({"kind": "account", "id": g})
        else:
            raise ValueError(g)
    return {"question": question, "expect": "answer", "gold_sources": srcs,
            "must_mention": must}


def abstain(question):
    return {"question": question, "expect": "abstain", "gold_sources": [],
            "must_mention": []}
