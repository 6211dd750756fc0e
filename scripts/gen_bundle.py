#!/usr/bin/env python3
"""Writes a synthetic, valid baton-bundle/v1 file for load tests.

Streams account by account, so memory stays flat at any size:

    python3 scripts/gen_bundle.py --accounts 10000 --activities 30 --out big.json
"""
import argparse
import datetime as dt
import json
import random
import sys

WORDS = ("renewal budget pricing roadmap integration rollout onboarding security review "
         "dashboard export warehouse champion procurement legal uplift discount contract "
         "migration support escalation outage training adoption usage seats forecast quarter "
         "workshop executive sponsor timeline milestone invoice credit feedback pilot").split()
KINDS = ("email", "call", "meeting", "note", "chat")
ROLES = ("economic_buyer", "champion", "decision_maker", "influencer", "blocker", "user", "other")
CHANNELS = ("email", "phone", "slack", "in_person", "teams")
STAGES = ("prospecting", "discovery", "proposal", "negotiation", "closed_won", "closed_lost")


def text(rng, lo, hi):
    out = []
    while len(" ".join(out)) < rng.randint(lo, hi):
        out.append(rng.choice(WORDS))
    return " ".join(out).capitalize() + "."


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--accounts", type=int, default=1000)
    p.add_argument("--activities", type=int, default=30, help="per account")
    p.add_argument("--contacts", type=int, default=4, help="per account")
    p.add_argument("--opportunities", type=int, default=2, help="per account")
    p.add_argument("--reps", type=int, default=None, help="default max(5, accounts/50)")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--out", required=True)
    a = p.parse_args()
    rng = random.Random(a.seed)
    reps = a.reps or max(5, a.accounts // 50)
    managers = max(1, (reps + 9) // 10)
    users = [{"id": "u-admin", "name": "Admin", "role": "admin"},
             {"id": "u-vp", "name": "VP Sales", "role": "manager"}]
    users += [{"id": f"u-mgr-{m}", "name": f"Manager {m}", "role": "manager", "manager_id": "u-vp"}
              for m in range(managers)]
    users += [{"id": f"u-rep-{r}", "name": f"Rep {r}", "email": f"rep{r}@gen.test", "role": "rep",
               "manager_id": f"u-mgr-{r % managers}", "team": f"Team {r % managers}"} for r in range(reps)]
    base = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    activities = 0
    with open(a.out, "w", encoding="utf-8") as f:
        f.write('{"format": "baton-bundle/v1", "users": ')
        f.write(json.dumps(users))
        f.write(', "accounts": [\n')
        for i in range(a.accounts):
            owner = f"u-rep-{i % reps}"
            arr = round(rng.choice((rng.uniform(5e3, 5e4), rng.uniform(5e4, 5e5), rng.uniform(5e5, 3e6))), 2)
            acc = {"id": f"acc-{i:06d}", "name": f"Company {i:06d}", "owner_id": owner, "arr": arr,
                   "industry": rng.choice(("Logistics", "Retail", "Health", "Finance", "Energy")),
                   "territory": rng.choice(("EMEA", "NA", "APAC", "LATAM")),
                   "renewal_date": (base.date() + dt.timedelta(days=rng.randint(200, 900))).isoformat(),
                   "contract_notes": text(rng, 60, 160)}
            if rng.random() >= 0.1:
                acc["segment"] = "smb" if arr < 5e4 else "mid_market" if arr <= 5e5 else "enterprise"
            contacts = [{"id": f"c-{i:06d}-{c}", "name": f"Contact {c} of {i}", "title": "Director",
                         "email": f"c{c}@company{i}.test", "role": rng.choice(ROLES),
                         "preferred_channel": rng.choice(CHANNELS),
                         "relationship_strength": rng.randint(1, 5), "notes": text(rng, 30, 90)}
                        for c in range(a.contacts)]
            acc["contacts"] = contacts
            acc["opportunities"] = [{"id": f"o-{i:06d}-{o}", "name": f"Deal {o}", "stage": rng.choice(STAGES),
                                     "amount": round(rng.uniform(1e4, 6e5), 2),
                                     "close_date": (base.date() + dt.timedelta(days=rng.randint(100, 700))).isoformat(),
                                     "next_step": text(rng, 20, 60)} for o in range(a.opportunities)]
            acc["activities"] = [{"id": f"a-{i:06d}-{k}", "kind": rng.choice(KINDS),
                                  "at": (base + dt.timedelta(minutes=rng.randint(0, 300 * 24 * 60))).strftime("%Y-%m-%dT%H:%M:%SZ"),
                                  "author_id": owner,
                                  "contact_ids": [x["id"] for x in rng.sample(contacts, min(len(contacts), rng.randint(0, 2)))],
                                  "subject": text(rng, 15, 40), "body": text(rng, 200, 400)}
                                 for k in range(a.activities)]
            activities += len(acc["activities"])
            f.write(json.dumps(acc))
            f.write(",\n" if i + 1 < a.accounts else "\n")
        f.write("]}\n")
        size = f.tell()
    print(f"{a.out}: {a.accounts} accounts, {activities} activities, {len(users)} users, {size} bytes",
          file=sys.stderr)


if __name__ == "__main__":
    main()
