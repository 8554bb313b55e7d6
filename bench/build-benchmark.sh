#!/usr/bin/env bash
# Full-build benchmark: Dossier against Hugo on the same generated corpus.
#
#   bench/build-benchmark.sh                     # N = 100 1000 5000, 5 runs each, on tmpfs
#   NS="1000 5000" RUNS=3 bench/build-benchmark.sh
#
# Environment:
#   NS       article counts to generate and build (default "100 1000 5000")
#   RUNS     measured runs per tool and N, alternating tools within each run (default 5)
#   SEED     corpus seed (default 1)
#   R2R      1 = also measure the CLI as tools/publish-cli.sh publishes it (self-contained, composite ReadyToRun;
#            default 1; skipped if it does not build)
#   TOOL     1 = also measure the CLI installed as the README says (dotnet pack, then dotnet tool install from
#            that package into a tool path; no ReadyToRun) (default 1)
#   SETTINGS runtime settings to compare, each measured as one more variant of the published command (ReadyToRun when it
#            built, else JIT): space-separated LABEL=VAR=VALUE[,VAR=VALUE…], e.g.
#            SETTINGS="server=DOTNET_gcServer=1 nonconc=DOTNET_gcConcurrent=0 tiered=DOTNET_TieredCompilation=1"
#   DISK     1 = put the scratch folder on disk (TMPDIR or /tmp) instead of tmpfs (default 0)
#   WORK     scratch folder (default: a new folder in /dev/shm, or on disk with DISK=1; corpora and sites go there)
#
# Why tmpfs: on disk, the kernel creating tens of thousands of files takes most of the wall time of both tools, so
# the ratio would measure the disk more than the tools. DISK=1 shows what a user's disk adds.
#
# Needs: the .NET SDK, hugo (Debian: apt-get install hugo), GNU time (/usr/bin/time).
# Every build starts from an empty output folder; one unmeasured warm-up build per tool and N
# fills the file cache first. Figures are medians with the spread (min–max) over the runs; CPU is user+sys;
# RSS is the peak resident set. Run it on an otherwise idle machine.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NS="${NS:-100 1000 5000}"
RUNS="${RUNS:-5}"
SEED="${SEED:-1}"
R2R="${R2R:-1}"
TOOL="${TOOL:-1}"
DISK="${DISK:-0}"
if [[ -z "${WORK:-}" ]]; then
  if [[ "$DISK" == 1 ]]; then WORK="$(mktemp -d -p "${TMPDIR:-/tmp}" dossier-bench.XXXXXX)"
  else WORK="$(mktemp -d -p /dev/shm dossier-bench.XXXXXX)"; fi
fi
mkdir -p "$WORK"
SAMPLES="$WORK/samples.tsv"
: > "$SAMPLES"

for tool in dotnet hugo /usr/bin/time; do
  command -v "$tool" > /dev/null || { echo "build-benchmark: $tool not found" >&2; exit 2; }
done

log() { printf '%s\n' "$*" >&2; }

log "== scratch folder: $WORK ($(df --output=fstype "$WORK" | tail -1))"
log "== $(hugo version)"
log "== .NET SDK $(dotnet --version); $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"

log "== building the corpus generator and publishing the Dossier CLI (Release)"
dotnet build "$ROOT/tools/corpus-generator" -c Release -o "$WORK/generator" -v quiet -nologo > "$WORK/build.log"
dotnet publish "$ROOT/src/Dossier.Cli" -c Release -o "$WORK/dossier-jit" -v quiet -nologo >> "$WORK/build.log"
VARIANTS=("dossier:$WORK/dossier-jit/Dossier.Cli")
if [[ "$R2R" == 1 ]]; then
  if "$ROOT/tools/publish-cli.sh" "$WORK/dossier-r2r" >> "$WORK/build.log" 2>&1; then
    VARIANTS+=("dossier-r2r:$WORK/dossier-r2r/Dossier.Cli")
  else
    log "   (ReadyToRun publish failed; see $WORK/build.log — measuring the JIT build only)"
  fi
