#!/usr/bin/env python3
"""Summarises the execution samples of a JFR recording: the share of samples whose stack holds a frame of each
bucket below (inclusive, so the shares add up to more than 100 %), the hottest top frames (self time), and the
hottest platform methods (nl.techniekpact.*) anywhere on a sample's stack.

Usage: jfr-summary.py recording.jfr [jfr-binary]
"""
import collections
import json
import subprocess
import sys

BUCKETS = [
    ("PostgreSQL driver / JDBC wait", ("org.postgresql.", "com.zaxxer.hikari.")),
    ("Thymeleaf rendering", ("org.thymeleaf.", "org.attoparser.")),
    ("JSON (Jackson)", ("tools.jackson.", "com.fasterxml.jackson.")),
    ("Page cache", ("nl.techniekpact.system.PublicPageCache", "nl.techniekpact.system.ResponseCache")),
    ("Monitor read path", ("nl.techniekpact.monitor.",)),
    ("Reports / factsheets", ("nl.techniekpact.reports.", "nl.techniekpact.charts.")),
    ("Spring Security", ("org.springframework.security.",)),
    ("Tomcat / servlet I/O", ("org.apache.tomcat.", "org.apache.coyote.", "org.apache.catalina.", "sun.nio.")),
]


def main():
    recording = sys.argv[1]
    jfr = sys.argv[2] if len(sys.argv) > 2 else "jfr"
    out = subprocess.run([jfr, "print", "--json", "--stack-depth", "96", "--events", "jdk.ExecutionSample",
                          recording], capture_output=True, text=True, check=True).stdout
    events = json.loads(out)["recording"]["events"]
    buckets = collections.Counter()
    methods = collections.Counter()
    tops = collections.Counter()
    for event in events:
        frames = [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"]
                  for f in event["values"]["stackTrace"]["frames"]]
        for name, prefixes in BUCKETS:
            if any(frame.startswith(prefixes) for frame in frames):
                buckets[name] += 1
        if frames:
            tops[frames[0]] += 1
        for frame in set(f for f in frames if f.startswith("nl.techniekpact.") and "$$Lambda" not in f):
            methods[frame] += 1
    total = len(events) or 1
    print(f"{total} execution samples")
    print("| samples with a frame of (inclusive) | samples | share |")
    print("|---|---:|---:|")
    for name, count in buckets.most_common():
        print(f"| {name} | {count} | {100 * count / total:.1f} % |")
    print()
    print("| top frame (self) | samples | share |")
    print("|---|---:|---:|")
    for name, count in tops.most_common(8):
        print(f"| `{name}` | {count} | {100 * count / total:.1f} % |")
    print()
    print("| platform method on the stack (inclusive) | samples | share |")
    print("|---|---:|---:|")
    for name, count in methods.most_common(12):
        print(f"| `{name}` | {count} | {100 * count / total:.1f} % |")


if __name__ == "__main__":
    main()
