"""Deterministic synthetic feedback corpus for the Spark check (JSON Lines, one verbatim a line).

Every record has "id", "text", a carried-through "channel", "nps" and nested "meta" object, and a
"intended" sentiment (negative/neutral/positive) that serves as a second "coder" in the agreement
check. The text is assembled from phrases written for this project (no third-party data): topics the
shipped codebook tags (delivery, price, support, app, store, quality, refunds), sentiment words,
negation, intensifiers, emoji and emoticons, non-ASCII letters and characters that JSON must escape,
so the pipe carries more than plain ASCII. Same (count, seed) -> byte-identical file.
"""

import json
import random

TOPICS = [
    "the delivery",
    "the parcel",
    "the price",
    "the refund",
    "customer service",
    "the support agent",
    "the app",
    "the website checkout",
    "the store in town",
    "the staff at the counter",
    "the product quality",
    "the stitching on the jacket",
    "the invoice",
    "the loyalty programme",
    "the return policy",
    "the courier",
]
POSITIVE = ["great", "excellent", "fast", "friendly", "helpful", "good value", "really easy", "lovely"]
NEGATIVE = ["terrible", "slow", "rude", "broken", "too expensive", "confusing", "late again", "awful"]
NEUTRAL = ["okay", "as described", "on the usual day", "the same as last time", "average", "standard"]
BOOSTERS = ["very", "extremely", "quite", "so", "incredibly"]
POS_TAIL = ["Thanks!", "Will order again :)", "Love it 😀", "Five stars.", "Keep it up!!"]
NEG_TAIL = ["Never again.", "Very disappointed :(", "Not happy 😠", "Fix this please!", "Really annoyed."]
NEU_TAIL = ["", "Nothing else to add.", "No comment.", "See order #{n}."]
EXTRAS = [
    "",
    " Café staff said \"wait\".",
    " Paid 49,99 € via the app.",
    " Tab\there, backslash \\ there.",
    " Größe passte, naïve résumé of the issue.",
    " 配送は早かった。",
    " Contact me at someone@example.invalid or @helpdesk #refund",
    " See https://example.invalid/order/{n}",
]
CHANNELS = ["web", "app", "store", "phone", "email"]


def _sentence(rng, intended, n):
    topic = rng.choice(TOPICS)
    if intended == "positive":
        word = rng.choice(POSITIVE)
        if rng.random() < 0.3:
            word = rng.choice(BOOSTERS) + " " + word
        tail = rng.choice(POS_TAIL)
    elif intended == "negative":
        if rng.random() < 0.25:
            word = "not " + rng.choice(POSITIVE)
        else:
            word = rng.choice(NEGATIVE)
            if rng.random() < 0.3:
                word = rng.choice(BOOSTERS) + " " + word
        tail = rng.choice(NEG_TAIL)
    else:
        word = rng.choice(NEUTRAL)
        tail = rng.choice(NEU_TAIL).format(n=n)
    text = f"{topic.capitalize()} was {word}."
    if tail:
        text += " " + tail
    return text + rng.choice(EXTRAS).format(n=n)


def records(count, seed):
    """Yields `count` records (dicts) from a generator seeded with `seed`."""
    rng = random.Random(seed)
    for n in range(count):
        intended = rng.choice(("negative", "neutral", "positive"))
        text = _sentence(rng, intended, n)
        if rng.random() < 0.35:
            text += " " + _sentence(rng, rng.choice(("negative", "neutral", "positive")), n)
        yield {
            "id": f"syn-{n:07d}",
            "text": text,
            "channel": rng.choice(CHANNELS),
            "nps": rng.randrange(11),
            "meta": {"batch": n // 10000, "intended": intended},
        }


def write_corpus(path, count, seed):
    """Writes the corpus to `path`; returns its size in bytes."""
    size = 0
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for record in records(count, seed):
            line = json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
            size += len(line.encode("utf-8"))
            out.write(line)
    return size
