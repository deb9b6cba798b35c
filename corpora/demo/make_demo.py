#!/usr/bin/env python3
"""Generate the Verbatim demo corpus (fictitious; authored for the project on 2026-11-30).

Writes, next to this script:
  feedback-export.xml   Qualtrics-style XML response export (<Responses>/<Response>)
  codes-sentiment.csv   item,coder,label   (coder_a, coder_b, gold)
  codes-tags.csv        item,coder,tag     (coder_a, coder_b, gold; empty tag = coder gave no tag)
and prints the corpus statistics (Markdown) that corpora/README.md quotes.

Usage: python3 corpora/demo/make_demo.py [--out DIR] [--quiet]

Everything is deterministic: the verbatims, their gold sentiment, gold tags and ambiguity flags are
hand-written in DATA at the bottom of this file; respondent metadata comes from random.Random(SEED)
drawn in a fixed order; every coder decision comes from its own random.Random seeded with the string
"SEED:item:coder:aspect" (string seeds are hashed with SHA-512 by Python, so they do not depend on
PYTHONHASHSEED or on the order of items). Re-running gives byte-identical files.

DATA format, one answer per line (blank lines and lines starting with '#' are ignored):
    Q SENT | TAGS | FLAGS | TEXT
  Q      3, 4 or 5 (Q3_TEXT, Q4_TEXT, Q5_TEXT); a '3' line starts a new respondent.
  SENT   pos | neu | neg  (gold = adjudicated label), or skip (-99: seen, not answered) or empty
         (blank element).
  TAGS   gold tags from taxonomies/customer-feedback.yaml, space separated, primary tag first.
  FLAGS  space separated:
           m~X  mixed ("but") sentence; a coder may read it as X
           s~X  sarcasm; a coder taking it literally reads X
           w~X  weak / hedged / boundary case; a coder may read X
           n~X  negation ("not bad", "no complaints"); a coder may read X
           t    topic ambiguity: close tags are easy to confuse on this answer
           fr de es zh ja   language of the respondent (on the '3' line; default English)
  TEXT   the verbatim; the two characters backslash-n stand for a line break.
"""

import argparse
import os
import random
import re
import sys
from datetime import datetime, timedelta
from xml.sax.saxutils import escape

SEED = 20261130

CODES = """
product product.quality product.defect product.availability product.not_as_described product.size_fit
delivery delivery.speed delivery.damaged delivery.missing delivery.tracking delivery.courier delivery.cost
billing billing.overcharge billing.refund billing.payment_failed billing.invoice billing.subscription
price price.value price.expensive price.promotion
service service.wait_time service.agent_knowledge service.courtesy service.resolution service.follow_up service.transfer
digital digital.app digital.website digital.login digital.checkout digital.performance
store store.staff store.cleanliness store.queue store.hours_location store.stock
communication communication.clarity communication.updates communication.marketing
policy policy.returns policy.warranty
privacy privacy.data
general general.praise general.complaint general.churn_risk general.recommend
""".split()
CODE_SET = set(CODES)
LABELS = ("positive", "neutral", "negative")
SENT = {"pos": "positive", "neu": "neutral", "neg": "negative"}
LANGS = {"en": "EN", "fr": "FR", "de": "DE", "es": "ES-ES", "zh": "ZH-S", "ja": "JA"}

# ---------------------------------------------------------------------------------------------
# Disagreement model (documented in corpora/README.md).
# Sentiment: probability that a coder departs from the gold label, by the item's hand-assigned
# ambiguity type; a flagged item departs to its authored alternative, an unflagged item "slips"
# to the neighbouring label (positive/negative -> neutral; neutral -> the respondent's mood).
# coder_a is a careful, slightly generous reader; coder_b is conservative and literal (takes
# sarcasm at face value more often and puts mixed answers in neutral more often).
SENTIMENT_DEPARTURE = {
    "coder_a": {"m": 0.30, "s": 0.20, "w": 0.30, "n": 0.10, "": 0.025},
    "coder_b": {"m": 0.40, "s": 0.35, "w": 0.35, "n": 0.20, "": 0.035},
}
# Tags: coder_a keeps nearly every applicable code and sometimes adds a general.* code;
# coder_b assigns fewer codes (secondary codes dropped), sometimes codes only the parent level,
# and both confuse close codes (more often on answers flagged 't').
TAG_MODEL = {
    "coder_a": {"keep_first": 0.98, "keep_other": 0.93, "swap": 0.08, "swap_t": 0.35,
                "add_general": 0.12, "parent_only": 0.02},
    "coder_b": {"keep_first": 0.96, "keep_other": 0.55, "swap": 0.12, "swap_t": 0.40,
                "add_general": 0.02, "parent_only": 0.07},
}
CLOSE_CODES = {
    "service.resolution": ["service.follow_up"],
    "service.follow_up": ["service.resolution"],
    "delivery.speed": ["delivery.tracking"],
    "delivery.tracking": ["delivery.speed", "communication.updates"],
    "communication.updates": ["delivery.tracking", "service.follow_up"],
    "digital.app": ["digital.performance"],
    "digital.performance": ["digital.app", "digital.website"],
    "digital.login": ["digital.app"],
    "digital.website": ["digital.checkout"],
    "digital.checkout": ["digital.website", "billing.payment_failed"],
    "billing.overcharge": ["billing.refund"],
    "billing.refund": ["billing.overcharge", "policy.returns"],
    "policy.returns": ["billing.refund"],
    "billing.subscription": ["billing.overcharge"],
    "price.expensive": ["price.value"],
    "price.value": ["price.expensive"],
    "product.quality": ["product.defect"],
    "product.defect": ["product.quality"],
    "product.not_as_described": ["product.quality"],
    "service.wait_time": ["service.transfer"],
    "service.transfer": ["service.wait_time"],
    "service.courtesy": ["service.agent_knowledge"],
    "service.agent_knowledge": ["service.courtesy"],
    "store.queue": ["store.staff"],
    "store.staff": ["service.courtesy"],
    "delivery.courier": ["delivery.speed"],
    "general.complaint": ["general.churn_risk"],
    "general.churn_risk": ["general.complaint"],
    "general.praise": ["general.recommend"],
    "general.recommend": ["general.praise"],
}


def parse_data(text):
    """Returns a list of respondents: {"lang": str, "answers": {3|4|5: answer dict}}."""
    respondents = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        parts = re.split(r"\s*\|\s*", line, maxsplit=3)
        if len(parts) != 4:
            sys.exit(f"DATA line {number}: expected 'Q SENT | TAGS | FLAGS | TEXT'")
        head, tags, flags, body = parts
        q, sent = head.split()
        q = int(q)
        if q not in (3, 4, 5) or sent not in ("pos", "neu", "neg", "skip", "empty"):
            sys.exit(f"DATA line {number}: bad question or sentiment")
        tags = tags.split()
        for tag in tags:
            if tag not in CODE_SET:
                sys.exit(f"DATA line {number}: unknown tag {tag}")
        flag_list = flags.split()
        lang = "en"
        ambiguity = {}
        topic_ambiguous = False
        for flag in flag_list:
            if flag in LANGS:
                lang = flag
            elif flag == "t":
                topic_ambiguous = True
            elif len(flag) == 5 and flag[1] == "~" and flag[0] in "mswn" and flag[2:] in SENT:
                ambiguity[flag[0]] = SENT[flag[2:]]
            else:
                sys.exit(f"DATA line {number}: bad flag {flag}")
        text_value = body.replace("\\n", "\n")
        if sent in ("skip", "empty") and text_value:
            sys.exit(f"DATA line {number}: skip/empty answers have no text")
        if sent in SENT and not text_value.strip():
            sys.exit(f"DATA line {number}: missing text")
        answer = {"q": q, "sent": sent, "tags": tags, "ambiguity": ambiguity,
                  "topic_ambiguous": topic_ambiguous, "text": text_value, "line": number}
        if q == 3:
            respondents.append({"lang": lang, "answers": {3: answer}})
        else:
            if not respondents or q in respondents[-1]["answers"]:
                sys.exit(f"DATA line {number}: Q{q} without a preceding Q3 line or repeated")
            respondents[-1]["answers"][q] = answer
    return respondents


