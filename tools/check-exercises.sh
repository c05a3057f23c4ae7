#!/usr/bin/env bash
# Proves every exercise can be done, as tools/README.md describes: each exercise's specs fail on the lesson's own
# code, and pass, with every other spec of the part, once the reference solutions are applied in a scratch copy.
# Usage: tools/check-exercises.sh [more Maven arguments for the solved run]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

echo "::: exercises: each exercise's specs fail before it is done"
rm -rf part-*/target/surefire-reports # only this run's reports count
if ! env -u TEST_DATABASE_URL ./mvnw -B -q test -Dgroups=exercise -Dmaven.test.failure.ignore=true -Dspotless.check.skip=true \
  >target/exercises-before.log 2>&1; then
  cat target/exercises-before.log
  exit 1
fi
status=0
count=0
for spec in part-*/exercises/java/com/recipeapi/*/*Spec.java; do
  part=${spec%%/*}
  package=$(basename "$(dirname "$spec")")
  report=$part/target/surefire-reports/TEST-com.recipeapi.$package.$(basename "$spec" .java).xml
  suite=$(grep -m1 -o '<testsuite [^>]*>' "$report" 2>/dev/null || true)
  tests=$(sed -nE 's/.* tests="([0-9]+)".*/\1/p' <<<"$suite")
  failures=$(sed -nE 's/.* failures="([0-9]+)".*/\1/p' <<<"$suite")
  errors=$(sed -nE 's/.* errors="([0-9]+)".*/\1/p' <<<"$suite")
  failed=$((${failures:-0} + ${errors:-0}))
  if [ -z "$tests" ] || [ "$tests" = 0 ] || [ "$failed" != "$tests" ]; then
    echo "$spec: ${tests:-no} specs ran, $failed failed; every exercise spec must fail before its exercise is done" >&2
    status=1
  fi
  count=$((count + 1))
done
[ "$status" = 0 ] || exit 1
echo "$count exercise spec classes, every spec failing as it should"

echo "::: exercises: with every reference solution applied, every spec passes"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$scratch"
cd "$scratch"
for part in part-*/; do
  for patch in $(ls "$part"exercises/solutions/*.patch 2>/dev/null | sort -V); do
    git apply "$patch" || { echo "$patch does not apply" >&2; exit 1; }
    echo "applied $patch"
  done
done
# Every spec, exercises' too, on H2; the README checks are off, since solved code answers more than the pages
# show. Formatting was checked on the lesson's code; solved code is checked by its specs.
env -u TEST_DATABASE_URL ./mvnw -B -q verify -Dgroups= -Dlessons.mode=warn -Dreadme.skip=true \
  -Dspotless.check.skip=true "$@"
echo "every exercise solved, and every spec passes on H2"
# The lessons' specs ran on PostgreSQL before (./mvnw verify); the exercises' specs run there now, once.
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  ./mvnw -B -q test -Dgroups=exercise -Dtest.database=postgresql -Dpostgresql.skip=true \
    -Dspotless.check.skip=true "$@"
  echo "every exercise's specs pass on PostgreSQL too"
fi
cd "$root"