fi
if [[ "$TOOL" == 1 ]]; then
  if dotnet pack "$ROOT/src/Dossier.Cli" -c Release -o "$WORK/nupkg" -v quiet -nologo >> "$WORK/build.log" 2>&1 \
    && dotnet tool install Dossier.Cli --tool-path "$WORK/tool" --add-source "$WORK/nupkg" >> "$WORK/build.log" 2>&1; then
    VARIANTS+=("dossier-tool:$WORK/tool/dossier")
  else
    log "   (dotnet pack / tool install failed; see $WORK/build.log — the installed tool is not measured)"
  fi
fi
base_variant="${VARIANTS[0]}"
for v in "${VARIANTS[@]}"; do [[ "${v%%:*}" == dossier-r2r ]] && base_variant="$v"; done
for setting in ${SETTINGS:-}; do
  name="${setting%%=*}" vars="${setting#*=}"
  VARIANTS+=("${base_variant%%:*}+$name:env ${vars//,/ } ${base_variant#*:}")
done
VARIANTS+=("hugo:hugo")

# measure LABEL N RUN OUTPUT_DIR COMMAND... — one timed run appended to samples.tsv:
# label, N, run, wall s, cpu s, peak RSS MB, HTML pages in OUTPUT_DIR (or - when none).
measure() {
  local label="$1" n="$2" run="$3" out="$4"; shift 4
  [[ -n "$out" ]] && rm -rf "$out"
  /usr/bin/time -f '%e %U %S %M' -o "$WORK/time.txt" "$@" > "$WORK/last.log" 2>&1 \
    || { log "   $label failed (exit $?), output:"; tail -20 "$WORK/last.log" >&2; exit 1; }
  local pages=-
  [[ -n "$out" ]] && pages=$(find "$out" -name '*.html' | wc -l)
  read -r wall user sys rss < <(tail -1 "$WORK/time.txt")
  awk -v l="$label" -v n="$n" -v r="$run" -v w="$wall" -v u="$user" -v s="$sys" -v m="$rss" -v p="$pages" \
    'BEGIN { printf "%s\t%s\t%s\t%.2f\t%.2f\t%.0f\t%s\n", l, n, r, w, u + s, m / 1024, p }' >> "$SAMPLES"
}

build_command() { # VARIANT_BIN N SITE_OUT → CMD, the command line for that tool
  local bin="$1" n="$2" out="$3"
  if [[ "$bin" == hugo ]]; then
    CMD=(hugo --source "$WORK/hugo-$n" --destination "$out" --quiet)
  else
    read -r -a CMD <<< "$bin"
    CMD+=(build --source "$WORK/dossier-$n" --output "$out")
  fi
}

log "== start-up and the bundled dossier ($RUNS runs each)"
for ((run = 1; run <= RUNS; run++)); do
  for v in "${VARIANTS[@]}"; do
    label="${v%%:*}" bin="${v#*:}"
    [[ "$bin" == hugo ]] && continue
    read -r -a words <<< "$bin"
    measure "$label --version" - "$run" "" "${words[@]}" --version
    measure "$label bundled" - "$run" "$WORK/bundled-site" "${words[@]}" build --source "$ROOT" --output "$WORK/bundled-site"
  done
done

