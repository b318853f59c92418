#!/usr/bin/env bash
# Native AOT check for the openai-threads CLI: publish with zero warnings, then drive the native binary through a
# thread's whole life against its own emulator. Prints "aot smoke: N passed, M failed" last; exits non-zero on any
# failure. Run from anywhere: it works from the repository root.
set -euo pipefail
cd "$(dirname "$0")/../.."

project=src/OpenApiThreads.Cli
# net9.0 because this registry serves no net10.0 NativeAOT runtime pack; the project switches to net9.0 by itself
# when PublishAot=true, and -f only states it.
publish=(dotnet publish "$project" -c Release -r linux-x64 -f net9.0 -p:PublishAot=true)
binary="$project/bin/Release/net9.0/linux-x64/publish/openai-threads"

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

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "  ok   $1"; }
fail() { failed=$((failed + 1)); echo "  FAIL $1" >&2; }
finish() {
  echo "aot smoke: $passed passed, $failed failed"
  if [ "$failed" -eq 0 ]; then
    exit 0
  fi
  exit 1
}

# --- publish ------------------------------------------------------------------------------------------------------
# MSBuild replays no warnings for steps it skips as up to date, so drop the AOT intermediates: ILC then compiles the
# whole program again and reports every trim or AOT warning there is.
rm -rf "$project/obj/Release/net9.0/linux-x64" "$project/bin/Release/net9.0/linux-x64"
echo "== ${publish[*]}"
start=$(date +%s.%N)
if ! "${publish[@]}" > "$work/publish.log" 2>&1; then
  cat "$work/publish.log" >&2
  fail "publish failed"
  finish
fi
seconds=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
echo "publish took ${seconds} s"

# The summary line "0 Warning(s)" is not a warning.
warnings=$(grep -i 'warning' "$work/publish.log" | grep -Eiv '^[[:space:]]*0 Warning\(s\)' || true)
if [ -n "$warnings" ]; then
  warning_count=$(printf '%s\n' "$warnings" | wc -l)
  printf '%s\n' "$warnings" >&2
  fail "publish reported $warning_count warning line(s)"
else
  pass "publish reported no warnings"
fi

if [ ! -x "$binary" ]; then
  fail "no native binary at $binary"
  finish
fi
echo "binary: $binary"
echo "size: $(stat -c %s "$binary") bytes"

# --- helpers ------------------------------------------------------------------------------------------------------
# run NAME ARGS...: runs the binary, keeping stdout, stderr and the exit code in $work/NAME.{out,err,rc}.
run() {
  local name=$1
  shift
  set +e
  "$binary" "$@" > "$work/$name.out" 2> "$work/$name.err"
  echo $? > "$work/$name.rc"
  set -e
}

expect_exit() { # NAME CODE...
  local name=$1 actual
  shift
  actual=$(cat "$work/$name.rc")
  for code in "$@"; do
    if [ "$actual" = "$code" ]; then
      pass "$name exits $actual"
      return
    fi
  done
  fail "$name exits $actual, expected $*; stderr: $(cat "$work/$name.err")"
}

expect_in() { # NAME STREAM(out|err) FIXED-STRING DESCRIPTION
  if grep -qF -- "$3" "$work/$1.$2"; then
    pass "$1: $4"
  else
    fail "$1: $4 (no '$3' in std$2: $(head -c 400 "$work/$1.$2"))"
  fi
}

expect_not_in() { # NAME STREAM FIXED-STRING DESCRIPTION
  if grep -qF -- "$3" "$work/$1.$2"; then
    fail "$1: $4 (found '$3' in std$2)"
  else
    pass "$1: $4"
  fi
}

# stdout must be JSON and nothing else, so scripts can pipe it; checked with python3 when there is one.
expect_json() { # NAME
  if ! command -v python3 > /dev/null; then
    return
  fi
  if python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$work/$1.out" 2>/dev/null; then
    pass "$1: stdout is one JSON document"
  else
    fail "$1: stdout is not valid JSON: $(head -c 400 "$work/$1.out")"
  fi
}

expect_one_line() { # NAME
  local lines
  lines=$(wc -l < "$work/$1.err")
  if [ "$lines" -eq 1 ]; then
    pass "$1: the error is one stderr line"
  else
    fail "$1: stderr has $lines lines: $(cat "$work/$1.err")"
  fi
}

