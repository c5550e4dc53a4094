#!/usr/bin/env bash
# Fails when action/dist or the generated sources (the precompiled schema validators) differ from a
# fresh build, untracked files included (GH-10).
set -euo pipefail
npm run -s build
generated=(action/dist action/src/yaml/generated)
git add --intent-to-add "${generated[@]}"
if ! git diff --quiet --ignore-space-at-eol -- "${generated[@]}"; then
  echo "action/dist or action/src/yaml/generated is stale: run 'npm run build' and commit the result." >&2
  git diff --stat -- "${generated[@]}" >&2
  exit 1
fi
echo "action/dist and action/src/yaml/generated are up to date"
