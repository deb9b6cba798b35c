#!/usr/bin/env python3
"""Validate the Verbatim lexicon files in this folder.

Usage: python3 lexicons/check.py [DIR]          check a lexicon folder (default: the folder of this script)
       python3 lexicons/check.py FILE.tsv ...   check your own valence lexicons / domain packs

Checks, per file kind:
  valence lexicons (*.tsv other than intensifiers.tsv):
    term <TAB> valence [<TAB> sd] [<TAB> tags]
    - valence: a number with exactly one decimal in [-4.0, +4.0]; 0.0 only for a neutral frame of two
      or more words (it covers a shorter term inside it and scores nothing)
    - sd: optional, a number in [0, 4]; may be empty when tags follow
    - tags: key=value pairs separated by ';'; negation, frame, tone and contrast take only the values
      the default profile acts on (an error otherwise); a key close to one of those is warned about
    - word terms: NFKC case-folded (lower-case), single spaces, no leading/trailing blanks,
      ASCII apostrophe only, '*' only as the last character of a prefix wildcard of >= 3 letters
    - emoji terms: no U+FE0F variation selector
    - domain packs (domain-*.tsv): every entry carries a domain= tag
    - no duplicate term within a file; a term covered by a wildcard of the same file with the
      opposite sign is an error (a wildcard must only cover completions of one polarity)
  intensifiers.tsv: term <TAB> scalar in [-1, 1], not 0
  negators.txt: one term a line
  contrast.txt: term <TAB> after|before
  (no inline comments: a '#' after a space or tab is an error in these three)
Cross-file warnings: a negator, intensifier or connective that also has a valence.
Exit status 0 when there are no errors (warnings are printed but allowed), 1 otherwise.
"""

import os
import re
import sys
import unicodedata

VALENCE_RE = re.compile(r"^[+-]?\d\.\d$")
NUMBER_RE = re.compile(r"^[+-]?\d+(\.\d+)?$")
TAG_RE = re.compile(r"^[a-z_]+=[a-z0-9_\-]+$")

# Tags the default profile acts on, and their values (Sources/Sentiment/RuleTables.swift,
# EntryTags.named). Any other value of these keys is an error, as the loader refuses it (QA review
# 36, F08: "negation=kep" and "tone=lukwarm" passed both). Other keys are notes: the documented ones
# (domain, register, type, name) and the author's own; a key one or two edits away from a behaviour
# key ("negaton") is warned about, as the loader does.
BEHAVIOUR_TAGS = {
    "negation": ("keep", "only"),
    "frame": ("suggestion", "balance"),
    "tone": ("lukewarm", "laughter", "tears"),
    "contrast": ("after",),
}
NOTE_KEYS = ("domain", "register", "type", "name")

errors = []
warnings = []


def err(path, line, msg):
    errors.append(f"{os.path.basename(path)}:{line}: {msg}")


def warn(path, line, msg):
    warnings.append(f"{os.path.basename(path)}:{line}: warning: {msg}")


def fold(text):
    return unicodedata.normalize("NFKC", text).casefold()


def content_lines(path):
    with open(path, "rb") as handle:
        raw = handle.read()
    name = os.path.basename(path)
    first = raw.split(b"\n", 1)[0]
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or (first.count(b"\x00") >= 2 and 4 * first.count(b"\x00") >= len(first)):
        err(path, 1, f"the file is UTF-16 (or UTF-32), not UTF-8; convert it: iconv -f UTF-16 -t UTF-8 {name} > utf8-{name}")
        return
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as problem:
        line = raw[: problem.start].count(b"\n") + 1
        err(path, line, f"not valid UTF-8 at byte {problem.start + 1} of the file; save it as UTF-8 (Latin-1 and Windows-1252 are not read)")
        return
    # The loader skips a byte-order mark and reads CRLF line endings, so these are warnings (once
    # per file), and the lines are checked without them (QA review 17: every line got an error).
    if text.startswith("\ufeff"):
        warn(path, 1, "byte-order mark at start of file (Verbatim skips it; the shipped files have none)")
        text = text.lstrip("\ufeff")
    if "\ufeff" in text:
        # Verbatim refuses a mark inside a file (files joined with cat, each saved with one).
        offset = text.index("\ufeff")
        line = text.count("\n", 0, offset) + 1
        err(path, line, f"byte-order mark (U+FEFF) inside the file (files joined?); remove it: sed -i '1!s/\\xEF\\xBB\\xBF//g' {name}")
        return
    if "\r" in text:
        warn(path, 1, f"CRLF line endings (Verbatim reads them; the shipped files use LF: sed -i 's/\\r$//' {name})")
        text = text.replace("\r\n", "\n")
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        yield number, line


