#!/usr/bin/env python3
"""The same extraction as `verbatim import` with lxml.etree.iterparse (the benchmark's anchor).

    python3 evaluation/import/lxml_extract.py qualtrics FILE.xml OUT.jsonl
    python3 evaluation/import/lxml_extract.py limesurvey FILE.lsr OUT.jsonl

Rules (as documented in Sources/SurveyImport): Qualtrics — per <Response>, *_TEXT children are
open ends ("-99" and whitespace-only are blank and skipped), other non-empty children are meta,
respondent = _recordId. LimeSurvey without .lss — SGQA columns without subquestion code and
…other/…comment columns are open ends; absent = not shown, empty = blank; CR/CRLF → LF; the rest
of the non-empty columns are meta. Output: one compact JSON object per record, as verbatim writes
it. Elements are cleared as they are consumed so memory stays bounded (the documented iterparse
idiom).
"""
import json, re, sys
from lxml import etree

SGQA = re.compile(r"^(\d+)X(\d+)X(\d+)(.*)$")


def dump(out, respondent, question, text, meta):
    out.write(json.dumps({"id": f"{respondent}:{question}", "respondent": respondent, "question": question,
                          "text": text, "meta": meta}, ensure_ascii=False, separators=(",", ":")))
    out.write("\n")


def qualtrics(path, out):
    n = 0
    for _, response in etree.iterparse(path, events=("end",), tag="Response", resolve_entities=False,
                                       no_network=True, huge_tree=False):
        cells = [(c.tag, c.text or "") for c in response]
        rid = next((v for k, v in cells if k in ("_recordId", "ResponseID", "ResponseId", "responseId")), None)
        meta = {k: v for k, v in cells if not k.endswith("_TEXT") and k != "_recordId" and v}
        for k, v in cells:
            if k.endswith("_TEXT") and v.strip() and v != "-99":
                dump(out, rid, k, v, meta)
                n += 1
        response.clear()
        while response.getprevious() is not None:
            del response.getparent()[0]
    return n


def is_text(column):
    m = SGQA.match(column)
    if not m:
        return False
    rest = m.group(4)
    return rest == "" or rest.endswith("other") or rest.endswith("comment")


def limesurvey(path, out):
    n = 0
    fields = []
    for _, elem in etree.iterparse(path, events=("end",), tag=("fieldname", "row"), resolve_entities=False,
                                   no_network=True, huge_tree=False):
        if elem.tag == "fieldname":
            fields.append(elem.text)
            continue
        cells = []
        for c in elem:
            name = c.tag[1:] if c.tag.startswith("_") and c.tag[1:2].isdigit() else c.tag
            cells.append((name, (c.text or "").replace("\r\n", "\n").replace("\r", "\n")))
        values = dict(cells)
        rid = values.get("id")
        meta = {k: v for k, v in cells if k != "id" and not is_text(k) and v}
        for column in fields:
            if is_text(column) and column in values and values[column].strip():
                dump(out, rid, column, values[column], meta)
                n += 1
        elem.clear()
        while elem.getprevious() is not None:
            del elem.getparent()[0]
    return n


if __name__ == "__main__":
    kind, path, target = sys.argv[1:4]
    with open(target, "w", encoding="utf-8") as out:
        count = (qualtrics if kind == "qualtrics" else limesurvey)(path, out)
    print(f"{count} records", file=sys.stderr)
