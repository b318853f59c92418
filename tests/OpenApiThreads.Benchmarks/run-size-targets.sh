#!/usr/bin/env bash
# Issue 14's Targets, side by side in one run (docs/benchmarks.md, section 11):
#   1. generated C# (bytes, files) for threads.yaml, OpenAI's full spec, and OpenAI's spec with the include filter
#      path:/threads*  (the benchmarks' `generated-volume` command: the generator through Roslyn's driver);
#   2. OpenAI's full spec, cold compile: the generated code compiled in a fresh process (`compile-openai`, Roslyn
#      in-process: wall time and the child's peak working set), the same files through the SDK's ReadyToRun csc in a
#      fresh process without the compiler server, and a consumer project's whole `dotnet build` (MinimalAotOpenAI:
#      generator and compiler, measured with /usr/bin/time -v);
#   3. Native AOT, net10.0 linux-x64, SDK defaults: the one-call program (CreateThreadAsync) hand-written (MinimalAot),
#      generated from threads.yaml (MinimalAotGenerated) and generated from OpenAI's full spec (MinimalAotOpenAI),
#      and the openai-threads CLI published exactly as tests/aot/run-aot-smoke.sh does; sizes and ratios, and the
#      OpenAI program's publish time and peak memory.
# Sizes and volumes are exact and repeat to the byte; times and memory depend on the machine's load (printed).
# OpenAI's spec is read from OPENAPITHREADS_OPENAI_SPEC, else ../shared/specs/openai-openapi.yaml beside the
# repository; it is never copied into the repository. Without it the OpenAI rows are skipped.
# Usage: bash tests/OpenApiThreads.Benchmarks/run-size-targets.sh [COMPILE-RUNS=1]   (about 10 minutes on 2 cores)
# Set SIZE_TARGETS_SKIP_OPENAI_AOT=1 to leave out the OpenAI program's publish (the slowest step, 4+ minutes).
set -euo pipefail
cd "$(dirname "$0")/../.."
compile_runs=${1:-1}

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
bench=tests/OpenApiThreads.Benchmarks
spec=${OPENAPITHREADS_OPENAI_SPEC:-../shared/specs/openai-openapi.yaml}
if [ -f "$spec" ]; then
  spec=$(cd "$(dirname "$spec")" && pwd)/$(basename "$spec")
  export OPENAPITHREADS_OPENAI_SPEC="$spec"
else
  echo "SKIPPED: OpenAI's spec not found at $spec (set OPENAPITHREADS_OPENAI_SPEC); its rows are left out" >&2
  spec=""
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
results="$work/results"
: > "$results"
# record KEY VALUE: one measured value, read back for the summary.
record() { echo "$1 $2" >> "$results"; }
value() { awk -v k="$1" '$1 == k { v = $2 } END { print v }' "$results"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "n/a"; else printf "%.2f", a / b }'; }
mib() { awk -v b="$1" 'BEGIN { if (b == "") print "n/a"; else printf "%.2f", b / 1048576 }'; }
mb() { awk -v b="$1" 'BEGIN { if (b == "") print "n/a"; else printf "%.2f", b / 1000000 }'; }

# quiet LOG COMMAND...: runs a command with its output in $work/LOG, shown only when it fails.
quiet() {
  local log=$work/$1
  shift
  if ! "$@" > "$log" 2>&1; then
    cat "$log" >&2
    echo "failed: $*" >&2
    exit 1
  fi
}

# timed KEY COMMAND...: like quiet, under /usr/bin/time -v; records KEY_s (wall seconds) and KEY_mb (peak RSS of the
# largest process, MB). -m:1 and no node reuse keep MSBuild, csc and ILC inside the timed process tree.
timed() {
  local key=$1
  shift
  if ! /usr/bin/time -v -o "$work/$key.time" "$@" > "$work/$key.log" 2>&1; then
    cat "$work/$key.log" >&2
    echo "failed: $*" >&2
    exit 1
  fi
  record "${key}_s" "$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.1f", s }' "$work/$key.time")"
  record "${key}_mb" "$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$work/$key.time")"
}

echo "load average at the start: $(cut -d ' ' -f 1-3 /proc/loadavg); commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . || echo ' (with local changes)')"

