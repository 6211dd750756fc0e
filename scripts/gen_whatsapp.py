#!/usr/bin/env python3
"""A synthetic WhatsApp chat export, for measuring `baton import whatsapp`.

Android, UK form (`DD/MM/YYYY, HH:MM - Name: text`), a rep and three people
at the customer (one shown by phone number), about 60 messages a day from
2022-01-03 on, one in twelve spread over two or three lines, with system
lines, omitted media and deleted messages among them. Prints the file's
real message count.

    python3 scripts/gen_whatsapp.py --messages 100000 --out /tmp/chat.txt
"""

import argparse
import datetime
import random

SENDERS = ["Dana Whitfield", "Priya Natarajan", "+49 151 2345678", "Ines Duarte"]
WORDS = (
    "renewal pricing delivery pallets reefer SLA credit invoice depot Bremen "
    "forecast volume chilled frozen rollout training site visit contract uplift "
    "discount quarter review sensors route driver gate dock schedule tomorrow "
    "Friday Monday thanks sorry agreed confirm send revised draft call later"
).split()


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(4, 16))]
    return " ".join(words).capitalize()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--messages", type=int, default=100_000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    day = datetime.date(2022, 1, 3)
    written = 0
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(
            f"{day:%d/%m/%Y}, 08:00 - Messages and calls are end-to-end encrypted. "
            "No one outside of this chat, not even WhatsApp, can read or listen to them. "
            "Tap to learn more.\n"
        )
        while written < args.messages:
            minute = 8 * 60
            for _ in range(60):
                if written >= args.messages:
                    break
                minute = min(minute + rng.randint(1, 10), 23 * 60 + 59)
                stamp = f"{day:%d/%m/%Y}, {minute // 60:02d}:{minute % 60:02d}"
                who = rng.choice(SENDERS)
                roll = rng.random()
                if roll < 0.01:
                    f.write(f"{stamp} - {who}: <Media omitted>\n")
                    continue
                if roll < 0.015:
                    f.write(f"{stamp} - {who}: This message was deleted\n")
                    continue
                if roll < 0.018:
                    f.write(f"{stamp} - Dana Whitfield added Ines Duarte\n")
                    continue
                text = sentence(rng)
                if rng.random() < 1 / 12:
                    text += "\n" + "\n".join(sentence(rng) for _ in range(rng.randint(1, 2)))
                f.write(f"{stamp} - {who}: {text}\n")
                written += 1
            day += datetime.timedelta(days=1)
    print(written)


if __name__ == "__main__":
    main()
