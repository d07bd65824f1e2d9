#!/usr/bin/env bash
# Builds the benchmarks in Release, runs every case in the short mode (one in-process launch, 2 warm-up and
# 5 measured iterations), runs the memory-flatness mode in separate processes for 10,000 and 100,000 items,
# then prints each ratio against its target and a markdown table for the README.
#
#   tests/MultiCloudClusters.Benchmarks/run.sh            # everything, short mode (a few minutes on 2 cores)
#   tests/MultiCloudClusters.Benchmarks/run.sh --filter '*GetOks*'   # extra arguments go to BenchmarkDotNet
#
# Ratios use BenchmarkDotNet's median (the machines we run on are shared and noisy; the median shrugs off a
# stolen time slice better than the mean). Exit status: 0 when every target is met, 1 otherwise.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
artifacts="$here/BenchmarkDotNet.Artifacts"
exe="$here/bin/Release/net10.0/MultiCloudClusters.Benchmarks"

echo "== build (Release)"
dotnet build "$here/MultiCloudClusters.Benchmarks.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly

rm -rf "$artifacts/results"; mkdir -p "$artifacts"
filter=("--filter" "*Cases.GetOksCluster*" "*Cases.GetEksCluster*" "*Cases.ListLakeSail*" "*Cases.ListAme*" "*Cases.Inventory*" "*Cases.KubeconfigNacl*" "*Cases.BreakdownNaclCrypto*")
if [[ $# -gt 0 ]]; then filter=("$@"); fi

echo "== benchmarks (short mode)"
started=$(date +%s)
"$exe" --short --artifacts "$artifacts" "${filter[@]}" > "$artifacts/run.log" 2>&1 || {
  echo "BenchmarkDotNet failed; the last lines of $artifacts/run.log:"; tail -40 "$artifacts/run.log"; exit 1; }
echo "   took $(( $(date +%s) - started )) s (log: $artifacts/run.log)"

echo "== memory flatness (separate processes)"
memory_lines=""
for provider in lakesail ame; do
  for count in 10000 100000; do
    line=$("$exe" memory "$count" "$provider")
    echo "   $line"
    memory_lines+="$line"$'\n'
  done
done

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
MEMORY_LINES="$memory_lines" CPU_MODEL="$cpu" NPROC="$(nproc)" DOTNET_VERSION="$(dotnet --version)" \
  RESULTS="$artifacts/results" python3 - <<'PY'
import glob, json, os, re, sys

results = os.environ["RESULTS"]
stats = {}
for path in glob.glob(os.path.join(results, "*-report-full.json")):
    with open(path) as f:
        doc = json.load(f)
    for b in doc["Benchmarks"]:
        key = (b["Type"], b["Method"])
        s = b.get("Statistics") or {}
        stats[key] = {
            "median": s.get("Median"),
            "mean": s.get("Mean"),
            "alloc": (b.get("Memory") or {}).get("BytesAllocatedPerOperation"),
        }

def get(t, m, what="median"):
    v = stats.get((t, m), {}).get(what)
    return v

def fmt_time(ns):
    if ns is None: return "n/a"
    if ns >= 1e9: return f"{ns/1e9:.3f} s"
    if ns >= 1e6: return f"{ns/1e6:.2f} ms"
    if ns >= 1e3: return f"{ns/1e3:.1f} µs"
    return f"{ns:.0f} ns"

def fmt_bytes(b):
    if b is None: return "n/a"
    if b >= 1 << 20: return f"{b/(1<<20):.1f} MB"
    if b >= 1 << 10: return f"{b/1024:.1f} KB"
    return f"{b} B"

rows = []  # (case, measured, ratio, target, ok)
def row(case, detail, ratio, target_text, ok):
    rows.append((case, detail, "n/a" if ratio is None else f"{ratio:.2f}×", target_text, "n/a" if ok is None else ("met" if ok else "MISSED")))

for t, name in (("GetOksCluster", "Get one cluster, OKS"), ("GetEksCluster", "Get one cluster, EKS (SigV4)")):
    b, l = get(t, "Baseline"), get(t, "Library")
    ba, la = get(t, "Baseline", "alloc"), get(t, "Library", "alloc")
    r = l / b if b and l else None
    row(f"{name}: time", f"baseline {fmt_time(b)}, library {fmt_time(l)}", r, "≤ 1.15×", None if r is None else r <= 1.15)
    ra = la / ba if ba and la else None
    delta = f", +{fmt_bytes(la - ba)}/call" if ba and la else ""
    row(f"{name}: allocated", f"baseline {fmt_bytes(ba)}, library {fmt_bytes(la)}{delta}", ra, "≤ 2×", None if ra is None else ra <= 2)

for t, name in (("ListLakeSail", "List 100,000, LakeSail marker pages"), ("ListAme", "List 100,000, AME Spring pages")):
    b, l = get(t, "Baseline"), get(t, "Library")
    r = b / l if b and l else None  # throughput ratio
    extra = ""
    if b and l:
        extra = f" (library {100000/(l/1e9):,.0f} vs baseline {100000/(b/1e9):,.0f} items/s)"
    row(f"{name}: throughput", f"baseline {fmt_time(b)}, library {fmt_time(l)}{extra}", r, "≥ 0.9×", None if r is None else r >= 0.9)

singles = {m: get("Inventory", m) for m in ("SingleEks", "SingleOks", "SingleAme", "SingleImply")}
known = {m: v for m, v in singles.items() if v}
five = get("Inventory", "FiveProviders")
slowest = max(known.values()) if known else None
r = five / slowest if five and slowest else None
slowest_name = max(known, key=known.get)[6:] if known else "?"
row("Inventory of 5 providers (50 ms each)", f"5 together {fmt_time(five)}, slowest single ({slowest_name}) {fmt_time(slowest)}", r, "≤ 1.3× slowest single", None if r is None else r <= 1.3)

p, n = get("KubeconfigNacl", "Plain"), get("KubeconfigNacl", "Nacl")
r = n / p if p and n else None
seal = get("BreakdownNaclCrypto", "Seal")
client_only = f"; without the in-process server's sealing ({fmt_time(seal)}): {(n - seal) / p:.2f}×" if p and n and seal else ""
row("Kubeconfig 16 KB through NaCl", f"plain {fmt_time(p)}, NaCl {fmt_time(n)}{client_only}", r, "≤ 1.2× plain", None if r is None else r <= 1.2)

peaks = {}
for line in os.environ["MEMORY_LINES"].splitlines():
    m = re.search(r"provider=(\w+) items=(\d+) .*peakWorkingSetBytes=(\d+)", line)
    if m:
        peaks[(m.group(1), int(m.group(2)))] = int(m.group(3))
for provider, name in (("lakesail", "LakeSail"), ("ame", "AME")):
    small, big = peaks.get((provider, 10000)), peaks.get((provider, 100000))
    r = big / small if small and big else None
    row(f"Memory flatness, {name}: peak WS 100,000 / 10,000", f"{fmt_bytes(small)} → {fmt_bytes(big)}", r, "≤ 1.2×", None if r is None else r <= 1.2)

print()
print("== ratios against targets")
for case, detail, ratio, target, ok in rows:
    print(f"  [{ok:>6}] {case}: {ratio} (target {target}) — {detail}")

print()
print(f"Machine: {os.environ['NPROC']} cores ({os.environ['CPU_MODEL']}), .NET SDK {os.environ['DOTNET_VERSION']}, "
      "BenchmarkDotNet 0.15.8 short mode (in-process, 1 launch, 2 warm-up + 5 iterations, 11 for the µs cases; medians); shared machine, numbers are noisy.")
print()
print("| case | measured | ratio | target | |")
print("|---|---|---|---|---|")
for case, detail, ratio, target, ok in rows:
    print(f"| {case} | {detail} | {ratio} | {target} | {ok} |")

missing = [r for r in rows if r[4] == "n/a"]
missed = [r for r in rows if r[4] == "MISSED"]
sys.exit(1 if missed or missing else 0)
PY
