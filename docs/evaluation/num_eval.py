#!/usr/bin/env python3
"""Score a checker on a dense numeric set: DIR/mutated.txt (one paragraph a line, each with one wrong
relation, described in DIR/mutated.tsv) and DIR/clean.txt (correct paragraphs).
caught = mutated lines with any numeric finding; false alarm = clean lines with any numeric finding.
usage: num_eval.py BIN DIR [-v]"""
import json, subprocess, sys
NUMERIC = {"total-mismatch", "count-mismatch", "percent-mismatch", "multiple-misuse", "malformed-number"}

def lines_flagged(binary, path):
    text = open(path, encoding="utf-8").read()
    out = subprocess.run([binary, "--format", "json", path], capture_output=True, text=True).stdout
    diags = json.loads(out)["diagnostics"]
    # UTF-16 offset -> line number (1-based)
    starts, pos = [], 0
    for line in text.split("\n"):
        starts.append(pos)
        pos += len(line.encode("utf-16-le")) // 2 + 1
    flagged = {}
    import bisect
    for d in diags:
        if d["rule"] not in NUMERIC:
            continue
        ln = bisect.bisect_right(starts, d["start"])
        flagged.setdefault(ln, []).append(d)
    return text.split("\n"), flagged

def main():
    binary, d = sys.argv[1], sys.argv[2].rstrip("/")
    verbose = "-v" in sys.argv
    lines, flagged = lines_flagged(binary, d + "/mutated.txt")
    n = sum(1 for l in lines if l.strip())
    caught = sum(1 for i, l in enumerate(lines, 1) if l.strip() and i in flagged)
    errs = sum(1 for i, l in enumerate(lines, 1) if l.strip() and any(x["severity"] == "error" for x in flagged.get(i, [])))
    clines, cflag = lines_flagged(binary, d + "/clean.txt")
    cn = sum(1 for l in clines if l.strip())
    fa = [(i, cflag[i]) for i, l in enumerate(clines, 1) if l.strip() and i in cflag]
    print(f"{d}: caught {caught}/{n} ({errs} as error); clean {cn} paragraphs, false alarms {len(fa)} "
          f"({sum(1 for _, f in fa if any(x['severity']=='error' for x in f))} error)")
    if verbose:
        for i, l in enumerate(lines, 1):
            if l.strip() and i not in flagged:
                print(f"  MISS {i}: {l[:160]}")
        for i, f in fa:
            for x in f:
                print(f"  FA {i} {x['rule']} {x['severity']}: {x.get('message','')[:120]}")

main()
