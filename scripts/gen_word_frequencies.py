#!/usr/bin/env python3
"""Writes src/knowledge/word_frequencies.txt from wordfreq (pip install wordfreq).

Baton uses the list to tell a question's framing words ("exactly", "great")
from the words that name what it asks about ("ransomware", "quarry"): a rare
word the account's knowledge never uses is a sign the thing was not captured.
"""
import re
import sys

from wordfreq import top_n_list, zipf_frequency

HEADER = """# English word frequencies on the Zipf scale, times ten (7.7 = "the"; a word
# used once per million words scores 3.0). Words under 2.5 are left out.
# Derived from wordfreq 3.1.1 (Robyn Speer et al., https://github.com/rspeer/wordfreq),
# whose data is licensed CC BY-SA 4.0; this derived list is shared under the
# same license. Regenerate: scripts/gen_word_frequencies.py
"""


def main(out="src/knowledge/word_frequencies.txt"):
    seen, lines = set(), []
    for w in top_n_list("en", 60000):
        if not re.fullmatch(r"[a-z]+", w) or w in seen:
            continue
        z = zipf_frequency(w, "en")
        if z < 2.5:
            break
        seen.add(w)
        lines.append(f"{w} {int(round(z * 10))}")
    with open(out, "w") as f:
        f.write(HEADER + "\n".join(lines) + "\n")
    print(f"{len(lines)} words -> {out}")


if __name__ == "__main__":
    main(*sys.argv[1:])