def edit_distance(a, b):
    previous = list(range(len(b) + 1))
    for i, left in enumerate(a, start=1):
        current = [i]
        for j, right in enumerate(b, start=1):
            current.append(min(previous[j - 1] + (left != right), previous[j] + 1, current[j - 1] + 1))
        previous = current
    return previous[-1]


def check_tag(path, number, tag):
    """The loader's tag check (LexiconTags.swift), and the house style's lower case."""
    if not TAG_RE.match(tag):
        err(path, number, f"tag must be key=value in lower case: {tag!r}")
    if "=" not in tag:
        return
    key, value = tag.split("=", 1)
    folded = key.lower()
    if folded in BEHAVIOUR_TAGS:
        known = BEHAVIOUR_TAGS[folded]
        if key != folded or value not in known:
            summary = ", ".join(f"{k}={'|'.join(v)}" for k, v in BEHAVIOUR_TAGS.items())
            err(path, number, f"unknown tag {tag!r}: {folded} takes {' or '.join(known)} (the default profile acts on {summary})")
    elif folded not in NOTE_KEYS:
        near = [k for k in BEHAVIOUR_TAGS if edit_distance(folded, k) <= 2]
        if near:
            warn(path, number, f"unknown tag key {key!r} in {tag!r} is kept as a note and changes nothing (did you mean {near[0]}=?)")


def check_inline_comment(path, number, line):
    if re.search(r"[ \t]#", line):
        err(path, number, "an inline comment is not read (the '#' and what follows would be part of the entry): put comments on lines of their own, starting with #")
        return True
    return False


def is_wildcard(term):
    """A trailing '*' after a letter is a prefix wildcard; ':*' (a kiss emoticon) is not."""
    return len(term) >= 2 and term.endswith("*") and term[-2].isalpha()


def check_term(path, number, term, emoticon_file):
    if term != term.strip():
        err(path, number, f"leading/trailing blank in term {term!r}")
    if "  " in term or "\t" in term:
        err(path, number, f"multi-word term must use single spaces: {term!r}")
    if "\ufe0f" in term:
        err(path, number, f"term contains U+FE0F variation selector: {term!r}")
    if "\u2019" in term or "\u2018" in term:
        err(path, number, f"use an ASCII apostrophe in {term!r}")
    if any(0x1F3FB <= ord(ch) <= 0x1F3FF for ch in term):
        err(path, number, f"term contains a skin-tone modifier: {term!r}")
    if emoticon_file:
        return  # emoticons are matched as typed (":D" differs from ":d"); emoji are not case-folded
    if fold(term) != term:
        err(path, number, f"term is not NFKC case-folded (lower-case): {term!r}")
    if is_wildcard(term):
        if term.count("*") != 1:
            err(path, number, f"'*' is only allowed at the end of a prefix wildcard: {term!r}")
        elif len(term) < 4 or " " in term:
            err(path, number, f"wildcard prefix too short or multi-word: {term!r}")
    elif "*" in term:
        err(path, number, f"'*' is only allowed at the end of a prefix wildcard: {term!r}")