# --- emulator -----------------------------------------------------------------------------------------------------
echo "== $binary emulator"
"$binary" emulator > "$work/emulator.out" 2> "$work/emulator.err" &
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
  http://127.0.0.1:*/v1/) pass "emulator printed its base URL $base_url" ;;
  *)
    fail "emulator printed no base URL within 30 s (stdout: '$base_url', stderr: $(cat "$work/emulator.err"))"
    finish
    ;;
esac

# --- a thread's life ----------------------------------------------------------------------------------------------
api_key=test-key
export OPENAI_BASE_URL="$base_url" OPENAI_API_KEY="$api_key"

echo "== create → retrieve → update → delete → retrieve"
run create create --metadata user=abc123 --message "user:Hello from the AOT smoke test"
expect_exit create 0
expect_json create
expect_in create out '"object": "thread"' "prints a thread"
expect_in create out '"user": "abc123"' "has the metadata"
expect_not_in create err "note:" "uses OPENAI_BASE_URL, not a private emulator"
thread_id=$(grep -oE '"id": "thread_[A-Za-z0-9]+"' "$work/create.out" | head -n 1 | cut -d '"' -f 4 || true)
if [ -z "$thread_id" ]; then
  fail "create printed no thread id"
  finish
fi
echo "  thread: $thread_id"

run retrieve retrieve "$thread_id"
expect_exit retrieve 0
expect_json retrieve
expect_in retrieve out "\"id\": \"$thread_id\"" "is the created thread"
expect_in retrieve out '"user": "abc123"' "has the metadata"

run update update "$thread_id" --metadata user=xyz789 --metadata modified=true
expect_exit update 0
expect_json update
expect_in update out '"user": "xyz789"' "changed the metadata"
expect_in update out '"modified": "true"' "added the new key"
expect_not_in update out '"abc123"' "dropped the old value"

run delete delete "$thread_id"
expect_exit delete 0
expect_json delete
expect_in delete out '"object": "thread.deleted"' "prints the deletion status"
expect_in delete out '"deleted": true' "reports deleted"

run retrieve_deleted retrieve "$thread_id"
expect_exit retrieve_deleted 1
expect_in retrieve_deleted err "404" "mentions 404"
expect_in retrieve_deleted err "$thread_id" "names the thread"
expect_one_line retrieve_deleted
if [ -s "$work/retrieve_deleted.out" ]; then fail "retrieve_deleted: stdout is not empty"; else pass "retrieve_deleted: stdout is empty"; fi

echo "== create-and-run"
run create_and_run create-and-run --assistant-id asst_smoke --message "user:Hi" --model gpt-4o
expect_exit create_and_run 0
expect_json create_and_run
expect_in create_and_run out '"object": "thread.run"' "prints a run"
expect_in create_and_run out '"assistant_id": "asst_smoke"' "for the assistant"

echo "== errors and usage"
for name in create retrieve update delete retrieve_deleted create_and_run; do
  expect_not_in "$name" out "$api_key" "does not print the API key on stdout"
  expect_not_in "$name" err "$api_key" "does not print the API key on stderr"
done

# "run" cannot unset a variable for a single call, so this one goes through env directly.
set +e
env -u OPENAI_API_KEY "$binary" --base-url "$base_url" create > "$work/no_key.out" 2> "$work/no_key.err"
echo $? > "$work/no_key.rc"
set -e
expect_exit no_key 2 1
expect_in no_key err "OPENAI_API_KEY" "says the key is missing"
expect_one_line no_key

run bad_message create --message "nobody:hi"
expect_exit bad_message 2
expect_in bad_message err "'user' or 'assistant'" "says which roles are allowed"
expect_one_line bad_message

run unknown_option create --metdata user=abc123
expect_exit unknown_option 2
expect_in unknown_option err "did you mean '--metadata'" "suggests the option"

run help --help
expect_exit help 0
expect_in help out "create-and-run" "lists the commands"

echo "== emulator shutdown"
# SIGTERM is how scripts and service managers stop it: it must end cleanly, not be killed mid-request.
kill -TERM "$emulator_pid"
set +e
wait "$emulator_pid"
emulator_rc=$?
set -e
emulator_pid=""
if [ "$emulator_rc" -eq 0 ]; then pass "emulator exits 0 on SIGTERM"; else fail "emulator exits $emulator_rc on SIGTERM"; fi
expect_in emulator err "emulator: stopped" "says it stopped"

finish