for n in $NS; do
  log "== N=$n: generating"
  "$WORK/generator/corpus-generator" --articles "$n" --seed "$SEED" --output "$WORK/dossier-$n" --hugo "$WORK/hugo-$n" >&2
  log "   warm-up"
  for v in "${VARIANTS[@]}"; do
    bin="${v#*:}"
    rm -rf "$WORK/site"
    build_command "$bin" "$n" "$WORK/site"
    "${CMD[@]}" > /dev/null 2>&1
  done
  for ((run = 1; run <= RUNS; run++)); do
    # Alternate the order from run to run, so neither tool always runs on a warmer (or busier) machine.
    order=("${VARIANTS[@]}")
    if ((run % 2 == 0)); then
      order=(); for ((i = ${#VARIANTS[@]} - 1; i >= 0; i--)); do order+=("${VARIANTS[$i]}"); done
    fi
    for v in "${order[@]}"; do
      label="${v%%:*}" bin="${v#*:}"
      log "   run $run/$RUNS: $label"
      build_command "$bin" "$n" "$WORK/site"
      measure "$label" "$n" "$run" "$WORK/site" "${CMD[@]}"
    done
  done
done

median() { sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print a[(NR + 1) / 2]; else printf "%.2f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
column_of() { # LABEL N COLUMN → that column of every sample
  awk -F'\t' -v l="$1" -v n="$2" -v c="$3" '$1 == l && $2 == n { print $c }' "$SAMPLES"
}
stat() { column_of "$@" | median; }
spread() { # LABEL N COLUMN → "median (min–max)"
  local values; values="$(column_of "$@" | sort -g)"
  printf '%s (%s–%s)' "$(median <<< "$values")" "$(head -1 <<< "$values")" "$(tail -1 <<< "$values")"
}

echo
echo "Start-up and bundled dossier (median of $RUNS; wall s, CPU s, peak RSS MB)"
printf '%-28s %8s %8s %8s\n' command wall cpu rss
for v in "${VARIANTS[@]}"; do
  label="${v%%:*}"
  [[ "${v#*:}" == hugo ]] && continue
  for what in "--version" "bundled"; do
    printf '%-28s %8s %8s %8s\n' "$label $what" "$(stat "$label $what" - 4)" "$(stat "$label $what" - 5)" "$(stat "$label $what" - 6)"
  done
done

echo
echo "Full builds, output on $(df --output=fstype "$WORK" | tail -1) (median (min–max) of $RUNS; wall s, CPU s = user+sys,"
echo "peak RSS MB; ratio = median wall / Hugo's median wall; cpu ratio likewise)"
printf '%6s  %-22s %6s  %-20s %-20s %-20s %6s %6s\n' N tool pages wall cpu rss ratio "cpu r."
for n in $NS; do
  hugo_wall=$(stat hugo "$n" 4)
  hugo_cpu=$(stat hugo "$n" 5)
  for v in "${VARIANTS[@]}"; do
    label="${v%%:*}"
    wall=$(stat "$label" "$n" 4)
    cpu=$(stat "$label" "$n" 5)
    printf '%6s  %-22s %6s  %-20s %-20s %-20s %6s %6s\n' "$n" "$label" "$(stat "$label" "$n" 7)" "$(spread "$label" "$n" 4)" \
      "$(spread "$label" "$n" 5)" "$(spread "$label" "$n" 6)" \
      "$(awk -v a="$wall" -v b="$hugo_wall" 'BEGIN { printf "%.2f", a / b }')" \
      "$(awk -v a="$cpu" -v b="$hugo_cpu" 'BEGIN { printf "%.2f", a / b }')"
  done
done

read -r -a sizes <<< "$NS"
if ((${#sizes[@]} > 1)); then
  first="${sizes[0]}" last="${sizes[${#sizes[@]} - 1]}"
  echo
  echo "Growth from N=$first to N=$last (${last}/${first} = $(awk -v a="$last" -v b="$first" 'BEGIN { printf "%.1f", a / b }')× the articles): median wall ratio"
  for v in "${VARIANTS[@]}"; do
    label="${v%%:*}"
    printf '  %-22s %s×\n' "$label" "$(awk -v a="$(stat "$label" "$last" 4)" -v b="$(stat "$label" "$first" 4)" 'BEGIN { printf "%.2f", a / b }')"
  done
fi
echo
echo "Samples: $SAMPLES (label, N, run, wall s, cpu s, peak RSS MB, pages)"