def check_valence_file(path):
    name = os.path.basename(path)
    emoticon_file = name.startswith("emoticons")
    domain_file = name.startswith("domain-")
    seen = {}
    entries = {}
    for number, line in content_lines(path):
        columns = line.split("\t")
        if len(columns) < 2 or len(columns) > 4:
            err(path, number, f"expected 2 to 4 tab-separated columns, found {len(columns)}")
            continue
        term, valence = columns[0], columns[1]
        check_term(path, number, term, emoticon_file)
        if not VALENCE_RE.match(valence):
            err(path, number, f"valence must have exactly one decimal, e.g. -2.5: {valence!r}")
            continue
        value = float(valence)
        if not -4.0 <= value <= 4.0:
            err(path, number, f"valence {value} outside [-4, 4]")
        if value == 0.0 and " " not in term and "-" not in term:
            err(path, number, f"valence 0.0 is for neutral frames of two or more words ({term!r}); neutral words are not listed")
        tags = []
        if len(columns) >= 3 and columns[2] != "":
            sd = columns[2]
            if len(columns) == 3 and "=" in sd:
                tags = sd.split(";")
            elif not NUMBER_RE.match(sd) or not 0.0 <= float(sd) <= 4.0:
                err(path, number, f"sd must be a number in [0, 4]: {sd!r}")
        if len(columns) == 4:
            tags = columns[3].split(";") if columns[3] else []
            if not tags:
                err(path, number, "empty tags column")
        for tag in tags:
            check_tag(path, number, tag)
        if domain_file and not any(tag.startswith("domain=") for tag in tags):
            err(path, number, f"domain pack entry without a domain= tag: {term!r}")
        if term in seen:
            err(path, number, f"duplicate term {term!r} (first on line {seen[term]})")
            continue
        seen[term] = number
        entries[term] = (value, number)
    # Wildcards must not cover an entry of the opposite sign.
    wildcards = [(t[:-1], v, n) for t, (v, n) in entries.items() if is_wildcard(t)]
    for prefix, value, wline in wildcards:
        for term, (other, number) in entries.items():
            if term != prefix + "*" and term.startswith(prefix) and " " not in term and (other > 0) != (value > 0):
                err(path, number, f"{term!r} ({other}) is covered by wildcard {prefix}* ({value}, line {wline}) of the opposite sign")
    return entries


def check_intensifiers(path):
    seen = {}
    for number, line in content_lines(path):
        if check_inline_comment(path, number, line):
            continue
        columns = line.split("\t")
        if len(columns) != 2:
            err(path, number, f"expected term<TAB>scalar, found {len(columns)} columns")
            continue
        term, scalar = columns
        check_term(path, number, term, False)
        if not NUMBER_RE.match(scalar):
            err(path, number, f"scalar is not a number: {scalar!r}")
            continue
        value = float(scalar)
        if not -1.0 <= value <= 1.0 or value == 0.0:
            err(path, number, f"scalar {value} must be in [-1, 1] and not 0")
        if term in seen:
            err(path, number, f"duplicate term {term!r} (first on line {seen[term]})")
        seen[term] = number
    return seen


def check_list(path, second_column=None):
    seen = {}
    for number, line in content_lines(path):
        if check_inline_comment(path, number, line):
            continue
        columns = line.split("\t")
        term = columns[0]
        if second_column is None:
            if len(columns) != 1:
                err(path, number, "expected one term a line")
        else:
            if len(columns) != 2 or columns[1] not in second_column:
                err(path, number, f"expected term<TAB>{'|'.join(sorted(second_column))}")
        check_term(path, number, term, False)
        if term in seen:
            err(path, number, f"duplicate term {term!r} (first on line {seen[term]})")
        seen[term] = number
    return seen


def main():
    arguments = sys.argv[1:]
    if arguments and all(os.path.isfile(argument) for argument in arguments):
        for path in arguments:
            found = check_valence_file(path)
            print(f"{os.path.basename(path)}: {len(found)} entries")
        for line in warnings + errors:
            print(line)
        print(f"{len(errors)} error(s), {len(warnings)} warning(s)")
        return 1 if errors else 0
    folder = arguments[0] if arguments else os.path.dirname(os.path.abspath(__file__))
    counts = {}
    valences = {}
    functional = {}
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if name == "intensifiers.tsv":
            found = check_intensifiers(path)
            functional.update({t: name for t in found})
        elif name == "vader-profile-rules.tsv":
            # VADER's own rule words (kind<TAB>term[<TAB>value]) for --profile vader, copied with
            # VADER's values on purpose; not a valence lexicon, so not held to this format.
            continue
        elif name.endswith(".tsv"):
            found = check_valence_file(path)
            if name == "general-en.tsv":
                valences = found
        elif name == "negators.txt":
            found = check_list(path)
            functional.update({t: name for t in found})
        elif name == "contrast.txt":
            found = check_list(path, {"after", "before"})
            functional.update({t: name for t in found})
        else:
            continue
        counts[name] = len(found)
    for term, source in sorted(functional.items()):
        if term in valences:
            warn("general-en.tsv", valences[term][1], f"{term!r} is also in {source}")
    for required in ("general-en.tsv", "emoticons-emoji.tsv", "domain-customer-service.tsv",
                     "negators.txt", "intensifiers.tsv", "contrast.txt"):
        if required not in counts:
            errors.append(f"{required}: missing")
    for line in warnings:
        print(line)
    for line in errors:
        print(line)
    for name, count in counts.items():
        print(f"{name}: {count} entries")
    print(f"{len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
