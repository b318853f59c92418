#!/usr/bin/env bash
# Native AOT check for the openai-threads CLI: publish for net10.0 with zero warnings, then drive the native binary through a
# thread's whole life, its messages and its runs (polled, streamed, interrupted), and a file's upload and download
# (compared byte for byte) against an emulator. The published
# binary is the lean one, without the embedded emulator (the project's default for a Native AOT publish), so the
# emulator is served by the same CLI built for the JIT (one `dotnet build`, no second native publish), and the
# binary's own answer to a missing base URL is checked too. Last, the net9.0 publish (-f net9.0, ILCompiler 9): zero
# warnings and one create and retrieve, not the whole drive, since both binaries run the same C# and only the
# compilers differ (about one more minute). Prints "aot smoke: N passed, M failed" last; exits non-zero on any
# failure. Run from anywhere: it works from the repository root.
set -euo pipefail
cd "$(dirname "$0")/../.."

project=src/OpenApiThreads.Cli
# net10.0, the project's own framework; net9.0 is published at the end with -f net9.0.
publish=(dotnet publish "$project" -c Release -r linux-x64 -p:PublishAot=true)
binary="$project/bin/Release/net10.0/linux-x64/publish/openai-threads"
publish9=(dotnet publish "$project" -c Release -r linux-x64 -f net9.0 -p:PublishAot=true)
binary9="$project/bin/Release/net9.0/linux-x64/publish/openai-threads"
# The emulator: the CLI as `dotnet run` builds it (net10.0, JIT), which keeps the embedded emulator by default.
jit_build=(dotnet build "$project" -c Release)
emulator_cli=(dotnet "$project/bin/Release/net10.0/openai-threads.dll")

