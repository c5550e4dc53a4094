#!/usr/bin/env bash
# Fails when action/dist differs from a fresh build, untracked files included (GH-10).
set -euo pipefail
npm run -s build
git add --intent-to-add action/dist
if ! git diff --quiet --ignore-space-at-eol -- action/dist; then
  echo "action/dist is stale: run 'npm run build' and commit the result." >&2
  git diff --stat -- action/dist >&2
  exit 1
fi
echo "action/dist is up to date"
