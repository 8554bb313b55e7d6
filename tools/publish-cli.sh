#!/usr/bin/env bash
# Publishes the dossier command the way it is meant to be installed: self-contained, compiled ahead of time as one
# composite ReadyToRun image with the .NET libraries (no JIT at start-up, so the bundled dossier builds in well under
# a second), for this machine's runtime identifier.
#
#   tools/publish-cli.sh [OUTPUT]        # default: ./publish/dossier; the command is OUTPUT/Dossier.Cli
#
# The CLI compiles methods once, optimised (TieredCompilation=false in src/Dossier.Cli): large builds then spend no
# CPU recompiling hot code, and the composite image keeps small builds from paying for the JIT instead.
# Takes a few minutes (it compiles the framework too) and about 150 MB of disk.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUTPUT="${1:-$ROOT/publish/dossier}"
rid="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -1)"
dotnet publish "$ROOT/src/Dossier.Cli" -c Release -r "$rid" --self-contained true \
  -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -o "$OUTPUT" -v quiet -nologo
echo "$OUTPUT/Dossier.Cli"
