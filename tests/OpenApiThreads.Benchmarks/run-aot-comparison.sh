#!/usr/bin/env bash
# Native AOT side by side: publishes (net10.0) the openai-threads CLI and two minimal programs (hand-written HttpClient + STJ,
# and the same program through the generated client), reports each binary's size, then times process start → exit
# with the created thread printed, N times each (interleaved) against an emulator, and reports medians. The published
# CLI has no embedded emulator (the default for a Native AOT publish), so the emulator is the CLI's `emulator`
# command from a JIT build.
# Usage: bash tests/OpenApiThreads.Benchmarks/run-aot-comparison.sh [N=21] [PUBLISH-ARGS...]. Any PUBLISH-ARGS
# (e.g. -p:OptimizationPreference=Size) go to all three publishes, so a size setting is compared fairly.
# Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-21}
shift $(( $# > 0 ? 1 : 0 ))
extra=("$@")

cli_project=src/OpenApiThreads.Cli
minimal_project=tests/OpenApiThreads.Benchmarks/MinimalAot
generated_project=tests/OpenApiThreads.Benchmarks/MinimalAotGenerated
cli=$cli_project/bin/Release/net10.0/linux-x64/publish/openai-threads
minimal=$minimal_project/bin/Release/net10.0/linux-x64/publish/minimal-threads
generated=$generated_project/bin/Release/net10.0/linux-x64/publish/minimal-threads-generated

work=$(mktemp -d)
emulator_pid=""
cleanup() {
  if [ -n "$emulator_pid" ] && kill -0 "$emulator_pid" 2>/dev/null; then
    kill -TERM "$emulator_pid" 2>/dev/null || true
    wait "$emulator_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

publish() { # PROJECT EXTRA-ARGS...
  local project=$1
  shift
  echo "== dotnet publish $project -c Release -r linux-x64 $*"
  if ! dotnet publish "$project" -c Release -r linux-x64 "$@" > "$work/publish.log" 2>&1; then
    cat "$work/publish.log" >&2
    exit 1
  fi
}

# The CLI exactly as tests/aot/run-aot-smoke.sh publishes it; the minimal programs set PublishAot in their projects.
publish "$cli_project" -p:PublishAot=true "${extra[@]}"
publish "$minimal_project" "${extra[@]}"
publish "$generated_project" "${extra[@]}"
echo "== dotnet build $cli_project -c Release   (for the emulator)"
if ! dotnet build "$cli_project" -c Release > "$work/build.log" 2>&1; then
  cat "$work/build.log" >&2
  exit 1
fi

size() { stat -c %s "$1"; }
mib() { awk -v b="$1" 'BEGIN { printf "%.2f", b / 1048576 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# --- the emulator ---------------------------------------------------------------------------------------------------
dotnet "$cli_project/bin/Release/net10.0/openai-threads.dll" emulator > "$work/emulator.out" 2> "$work/emulator.err" &
emulator_pid=$!
base_url=""
for _ in $(seq 1 300); do
  base_url=$(head -n 1 "$work/emulator.out" 2>/dev/null || true)
  if [ -n "$base_url" ] || ! kill -0 "$emulator_pid" 2>/dev/null; then
    break
  fi
  sleep 0.1
done
case "$base_url" in
  http://127.0.0.1:*/v1/) echo "emulator: $base_url" ;;
  *) echo "the emulator printed no base URL: $(cat "$work/emulator.err")" >&2; exit 1 ;;
esac
export OPENAI_BASE_URL="$base_url" OPENAI_API_KEY=benchmark-key

# --- start to first response ----------------------------------------------------------------------------------------
# One run: process start → exit, with the created thread on stdout. Milliseconds from date's nanoseconds.
time_one() { # NAME BINARY
  local start end
  start=$(date +%s%N)
  "$2" create --metadata user=abc123 > "$work/$1.out" 2> "$work/$1.err"
  end=$(date +%s%N)
  if ! grep -q '"object": "thread"' "$work/$1.out" || ! grep -q '"user": "abc123"' "$work/$1.out"; then
    echo "$1 printed no thread: $(cat "$work/$1.out" "$work/$1.err")" >&2
    exit 1
  fi
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f\n", (e - s) / 1000000 }' >> "$work/$1.times"
}

names=(minimal generated cli)
binaries=("$minimal" "$generated" "$cli")
for i in 0 1 2; do
  time_one "${names[$i]}" "${binaries[$i]}" # one untimed run each: page cache and the emulator's first request
  rm -f "$work/${names[$i]}.times"
done
for _ in $(seq 1 "$runs"); do
  for i in 0 1 2; do
    time_one "${names[$i]}" "${binaries[$i]}"
  done
done

median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
minimum() { sort -n "$1" | head -n 1; }

minimal_size=$(size "$minimal")
minimal_median=$(median "$work/minimal.times")
echo
echo "Native AOT, net10.0, linux-x64${extra[*]:+, ${extra[*]}}; $runs timed runs each, interleaved, after one untimed run"
printf '%-52s %12s %8s %8s %12s %12s %8s\n' "binary" "bytes" "MiB" "ratio" "median ms" "min ms" "ratio"
for i in 0 1 2; do
  name=${names[$i]}
  bytes=$(size "${binaries[$i]}")
  med=$(median "$work/$name.times")
  printf '%-52s %12s %8s %8s %12s %12s %8s\n' "${binaries[$i]##*/} ($name)" "$bytes" "$(mib "$bytes")" "$(ratio "$bytes" "$minimal_size")" \
    "$med" "$(minimum "$work/$name.times")" "$(ratio "$med" "$minimal_median")"
done