work=$(mktemp -d)
emulator_pid=""
slow_emulator_pid=""
stream_pid=""
cleanup() {
  for pid in "$stream_pid" "$slow_emulator_pid" "$emulator_pid"; do
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
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
# publish_clean LOG FRAMEWORK COMMAND...: publishes and fails on any warning line. MSBuild replays no warnings for
# steps it skips as up to date, so the AOT intermediates go first: ILC then compiles the whole program again and
# reports every trim or AOT warning there is.
publish_clean() {
  local log=$1 framework=$2 start seconds warnings warning_count
  shift 2
  rm -rf "$project/obj/Release/$framework/linux-x64" "$project/bin/Release/$framework/linux-x64"
  echo "== $*"
  start=$(date +%s.%N)
  if ! "$@" > "$work/$log.log" 2>&1; then
    cat "$work/$log.log" >&2
    fail "$log: publish failed"
    return 1
  fi
  seconds=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
  echo "publish took ${seconds} s"
  # The summary line "0 Warning(s)" is not a warning.
  warnings=$(grep -i 'warning' "$work/$log.log" | grep -Eiv '^[[:space:]]*0 Warning\(s\)' || true)
  if [ -n "$warnings" ]; then
    warning_count=$(printf '%s\n' "$warnings" | wc -l)
    printf '%s\n' "$warnings" >&2
    fail "$log: publish reported $warning_count warning line(s)"
  else
    pass "$log: publish reported no warnings"
  fi
}

publish_clean publish net10.0 "${publish[@]}" || finish

if [ ! -x "$binary" ]; then
  fail "no native binary at $binary"
  finish
fi
echo "binary: $binary"
size=$(stat -c %s "$binary")
echo "size: $size bytes ($(awk -v b="$size" 'BEGIN { printf "%.2f", b / 1048576 }') MiB)"

# Left out by the feature switch: ILC then compiles none of Kestrel, so no ASP.NET Core name is in the binary (a
# publish with -p:OpenApiThreadsEmbeddedEmulator=true has them in its metadata and stack trace data).
if grep -a -q 'Microsoft.AspNetCore' "$binary"; then
  fail "the binary holds ASP.NET Core code: the embedded emulator was not trimmed"
else
  pass "the binary holds no ASP.NET Core code"
fi

echo "== ${jit_build[*]}   (for the emulator)"
if ! "${jit_build[@]}" > "$work/jit_build.log" 2>&1; then
  cat "$work/jit_build.log" >&2
  fail "the JIT build for the emulator failed"
  finish
fi

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

# JSON Lines: COUNT lines (any number when COUNT is empty), each one JSON value; the JSON is checked with python3
# when there is one, and an indented document spread over lines fails it.
expect_json_lines() { # NAME [COUNT]
  local lines
  lines=$(wc -l < "$work/$1.out")
  if [ -n "${2:-}" ]; then
    if [ "$lines" -eq "$2" ]; then pass "$1: prints $2 lines"; else fail "$1: prints $lines lines, expected $2: $(head -c 400 "$work/$1.out")"; fi
  fi
  if ! command -v python3 > /dev/null; then
    return
  fi
  if python3 -c 'import json, sys; [json.loads(line) for line in open(sys.argv[1])]' "$work/$1.out" 2>/dev/null; then
    pass "$1: every stdout line is one JSON value"
  else
    fail "$1: stdout is not JSON Lines: $(head -c 400 "$work/$1.out")"
  fi
}

expect_equal() { # NAME ACTUAL EXPECTED DESCRIPTION
  if [ "$2" = "$3" ]; then
    pass "$1: $4"
  else
    fail "$1: $4 (got '$2', expected '$3')"
  fi
}

# The IDs with PREFIX (thread, msg, run) that start an object, in output order, space-separated; matches both the
# indented output ("id": "...") and JSON Lines ({"id":"...").
ids_of() { # NAME PREFIX
  grep -oE "\"id\": ?\"$2_[A-Za-z0-9]+\"" "$work/$1.out" | cut -d '"' -f 4 | tr '\n' ' ' | sed 's/ $//' || true
}

# Waits up to 30 s for an emulator started in the background to print its base URL, and prints it.
emulator_url() { # NAME PID
  local url=""
  for _ in $(seq 1 300); do
    url=$(head -n 1 "$work/$1.out" 2>/dev/null || true)
    if [ -n "$url" ] || ! kill -0 "$2" 2>/dev/null; then
      break
    fi
    sleep 0.1
  done
  echo "$url"
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
echo "== ${emulator_cli[*]} emulator"
"${emulator_cli[@]}" emulator > "$work/emulator.out" 2> "$work/emulator.err" &
emulator_pid=$!
base_url=$(emulator_url emulator "$emulator_pid")
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

echo "== messages: create ×3 → list, two per page → retrieve → delete"
run thread2 create --metadata purpose=messages-and-runs
expect_exit thread2 0
thread2=$(ids_of thread2 thread | cut -d ' ' -f 1)
if [ -z "$thread2" ]; then
  fail "create printed no thread id"
  finish
fi
echo "  thread: $thread2"

created_messages=""
for i in 1 2 3; do
  run "message_create_$i" messages create "$thread2" --content "Smoke message $i" --metadata "n=$i"
  expect_exit "message_create_$i" 0
  expect_json "message_create_$i"
  expect_in "message_create_$i" out '"object": "thread.message"' "prints a message"
  expect_in "message_create_$i" out '"role": "user"' "from the user by default"
  expect_in "message_create_$i" out "\"value\": \"Smoke message $i\"" "has the content"
  created_messages="$created_messages $(ids_of "message_create_$i" msg)"
done
created_messages=${created_messages# }
newest_first=$(echo "$created_messages" | tr ' ' '\n' | tac | tr '\n' ' ' | sed 's/ $//')

run messages_list_asc messages list "$thread2" --limit 2 --order asc
expect_exit messages_list_asc 0
expect_json_lines messages_list_asc 3
expect_equal messages_list_asc "$(ids_of messages_list_asc msg)" "$created_messages" "all three, oldest first, across two pages"

run messages_list messages list "$thread2" --limit 2
expect_exit messages_list 0
expect_json_lines messages_list 3
expect_equal messages_list "$(ids_of messages_list msg)" "$newest_first" "all three, newest first by default"

second_message=$(echo "$created_messages" | cut -d ' ' -f 2)
run message_retrieve messages retrieve "$thread2" "$second_message"
expect_exit message_retrieve 0
expect_json message_retrieve
expect_in message_retrieve out "\"id\": \"$second_message\"" "is the second message"
expect_in message_retrieve out '"n": "2"' "has its metadata"

run message_delete messages delete "$thread2" "$second_message"
expect_exit message_delete 0
expect_json message_delete
expect_in message_delete out '"object": "thread.message.deleted"' "prints the deletion status"
expect_in message_delete out '"deleted": true' "reports deleted"

run messages_after_delete messages list "$thread2" --order asc
expect_json_lines messages_after_delete 2
expect_not_in messages_after_delete out "$second_message" "the deleted message is gone"

echo "== runs: create → retrieve ×2 → stream → cancel → list"
run run_create runs create "$thread2" --assistant-id asst_smoke --instructions "Answer briefly."
expect_exit run_create 0
expect_json run_create
expect_in run_create out '"object": "thread.run"' "prints a run"
expect_in run_create out '"status": "queued"' "queued"
expect_in run_create out '"instructions": "Answer briefly."' "with the instructions"
run_id=$(ids_of run_create run | cut -d ' ' -f 1)

# The emulator moves a run one state per retrieve, as polling a real run would observe it.
run run_retrieve_1 runs retrieve "$thread2" "$run_id"
expect_exit run_retrieve_1 0
expect_json run_retrieve_1
expect_in run_retrieve_1 out '"status": "in_progress"' "advanced to in_progress"
run run_retrieve_2 runs retrieve "$thread2" "$run_id"
expect_in run_retrieve_2 out '"status": "completed"' "advanced to completed"

run messages_with_reply messages list "$thread2" --order asc
expect_json_lines messages_with_reply 3
expect_in messages_with_reply out '"role":"assistant"' "has the assistant's reply"

run run_stream runs create "$thread2" --assistant-id asst_smoke --stream
expect_exit run_stream 0
expect_json_lines run_stream
events=" $(grep -oE '^\{"event":"[^"]+"' "$work/run_stream.out" | cut -d '"' -f 4 | tr '\n' ' ')"
case "$events" in
  " thread.run.created thread.run.queued thread.run.in_progress "*" thread.message.delta "*" thread.run.completed done ")
    pass "run_stream: one line per event, thread.run.created … done in order" ;;
  *) fail "run_stream: events out of order or missing:$events" ;;
esac
expect_in run_stream out '{"event":"done","data":"[DONE]"}' "ends with the done event as sent"
stream_run_id=$(grep -oE '"data":\{"id":"run_[A-Za-z0-9]+"' "$work/run_stream.out" | head -n 1 | cut -d '"' -f 6 || true)

run run_to_cancel runs create "$thread2" --assistant-id asst_smoke
cancel_run_id=$(ids_of run_to_cancel run | cut -d ' ' -f 1)
run run_cancel runs cancel "$thread2" "$cancel_run_id"
expect_exit run_cancel 0
expect_json run_cancel
expect_in run_cancel out '"status": "cancelling"' "cancelling"
run run_cancelled runs retrieve "$thread2" "$cancel_run_id"
expect_in run_cancelled out '"status": "cancelled"' "then cancelled"

run runs_list runs list "$thread2" --limit 2 --order asc
expect_exit runs_list 0
expect_json_lines runs_list 3
expect_equal runs_list "$(ids_of runs_list run)" "$run_id $stream_run_id $cancel_run_id" "all three runs, oldest first, across two pages"

echo "== runs create --stream, interrupted"
# A second emulator that waits between streamed events, so the stream is still open when the signal arrives.
"${emulator_cli[@]}" emulator --event-delay 2000 > "$work/slow_emulator.out" 2> "$work/slow_emulator.err" &
slow_emulator_pid=$!
slow_url=$(emulator_url slow_emulator "$slow_emulator_pid")
OPENAI_BASE_URL="$slow_url" run slow_thread create
slow_thread=$(ids_of slow_thread thread | cut -d ' ' -f 1)
# A script's background jobs ignore SIGINT unless job control is on; with it, SIGINT reaches the binary as Ctrl+C
# in a terminal would.
set -m
OPENAI_BASE_URL="$slow_url" "$binary" runs create "$slow_thread" --assistant-id asst_smoke --stream \
  > "$work/interrupted.out" 2> "$work/interrupted.err" &
stream_pid=$!
set +m
for _ in $(seq 1 100); do
  if [ -s "$work/interrupted.out" ] || ! kill -0 "$stream_pid" 2>/dev/null; then
    break
  fi
  sleep 0.1
done
kill -INT "$stream_pid" 2>/dev/null || true
set +e
wait "$stream_pid"
echo $? > "$work/interrupted.rc"
set -e
stream_pid=""
expect_exit interrupted 130
expect_json_lines interrupted
expect_in interrupted out '{"event":"thread.run.created"' "printed the first event at once"
expect_not_in interrupted out '"event":"done"' "stopped before the end of the stream"
expect_in interrupted err "error: runs create interrupted" "says it was interrupted"
expect_one_line interrupted
kill -TERM "$slow_emulator_pid"
wait "$slow_emulator_pid" || true
slow_emulator_pid=""

echo "== files: upload → retrieve → list → content (stdout, -o) → attach → delete"
# Every byte value, then random bytes: 3 MiB that must come back identical, under a name with a space and an é.
upload="$work/smoke é.bin"
{ for i in $(seq 0 255); do printf "\\$(printf %03o "$i")"; done; head -c 3145472 /dev/urandom; } > "$upload"
upload_size=$(stat -c %s "$upload")

run file_upload files upload "$upload" --purpose assistants
expect_exit file_upload 0
expect_json file_upload
expect_in file_upload out '"object": "file"' "prints a file object"
expect_in file_upload out '"filename": "smoke é.bin"' "keeps the name"
expect_in file_upload out "\"bytes\": $upload_size" "counts every byte"
# stderr is a file here, not a terminal: no progress line, so a script's stderr stays empty on success.
if [ -s "$work/file_upload.err" ]; then fail "file_upload: stderr is not empty: $(cat "$work/file_upload.err")"; else pass "file_upload: draws no progress line when stderr is not a terminal"; fi
file_id=$(grep -oE '"id": "file-[A-Za-z0-9]+"' "$work/file_upload.out" | head -n 1 | cut -d '"' -f 4 || true)
if [ -z "$file_id" ]; then
  fail "files upload printed no file id"
  finish
fi
echo "  file: $file_id"

run file_retrieve files retrieve "$file_id"
expect_exit file_retrieve 0
expect_json file_retrieve
expect_in file_retrieve out "\"id\": \"$file_id\"" "is the uploaded file"

run files_list files list --purpose assistants
expect_exit files_list 0
expect_json_lines files_list
expect_in files_list out "\"id\":\"$file_id\"" "lists the uploaded file"

run file_content files content "$file_id"
expect_exit file_content 0
if cmp -s "$upload" "$work/file_content.out"; then pass "file_content: stdout has the exact bytes"; else fail "file_content: stdout differs from the upload ($(stat -c %s "$work/file_content.out") bytes)"; fi

run file_content_o files content "$file_id" -o "$work/downloaded.bin"
expect_exit file_content_o 0
if cmp -s "$upload" "$work/downloaded.bin"; then pass "file_content_o: -o FILE has the exact bytes"; else fail "file_content_o: -o FILE differs from the upload"; fi
if [ -s "$work/file_content_o.out" ]; then fail "file_content_o: stdout is not empty"; else pass "file_content_o: stdout is empty"; fi

run file_attach create --tool-resources "{\"code_interpreter\":{\"file_ids\":[\"$file_id\"]}}"
expect_exit file_attach 0
expect_in file_attach out "\"$file_id\"" "a thread's tool resources name the uploaded file"

run file_attach_unknown create --tool-resources '{"code_interpreter":{"file_ids":["file-never-uploaded"]}}'
expect_exit file_attach_unknown 1
expect_in file_attach_unknown err "HTTP 400" "an id never uploaded is refused"

run file_delete files delete "$file_id"
expect_exit file_delete 0
expect_json file_delete
expect_in file_delete out '"deleted": true' "reports deleted"

run file_content_deleted files content "$file_id" -o "$work/gone.bin"
expect_exit file_content_deleted 1
expect_in file_content_deleted err "HTTP 404" "mentions 404"
expect_one_line file_content_deleted
if [ -e "$work/gone.bin" ]; then fail "file_content_deleted: -o FILE was created"; else pass "file_content_deleted: -o FILE was not created"; fi

echo "== errors and usage"
for name in create retrieve update delete retrieve_deleted create_and_run messages_list message_create_1 run_create run_stream runs_list file_upload files_list file_delete; do
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

# The README's main command, as the lean binary answers it: no emulator to fall back on, so a usage error that says
# what to set and where an emulator comes from.
set +e
env -u OPENAI_BASE_URL -u OPENAI_API_KEY "$binary" create --metadata user=abc123 > "$work/no_base_url.out" 2> "$work/no_base_url.err"
echo $? > "$work/no_base_url.rc"
set -e
expect_exit no_base_url 2
expect_in no_base_url err "no --base-url or OPENAI_BASE_URL" "names the flag and the variable"
expect_in no_base_url err "dotnet run --project src/OpenApiThreads.Cli -- emulator" "says how to run an emulator"
expect_in no_base_url err "-p:OpenApiThreadsEmbeddedEmulator=true" "names the publish property"
expect_one_line no_base_url
if [ -s "$work/no_base_url.out" ]; then fail "no_base_url: stdout is not empty"; else pass "no_base_url: stdout is empty"; fi

run no_emulator emulator
expect_exit no_emulator 2
expect_in no_emulator err "this build has no built-in emulator" "says the emulator is not in this build"
expect_in no_emulator err "-p:OpenApiThreadsEmbeddedEmulator=true" "names the publish property"
expect_one_line no_emulator

run bad_message create --message "nobody:hi"
expect_exit bad_message 2
expect_in bad_message err "'user' or 'assistant'" "says which roles are allowed"
expect_one_line bad_message

run unknown_option create --metdata user=abc123
expect_exit unknown_option 2
expect_in unknown_option err "did you mean '--metadata'" "suggests the option"

run no_subcommand messages
expect_exit no_subcommand 2
expect_in no_subcommand err "list, create, retrieve, delete" "lists the subcommands"

run bad_order messages list "$thread2" --order newest
expect_exit bad_order 2
expect_in bad_order err "'asc' or 'desc'" "names the allowed orders"

run help --help
expect_exit help 0
expect_in help out "create-and-run" "lists the commands"
for command in "messages list" "messages create" "messages retrieve" "messages delete" "runs create" "runs retrieve" "runs list" "runs cancel" "files upload" "files list" "files retrieve" "files delete" "files content"; do
  expect_in help out "  $command " "lists '$command'"
done
# Help is wrapped to the terminal width, so look for the phrase in the text with its line breaks undone.
tr -s ' \n' ' ' < "$work/help.out" > "$work/help_text.out"
expect_in help_text out "JSON Lines" "states the list and stream format"
expect_in help_text out "This build has no built-in emulator" "says the emulator is not in this build"
expect_not_in help_text out "else a built-in emulator" "does not promise an emulator for --base-url"

echo "== net9.0 (ILCompiler 9)"
if publish_clean publish9 net9.0 "${publish9[@]}" && [ -x "$binary9" ]; then
  echo "size (net9.0): $(stat -c %s "$binary9") bytes"
  set +e
  "$binary9" create --metadata user=net9 > "$work/net9_create.out" 2> "$work/net9_create.err"
  echo $? > "$work/net9_create.rc"
  set -e
  expect_exit net9_create 0
  expect_in net9_create out '"user": "net9"' "the net9.0 binary creates a thread"
  net9_thread=$(ids_of net9_create thread | cut -d ' ' -f 1)
  set +e
  "$binary9" retrieve "$net9_thread" > "$work/net9_retrieve.out" 2> "$work/net9_retrieve.err"
  echo $? > "$work/net9_retrieve.rc"
  set -e
  expect_exit net9_retrieve 0
  expect_in net9_retrieve out "\"id\": \"$net9_thread\"" "the net9.0 binary reads it back"
else
  fail "no net9.0 native binary at $binary9"
fi

echo "== emulator shutdown (the JIT-built CLI's emulator command)"
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