# ---------------------------------------------------------------------------------------------
# Respondent metadata

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
REGION_BOX = {  # (lat range, lon range): rough, fictitious points
    "North": ((53.35, 55.05), (-3.05, -1.10)),
    "South": ((50.70, 51.35), (-3.60, 0.40)),
    "East": ((51.95, 52.95), (0.10, 1.70)),
    "West": ((51.30, 52.60), (-3.25, -2.20)),
    "Online-only": ((50.50, 56.00), (-4.50, 1.50)),
}
ABROAD = {"fr": (48.86, 2.35), "de": (52.52, 13.40), "es": (40.42, -3.70),
          "zh": (31.23, 121.47), "ja": (35.68, 139.69)}


def weighted(rng, table):
    total = sum(weight for _, weight in table)
    pick = rng.random() * total
    for value, weight in table:
        pick -= weight
        if pick < 0:
            return value
    return table[-1][0]


NPS_BY_MOOD = {
    "positive": [(10, 33), (9, 34), (8, 20), (7, 8), (6, 3), (5, 2)],
    "neutral": [(9, 10), (8, 25), (7, 30), (6, 17), (5, 12), (4, 6)],
    "negative": [(0, 15), (1, 10), (2, 12), (3, 15), (4, 12), (5, 15), (6, 11), (7, 6), (8, 4)],
}


def channel_for(answers, rng):
    tags = [tag for a in answers.values() for tag in a["tags"]]
    if any(t.startswith("store") for t in tags):
        return "store"
    if any(t in ("digital.app", "digital.performance") for t in tags):
        return "app" if rng.random() < 0.8 else "web"
    if any(t.startswith("digital") for t in tags):
        return "web"
    if any(t in ("service.wait_time", "service.transfer") for t in tags):
        return "phone"
    return weighted(rng, [("web", 36), ("app", 24), ("phone", 14), ("store", 16), ("email", 10)])


def region_for(channel, lang, rng):
    if lang != "en":
        return "Online-only"
    if channel in ("web", "app", "email"):
        return weighted(rng, [("Online-only", 35), ("North", 18), ("South", 20), ("East", 13), ("West", 14)])
    return weighted(rng, [("North", 28), ("South", 30), ("East", 20), ("West", 22)])


def make_metadata(respondents, rng):
    start_window = datetime(2026, 10, 5, 7, 0, 0)
    window_seconds = int((datetime(2026, 11, 22, 23, 0, 0) - start_window).total_seconds())
    starts = sorted(rng.randrange(window_seconds) for _ in respondents)
    used_ids = set()
    for respondent, offset in zip(respondents, starts):
        answers = respondent["answers"]
        lang = respondent["lang"]
        while True:
            rid = "R_" + rng.choice("123") + "".join(rng.choice(ALNUM) for _ in range(14))
            if rid not in used_ids:
                used_ids.add(rid)
                break
        respondent["id"] = rid
        # Unanswered Q4/Q5: blank element, -99 (seen, not answered) or a partial response.
        partial = False
        if 4 not in answers:
            kind = weighted(rng, [("empty", 48), ("skip", 37), ("partial", 15)])
            if kind == "partial" and 5 not in answers:
                partial = True
                answers[4] = {"q": 4, "sent": "empty"}
            else:
                answers[4] = {"q": 4, "sent": "empty" if kind == "partial" else kind}
        if 5 not in answers:
            answers[5] = {"q": 5, "sent": "empty" if partial or rng.random() < 0.88 else "skip"}
        mood_answer = answers[3] if answers[3]["sent"] in SENT else answers[4]
        mood = SENT.get(mood_answer["sent"], "neutral")
        nps = weighted(rng, NPS_BY_MOOD[mood])
        satisfaction = max(1, min(5, round(1 + nps * 0.4 + rng.gauss(0, 0.6))))
        start = start_window + timedelta(seconds=offset)
        if partial:
            duration = int(rng.uniform(25, 140))
            progress = rng.choice([50, 67, 75])
        else:
            chars = sum(len(a.get("text", "")) for a in answers.values())
            duration = int(rng.lognormvariate(4.6, 0.45) + chars * rng.uniform(0.25, 0.6))
            progress = 100
        end = start + timedelta(seconds=duration)
        recorded = end + (timedelta(days=7) if partial else timedelta(seconds=rng.randrange(0, 3)))
        channel = channel_for({k: a for k, a in answers.items() if "tags" in a}, rng)
        region = region_for(channel, lang, rng)
        if lang in ABROAD:
            lat0, lon0 = ABROAD[lang]
            lat = lat0 + rng.uniform(-0.15, 0.15)
            lon = lon0 + rng.uniform(-0.2, 0.2)
        else:
            (la, lb), (oa, ob) = REGION_BOX[region]
            lat, lon = rng.uniform(la, lb), rng.uniform(oa, ob)
        business = any(t in ("billing.invoice",) for a in answers.values() for t in a.get("tags", []))
        segment = "business" if business or rng.random() < 0.18 else "consumer"
        net = rng.choice(["192.0.2.", "198.51.100.", "203.0.113."])
        respondent["meta"] = {
            "startDate": start.strftime("%Y-%m-%d %H:%M:%S"),
            "endDate": end.strftime("%Y-%m-%d %H:%M:%S"),
            "status": "IP Address",
            "ipAddress": net + str(rng.randrange(1, 255)),
            "progress": str(progress),
            "duration": str(duration),
            "finished": "False" if partial else "True",
            "recordedDate": recorded.strftime("%Y-%m-%d %H:%M:%S"),
            "_recordId": rid,
            "locationLatitude": f"{lat:.4f}",
            "locationLongitude": f"{lon:.4f}",
            "distributionChannel": weighted(rng, [("email", 60), ("anonymous", 25), ("sms", 15)]),
            "userLanguage": LANGS[lang],
            "Q1": str(nps),
            "Q1_NPS_GROUP": "Promoter" if nps >= 9 else ("Passive" if nps >= 7 else "Detractor"),
            "Q2": str(satisfaction),
            "region": region,
            "channel": channel,
            "segment": segment,
        }


