#!/usr/bin/env bash
# Runs the links benchmark with the checker built the way the dossier command is installed (tools/publish-cli.sh):
# self-contained, one composite ReadyToRun image, methods compiled once, optimised. Arguments go to the benchmark:
#
#   tools/links-benchmark/run.sh [--runs 5] [--urls 2000] [--hosts 20] [--per-host 2] [--latency-ms 50] [--linkinator PATH]
#
# Publishing takes a few minutes the first time (it compiles the framework too); OUTPUT (default: a folder in
# $TMPDIR) is reused, and only republished when a source file is newer than it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUTPUT="${OUTPUT:-${TMPDIR:-/tmp}/dossier-links-benchmark}"
if [ ! -x "$OUTPUT/links-benchmark" ] || [ -n "$(find "$ROOT/src/Dossier.Links" "$ROOT/tools/links-benchmark" \
    \( -name '*.cs' -o -name '*.csproj' \) -newer "$OUTPUT/links-benchmark" -print -quit)" ]; then
  rid="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -1)"
  dotnet publish "$ROOT/tools/links-benchmark" -c Release -r "$rid" --self-contained true \
    -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -o "$OUTPUT" -v quiet -nologo >&2
  touch "$OUTPUT/links-benchmark"
fi
exec "$OUTPUT/links-benchmark" "$@"