# --- 1. generated volume and 2a. in-process compile --------------------------------------------------------------
echo "== dotnet build -c Release $bench"
quiet bench-build dotnet build -c Release "$bench"
bench_dll=$bench/bin/Release/net10.0/OpenApiThreads.Benchmarks.dll
echo "== generated-volume"
OPENAPITHREADS_VOLUME_DUMP="$work/generated" dotnet "$bench_dll" generated-volume | tee "$work/volume.out"
while read -r _ name files bytes _; do
  record "volume_${name#name=}_files" "${files#files=}"
  record "volume_${name#name=}_bytes" "${bytes#bytes=}"
done < <(grep '^volume ' "$work/volume.out")

if [ -n "$spec" ]; then
  echo "== compile-openai $compile_runs   (Roslyn in a fresh process: parse, bind, emit DLL + PDB)"
  dotnet "$bench_dll" compile-openai "$compile_runs" | tee "$work/compile.out"
  summary=$(grep '^compile of the generated code' "$work/compile.out")
  record compile_inprocess_ms "$(echo "$summary" | grep -oE 'median [0-9]+ ms cold' | grep -oE '[0-9]+')"
  record compile_inprocess_mb "$(echo "$summary" | grep -oE 'max [0-9]+ MB' | grep -oE '[0-9]+')"
fi

