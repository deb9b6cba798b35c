#!/usr/bin/env python3
"""Generates large synthetic survey exports for the import benchmark (seeded, deterministic).

    python3 evaluation/import/generate.py --mb 1024 --out evaluation/data

writes qualtrics-<N>mb.xml (Qualtrics API v3 style: <Responses><Response>, _recordId, closed
columns, *_TEXT open ends, -99, entities, non-ASCII) and limesurvey-<N>mb.lsr (LimeSurvey .lsr:
<fields>, <rows><row>, CDATA everywhere, CRLF inside CDATA, empty and absent columns).
The texts are synthetic (a fixed word list), no real data. evaluation/data/ is git-ignored.
"""
import argparse, os, random

WORDS = ("the staff were friendly but waited forty minutes on hold parking was easy delivery late "
         "again refund never arrived great value café naïve service über slow app crashes checkout "
         "price too high love the new menu rude manager clean rooms noisy at night 😀 👍").split()


def sentence(rng, low=4, high=40):
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high)))


def qualtrics(path, size, rng):
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<Responses>\n')
        n = 0
        while out.tell() < size:
            n += 1
            out.write("\t<Response>\n")
            out.write(f"\t\t<startDate>2024-03-{1 + n % 28:02d} 10:{n % 60:02d}:00</startDate>\n")
            out.write(f"\t\t<endDate>2024-03-{1 + n % 28:02d} 10:{(n + 7) % 60:02d}:00</endDate>\n")
            out.write("\t\t<status>IP Address</status>\n")
            out.write(f"\t\t<progress>{100 if n % 9 else 33}</progress>\n")
            out.write(f"\t\t<duration>{rng.randint(30, 900)}</duration>\n")
            out.write(f"\t\t<finished>{'True' if n % 9 else 'False'}</finished>\n")
            out.write(f"\t\t<_recordId>R_{n:012d}</_recordId>\n")
            out.write("\t\t<distributionChannel>anonymous</distributionChannel>\n")
            out.write("\t\t<userLanguage>EN</userLanguage>\n")
            for q in range(1, 6):
                out.write(f"\t\t<QID{q}>{rng.randint(1, 5)}</QID{q}>\n")
            for q in (7, 8, 9):
                r = rng.random()
                if r < 0.15:
                    text = ""
                elif r < 0.2:
                    text = "-99"
                else:
                    text = sentence(rng).replace("&", "&amp;")
                    if r > 0.9:
                        text += " &amp; &lt;3 &#x1F600;"
                out.write(f"\t\t<QID{q}_TEXT>{text}</QID{q}_TEXT>\n")
            out.write("\t</Response>\n")
        out.write("</Responses>\n")
    return n


def limesurvey(path, size, rng):
    sid = "123456"
    cols = [f"{sid}X1X1", f"{sid}X1X2", f"{sid}X1X3SQ001", f"{sid}X1X3SQ002", f"{sid}X2X4", f"{sid}X2X5",
            f"{sid}X2X6other", f"{sid}X2X7SQ001comment"]
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<document>\n <LimeSurveyDocType>Responses</LimeSurveyDocType>\n'
                  ' <DBVersion>443</DBVersion>\n <languages>\n  <language>en</language>\n </languages>\n <responses>\n  <fields>\n')
        for f in ["id", "token", "submitdate", "lastpage", "startlanguage", "seed"] + cols:
            out.write(f"   <fieldname>{f}</fieldname>\n")
        out.write("  </fields>\n  <rows>\n")
        n = 0
        while out.tell() < size:
            n += 1
            out.write("   <row>\n")
            out.write(f"    <id><![CDATA[{n}]]></id>\n")
            out.write("    <submitdate><![CDATA[1980-01-01 00:00:00]]></submitdate>\n")
            out.write("    <lastpage><![CDATA[2]]></lastpage>\n")
            out.write("    <startlanguage><![CDATA[en]]></startlanguage>\n")
            out.write(f"    <seed><![CDATA[{rng.randint(1, 10**9)}]]></seed>\n")
            for c in cols:
                r = rng.random()
                if "SQ" in c and not c.endswith("comment"):
                    out.write(f"    <_{c}><![CDATA[{'Y' if r < 0.5 else 'N'}]]></_{c}>\n")
                elif r < 0.1:
                    continue  # not shown
                elif r < 0.2:
                    out.write(f"    <_{c} />\n")  # shown, blank
                else:
                    text = sentence(rng)
                    if r > 0.85:
                        text = text.replace(" but ", "\r\n").replace(" on ", "\r")
                    if r > 0.95:
                        text += " ]]]]><![CDATA[> end"
                    out.write(f"    <_{c}><![CDATA[{text}]]></_{c}>\n")
            out.write("   </row>\n")
        out.write("  </rows>\n </responses>\n</document>\n")
    return n


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=int, default=1024)
    ap.add_argument("--out", default="evaluation/data")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    size = args.mb * 1024 * 1024
    for name, fn in (("qualtrics", qualtrics), ("limesurvey", limesurvey)):
        path = os.path.join(args.out, f"{name}-{args.mb}mb." + ("xml" if name == "qualtrics" else "lsr"))
        if os.path.exists(path) and os.path.getsize(path) >= size:
            print(f"{path}: exists")
            continue
        n = fn(path, size, random.Random(20240330))
        print(f"{path}: {os.path.getsize(path)} bytes, {n} respondents")
