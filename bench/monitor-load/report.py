#!/usr/bin/env python3
"""Turns the JSON lines of bench/monitor-load/run.sh into the Markdown tables of docs/benchmarks.md."""
import json
import sys


def errors(r):
    return r["connect_errors"] + r["read_errors"] + r["write_errors"] + r["timeouts"] + r["non2xx"]


def main():
    rows = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
    commit = sys.argv[2] if len(sys.argv) > 2 else "?"
    by = {r["label"]: r for r in rows if "label" in r}
    print(f"Commit `{commit}`.\n")
    print("## Publication day (mixed run)\n")
    print("| traffic | requests | req/s | p50 | p95 | p99 | max | errors |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for label in ("anonymous (mixed run)", "signed-in (mixed run)"):
        r = by.get(label)
        if r:
            print(f"| {label} | {r['requests']:,} | {r['rps']:,.0f} | {r['p50_ms']:.1f} ms | {r['p95_ms']:.1f} ms "
                  f"| {r['p99_ms']:.1f} ms | {r['max_ms']:.0f} ms | {errors(r)} |")
    cpu = by.get("cpu (mixed run)")
    if cpu:
        print(f"\nCPU during the run (100 % = one core, {cpu['of_cores']} cores): platform {cpu['platform_pct']} %, "
              f"PostgreSQL {cpu['postgres_pct']} %, whole machine busy {cpu['machine_busy_pct']} % "
              "(wrk and nginx included).")
    after = [r for r in rows if r.get("label", "").startswith("after-import")]
    if after:
        print("\n## The first request after an import\n")
        print("| import | import took, state | page | first answer | cache |")
        print("|---|---|---|---:|---|")
        for r in after:
            print(f"| {r['label'][13:]} | {r['import']} | `{r['page']}` | {1000 * r['seconds']:.1f} ms | {r['cache']} |")
    print("\n## Per page: the platform against nginx with the same bytes\n")
    print("| page | platform req/s | nginx req/s | platform / nginx | platform p99 | nginx p99 | errors | goal |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    for r in rows:
        label = r.get("label", "")
        if not label.startswith("app "):
            continue
        page = label[4:]
        n = by.get("nginx " + page)
        if not n:
            continue
        ratio = r["rps"] / n["rps"]
        signed_in = page.startswith("signed in")
        goal = ratio >= 0.05 if signed_in else ratio >= 0.20 and r["p99_ms"] <= 50
        target = "≥ 5 %" if signed_in else "≥ 20 %, p99 ≤ 50 ms"
        print(f"| {page} | {r['rps']:,.0f} | {n['rps']:,.0f} | **{100 * ratio:.1f} %** | {r['p99_ms']:.1f} ms "
              f"| {n['p99_ms']:.1f} ms | {errors(r)} | {'met' if goal and errors(r) == 0 else 'not met'} ({target}) |")
    api = by.get("api: series and comparison")
    if api:
        n = by.get("nginx api.json")
        met = api["rps"] >= 5000 and api["p99_ms"] <= 50 and errors(api) == 0
        print(f"\nSeries and comparison API, 5,000 different questions: **{api['rps']:,.0f} req/s**, p50 "
              f"{api['p50_ms']:.1f} ms, p99 **{api['p99_ms']:.1f} ms**, {errors(api)} errors — goal ≥ 5,000 req/s, "
              f"p99 ≤ 50 ms: {'met' if met else 'not met'}"
              + (f" (nginx, one saved answer: {n['rps']:,.0f} req/s)." if n else "."))


if __name__ == "__main__":
    main()
