#!/usr/bin/env bash
# After `dossier links --write`: opens, or updates, the one pull request that records in the citation files what the
# check found (url_status, archive_url, checked). Its branch is rebuilt from this checkout and force-pushed every run,
# so it always holds exactly this run's findings. Only files under content/ are taken (a build may touch others);
# nothing happens when none changed.
# Needs: git able to push to origin (contents: write) and gh with GH_TOKEN (pull-requests: write).
# LINKS_BRANCH overrides the branch; the base is the branch checked out (GITHUB_REF_NAME in Actions).
set -euo pipefail

branch="${LINKS_BRANCH:-links/url-status}"
base="${GITHUB_REF_NAME:-$(git rev-parse --abbrev-ref HEAD)}"
title="Record what the link check found in the citations"

changed="$(git diff --name-only -- content)"
if [ -z "$changed" ]; then
  echo "No citation file changed: no pull request."
  exit 0
fi

body="$(mktemp)"
trap 'rm -f "$body"' EXIT
{
  echo "The scheduled link check (\`dossier links --write\`) recorded what it found in these sources' files"
  echo "(\`url_status\`, \`archive_url\`, \`checked\`); every other line is unchanged. Review, then merge:"
  echo "the next run rebuilds this pull request from its own findings."
  echo
  echo "$changed" | sed 's/^/- `/; s/$/`/'
  if [ -n "${GITHUB_RUN_ID:-}" ]; then
    echo
    echo "Run: ${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}"
  fi
} > "$body"

git switch --quiet --force-create "$branch"
git add --update -- content
git -c user.name="github-actions[bot]" -c user.email="41898282+github-actions[bot]@users.noreply.github.com" \
  commit --quiet --message "$title"
git push --quiet --force origin "$branch"

number="$(gh pr list --head "$branch" --state open --json number --jq '.[0].number // empty')"
if [ -n "$number" ]; then
  gh pr edit "$number" --title "$title" --body-file "$body"
  echo "Updated pull request #$number from $branch."
else
  gh pr create --head "$branch" --base "$base" --title "$title" --body-file "$body"
fi
