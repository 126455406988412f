#!/usr/bin/env bash
# Proves a change leaves the published site as it was: builds the fixture archive and a
# generated archive (1,000 articles by default) at two revisions and compares the outputs
# byte for byte.  Usage: bench/same-output.sh BASE_REV [HEAD_REV] [COUNT]
set -euo pipefail
base=${1:?usage: bench/same-output.sh BASE_REV [HEAD_REV] [COUNT]}
head=${2:-HEAD}
count=${3:-1000}
root=$(git rev-parse --show-toplevel)
work=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$work/base" >/dev/null 2>&1; git -C "$root" worktree remove --force "$work/head" >/dev/null 2>&1; rm -rf "$work"' EXIT
cp -r "$root/tests/fixtures/archive" "$work/fixture"
(cd "$root" && npx tsx bench/generate.ts "$count" "$work/generated" >/dev/null)
status=0
for rev in base head; do
  git -C "$root" worktree add --detach -q "$work/$rev" "${!rev}"
  ln -s "$root/node_modules" "$work/$rev/node_modules"
  for archive in fixture generated; do
    (cd "$work/$rev" && ARTICLES_DIR="$work/$archive" SITE_URL=http://127.0.0.1:8080/news-archive/ npx tsx src/cli/build.ts --output "$work/out-$rev-$archive" >/dev/null)
  done
done
for archive in fixture generated; do
  if diff -r "$work/out-base-$archive" "$work/out-head-$archive" >"$work/diff-$archive"; then
    echo "$archive: identical ($(find "$work/out-head-$archive" -type f | wc -l) files)"
  else
    echo "$archive: differs"; head -40 "$work/diff-$archive"; status=1
  fi
done
exit $status
