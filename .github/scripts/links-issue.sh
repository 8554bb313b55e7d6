#!/usr/bin/env bash
# After `dossier links --format markdown > REPORT`: keeps one issue (label `links`) listing what fails.
# Usage: links-issue.sh EXIT_CODE REPORT
#   0  every link passes: the open issue, if any, is closed
#   1  links fail: the issue is opened, or its body replaced by the report
#   3  the check could not run (no host name resolved: no network): the issue is left as it was and this script
#      fails, so a run without network never reports every link dead
#   other: the check itself failed: likewise
# Needs gh with GH_TOKEN (issues: write). LINKS_LABEL overrides the label.
set -euo pipefail

code="$1"
report="$2"
label="${LINKS_LABEL:-links}"
title="Links that fail the scheduled check"
run=""
if [ -n "${GITHUB_RUN_ID:-}" ]; then
  run="${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}"
fi

open_issue() {
  gh issue list --label "$label" --state open --json number --jq '.[0].number // empty'
}

case "$code" in
  0)
    number="$(open_issue)"
    if [ -n "$number" ]; then
      gh issue close "$number" --comment "Every link passes the check again. ${run}"
      echo "Closed issue #$number: every link passes."
    else
      echo "Every link passes: no issue."
    fi
    ;;
  1)
    body="$(mktemp)"
    trap 'rm -f "$body"' EXIT
    {
      if [ -s "$report" ]; then cat "$report"; else echo "(the check wrote no report)"; fi
      echo
      echo "Updated by the scheduled link check on every run, and closed when every link passes. ${run}"
    } > "$body"
    gh label create "$label" --description "Links that fail the scheduled check" --color d93f0b --force
    number="$(open_issue)"
    if [ -n "$number" ]; then
      gh issue edit "$number" --title "$title" --body-file "$body"
      echo "Updated issue #$number."
    else
      gh issue create --title "$title" --label "$label" --body-file "$body"
    fi
    ;;
  3)
    echo "::warning title=Link check::no host name could be resolved (no network?): nothing was checked, the issue is left as it was"
    exit 3
    ;;
  *)
    echo "::error title=Link check::dossier links exited with $code (see its output above): the issue is left as it was"
    exit "$code"
    ;;
esac
