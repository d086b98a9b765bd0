#!/usr/bin/env python
"""build_round.py DIR [DIR...] [--out OUTDIR]: check a round's articles; --out writes world7*.jsonl.

How round 7 was made (README.md): each writer had a folder DIR of articles; this checked them
while they wrote and then wrote the gold files. Kept to show how the offsets were found.

Each article is DIR/NN-slug.txt (the article text, UTF-8) and DIR/NN-slug.json: a JSON list, one
object per quote, in the order they appear:
  {"text": exact words of the quote (inside the marks for direct/partial; the reported content
           for indirect, without "that"),
   "occurrence": n (optional, 1-based: which occurrence of "text" in the article, when it repeats),
   "kind": "direct" | "partial" | "indirect",
   "speaker": the speaker mention exactly as written where the attribution is made (a name, a
              description or a pronoun), "" if there is none,
   "speaker_occurrence": n (optional; default: the occurrence nearest the quote),
   "cue": the cue verb phrase ("said", "told", "according to"),
   and for direct and partial quotes only, by ../shared/eval/ROLES.md:
   "name", "speaker_type" (person | organization | group | unknown), "role", "organization",
   "note" (optional)}
"""

import json
import os
import sys

OPEN = set("\"“”'‘’«»„")


def err(msgs, where, m):
    msgs.append(f"{where}: {m}")


def find_all(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def check_article(path_txt, msgs):
    text = open(path_txt, encoding="utf-8").read()
    stem = os.path.basename(path_txt)[:-4]
    jpath = path_txt[:-4] + ".json"
    if not os.path.exists(jpath):
        err(msgs, stem, "no .json beside the .txt")
        return None
    try:
        items = json.load(open(jpath, encoding="utf-8"))
    except Exception as e:
        err(msgs, stem, f"bad JSON: {e}")
        return None
    quotes, labels = [], []
    for n, q in enumerate(items, 1):
        w = f"{stem} #{n} {q.get('text', '')[:40]!r}"
        kind = q.get("kind")
        if kind not in ("direct", "partial", "indirect"):
            err(msgs, w, f"kind must be direct/partial/indirect, not {kind!r}")
            continue
        t = q.get("text", "")
        if not t or t != t.strip():
            err(msgs, w, "text empty or with spaces at its ends")
            continue
        occ = find_all(text, t)
        if not occ:
            err(msgs, w, "text not found in the article (copy it exactly)")
            continue
        k = q.get("occurrence")
        if k is None and len(occ) > 1:
            err(msgs, w, f'text occurs {len(occ)} times: give "occurrence"')
            continue
        k = k or 1
        if k > len(occ):
            err(msgs, w, f"occurrence {k} but only {len(occ)}")
            continue
        start = occ[k - 1]
        end = start + len(t)
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        if kind in ("direct", "partial"):
            if before not in OPEN or after not in OPEN:
                err(
                    msgs,
                    w,
                    f"a {kind} quote must sit right inside quote marks (before {before!r}, after {after!r})",
                )
                continue
        elif before in OPEN and after in OPEN:
            err(msgs, w, "indirect content is not in quote marks")
            continue
        sp = q.get("speaker", "")
        ss = se = -1
        if sp:
            socc = find_all(text, sp)
            if not socc:
                err(msgs, w, f"speaker {sp!r} not found")
                continue
            so = q.get("speaker_occurrence")
            if so:
                if so > len(socc):
                    err(msgs, w, "speaker_occurrence too big")
                    continue
                ss = socc[so - 1]
            else:
                ss = min(socc, key=lambda i: min(abs(i - end), abs(i + len(sp) - start)))
            se = ss + len(sp)
            if ss < end and se > start:
                err(msgs, w, "speaker mention inside the quote")
                continue
        gq = {
            "start": start,
            "end": end,
            "text": t,
            "speaker": sp,
            "speaker_start": ss,
            "speaker_end": se,
            "cue": q.get("cue", ""),
            "kind": kind,
        }
        quotes.append(gq)
        if kind != "indirect":
            for f in ("name", "speaker_type", "role", "organization"):
                if f not in q:
                    err(msgs, w, f"missing label field {f!r}")
            if q.get("speaker_type") not in ("person", "organization", "group", "unknown"):
                err(msgs, w, "speaker_type must be person/organization/group/unknown")
            labels.append(
                {
                    "start": start,
                    "end": end,
                    "speaker_start": ss,
                    "speaker_end": se,
                    "name": q.get("name", ""),
                    "speaker_type": q.get("speaker_type", ""),
                    "role": q.get("role", ""),
                    "organization": q.get("organization", ""),
                    "evidence_start": -1,
                    "evidence_end": -1,
                    "note": q.get("note", ""),
                }
            )
    # every quote-marked stretch is either labelled or deliberately left out: report unlabelled ones
    return stem, text, quotes, labels


def main():
    args = sys.argv[1:]
    out = None
    if "--out" in args:
        i = args.index("--out")
        out = args[i + 1]
        del args[i : i + 2]
    msgs, arts = [], []
    for d in args:
        for fn in sorted(os.listdir(d)):
            if fn.endswith(".txt"):
                r = check_article(os.path.join(d, fn), msgs)
                if r:
                    arts.append((os.path.basename(d.rstrip("/")), r))
    for m in msgs:
        print("ERROR", m)
    nq = sum(len(r[2]) for _, r in arts)
    nl = sum(len(r[3]) for _, r in arts)
    ni = sum(1 for _, r in arts for q in r[2] if q["kind"] == "indirect")
    print(
        f"{len(arts)} articles, {nq} quotes ({nq - ni} direct/partial, {ni} indirect), "
        f"{nl} labels, {len(msgs)} errors"
    )
    if out and not msgs:
        os.makedirs(out, exist_ok=True)
        with (
            open(f"{out}/world7.jsonl", "w") as a,
            open(f"{out}/world7-with-indirect.jsonl", "w") as b,
            open(f"{out}/world7.who.jsonl", "w") as c,
        ):
            for w, (stem, text, quotes, labels) in arts:
                aid = f"world7-{w}-{stem}"
                qs = sorted(quotes, key=lambda q: q["start"])
                b.write(json.dumps({"id": aid, "text": text, "quotes": qs}, ensure_ascii=False) + "\n")
                a.write(
                    json.dumps(
                        {"id": aid, "text": text, "quotes": [q for q in qs if q["kind"] != "indirect"]},
                        ensure_ascii=False,
                    )
                    + "\n"
                )
                for label in sorted(labels, key=lambda x: x["start"]):
                    c.write(json.dumps({"id": aid, "split": "check", **label}, ensure_ascii=False) + "\n")
    sys.exit(1 if msgs else 0)


main()
