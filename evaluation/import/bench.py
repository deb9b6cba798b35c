#!/usr/bin/env python3
"""Import benchmark: `verbatim import` (release build) against lxml.etree.iterparse doing the same
extraction, on the same generated files, in the same run. Prints MB/s, peak RSS (from
/usr/bin/time -v) and ratios, checks that both wrote byte-identical JSONL, and prints a Markdown
table for evaluation/RESULTS.md.

    swift build -c release --product verbatim
    pip install lxml
    python3 evaluation/import/generate.py --mb 1024 --out evaluation/data
    python3 evaluation/import/bench.py --mb 1024 --data evaluation/data
"""
import argparse, hashlib, os, platform, re, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))


def timed(cmd):
    proc = subprocess.run(["/usr/bin/time", "-v", *cmd], capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr[-2000:]}")
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", proc.stderr)
    seconds = (int(wall.group(1) or 0) * 3600) + int(wall.group(2)) * 60 + float(wall.group(3))
    rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr).group(1))
    return seconds, rss_kb / 1024


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=int, default=1024)
    ap.add_argument("--data", default="evaluation/data")
    ap.add_argument("--verbatim", default=".build/release/verbatim")
    args = ap.parse_args()
    import lxml
    rows = []
    for kind, ext in (("qualtrics", "xml"), ("limesurvey", "lsr")):
        src = os.path.join(args.data, f"{kind}-{args.mb}mb.{ext}")
        mb = os.path.getsize(src) / 1048576
        out_v = os.path.join(args.data, f"{kind}.verbatim.jsonl")
        out_l = os.path.join(args.data, f"{kind}.lxml.jsonl")
        tv, rv = timed([args.verbatim, "import", src, "-o", out_v])
        tl, rl = timed([sys.executable, os.path.join(HERE, "lxml_extract.py"), kind, src, out_l])
        same = sha256(out_v) == sha256(out_l)
        records = sum(1 for _ in open(out_v, "rb"))
        rows.append((kind, mb, records, tv, rv, tl, rl, same))
        print(f"{kind}: {mb:.0f} MB, {records} records | verbatim {mb / tv:.1f} MB/s, {rv:.1f} MB RSS | "
              f"lxml {mb / tl:.1f} MB/s, {rl:.1f} MB RSS | speed-up {tl / tv:.2f}x | identical output: {same}")
        os.remove(out_v)
        os.remove(out_l)
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    print()
    print(f"Machine: {cpu}, {os.cpu_count()} cores (shared with other builds), {platform.platform()}; "
          f"Python {platform.python_version()}, lxml {lxml.__version__}; {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print()
    print("| export | size | records | verbatim MB/s | verbatim peak RSS | lxml MB/s | lxml peak RSS | speed-up | same output |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for kind, mb, records, tv, rv, tl, rl, same in rows:
        print(f"| {kind} | {mb:.0f} MB | {records:,} | {mb / tv:.1f} | {rv:.1f} MB | {mb / tl:.1f} | {rl:.1f} MB | "
              f"{tl / tv:.2f}× | {'yes' if same else 'NO'} |")


if __name__ == "__main__":
    main()
