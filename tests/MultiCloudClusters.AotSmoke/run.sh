#!/usr/bin/env bash
# Proves the library and the Testing package work trimmed and as Native AOT: publishes the smoke app twice
# (PublishAot; PublishTrimmed self-contained), starts the emulator (JIT, its own process) on a free loopback port,
# runs both apps against it (each app then also hosts the Testing package's emulator in its own process) and stops
# it. Every check is one "PASS name: …" or "FAIL name: …" line — this script's own (the toolchain, each
# publish, trim/AOT warnings in each publish) and each app's — so a caller counts them with grep '^PASS ' / '^FAIL '.
# Exits 0 only when every check passed.
#   bash tests/MultiCloudClusters.AotSmoke/run.sh        (from anywhere; needs the .NET SDK; installs clang if missing)
set -uo pipefail
cd "$(dirname "$0")/../.."

project=tests/MultiCloudClusters.AotSmoke
app=MultiCloudClusters.AotSmoke
work=$(mktemp -d)
passed=0
failed=0

pass() { echo "PASS $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1"; failed=$((failed + 1)); }

# shellcheck source=../emulator.sh
source tests/emulator.sh

trap 'stop_emulator; rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

# 1. Native AOT links with clang (and zlib); the build machines are Debian and we are root there.
if command -v clang >/dev/null 2>&1; then
  pass "toolchain: $(clang --version | head -n 1)"
else
  echo "clang is missing: installing clang and zlib1g-dev with apt-get"
  if DEBIAN_FRONTEND=noninteractive apt-get update -qq >"$work/apt.log" 2>&1 &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends clang zlib1g-dev >>"$work/apt.log" 2>&1 &&
    command -v clang >/dev/null 2>&1; then
    pass "toolchain: installed $(clang --version | head -n 1)"
  else
    tail -n 20 "$work/apt.log"
    fail "toolchain: could not install clang and zlib1g-dev (apt-get needs root and the distribution's package registry)"
  fi
fi

# 2. Two publishes. Trim and AOT warnings are reported one by one (not collapsed per assembly) and counted as a
#    check of their own, rather than stopping the publish, so the apps still run and show what breaks.
publish() {
  local name=$1
  shift
  local log="$work/$name.publish.log"
  local started=$SECONDS
  if dotnet publish "$project" -c Release -r linux-x64 -o "$work/$name" -p:TrimmerSingleWarn=false "$@" >"$log" 2>&1; then
    pass "publish $name: $((SECONDS - started)) s, $(du -sh "$work/$name" | cut -f1)"
  else
    grep -E "error|warning" "$log" | sort -u | tail -n 30
    fail "publish $name: dotnet publish failed (above)"
  fi

  local warnings
  warnings=$(grep -oE "warning IL[0-9]{4}:.*" "$log" | sed -E 's/ \[[^]]*\]$//' | sort -u)
  if [ -z "$warnings" ]; then
    pass "publish $name: no trim or AOT warning"
  else
    echo "$warnings" | head -n 40 | sed 's/^/    /'
    fail "publish $name: $(echo "$warnings" | wc -l) distinct trim/AOT warnings ($(echo "$warnings" | grep -oE "IL[0-9]{4}" | sort | uniq -c | awk '{printf "%s%s x%s", sep, $2, $1; sep=", "}'))"
  fi
}

publish aot -p:SmokePublish=aot -p:IlcTreatWarningsAsErrors=false
publish trimmed -p:SmokePublish=trimmed -p:ILLinkTreatWarningsAsErrors=false

# 3. The emulator tool, on a port the system picks (--port 0), with short lifecycle steps and pages of two, so every
#    list of three or more spans several pages. --print-config env writes the library's own environment variables
#    for it (MultiCloudClusters__Oks__Endpoint, …), ending with a comment line once it listens (tests/emulator.sh).
start_emulator "$work/emulator.env" --step 0.2 --page-size 2

settings=()
if grep -q "^#" "$work/emulator.env" 2>/dev/null; then
  mapfile -t settings < <(grep -v "^#" "$work/emulator.env")
  pass "emulator: $(grep "^#" "$work/emulator.env" | grep -oE 'http://[^ ]+'), ${#settings[@]} settings from --print-config env"
else
  fail "emulator: did not start (above)"
fi

# 4. Both apps. Their checks count one by one; an app that ends badly without a failed check counts one failure.
run_app() {
  local name=$1
  local exe="$work/$name/$app"
  if [ ! -x "$exe" ] || [ ${#settings[@]} -eq 0 ]; then
    fail "run $name: not run (no published app or no emulator, above)"
    return
  fi

  local log="$work/$name.run.log"
  timeout --kill-after=10 600 env "${settings[@]}" "$exe" >"$log" 2>&1
  local status=$?
  sed "s/^\(PASS\|FAIL\) /\1 $name /" "$log"
  local p f
  p=$(grep -c '^PASS ' "$log")
  f=$(grep -c '^FAIL ' "$log")
  passed=$((passed + p))
  failed=$((failed + f))
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
    fail "run $name: exited $status without a failed check (a crash or a hang, above)"
  elif [ "$status" -eq 0 ] && [ "$p" -eq 0 ]; then
    fail "run $name: exited 0 but ran no check"
  fi
}

run_app aot
run_app trimmed
stop_emulator

echo "AOT smoke: $passed checks passed, $failed failed"
[ "$failed" -eq 0 ]
