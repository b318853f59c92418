#!/usr/bin/env bash
# Two generated outputs compiled in turn, cold, by the SDK's csc, as run-size-targets.sh compiles one: this machine's
# compile times drift by more than most changes move them, so only runs interleaved in the same minutes compare.
# Each output is a folder of .cs files, as `generated-volume` dumps it:
#   git checkout A && OPENAPITHREADS_VOLUME_DUMP=/tmp/a dotnet run -c Release --project tests/OpenApiThreads.Benchmarks -- generated-volume
#   git checkout B && OPENAPITHREADS_VOLUME_DUMP=/tmp/b dotnet run -c Release --project tests/OpenApiThreads.Benchmarks -- generated-volume
#   bash tests/OpenApiThreads.Benchmarks/compile-ab.sh /tmp/a/openai /tmp/b/openai 4
# Prints one line per compile (wall and CPU seconds, peak RSS, errors, DLL size) and each side's median wall time.
set -euo pipefail
a=$1
b=$2
pairs=${3:-3}

dotnet_root=$(dirname "$(readlink -f "$(command -v dotnet)")")
csc=$dotnet_root/sdk/$(dotnet --version)/Roslyn/bincore/csc.dll
refs=$(ls -d "$dotnet_root"/packs/Microsoft.NETCore.App.Ref/*/ref/net10.0 | sort -V | tail -n 1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo 'namespace Consumer { public static class Settings { public const int Answer = 42; } }' > "$work/settings.cs"

# compile SIDE DIR: one cold compile; appends "SIDE wall" to $work/times.
compile() {
  local side=$1 dir=$2
  {
    echo "-nologo -nostdlib -target:library -nullable:enable -langversion:latest -debug:portable -deterministic -out:$work/$side.dll"
    for r in "$refs"/*.dll; do echo "-r:$r"; done
    ls "$dir"/*.cs
    echo "$work/settings.cs"
  } > "$work/$side.rsp"
  /usr/bin/time -f "%e %U %S %M" -o "$work/$side.time" dotnet exec "$csc" "@$work/$side.rsp" > "$work/$side.log" 2>&1 || true
  # A failed compile makes time write a status line first: the figures are on the last line.
  read -r wall user sys rss < <(tail -n 1 "$work/$side.time")
  echo "$side $wall s wall, $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }') s CPU, $((rss / 1024)) MB peak, $(grep -c 'error CS' "$work/$side.log" || true) errors, $(stat -c %s "$work/$side.dll" 2>/dev/null || echo 0) B"
  echo "$side $wall" >> "$work/times"
}

echo "load average at the start: $(cut -d ' ' -f 1-3 /proc/loadavg)"
for ((i = 1; i <= pairs; i++)); do
  compile A "$a"
  compile B "$b"
done
echo "load average at the end: $(cut -d ' ' -f 1-3 /proc/loadavg)"
for side in A B; do
  echo "$side median $(awk -v s="$side" '$1 == s { print $2 }' "$work/times" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }') s over $pairs"
done
