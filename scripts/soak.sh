#!/usr/bin/env bash
# The soak: every guarantee of the README's "What is guaranteed" run at scale, one command.
#
#   scripts/soak.sh [FUZZ_SECONDS]      (default 600 s per fuzz target)
#
#   SOAK_CASES      cases per property of cxml-integration/tests/properties.rs (default 125000: with its 10
#                   properties, 1.25 million cases; .ci/run runs 100000 each)
#   SOAK_MUTATIONS  mutated documents through the macro's front end (default 200000)
#
# Prints one line of figures per part, then the machine, and exits non-zero when anything
# failed. A failing property case is kept by proptest in cxml-integration/tests/properties.proptest-regressions,
# a fuzz crash in fuzz/regressions/<target>/ (scripts/fuzz.sh): both are replayed by
# `cargo test`, so commit them with the fix.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
cases="${SOAK_CASES:-125000}"
mutations="${SOAK_MUTATIONS:-200000}"
log="$(mktemp -d)"
status=0
figures=()

elapsed() { echo $(( $(date +%s) - $1 )); }

# The soak profile: optimised, so the cases take the time, with overflow and debug checks on.
properties=$(awk '/^proptest! \{/,0' cxml-integration/tests/properties.rs | grep -c '#\[test\]')
echo "== properties: $properties x $cases cases (log: $log/properties.log)"
cargo test --profile soak -p cxml-integration --test properties --quiet >/dev/null 2>&1 # build first: time the cases only
start=$(date +%s)
if PROPTEST_CASES="$cases" cargo test --profile soak -p cxml-integration --test properties >"$log/properties.log" 2>&1; then
    figures+=("properties: $properties properties x $cases cases = $((properties * cases)) cases (text, every attribute type, format_args!, loops, SSML, fragments; each read back by quick-xml and cxml::parse; reader round trips), 0 failures, $(elapsed "$start") s")
else
    status=1
    figures+=("properties: FAILED (see $log/properties.log)")
fi

echo "== macro front end: $mutations mutated documents (log: $log/mutations.log)"
cargo test --profile soak -p cxml-macros --lib --quiet >/dev/null 2>&1
start=$(date +%s)
if CXML_MUTATIONS="$mutations" cargo test --profile soak -p cxml-macros --lib no_input_makes_the_front_end_panic \
    -- --nocapture >"$log/mutations.log" 2>&1; then
    figures+=("$(grep -m1 '^macro mutations:' "$log/mutations.log"), 0 failures, $(elapsed "$start") s")
else
    status=1
    figures+=("macro mutations: FAILED (see $log/mutations.log)")
fi

for target in parse signature macro simulator; do
    echo "== fuzz $target for ${seconds}s (log: $log/fuzz-$target.log)"
    if scripts/fuzz.sh "$seconds" "$target" >"$log/fuzz-$target.log" 2>&1; then
        outcome="0 crashes"
    else
        status=1
        outcome="FAILED (see $log/fuzz-$target.log)"
    fi
    runs=$(sed -n 's/^Done \([0-9]*\) runs in \([0-9]*\) second.*/\1 runs in \2 s/p' "$log/fuzz-$target.log" | tail -1)
    corpus=$(find "fuzz/corpus/$target" -type f 2>/dev/null | wc -l)
    figures+=("fuzz $target: ${runs:-no runs}, corpus $corpus inputs, $outcome")
done

echo
commit=$(git rev-parse --short HEAD)
echo "== figures (commit $commit, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(rustc --version))"
printf '%s\n' "${figures[@]}"
exit $status
