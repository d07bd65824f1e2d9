# Shared by the scripts that run something against the emulator (tests/MultiCloudClusters.AotSmoke/run.sh, the
# benchmarks' run.sh); source it from the repository root. start_emulator LOG [ARGS…] builds the emulator, starts it
# (JIT, its own process) on a free loopback port with ARGS, waits up to a minute for its banner in LOG and returns 0
# once it is up; stop_emulator stops it (SIGTERM, five seconds' grace, then SIGKILL). The caller traps EXIT to stop it.
emulator_pid=""

start_emulator() {
  local log=$1
  shift
  dotnet build src/MultiCloudClusters.Emulator -v quiet -nologo >"$log.build" 2>&1 || { cat "$log.build" | tail -n 20; return 1; }
  local emulator
  emulator=$(dotnet msbuild src/MultiCloudClusters.Emulator -nologo -getProperty:TargetPath)
  dotnet "$emulator" --port 0 "$@" >"$log" 2>&1 &
  emulator_pid=$!
  for _ in $(seq 600); do # a minute at most
    grep -q "Press Ctrl+C" "$log" 2>/dev/null && return 0
    kill -0 "$emulator_pid" 2>/dev/null || break
    sleep 0.1
  done
  tail -n 20 "$log" 2>/dev/null
  return 1
}

stop_emulator() {
  [ -n "$emulator_pid" ] || return 0
  kill -TERM "$emulator_pid" 2>/dev/null
  for _ in $(seq 50); do # five seconds' grace, then SIGKILL (it may not stop on SIGTERM)
    kill -0 "$emulator_pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -KILL "$emulator_pid" 2>/dev/null
  wait "$emulator_pid" 2>/dev/null
  emulator_pid=""
}
