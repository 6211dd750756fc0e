#!/usr/bin/env python3
"""Generate bundle.json and eval.json for the facilities (building maintenance / energy metering) eval set."""
import json
import os
import random
import sys

sys.dont_write_bytecode = True

import d_rijnoord
import d_hazelaar
import d_scheldt
import d_rheinpark
import d_dijlevallei
import d_emscher
import d_others

HERE = os.path.dirname(os.path.abspath(__file__))

USERS = [
    {"id": "u-marek", "name": "Marek Zielinski", "email": "marek.zielinski@voltaris.test",
     "role": "rep", "manager_id": "u-hendrik", "team": "Estates Benelux-DACH"},
    {"id": "u-femke", "name": "Femke de Graaf", "email": "femke.degraaf@voltaris.test",
     "role": "rep", "manager_id": "u-hendrik", "team": "Estates Benelux-DACH"},
    {"id": "u-hendrik", "name": "Hendrik Vos", "email": "hendrik.vos@voltaris.test",
     "role": "manager", "team": "Estates Benelux-DACH"},
    {"id": "u-lotte", "name": "Lotte Declercq", "email": "lotte.declercq@voltaris.test",
     "role": "rep", "manager_id": "u-hendrik", "team": "Estates Benelux-DACH"},
    {"id": "u-jonas", "name": "Jonas Albrecht", "email": "jonas.albrecht@voltaris.test",
     "role": "rep", "manager_id": "u-hendrik", "team": "Estates Benelux-DACH"},
]

MODULES = [d_rijnoord, d_hazelaar, d_scheldt, d_rheinpark, d_dijlevallei, d_emscher]


def build():
    accounts = [m.ACCOUNT for m in MODULES] + d_others.ACCOUNTS
    bundle = {"format": "baton-bundle/v1", "users": USERS, "accounts": accounts}
    interviews = {m.ACCOUNT["id"]: m.INTERVIEW for m in MODULES}
    # questions in a stable, shuffled order so accounts and abstains are mixed
    pool = []
    for m in MODULES:
        for q in m.QUESTIONS:
            pool.append((m.ACCOUNT["id"], q))
    random.Random(20261130).shuffle(pool)
    questions = [{"id": f"q-{i:03d}", "account_id": acc, **q} for i, (acc, q) in enumerate(pool, 1)]
    ev = {
        "format": "baton-eval/v1",
        "bundle": "bundle.json",
        "departing_user_id": "u-marek",
        "successor_user_id": "u-femke",
        "manager_user_id": "u-hendrik",
        "interviews": interviews,
        "questions": questions,
    }
    return bundle, ev


def main():
    bundle, ev = build()
    with open(os.path.join(HERE, "bundle.json"), "w", encoding="utf-8") as f:
        json.dump(bundle, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "eval.json"), "w", encoding="utf-8") as f:
        json.dump(ev, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote bundle.json ({len(bundle['accounts'])} accounts) and eval.json "
          f"({len(ev['questions'])} questions)")


if __name__ == "__main__":
    main()