def write_xml(respondents, path):
    head = ["startDate", "endDate", "status", "ipAddress", "progress", "duration", "finished",
            "recordedDate", "_recordId", "locationLatitude", "locationLongitude",
            "distributionChannel", "userLanguage", "Q1", "Q1_NPS_GROUP", "Q2"]
    tail = ["region", "channel", "segment"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<Responses>"]
    for r in respondents:
        out.append("\t<Response>")
        for key in head:
            out.append(f"\t\t<{key}>{escape(r['meta'][key])}</{key}>")
        for q in (3, 4, 5):
            a = r["answers"][q]
            value = {"skip": "-99", "empty": ""}.get(a["sent"], a.get("text", ""))
            out.append(f"\t\t<Q{q}_TEXT>{escape(value)}</Q{q}_TEXT>")
        for key in tail:
            out.append(f"\t\t<{key}>{escape(r['meta'][key])}</{key}>")
        out.append("\t</Response>")
    out.append("</Responses>")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


# ---------------------------------------------------------------------------------------------
# Human coders


def coder_rng(item, coder, aspect):
    return random.Random(f"{SEED}:{item}:{coder}:{aspect}")


def code_sentiment(item, answer, mood, coder):
    gold = SENT[answer["sent"]]
    if coder == "gold":
        return gold
    rng = coder_rng(item, coder, "sentiment")
    table = SENTIMENT_DEPARTURE[coder]
    if answer["ambiguity"]:
        kind, alternative = max(answer["ambiguity"].items(), key=lambda kv: table[kv[0]])
        return alternative if rng.random() < table[kind] else gold
    if rng.random() < table[""]:
        if gold != "neutral":
            return "neutral"
        return mood if mood != "neutral" else rng.choice(["positive", "negative"])
    return gold


def code_tags(item, answer, coder):
    gold = list(answer["tags"])
    if coder == "gold":
        return sorted(gold)
    rng = coder_rng(item, coder, "tags")
    m = TAG_MODEL[coder]
    chosen = []
    for index, tag in enumerate(gold):
        if rng.random() >= (m["keep_first"] if index == 0 else m["keep_other"]):
            continue
        if tag in CLOSE_CODES and rng.random() < (m["swap_t"] if answer["topic_ambiguous"] else m["swap"]):
            tag = rng.choice(CLOSE_CODES[tag])
        if "." in tag and rng.random() < m["parent_only"]:
            tag = tag.split(".")[0]
        chosen.append(tag)
    sentiment = SENT[answer["sent"]]
    if gold and rng.random() < m["add_general"]:
        extra = {"positive": "general.praise", "negative": "general.complaint"}.get(sentiment)
        if extra:
            chosen.append(extra)
    return sorted(set(chosen))


CODERS = ("coder_a", "coder_b", "gold")


def build_codes(respondents):
    sentiment_rows, tag_rows, items = [], [], []
    for r in respondents:
        answers = r["answers"]
        mood_answer = answers[3] if answers[3]["sent"] in SENT else answers[4]
        mood = SENT.get(mood_answer["sent"], "neutral")
        for q in (3, 4, 5):
            a = answers[q]
            if a["sent"] not in SENT:
                continue
            item = f"{r['id']}:Q{q}_TEXT"
            record = {"item": item, "answer": a, "lang": r["lang"], "q": q, "labels": {}, "tags": {}}
            for coder in CODERS:
                label = code_sentiment(item, a, mood, coder)
                tags = code_tags(item, a, coder)
                record["labels"][coder] = label
                record["tags"][coder] = tags
                sentiment_rows.append((item, coder, label))
                for tag in tags or [""]:
                    tag_rows.append((item, coder, tag))
            items.append(record)
    return items, sentiment_rows, tag_rows


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(header + "\n")
        for row in rows:
            f.write(",".join(row) + "\n")


# ---------------------------------------------------------------------------------------------
# Statistics for corpora/README.md


def cohen_kappa(pairs):
    n = len(pairs)
    observed = sum(1 for a, b in pairs if a == b) / n
    expected = sum((sum(1 for a, _ in pairs if a == k) / n) * (sum(1 for _, b in pairs if b == k) / n)
                   for k in LABELS)
    return observed, (observed - expected) / (1 - expected)


def jaccard(x, y):
    x, y = set(x), set(y)
    return 1.0 if not x and not y else len(x & y) / len(x | y)


def statistics(respondents, items):
    lines = []
    add = lines.append
    add(f"- Respondents: {len(respondents)} "
        f"({sum(1 for r in respondents if r['meta']['finished'] == 'False')} partial, finished=False)")
    add(f"- Non-blank verbatims (coded items): {len(items)}")
    add("")
    add("| question | non-blank | blank element | -99 (seen, unanswered) |")
    add("| --- | ---: | ---: | ---: |")
    for q in (3, 4, 5):
        states = [r["answers"][q]["sent"] for r in respondents]
        add(f"| Q{q}_TEXT | {sum(s in SENT for s in states)} | {states.count('empty')} | {states.count('skip')} |")
    add("")
    add("| language (userLanguage) | respondents | verbatims |")
    add("| --- | ---: | ---: |")
    for lang, code in LANGS.items():
        add(f"| {code} | {sum(1 for r in respondents if r['lang'] == lang)} | "
            f"{sum(1 for i in items if i['lang'] == lang)} |")
    add("")
    add("| metadata | values (respondents) |")
    add("| --- | --- |")
    for key in ("region", "channel", "segment", "distributionChannel"):
        counts = {}
        for r in respondents:
            counts[r["meta"][key]] = counts.get(r["meta"][key], 0) + 1
        add(f"| {key} | " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) + " |")
    add("")
    add("| sentiment label | coder_a | coder_b | gold |")
    add("| --- | ---: | ---: | ---: |")
    for label in LABELS:
        add(f"| {label} | " + " | ".join(str(sum(1 for i in items if i["labels"][c] == label))
                                         for c in CODERS) + " |")
    add("")
    add("| sentiment pair | raw agreement | Cohen's kappa |")
    add("| --- | ---: | ---: |")
    for x, y in (("coder_a", "coder_b"), ("coder_a", "gold"), ("coder_b", "gold")):
        po, kappa = cohen_kappa([(i["labels"][x], i["labels"][y]) for i in items])
        add(f"| {x} – {y} | {po:.3f} | {kappa:.3f} |")
    add("")
    add("coder_a (rows) × coder_b (columns):")
    add("")
    add("| | positive | neutral | negative |")
    add("| --- | ---: | ---: | ---: |")
    for a in LABELS:
        add(f"| **{a}** | " + " | ".join(str(sum(1 for i in items if i["labels"]["coder_a"] == a
                                                   and i["labels"]["coder_b"] == b)) for b in LABELS) + " |")
    flagged = [i for i in items if i["answer"]["ambiguity"]]
    po_flagged = sum(1 for i in flagged if i["labels"]["coder_a"] == i["labels"]["coder_b"]) / len(flagged)
    clear = [i for i in items if not i["answer"]["ambiguity"]]
    po_clear = sum(1 for i in clear if i["labels"]["coder_a"] == i["labels"]["coder_b"]) / len(clear)
    add("")
    add(f"Items flagged ambiguous by the author: {len(flagged)} (coder_a–coder_b agreement {po_flagged:.3f}); "
        f"unflagged: {len(clear)} (agreement {po_clear:.3f}).")
    add("")
    add("| tags | coder_a | coder_b | gold |")
    add("| --- | ---: | ---: | ---: |")
    add("| tag assignments | " + " | ".join(str(sum(len(i["tags"][c]) for i in items)) for c in CODERS) + " |")
    add("| items with no tag | " + " | ".join(str(sum(1 for i in items if not i["tags"][c])) for c in CODERS)
        + " |")
    add("| mean tags per item | " + " | ".join(f"{sum(len(i['tags'][c]) for i in items) / len(items):.2f}"
                                             for c in CODERS) + " |")
    add("")
    add("| tag pair | exact same tag set | mean Jaccard |")
    add("| --- | ---: | ---: |")
    for x, y in (("coder_a", "coder_b"), ("coder_a", "gold"), ("coder_b", "gold")):
        exact = sum(1 for i in items if i["tags"][x] == i["tags"][y]) / len(items)
        mean_j = sum(jaccard(i["tags"][x], i["tags"][y]) for i in items) / len(items)
        add(f"| {x} – {y} | {exact:.3f} | {mean_j:.3f} |")
    add("")
    counts = {}
    for i in items:
        for tag in i["tags"]["gold"]:
            counts[tag] = counts.get(tag, 0) + 1
    add(f"Gold tags used: {len(counts)} distinct codes; most frequent: "
        + ", ".join(f"{t} {n}" for t, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:12]) + ".")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    respondents = parse_data(DATA)
    rng = random.Random(SEED)
    rng.shuffle(respondents)
    make_metadata(respondents, rng)
    write_xml(respondents, os.path.join(args.out, "feedback-export.xml"))
    items, sentiment_rows, tag_rows = build_codes(respondents)
    write_csv(os.path.join(args.out, "codes-sentiment.csv"), "item,coder,label", sentiment_rows)
    write_csv(os.path.join(args.out, "codes-tags.csv"), "item,coder,tag", tag_rows)
    if not args.quiet:
        print(statistics(respondents, items))


