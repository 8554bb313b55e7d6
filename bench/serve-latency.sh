#!/usr/bin/env bash
# Edit → reload latency of `dossier serve`: the time from appending a sentence to an article to the
# `reload` server-sent event reaching a client (curl on /_dossier/events), with the server's own build time.
#
#   bench/serve-latency.sh                 # a generated 1,000-article dossier, 10 measured edits
#   N=0 bench/serve-latency.sh             # the bundled dossier instead
#   N=5000 RUNS=5 bench/serve-latency.sh
#
# Environment:
#   N        articles to generate (default 1000); 0 = a copy of the bundled dossier
#   RUNS     measured edits (default 10), each after a quiet second; one unmeasured edit warms up first
#   SEED     corpus seed (default 1)
#   DOSSIER  a published Dossier.Cli to use (default: tools/publish-cli.sh into WORK: self-contained, composite ReadyToRun)
#   WORK     scratch folder (default: a new temporary folder)
#
# Needs: the .NET SDK, curl, bash ≥ 5 (EPOCHREALTIME: timestamps without forking a process).
# The latency includes the watcher's 30 ms quiet period, the rebuild and the event's delivery.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${N:-1000}"
RUNS="${RUNS:-10}"
SEED="${SEED:-1}"
WORK="${WORK:-$(mktemp -d -t dossier-serve-bench.XXXXXX)}"
mkdir -p "$WORK"
log() { printf '%s\n' "$*" >&2; }
now_us() { local t="${EPOCHREALTIME/[.,]/}"; printf '%s' "$t"; }

log "== scratch folder: $WORK"
log "== .NET SDK $(dotnet --version); $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ -z "${DOSSIER:-}" ]]; then
  # ReadyToRun: precompiled, optimised code from the first edit on (JIT-compiled code starts unoptimised and a
  # rebuild runs each stage once, so it would take dozens of edits to warm up).
  log "== publishing the Dossier CLI (tools/publish-cli.sh: self-contained, composite ReadyToRun)"
  "$ROOT/tools/publish-cli.sh" "$WORK/cli" > "$WORK/build.log"
  DOSSIER="$WORK/cli/Dossier.Cli"
fi

SITE="$WORK/site"
rm -rf "$SITE"
if [[ "$N" == 0 ]]; then
  log "== copying the bundled dossier"
  mkdir -p "$SITE" && cp -r "$ROOT/content" "$ROOT/themes" "$ROOT/dossier.yml" "$SITE/"
else
  log "== generating $N articles (seed $SEED)"
  dotnet run --project "$ROOT/tools/corpus-generator" -c Release -- --articles "$N" --seed "$SEED" --output "$SITE" > "$WORK/generate.log"
fi
ARTICLE="$(find "$SITE/content/articles" -name '*.md' | sort | sed -n 1p)"  # sed, not head: pipefail + SIGPIPE

SERVER_LOG="$WORK/serve.log"
EVENTS="$WORK/events.log"
: > "$EVENTS"
SERVER=""
CLIENT=""
cleanup() {
  [[ -n "$CLIENT" ]] && kill "$CLIENT" 2> /dev/null || true
  [[ -n "$SERVER" ]] && kill "$SERVER" 2> /dev/null || true
  wait 2> /dev/null || true
}
trap cleanup EXIT

log "== starting dossier serve --port 0"
"$DOSSIER" serve --source "$SITE" --port 0 > "$SERVER_LOG" 2> "$WORK/serve.err" &
SERVER=$!
for _ in $(seq 600); do
  grep -q '^Serving http' "$SERVER_LOG" && break
  kill -0 "$SERVER" 2> /dev/null || { log "dossier serve exited:"; tail -20 "$WORK/serve.err" >&2; exit 1; }
  sleep 0.1
done
ORIGIN="$(sed -n 's#^Serving \(http://[^/]*\)/.*#\1#p' "$SERVER_LOG" | sed -n 1p)"
[[ -n "$ORIGIN" ]] || { log "dossier serve printed no address"; exit 1; }
log "   $(grep -m1 '^Built' "$SERVER_LOG") — serving $ORIGIN"

# The client: every line of the event stream, stamped (µs) the moment curl hands it over.
curl -sN "$ORIGIN/_dossier/events" | while IFS= read -r line; do printf '%s %s\n' "$(now_us)" "$line"; done >> "$EVENTS" &
CLIENT=$!
for _ in $(seq 100); do grep -q ': connected' "$EVENTS" && break; sleep 0.05; done

# edit I — append a sentence, wait for the next reload event; prints the latency in ms.
edit() {
  local before t0 t1
  before="$(grep -c ' event: reload$' "$EVENTS" || true)"
  t0="$(now_us)"
  printf '\nLatency probe %s.\n' "$1" >> "$ARTICLE"
  for _ in $(seq 12000); do
    (( $(grep -c ' event: reload$' "$EVENTS" || true) > before )) && break
    grep -q ' event: build-error$' "$EVENTS" && { log "the rebuild failed:"; tail -20 "$EVENTS" >&2; exit 1; }
    sleep 0.005
  done
  t1="$(grep ' event: reload$' "$EVENTS" | sed -n "$((before + 1))p" | cut -d' ' -f1)"
  [[ -n "$t1" ]] || { log "no reload event within a minute"; exit 1; }
  echo $(( (t1 - t0) / 1000 ))
}

log "== $(basename "$ARTICLE"): 1 warm-up edit, then $RUNS measured edits"
sleep 1
warm="$(edit 0)"
samples=()
for i in $(seq "$RUNS"); do
  sleep 1
  samples+=("$(edit "$i")")
done

builds="$(sed -n 's/^Built [0-9]* pages.* in \([0-9]*\) ms\.$/\1/p' "$SERVER_LOG")"
pages="$(sed -n 's/^Built \([0-9]*\) pages.*/\1/p' "$SERVER_LOG" | sed -n 1p)"
sorted="$(printf '%s\n' "${samples[@]}" | sort -n)"
median() { local values; mapfile -t values; local n=${#values[@]}; echo "${values[$(( (n - 1) / 2 ))]}"; }
label="$N articles"; [[ "$N" == 0 ]] && label="the bundled dossier"
printf '\n%s, %s pages; edit → reload event (ms), %s runs after 1 warm-up:\n' "$label" "$pages" "$RUNS"
printf '  samples: %s\n' "${samples[*]}"
printf '  warm-up: %s   median: %s   min: %s   max: %s\n' "$warm" "$(median <<< "$sorted")" "$(head -1 <<< "$sorted")" "$(tail -1 <<< "$sorted")"
printf '  server build times (ms; first = initial build, then warm-up, then runs): %s\n' "$(echo $builds)"
printf '  build median over the measured runs: %s ms\n' "$(tail -n "$RUNS" <<< "$builds" | sort -n | median)"
