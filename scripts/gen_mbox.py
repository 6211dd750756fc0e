#!/usr/bin/env python3
"""A synthetic mbox, for measuring `baton import mail`.

Threads of one to five messages between a rep (dana@acme.test) and people
at a customer (kestrel.test), each reply quoting the one before and signed;
one message in five HTML-only in quoted-printable, one in ten base64. Prints
the number of messages.

    python3 scripts/gen_mbox.py --messages 50000 --out /tmp/mail.mbox
"""

import argparse
import base64
import datetime
import quopri
import random

WORDS = ("renewal pricing delivery pallets SLA credit invoice depot forecast volume "
         "rollout training visit contract uplift discount review route schedule").split()
PEOPLE = [("Dana Whitfield", "dana@acme.test"), ("Priya Natarajan", "priya@kestrel.test"),
          ("Tom Becker", "tom.becker@kestrel.test"), ("Ines Duarte", "ines@kestrel.test")]


def text(rng):
    return "\n".join(" ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 14))).capitalize() + "."
                     for _ in range(rng.randint(2, 6)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--messages", type=int, default=50_000)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    rng = random.Random(11)
    at = datetime.datetime(2022, 1, 3, 9, 0, tzinfo=datetime.timezone.utc)
    n = 0
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        while n < args.messages:
            root, previous, subject = None, None, " ".join(rng.choice(WORDS) for _ in range(3)).capitalize()
            for k in range(rng.randint(1, 5)):
                if n >= args.messages:
                    break
                sender = PEOPLE[0] if k % 2 == 0 else rng.choice(PEOPLE[1:])
                to = rng.choice(PEOPLE[1:]) if sender == PEOPLE[0] else PEOPLE[0]
                at += datetime.timedelta(minutes=rng.randint(5, 600))
                mid = f"<{n}.{rng.randrange(1 << 30)}@mail.{sender[1].split('@')[1]}>"
                body = text(rng)
                if previous:
                    body += "\n\nOn " + at.strftime("%a, %d %b %Y") + ", someone wrote:\n" + \
                        "\n".join("> " + line for line in previous.splitlines())
                body += "\n\n-- \n" + sender[0] + "\n"
                head = [f"From {sender[1]} {at:%a %b %d %H:%M:%S %Y}",
                        f"From: {sender[0]} <{sender[1]}>", f"To: {to[0]} <{to[1]}>",
                        f"Subject: {'Re: ' if k else ''}{subject}",
                        f"Date: {at:%a, %d %b %Y %H:%M:%S +0000}", f"Message-ID: {mid}", "MIME-Version: 1.0"]
                if root:
                    head += [f"In-Reply-To: {previous_id}", f"References: {root}"]
                roll = rng.random()
                if roll < 0.2:
                    html = "<html><body>" + "".join(f"<p>{line}</p>" for line in body.splitlines()) + "</body></html>"
                    head += ["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"]
                    payload = quopri.encodestring(html.encode()).decode()
                elif roll < 0.3:
                    head += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64"]
                    raw = base64.b64encode(body.encode()).decode()
                    payload = "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))
                else:
                    head += ["Content-Type: text/plain; charset=utf-8"]
                    payload = "\n".join((">" + line) if line.startswith("From ") else line for line in body.splitlines())
                f.write("\n".join(head) + "\n\n" + payload + "\n\n")
                root = root or mid
                previous, previous_id = body.split("\n\n-- ")[0], mid
                n += 1
    print(n)


if __name__ == "__main__":
    main()