# --- 2b. the same code through the SDK's own compiler -------------------------------------------------------------
# The in-process run above uses Roslyn's NuGet package, which is IL only: about half of its cold time is the JIT
# compiling Roslyn itself. A build runs the SDK's csc, which is ReadyToRun. This runs that csc in a fresh process,
# without the compiler server (the first build of a session), on the same generated files with the same options
# (C# latest, nullable on, a DLL and a portable PDB), against the reference assemblies of the SDK's runtime.
if [ -n "$spec" ]; then
  dotnet_root=$(dirname "$(readlink -f "$(command -v dotnet)")")
  csc=$dotnet_root/sdk/$(dotnet --version)/Roslyn/bincore/csc.dll
  refs=$(ls -d "$dotnet_root"/packs/Microsoft.NETCore.App.Ref/*/ref/net10.0 | sort -V | tail -n 1)
  echo 'namespace Consumer { public static class Settings { public const int Answer = 42; } }' > "$work/settings.cs"
  {
    echo "-nologo -nostdlib -target:library -nullable:enable -langversion:latest -debug:portable -deterministic -out:$work/openai-csc.dll"
    for r in "$refs"/*.dll; do echo "-r:$r"; done
    ls "$work/generated/openai/"*.cs
    echo "$work/settings.cs"
  } > "$work/csc.rsp"
  for run in 1 2 3; do
    echo "== SDK csc, fresh process, run $run"
    timed "csc_$run" dotnet exec "$csc" "@$work/csc.rsp"
  done
  record compile_csc_s "$(for run in 1 2 3; do value "csc_${run}_s"; done | sort -n | sed -n 2p)"
  record compile_csc_mb "$(for run in 1 2 3; do value "csc_${run}_mb"; done | sort -n | tail -n 1)"
fi

# --- 2c. a consumer's whole dotnet build of OpenAI's spec --------------------------------------------------------
msbuild_cold=(-m:1 -nodeReuse:false -p:UseSharedCompilation=false)
if [ -n "$spec" ]; then
  echo "== dotnet build -c Release $bench/MinimalAotOpenAI   (cold: --no-incremental, no build server; generator + compile)"
  quiet openai-restore dotnet restore "$bench/MinimalAotOpenAI" -r linux-x64
  quiet generator-build dotnet build -c Release generator/OpenApiThreads.Generator
  dotnet build-server shutdown > /dev/null 2>&1 || true
  timed consumer_build dotnet build -c Release -r linux-x64 --no-restore --no-incremental --no-dependencies "${msbuild_cold[@]}" "$bench/MinimalAotOpenAI"
fi

# --- 3. Native AOT ------------------------------------------------------------------------------------------------
publish() { # KEY PROJECT ARGS...
  local key=$1 project=$2
  shift 2
  echo "== dotnet publish $project -c Release -r linux-x64 $*"
  timed "$key" dotnet publish "$project" -c Release -r linux-x64 "$@"
  # Trim and AOT warnings only: OpenAI's spec also draws the generator's own (OATG), which are expected there.
  if grep -E ' warning IL[0-9]+' "$work/$key.log" > "$work/$key.warnings"; then
    echo "   $(sort -u "$work/$key.warnings" | wc -l) trim/AOT warning(s), e.g.: $(head -n 1 "$work/$key.warnings")" >&2
  fi
}
size_of() { stat -c %s "$1"; }

publish publish_minimal "$bench/MinimalAot"
record size_minimal "$(size_of "$bench/MinimalAot/bin/Release/net10.0/linux-x64/publish/minimal-threads")"
publish publish_threads "$bench/MinimalAotGenerated"
record size_threads "$(size_of "$bench/MinimalAotGenerated/bin/Release/net10.0/linux-x64/publish/minimal-threads-generated")"
if [ -n "$spec" ] && [ -z "${SIZE_TARGETS_SKIP_OPENAI_AOT:-}" ]; then
  # The build above left the compiled program; this step is mostly ILC.
  publish publish_openai "$bench/MinimalAotOpenAI" --no-restore --no-dependencies "${msbuild_cold[@]}"
  record size_openai "$(size_of "$bench/MinimalAotOpenAI/bin/Release/net10.0/linux-x64/publish/minimal-threads-openai")"
fi
# The CLI exactly as tests/aot/run-aot-smoke.sh publishes it.
publish publish_cli src/OpenApiThreads.Cli -p:PublishAot=true
record size_cli "$(size_of src/OpenApiThreads.Cli/bin/Release/net10.0/linux-x64/publish/openai-threads)"
# The minimal program again with the size settings OpenApiThreads.Cli.csproj gives the CLI's AOT publish (keep the
# two lists the same), for a like-for-like ratio; into its own folder, so the default publish above stays.
cli_settings=(-p:StackTraceSupport=false -p:OptimizationPreference=Size -p:IlcFoldIdenticalMethodBodies=true
  -p:HttpActivityPropagationSupport=false -p:MetricsSupport=false)
publish publish_minimal_cli_settings "$bench/MinimalAot" "${cli_settings[@]}" -o "$work/minimal-cli-settings"
record size_minimal_cli_settings "$(size_of "$work/minimal-cli-settings/minimal-threads")"

# --- summary ------------------------------------------------------------------------------------------------------
echo
echo "load average at the end: $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo
echo "| What | Target | Measured |"
echo "|---|---|---|"
echo "| One-call AOT program, OpenAI full spec vs threads.yaml | ≤ 1.1× | $(ratio "$(value size_openai)" "$(value size_threads)")× ($(value size_openai) B against $(value size_threads) B; publish $(value publish_openai_s) s, peak $(value publish_openai_mb) MB) |"
echo "| One-call AOT program, threads.yaml vs hand-written minimal program | ≤ 1.1× | $(ratio "$(value size_threads)" "$(value size_minimal)")× ($(value size_threads) B against $(value size_minimal) B) |"
echo "| OpenAI full spec: generated code | ≤ 10 MB | $(mb "$(value volume_openai_bytes)") MB in $(value volume_openai_files) files |"
echo "| OpenAI full spec: compile, cold | ≤ 15 s, ≤ 1 GB | SDK csc (ReadyToRun, fresh process, median of 3) $(value compile_csc_s) s, peak $(value compile_csc_mb) MB; in-process (IL-only Roslyn, JIT included) $(awk -v m="$(value compile_inprocess_ms)" 'BEGIN { if (m == "") print "n/a"; else printf "%.1f", m / 1000 }') s, $(value compile_inprocess_mb) MB; consumer \`dotnet build\` $(value consumer_build_s) s, $(value consumer_build_mb) MB |"
echo "| threads.yaml: generated code | ≤ 1 MB | $(mb "$(value volume_threads_bytes)") MB in $(value volume_threads_files) files |"
echo "| OpenAI full spec with an include filter for \`/threads*\` | ≤ 1.2× threads.yaml's output | $(ratio "$(value volume_openai-threads-filter_bytes)" "$(value volume_threads_bytes)")× ($(mb "$(value volume_openai-threads-filter_bytes)") MB in $(value volume_openai-threads-filter_files) files) |"
echo "| CLI AOT binary vs minimal program | ≤ 1.2× | $(ratio "$(value size_cli)" "$(value size_minimal)")× ($(value size_cli) B, $(mib "$(value size_cli)") MiB, against $(value size_minimal) B); like for like, the minimal program with the CLI's size settings: $(ratio "$(value size_cli)" "$(value size_minimal_cli_settings)")× (against $(value size_minimal_cli_settings) B) |"
echo
echo "raw:"
sort "$results" | sed 's/^/  /'