# ---------------------------------------------------------------------------------------------
# The hand-written answers. Fictitious retailer "Larkfield" (shop, app, stores, delivery, Plus
# membership, phone line). Every name, address, number and e-mail below is invented; e-mails use
# example.com/example.org, phones use the Ofcom drama range (+44 20 7946 0xxx) or 555-01xx, the
# card number is the well-known Luhn-valid test number, the IBAN is the published GB example,
# the 16-digit order number fails the Luhn check on purpose (it is not a card).

DATA = r"""
# --- delivery ---
3 neg | delivery.speed communication.updates | | Ordered on the 3rd, told 2-3 days, arrived on the 14th. No email, no nothing. Had to chase it myself
4 neu | delivery.tracking | | Give proper tracking info instead of "in transit" for a week
3 pos | delivery.speed general.praise | | Delivery came a day early and the driver was lovely 👍
4 neu | | | nothing really
3 neg | delivery.missing service.resolution | | parcel says delivered, it was NOT delivered. neighbours havent got it either. 3 calls later still no replacement
4 neg | service.resolution service.follow_up | | Actually sort things out on the first call instead of "we'll escalate it"
5 neg | general.churn_risk | | If this isn't sorted by friday im cancelling my Plus membership
3 neg | delivery.damaged product.defect | | Box was crushed and the kettle inside had a cracked lid. Great.
4 neu | delivery.courier | | Use a different courier, the current one just throws stuff over the gate
3 pos | delivery.speed delivery.tracking | | Next day as promised and the tracking map was spot on. No complaints.
4 pos | general.praise | | Keep doing what you're doing tbh
3 neg | delivery.courier delivery.damaged | | Driver left my parcel in the rain on the doorstep, everything soaked 😡
4 neg | delivery.courier | | Train your drivers to knock on the door?? I was in all day
3 neu | delivery.speed | w~neg | Took about a week which is ok I suppose, was expecting it sooner
4 neu | delivery.cost | | Free delivery over £30 would make me order more often
3 neg | delivery.tracking communication.updates | t | Tracking hasn't updated in 6 days. "Label created" is not a delivery status
4 neg | delivery.tracking | t | A tracking page that actually tracks something would be nice
3 pos | delivery.speed product.quality | | arrived super quick, well packed and the quality of the towels is really nice
3 neg | delivery.cost price.expensive | | £6.99 delivery on a £12 order? no thanks
4 neu | delivery.cost | | lower the delivery charge or bring back click and collect for free
3 neg | delivery.speed | s~pos | Great, another delay. Third "new delivery date" this month.
4 neg | delivery.speed communication.updates | t | Stop moving the goalposts and just tell me the real date
3 pos | delivery.courier | | The DPD driver rang ahead and put it in the safe place I asked. Brilliant
3 neg | delivery.missing | | Half my order is missing. The invoice says 4 items, I received 2.
4 neu | delivery.missing | | Check orders before they leave the warehouse
5 neu | | | order no. 5829 1047 3316 2207 if anyone wants to look at it
3 neg | delivery.speed general.churn_risk | | NEVER AGAIN. 3 WEEKS FOR A PHONE CASE. I could have walked to China and back
3 pos | delivery.speed | n~neu | Not bad at all, arrived within two days.
4 neu | delivery.tracking | | maybe a text when the driver is 10 min away
3 neu | delivery.speed | | It came on the date I was given.
4 neu | delivery.cost | | Cheaper delivery options
3 neg | delivery.damaged service.resolution | | Mirror arrived smashed, they sent another one which ALSO arrived smashed. Maybe wrap it in something?
4 neg | delivery.damaged | | Packaging. Seriously. Bubble wrap exists
3 pos | delivery.speed general.recommend | | Super fast delivery, already told my sister to order from you
4 pos | general.praise | | Nothing, all good x
3 neg | delivery.courier | | Courier marked it as "customer not in". I was literally standing at the window watching the van drive past
4 neg | delivery.courier service.resolution | | Deal with that courier. Every single complaint I make gets a copy paste answer
5 neg | general.churn_risk | | honestly thinking of going back to the competition
3 neg | delivery.speed | m~neu | Lovely product but it took nearly three weeks to turn up which is just too long
4 neu | delivery.speed | | Faster shipping
3 pos | delivery.speed | | Quick delivery. Happy.
3 neg | delivery.tracking | w~neu t | The tracking said out for delivery at 7am and it came at 8pm, so a whole day at home waiting
4 neu | delivery.tracking | | Time slots for deliveries
3 neg | delivery.missing service.follow_up | | Reported a missing parcel on 02/11/2026, was promised a call back within 48h. Nothing. Still waiting.
4 neg | service.follow_up | | Call people back when you say you will
5 neu | | | Thanks, Martin
3 pos | delivery.courier general.praise | | The delivery guy (Dave?) is a legend, always cheerful and careful with the boxes
# --- billing ---
3 neg | billing.overcharge service.resolution | | Charged twice for the same order and it took 3 phone calls to get it back
4 neu | billing.overcharge | | Fix your payment system so it doesnt double charge
3 neg | billing.refund service.follow_up | t | still waiting for refund. returned the jacket 5 weeks ago. tracking shows you received it on the 20th
4 neg | billing.refund | | Refunds within 5 days like you promise on the website
5 neg | billing.refund communication.updates | | And no one replies to emails. I sent 4 to refunds@example.com
3 neg | billing.refund | s~pos | thanks for nothing. third time asking for my £42.50 back
4 neg | service.resolution | | Just do your job
3 neg | billing.subscription | | Signed up for the Plus free trial and got charged £79 the day it ended without any reminder. Sneaky.
4 neg | billing.subscription communication.clarity | | Make it clear that the trial auto renews!!!!
5 neg | general.churn_risk billing.subscription | | cancelled. wont be back
3 pos | billing.refund | | Refund was in my account 2 days after I dropped the parcel off. Impressed.
4 neu | policy.returns | | More drop off points for returns would help
3 neg | billing.payment_failed digital.checkout | | Card kept getting declined at checkout but my bank says there was no attempt at all. Gave up and bought it elsewhere
4 neg | digital.checkout | | Sort out checkout, it is broken on safari
3 neg | billing.invoice | | We need VAT invoices for every order for our accounts and it takes a week of emails to get one
4 neu | billing.invoice | | Let business customers download invoices from the account page
5 neu | billing.invoice | | You can reach me on 555-0147 or accounts@northfield-joinery.example.com
3 neg | billing.overcharge price.promotion | t | The 20% off code didnt apply but the basket said it did. Paid full price
4 neu | price.promotion | | Make sure discount codes actually work
3 neu | billing.refund | w~neg | Refund received eventually.
4 neu | billing.refund | | speed it up
3 neg | billing.overcharge | | I was charged £14.99 for something that was in the sale for £9.99 on the shelf, the till doesn't match the labels
4 neg | store.staff | | the staff just shrugged when I pointed it out
3 pos | billing.refund service.courtesy | m~neu | Had to wait a while for the refund but the lady on the phone was really kind about it and sorted it
3 neg | billing.subscription service.resolution | | Tried to cancel my subscription online, impossible. Phone line says do it online. Online says call us. Round and round
4 neg | billing.subscription digital.website | | Put a cancel button on the website like every other company has to by law
5 neg | general.complaint | | absolute joke
3 neg | billing.payment_failed | | Payment failed 3 times but I got charged for all 3?? now £300 pending on my card
4 neg | billing.payment_failed billing.refund | t | release the pending payments please, its been a week
3 neg | billing.invoice | w~neu | Invoice address still shows our old office, asked to change it twice
4 neu | billing.invoice | | Update account details when asked
# --- customer service ---
3 neg | service.wait_time | | Waited 40 minutes on hold and nobody called back.
4 neg | service.wait_time | | hire more people for the phones
3 neg | service.transfer service.wait_time | | I was transferred FIVE times. Each person asked me to repeat my order number and then put me on hold again.
4 neu | service.transfer | | One person who owns the problem instead of passing me around
5 neg | general.churn_risk | | Honestly I'm done
3 pos | service.agent_knowledge service.resolution | | Spoke to Priya who knew exactly what the problem was and fixed it in 5 min. Couldn't be happier
4 pos | general.praise | | More Priyas please 😄
3 neg | service.courtesy | | The agent was rude and hung up on me when I asked for a manager
4 neg | service.courtesy | | Customer service training. Basic manners.
3 pos | service.wait_time service.resolution | m~neu | The wait was long but once I got through it was sorted
4 neu | service.wait_time | | A call back option instead of holding
3 pos | service.courtesy service.resolution | | Friendly, quick and sorted my issue first time. 10/10
3 neg | service.resolution service.follow_up | t | Every time I call I get told someone will email me within 24 hours. Its been 3 weeks
4 neg | service.follow_up | t | follow up when you promise to!!!
3 neg | service.agent_knowledge | | The person on the chat clearly had no idea about the product and just pasted links to the FAQ I had already read
4 neu | service.agent_knowledge | | Train the chat staff on the actual products
3 pos | service.courtesy | | Hi Sarah,\nthank you so much for your help yesterday with the wrong size, you were a star.\nThanks, John
3 neg | service.wait_time | s~pos | Loved spending my lunch break listening to your hold music for the 4th day running
4 neg | service.wait_time | | pick up the phone
3 neu | service.resolution | w~pos | Issue resolved.
4 neu | | | n/a
3 neg | service.resolution general.churn_risk | | Complained about a faulty fridge in September, still not fixed, still no replacement, still no refund. I will never shop here again
4 neg | service.resolution | | Take complaints seriously
5 neg | service.follow_up | | Call me on +44 20 7946 0321 if anyone actually reads these
3 pos | service.resolution | n~neu | No complaints, the chat sorted my problem in minutes
3 neg | service.agent_knowledge service.transfer | | the phone guy told me one thing, the email team told me the opposite and then the store told me something else entirely
4 neu | communication.clarity | | Get your story straight between departments
3 neg | service.wait_time | | 1hr 12 mins on hold. Gave up.
3 pos | service.courtesy service.agent_knowledge | | Customer service was excellent, knowledgeable and patient with my mum who isn't great with computers
4 pos | general.praise | | Nothing it was perfect
5 pos | general.recommend | | Will recommend to friends
3 neg | service.follow_up | t | Was promised a supervisor would ring me back. That was 10 days ago.
4 neg | service.follow_up | | ring me back maybe?
3 neu | service.wait_time service.resolution | m~neg | Took three calls but they did get there in the end
4 neu | service.resolution | | Get it right the first time
3 neg | service.courtesy | s~pos | Oh brilliant, being called "love" and told to calm down by your agent really helped 🙄
4 neg | service.courtesy | | Dont patronise customers
3 pos | service.resolution | | Sorted within the hour. Very happy with how it was handled.
3 neg | service.wait_time service.transfer | s~pos | on hold 25 min, transferred, on hold another 30, cut off. fantastic 👏👏
4 neg | service.wait_time | | a phone line that works would be a start
# --- digital ---
3 neg | digital.app digital.performance | t | App crashes every time I open my orders. Reinstalled twice.
4 neg | digital.performance | t | Fix the app before adding new features
3 neg | digital.login | | Login fails every other day and the password reset email never arrives
4 neu | digital.login | | Let me log in with a code instead of a password
3 pos | digital.app | | The new app is great :) so much easier to reorder stuff
4 neu | digital.app | | dark mode pls
3 neg | digital.website digital.performance | t | Website is sooooo slow, took 2 minutes to load the basket
4 neg | digital.performance | | speed up the website its 2026
3 neg | digital.checkout billing.payment_failed | t | Checkout kept throwing an error "something went wrong" with no explanation, lost my basket twice
4 neu | digital.checkout | | Save the basket if payment fails
3 pos | digital.website | | Easy to find what I wanted, search works well
4 neu | digital.website | | Better filters by size would be good
3 neg | digital.app digital.login | m~neu t | App is nice but keeps logging me out
4 neu | digital.login | t | stay logged in option
3 neg | digital.app | | the update ruined the app. cant find anything anymore. put it back how it was
3 neg | digital.app digital.performance | t | App freezes on the payment screen, every. single. time.
3 pos | digital.checkout | | Quick and easy checkout with Apple Pay, no fuss
3 neg | digital.website | | The website keeps logging me out; see https://example.com/account?session=8f2a91c4d7 for the error page
4 neu | digital.login | | Fix the logout issue
3 neu | digital.website | w~neg | Website is ok but a bit confusing to navigate
4 neu | digital.website | | clearer menus
3 neg | digital.app product.availability | | App says in stock, go to the store, not in stock. Every time
4 neu | store.stock | | real time stock in the app
3 pos | digital.app | | Love the app, the barcode scanner in store is genius
3 neg | digital.login privacy.data | | Got locked out of my account and someone had changed the email on it to something@example.org. Nobody seems to care
4 neg | privacy.data | | Security. Take it seriously.
5 neg | privacy.data service.resolution | | Reported it from my IP 203.0.113.57 and heard nothing back
3 neu | digital.app | | Mostly use the app to check prices
4 neu | digital.app | | A wishlist that syncs with the website
3 neg | digital.performance | t | App is painfully slow on my older phone, takes 20 seconds to open
3 pos | digital.website delivery.speed | | Ordered online at 10pm, arrived next day. Website was easy to use
4 neu | | | Can't think of anything
3 neg | digital.checkout | | Checkout forces you to create an account. I don't want an account. I want a toaster
4 neu | digital.checkout | | guest checkout
3 neg | digital.login | | 2 factor code takes 10 minutes to arrive by which time it has expired 🙃
4 neu | digital.login | | use an authenticator app
3 neu | digital.website | | I use the website to compare products before going to the store
# --- stores ---
3 pos | store.staff | n~neu | Not bad at all, actually. The staff at the Leeds store couldn't have been nicer.
4 neu | store.hours_location | | open later on Sundays
3 neg | store.queue | | One till open on a Saturday afternoon and a queue to the back of the shop
4 neg | store.queue store.staff | | More staff on the tills at weekends, obviously
3 pos | store.staff general.praise | | Staff in Bristol went out of their way to find my size in the stock room. Great service
3 neg | store.cleanliness | | Changing rooms were filthy, clothes all over the floor and a smell I won't describe
4 neu | store.cleanliness | | clean the changing rooms more often
3 neu | store.hours_location | | Store is close to work so I pop in on my lunch
4 neu | store.hours_location | | Bigger car park
3 neg | store.stock product.availability | t | Half the shelves empty. Came for three things, left with none
4 neg | store.stock | | Restock the shelves!!
3 pos | store.cleanliness store.staff | | Clean, tidy, bright store and the staff say hello when you come in. Makes a difference
4 pos | general.praise | | Nothing to improve, lovely shop
3 neg | store.staff | | staff standing around chatting to each other while I waited to be served. Had to interrupt them
4 neg | store.staff | | Pay attention to customers
3 pos | store.queue | m~neu | Queue was long but moved quickly
3 neg | store.hours_location | | You closed the Norwich branch so now its a 40 min drive to the nearest store
4 neg | store.hours_location general.churn_risk | | Reopen Norwich or I'll just use online from now on, well, someone else's
3 pos | store.staff | | The young lad on the tills in Glasgow was so helpful with my returns, give him a raise
3 neg | store.staff store.queue | m~neu | Staff are nice but there's never enough of them
4 neu | store.staff | | More staff
3 neg | store.queue | s~pos | Love queueing for 20 minutes to return a £5 item, best part of my week
4 neg | policy.returns store.queue | | separate returns desk
3 pos | store.hours_location | | Handy location and open till 10. Perfect for me
3 neu | store.stock | w~neg | They didn't have my size in store so I ordered online instead
# --- product ---
3 pos | product.quality | | The quality of the coats is amazing for the price, had mine for 3 winters now
4 neu | product.availability | | more colours
3 neg | product.defect | | The zip broke the second time I wore it. Rubbish
4 neg | product.quality | | better quality control
3 neg | product.not_as_described | | Photo shows a solid wood table, arrived and its veneer on chipboard. Misleading
4 neg | product.not_as_described communication.clarity | | Honest product descriptions
3 neg | product.size_fit | | Sizes are all over the place, I'm a 12 in everything else and your 12s wouldn't go over my hips
4 neu | product.size_fit | | a proper size guide with measurements
3 pos | product.quality price.value | | Great value for money and the quality is better than some of the big brands
4 neu | | | No
3 neu | product.size_fit | | Had to return for a smaller size
4 neu | product.size_fit | | Size guide
3 neg | product.defect policy.warranty | t | Vacuum died after 13 months, 1 month out of warranty. Convenient.
4 neg | policy.warranty | | Stand behind your products
3 neg | product.availability | | Always out of stock of the things I actually want
4 neu | product.availability | | back in stock alerts
3 pos | product.quality | | Bedding is so soft, washed it loads and still like new ❤️
3 neu | product.quality | w~pos | Products are fine, nothing special
4 neu | product.availability | | More choice in the home range
3 neg | product.quality | | The quality has really gone downhill. T-shirts go see-through after 3 washes
4 neg | product.quality | | Go back to the old fabric
5 neu | general.complaint | w~neg | Been a customer for 15 years and this is the first time I've filled in one of these
3 pos | product.quality | n~neu | Can't fault the product
3 neg | product.not_as_described product.size_fit | | "one size fits all" it does not
3 neg | product.defect delivery.damaged | t | Lamp didn't work out of the box. Could be the delivery, could be the lamp, either way not impressed
4 neu | product.defect | | test things before sending
3 pos | product.quality general.recommend | | The kids' school shoes have lasted the whole year which is a first. Telling all the mums
# --- price ---
3 neg | price.expensive | | Prices have gone up loads this year, a basic jumper is £45 now??
4 neu | price.expensive | | lower prices
3 pos | price.value | | Good prices, decent quality. Cant ask for more
3 pos | price.expensive price.value | m~neu t | Not the cheapest but you get what you pay for
4 neu | price.promotion | | more sales
3 pos | price.promotion | | The Black Friday deals were actually good this year for once
4 neu | price.promotion communication.marketing | | Tell members about sales before everyone else
3 neg | price.promotion | s~pos | Love how the "sale" price is the same as it was in October. Very clever
4 neg | price.promotion communication.marketing | | Stop the fake sales
3 neu | price.value | w~pos | Price is about the same as everywhere else
3 neg | price.expensive delivery.cost | | Expensive AND you charge for delivery. Cheaper elsewhere
4 neu | price.expensive | | price match
3 pos | price.value product.quality | | affordable and well made, what more do you want
3 neg | price.expensive billing.subscription | | Plus membership went from £49 to £79 and I get nothing extra for it
4 neg | billing.subscription price.value | | Justify the price rise or reverse it
# --- policy, privacy, communication ---
3 neg | policy.returns | | 14 days to return is too short when delivery took 3 weeks
4 neu | policy.returns | | 30 day returns
3 pos | policy.returns | | Returns were so easy, print label, drop at the post office, done
3 neg | policy.returns store.staff | | Store refused to take back an online order even though your website says I can return in store
4 neu | policy.returns communication.clarity | | make sure store staff know the returns policy
3 neg | policy.warranty service.resolution | | Warranty claim took 2 months and they still want me to pay for the postage
3 neg | privacy.data communication.marketing | | I unsubscribed three times and still get 2 emails a day. How did you even get my work address?
4 neg | communication.marketing | | STOP EMAILING ME
3 neg | privacy.data | w~neu | Why do you need my date of birth to buy a kettle
4 neu | privacy.data | | ask for less personal info
3 neg | communication.marketing | | Texts every day about offers. I opted out. Still coming
3 pos | communication.updates | | Loved the emails letting me know exactly where my order was at each stage
3 neg | communication.clarity | | The letter about the price change was so confusing, I still don't know what I'm paying
4 neu | communication.clarity | | Plain english
3 neu | communication.updates delivery.speed | w~pos t | Got an email saying my order was delayed, which was good to know
4 neu | delivery.speed | | but obviously would prefer no delay
3 neg | communication.updates delivery.speed | t | nobody told me it would be late, found out when it didn't arrive
3 neu | communication.marketing | m~neg | Too many emails but some of the offers are useful
4 neu | communication.marketing | | let me choose how many emails I get
# --- general / overall ---
3 pos | general.praise | | Always a good experience
3 pos | general.recommend | | Been shopping here for years, would recommend to anyone 👍👍
4 neu | | | -
3 neg | general.complaint | | Everything about this experience was awful
4 neg | general.complaint | | Everything
3 neu | | w~neg | Just ok
4 neu | | | dunno
3 pos | general.praise | | couldnt be happier with my order!!!
3 neu | general.praise | w~pos | Fine. No issues.
3 neg | general.churn_risk | | Used to love this place. Not any more. Moving to the competition
4 neg | general.complaint | | listen to your customers
3 pos | general.praise | | Just brilliant, thank you 🙏
3 neu | | w~pos | Gave 7 because nothing was wrong but nothing was amazing either
4 neu | | | not sure
3 pos | general.recommend | | My go-to shop for everything for the house
3 neg | general.complaint | | USELESS. ABSOLUTELY USELESS.
3 neu | | | I only bought one thing so hard to say
3 pos | general.praise | | Great experience from start to finish
4 pos | general.praise | | Nothing! Keep it up
3 pos | general.praise | | 👍
3 neg | general.complaint | | 👎👎👎
3 neu | | | n/a
3 pos | general.praise | | very good
3 neg | general.complaint | | bad
3 neu | | w~pos | It was alright
3 pos | general.praise | | Excellent as always <3
3 neu | | | see previous comments
3 pos | general.praise | | All good, smooth and easy :-)
3 neg | general.complaint general.churn_risk | | Worst customer experience I've had in years. Never again
3 neu | general.praise general.complaint | m~pos | Some things good, some things bad. Average overall
4 neu | | | Hard to say
3 neu | | w~pos | I answered 8 because I am generally happy but there is always room for improvement
3 pos | general.recommend | | Would recommend Larkfield to friends and family, always reliable
# --- longer, multi-topic, run-ons, rants ---
3 neg | delivery.missing service.wait_time service.resolution billing.refund | | ordered a sofa in august, delivery date moved 4 times, then they said it was lost, then found, then lost again, spent hours on hold every time, finally got a refund in november but only after I threatened to go to the ombudsman which frankly should not be necessary for a £900 purchase
4 neg | service.resolution communication.updates | | Tell the truth from the start. Honesty would have saved everyone time
5 neg | general.churn_risk | | Would not recommend. Will not be ordering furniture again.
3 pos | store.staff product.quality price.value | | Went in for a new duvet, the assistant (Amira) explained the tog ratings properly and I ended up with a better one for less than I planned to spend. Sleeping like a baby
4 neu | store.hours_location | | Parking at the Retail Park is a nightmare but thats not really your fault
5 pos | general.praise | | Thank you Amira!
3 neg | digital.app billing.overcharge service.wait_time | | APP CHARGED ME TWICE, WEBSITE SAYS ONE ORDER, BANK SAYS TWO. RANG YOU, 50 MINUTES ON HOLD. THIS IS NOT OK
4 neg | billing.overcharge | | GIVE ME MY MONEY BACK
5 neg | service.follow_up | | tel 555-0163, email me at angry.customer@example.com, I'm not hard to reach
3 neg | delivery.speed product.quality delivery.missing | m~neu | The chair is comfy and looks good but delivery was slower than the website said and one of the screws was missing\nwhich I had to buy myself
4 neu | delivery.missing product.defect | t | Check all the parts are in the box
3 pos | delivery.tracking delivery.courier communication.updates | | Really impressed with the delivery - got a text with a 1 hour slot, could follow the van on the map & the driver even carried it upstairs
4 neu | delivery.cost | | It'd be nice if delivery was free for Plus members on big items
3 neg | billing.subscription communication.clarity service.transfer | | I have been trying to find out why my Plus membership was renewed at the higher price when the email said my price was "locked in". Transferred 3 times, nobody could explain it. I'm not paying the difference
4 neg | communication.clarity billing.subscription | t | Keep your promises & stop the small print
5 neg | general.churn_risk | | Cancelled the membership, will see if I even bother with the shop
3 pos | billing.refund service.resolution service.courtesy | | My order was wrong, I rang up expecting a battle but the guy apologised, refunded straight away and let me keep the wrong item. Very fair
4 pos | general.recommend | | Honestly nothing, I've told everyone about it
3 neg | product.defect policy.returns store.staff | | The toaster burnt out after 2 weeks, took it back to the store with the receipt and was told I had to post it back to the warehouse because I bought it online. Why?? You have a shop full of toasters
4 neu | policy.returns | | Let stores deal with online returns properly
3 neg | digital.website digital.checkout billing.payment_failed | t | the website kept timing out at payment, I tried 3 cards, paypal, everything... Then I got an email "complete your order, items are waiting in your basket!" lol
4 neu | digital.checkout | | test the checkout on a normal laptop maybe
5 neu | | | Using Chrome on windows if that helps
3 neg | store.queue store.staff digital.app | m~neu | Click and collect was ready on time, which is good, but the collection desk had one person serving and about 12 of us waiting. The app said "ready in 2 minutes"
4 neu | store.queue | | Self-service lockers for collections
3 neg | service.agent_knowledge service.resolution billing.refund | t | I've been told three different things about my refund. One agent said 5 days, another 10, another said there's no refund on record at all. Which is it??
4 neg | communication.clarity service.agent_knowledge | | give your staff the same information
3 pos | product.quality delivery.speed price.value | | great quality, fast delivery and cheaper than the high street. What's not to like
5 pos | general.praise | | 😊😊😊
3 neg | delivery.damaged service.resolution | | The TV arrived with a cracked screen. Sent photos within the hour as asked. 3 weeks and 9 emails later you're still "investigating". Investigating what? The photos are very clear
4 neg | service.resolution | | Make a decision
5 neu | service.follow_up | | case ref CX-558120 if anyone wants to check
3 neg | communication.marketing privacy.data | | Why am I getting letters addressed to my ex husband at my address, I never gave you his name. Where is this data coming from?!
4 neg | privacy.data | | Tell me what data you hold on me
5 neu | privacy.data | | I have sent a subject access request to privacy@example.com
3 pos | service.resolution service.follow_up | t | Had a problem with a missing item, they sent a replacement and then a week later someone actually called to check it had arrived. Never had that from a shop before
4 pos | general.praise | | Well done whoever trained your customer service team
3 neg | price.expensive price.value product.quality | | Paying premium prices for stuff that falls apart. The bag I bought for £60 has holes in the lining after 2 months
4 neu | product.quality price.value | t | Either lower prices or improve quality, cant have both bad
3 neu | digital.app delivery.tracking | w~pos | I use the app mainly to track parcels, it does what I need
4 neu | digital.app | | Notifications when things come back in stock
3 neg | store.cleanliness store.stock store.queue | | Leeds store was a mess, stuff on the floor, empty shelves, 15 people queuing and 2 tills. Felt like a jumble sale
4 neg | store.staff | | Hire more staff and stop cutting hours, it's obvious
3 pos | general.praise store.staff delivery.speed | | Brilliant both in store and online, everything turns up when it should and the staff are always lovely
4 neu | digital.website | | Maybe better photos on the website
3 neg | billing.overcharge communication.clarity | | Extra £4.50 on my bill labelled "service fee" that was never mentioned anywhere. What service??
4 neg | billing.overcharge | | No hidden fees
3 neu | product.availability digital.website | w~neg | Website says "limited stock" on literally everything, not sure if that's true
4 neu | communication.marketing | | no fake urgency
3 neg | delivery.speed | s~pos | Wow, only 3 weeks late this time, real progress 👏
4 neg | delivery.speed | | I mean it. Faster delivery.
3 neg | service.wait_time digital.website | | The chat says "an agent will be with you shortly", 45 minutes later... shortly?
4 neu | service.wait_time | | Tell people the real wait time
3 pos | policy.returns billing.refund | | Returned some jeans in store, refund on the card before I even got home. Slick.
3 neg | digital.login digital.app service.agent_knowledge | t | couldn't log in to the app after the update, support told me to "clear my cookies". It's an app mate
4 neg | digital.login | | fix log in
3 neu | price.promotion billing.overcharge | w~neg | Voucher from my birthday email was only valid for 3 days, didn't get to use it
4 neu | price.promotion | | Longer expiry on vouchers
3 neg | delivery.courier delivery.missing | | Driver photo "proof of delivery" shows a door that is not my door. Not even my street. Refund please
4 neg | delivery.courier service.resolution | | Check the photos!!!
5 neg | billing.refund | | still waiting
3 pos | service.courtesy store.staff | | Lady at customer services in the Cardiff store was so patient while I found my receipt. Appreciated
3 neu | delivery.speed delivery.tracking | m~neg | Arrived on time, tracking was a bit useless though
3 neg | billing.payment_failed digital.checkout | | Tried to pay with my card 4111 1111 1111 1111 and it just said declined, card works everywhere else. Tried three times
4 neg | billing.payment_failed | | show a real error message
3 neg | billing.refund policy.returns service.follow_up | t | Refund was meant to go back to my account GB82 WEST 1234 5698 7654 32 by bank transfer, it's been 3 weeks, nobody answers the email
4 neg | billing.refund | | Pay refunds on time
3 pos | digital.app price.promotion | | The member prices in the app are a good touch, saved about £30 this month
4 neu | digital.app | | shopping list feature please
# --- non-English respondents ---
3 neg | service.wait_time | fr | Le service client est nul, j'ai attendu une heure au téléphone.
4 neg | service.wait_time | | Répondre au téléphone, tout simplement
3 pos | delivery.speed product.quality general.recommend | fr | Livraison rapide et produit de très bonne qualité, je recommande !
4 neu | delivery.cost | | Frais de livraison un peu élevés pour la France
3 neg | product.size_fit | m~neu fr | Le pull est joli mais la taille ne correspond pas du tout au guide des tailles
4 neu | product.size_fit | | Un guide des tailles plus précis
5 neu | | | Merci
3 neg | delivery.speed delivery.tracking general.churn_risk | de | Die Lieferung hat drei Wochen gedauert und die Sendungsverfolgung hat nie funktioniert. Nie wieder.
4 neg | delivery.tracking | t | Eine Sendungsverfolgung, die funktioniert, wäre schön
3 pos | price.value | n~neu de | Gutes Preis-Leistungs-Verhältnis, nicht schlecht!
3 neg | billing.refund service.follow_up | t de | Ich warte seit 4 Wochen auf meine Rückerstattung. Keine Antwort auf meine E-Mails.
4 neg | billing.refund | | Bitte endlich das Geld überweisen
5 neu | | | Kundennummer 48213, Tel. +44 20 7946 0588
3 pos | service.courtesy | es | La atención al cliente fue excelente, muy amables 🙏
4 neu | digital.website | | La web podría estar también en español
3 neg | product.defect policy.returns | es | El producto llegó roto y devolverlo desde España es complicadísimo
4 neg | policy.returns | | Facilitar las devoluciones internacionales, por favor
3 neg | service.courtesy delivery.speed | m~neu zh | 服务很好，但是送货太慢了。
4 neu | delivery.speed | | 希望能更快发货
3 pos | product.quality | ja | 商品の品質がとても良かったです。また買います。
4 neu | delivery.cost | | 海外への送料がもう少し安いと嬉しいです。
# --- more English respondents ---
3 skip | | |
4 neg | delivery.speed | | just deliver on the day you say
3 skip | | |
4 neu | | | no comment
3 empty | | |
4 neu | digital.app | | Apple watch app?
3 skip | | |
3 empty | | |
3 pos | store.staff product.availability | | M&S didn't have it, you did, and the man in the lighting section carried it to the car for me. Top marks
4 neu | store.hours_location | | Open earlier on weekdays for people who work
3 neg | delivery.speed | | "Delivery in <24h" my foot. 4 days.
4 neg | communication.clarity delivery.speed | t | Don't promise what you can't deliver
3 pos | digital.app digital.checkout | | Reordering from past orders in the app takes 10 seconds, love it
3 neu | price.value delivery.cost | m~neg | Prices are fair & the range is good, but delivery charges add up
4 neu | delivery.cost | | Delivery pass?
3 pos | service.resolution service.courtesy | | I rang about a late parcel expecting to be fobbed off but they sent a new one the same day and said sorry. Fair play
5 pos | general.praise | | Thanks again 🙂
3 neg | product.defect product.quality | | Second pair of headphones from you that has stopped working on one side. Not buying electronics from you again
4 neg | product.quality | | Sell better electronics or stop selling them
3 pos | delivery.speed product.quality | | super quick delivery!!! lovely plant, arrived healthy and well packed 🌱
3 neu | digital.website | w~pos | Pretty standard online shopping experience tbh
4 neu | | | N/A
3 neg | service.resolution general.churn_risk | | I've been a loyal customer for 10 yrs and this is how you treat me?? Three complaints, zero answers. Done.
4 neg | general.complaint | | treat long-term customers with some respect
5 neg | service.follow_up | | and no I don't want another survey
3 pos | store.staff store.cleanliness | | Nice clean store, staff really helpful. Will be back
3 neg | product.not_as_described price.promotion | | The "bundle" I bought turned out to be the same items sold separately, just in one box, for more money
4 neg | price.promotion communication.clarity | | stop conning people
3 pos | general.praise | | No problems at all, I'm a happy customer
4 neu | digital.website | | Website could show delivery dates before checkout
3 neg | digital.app digital.performance | t | The app drains my battery and takes forever to load anything, I just use the website now
4 neu | digital.performance | | Optimise the app
3 neu | delivery.courier | w~neg | Parcel was left with a neighbour without asking, it was fine this time but I'd rather know
4 neu | delivery.courier | | ask before leaving with neighbours
3 pos | billing.refund service.courtesy | | Quick refund with no quibbles, thank you
3 neg | store.queue service.wait_time | t | Waited 30 mins at the customer service desk in store because there was nobody there. Just a bell. Rang the bell. Nothing
4 neg | store.staff | | someone at the desk would be a start
3 pos | product.size_fit product.quality | | Finally a shop where the trousers are long enough for tall people! Great fit
4 neu | product.availability | | More tall sizes in store not just online
3 neg | communication.updates billing.subscription | | Didn't get any reminder before my membership renewed. I would have cancelled. Want my money back
4 neg | billing.subscription billing.refund | t | Refund the renewal
3 pos | digital.website price.promotion | | Website was easy and I got 15% off with the welcome code. Nice
3 neu | delivery.speed | | Delivery took 4 days, as expected
3 neg | delivery.tracking service.agent_knowledge | t | Tracking says delivered to a "parcel locker" in a town 30 miles away. Customer service said they can't see where it is either
4 neg | delivery.tracking | | Know where your parcels are
5 neg | delivery.missing | | Still no parcel. Still no refund. Still no idea.
3 pos | general.recommend price.value | | Best value in town and the staff remember your name. Love this place <3 honestly
3 neg | billing.overcharge store.staff | m~neu | Staff were friendly but I was overcharged at the till and only noticed at home
4 neu | billing.overcharge | | Check the till prices match the shelf
3 neu | | | I came in for one thing and left with one thing.
3 pos | service.agent_knowledge | | Chat assistant knew her stuff, got me the right replacement part first go
3 neg | digital.website digital.login | | Website logged me out mid-order 3 times, gave up. Also "forgot password" sends the link to an email I no longer have & there's no other way to verify
4 neu | digital.login | | Let me change my email without needing the old one
3 neg | general.complaint | | Disappointed. Expected better.
4 neg | general.complaint delivery price service | | Everything basically. Delivery, prices, service.
3 pos | store.staff service.resolution | | Staff at the Exeter store sorted out a problem with an online order that customer services couldn't. Thank you
3 neu | price.promotion communication.marketing | | Mostly shop when there's a sale on
4 neu | price.promotion | | more loyalty points
3 neg | policy.returns billing.refund | m~neu | Return was easy enough but it took 3 weeks for the money to come back
4 neu | billing.refund | | Faster refunds
3 pos | general.praise | | Everything was perfect 👌 couldn't ask for more
"""

if __name__ == "__main__":
    main()
