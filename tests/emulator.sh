# Shared by the scripts that run something against the emulator (tests/MultiCloudClusters.AotSmoke/run.sh, the
# benchmarks' run.sh); source it from the repository root. start_emulator ENV [ARGS…] builds the emulator tool,
# starts it (JIT, its own process) on a free loopback port with ARGS and --print-config env, which writes the
# library's own environment variables for it (MultiCloudClusters__Oks__Endpoint, …) to ENV and ends with a comment
# line once it listens (its log goes to ENV.log); it waits a minute at most and returns 0 once the emulator is up.
# stop_emulator stops it (SIGTERM, five seconds' grace, then SIGKILL). The caller traps EXIT to stop it.
emulator_pid=""

start_emulator() {
  local env=$1
  shift
  dotnet build src/MultiCloudClusters.Emulator.Tool -v quiet -nologo >"$env.build.log" 2>&1 || { tail -n 20 "$env.build.log"; return 1; }
  local emulator
  emulator=$(dotnet msbuild src/MultiCloudClusters.Emulator.Tool -nologo -getProperty:TargetPath)
  dotnet "$emulator" --port 0 "$@" --print-config env >"$env" 2>"$env.log" &
  emulator_pid=$!
  for _ in $(seq 600); do # a minute at most
    grep -q "^#" "$env" 2>/dev/null && return 0
    kill -0 "$emulator_pid" 2>/dev/null || break
    sleep 0.1
  done
  tail -n 20 "$env.log" 2>/dev/null
  return 1
}

stop_emulator() {
  [ -n "$emulator_pid" ] || return 0
  kill -TERM "$emulator_pid" 2>/dev/null
  for _ in $(seq 50); do # it stops within a second on SIGTERM; after five seconds, SIGKILL
    kill -0 "$emulator_pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -KILL "$emulator_pid" 2>/dev/null
  wait "$emulator_pid" 2>/dev/null
  emulator_pid=""
}
