#!/usr/bin/env bash
# The slow property run: every proptest property of a module's test file runs
# enough cases that the module gets at least TOTAL (default 1,000,000)
# generated cases in all. Not part of scripts/test.sh (the default
# `cargo test` runs proptest's usual 256 cases, or the file's own count).
#
#   scripts/slow-props.sh                    # every module, 1,000,000 cases each
#   scripts/slow-props.sh input calculators  # only these test files
#   TOTAL=100000 scripts/slow-props.sh       # a quicker pass
#
# Runs under `nice` in release mode; prints cases per property, properties,
# total cases and the time each module took. Filters may reject up to four
# times the case count (proptest's default cap, 65,536, is for short runs).
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
cd "$HOLDFAST_ROOT"
ensure_cargo

TOTAL=${TOTAL:-1000000}

# Property functions inside `proptest! { ... }` blocks of a test file.
count_properties() {
  python3 - "$1" <<'EOF'
import re, sys
s = open(sys.argv[1]).read()
n, i = 0, 0
while (i := s.find('proptest! {', i)) >= 0:
    j = s.index('{', i); depth = 0; k = j
    while True:
        depth += {'{': 1, '}': -1}.get(s[k], 0)
        if depth == 0: break
        k += 1
    n += len(re.findall(r'^\s*fn [a-z_0-9]+\s*\(', s[j:k], re.M)); i = k
print(n)
EOF
}

if [ $# -gt 0 ]; then
  files=("$@")
else
  files=()
  for f in tests/*.rs; do
    b=$(basename "$f" .rs)
    [ "$(count_properties "$f")" -gt 0 ] && files+=("$b")
  done
fi

say "Building the test binaries (release)"
nice cargo test --release --no-run --quiet $(printf -- '--test %s ' "${files[@]}") >&2

summary=()
for t in "${files[@]}"; do
  props=$(count_properties "tests/$t.rs")
  [ "$props" -gt 0 ] || { say "$t: no properties, skipped"; continue; }
  cases=$(( (TOTAL + props - 1) / props ))
  say "$t: $props properties × $cases cases = $((props * cases)) generated cases"
  start=$(date +%s)
  set +e
  PROPTEST_CASES=$cases PROPTEST_MAX_LOCAL_REJECTS=$((cases * 4)) PROPTEST_MAX_GLOBAL_REJECTS=$((cases * 4)) PROPTEST_MAX_SHRINK_ITERS=10000 nice cargo test --release --quiet --test "$t" > "/tmp/slow-props-$t.log" 2>&1
  status=$?
  # The result line, or the whole failure (minimal failing input included).
  if [ "$status" -eq 0 ]; then grep -E '^test result' "/tmp/slow-props-$t.log"; else grep -vE '^\.+( [0-9]+/[0-9]+)?$' "/tmp/slow-props-$t.log"; fi
  set -e
  took=$(( $(date +%s) - start ))
  summary+=("$(printf '%-12s %2d properties × %7d cases = %8d cases  %5ds  %s' "$t" "$props" "$cases" "$((props * cases))" "$took" "$([ "$status" -eq 0 ] && echo ok || echo FAILED)")")
  [ "$status" -eq 0 ] || { printf '%s\n' "${summary[@]}"; die "$t failed"; }
done
say "Slow property run: at least $TOTAL cases per module"
printf '%s\n' "${summary[@]}"
