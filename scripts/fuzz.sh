#!/usr/bin/env bash
# Runs each fuzz target for a bounded time (default 60 s each), then copies any crash input into
# the regression corpus that `cargo test` replays (tests/fuzz_regressions.rs).
#
#   scripts/fuzz.sh [SECONDS] [TARGET…]     targets: parse signature macro simulator
#
# cargo-fuzz needs nightly compiler flags; on the stable toolchain RUSTC_BOOTSTRAP=1 allows them.
# `--no-cfg-fuzzing`: under `cfg(fuzzing)` proc-macro2 forgets where spans are, and the `macro`
# target checks that every error points into its input (one build serves every target).
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(parse signature macro simulator)
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
export RUSTC_BOOTSTRAP=1
status=0
for target in "${targets[@]}"; do
    mkdir -p "corpus/$target"
    cp -n regressions/"$target"/* "corpus/$target/" 2>/dev/null || true
    echo "== fuzzing $target for ${seconds}s"
    if ! cargo fuzz run --no-cfg-fuzzing "$target" "corpus/$target" -- \
        -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048; then
        status=1
    fi
    for crash in artifacts/"$target"/crash-* artifacts/"$target"/oom-* artifacts/"$target"/timeout-*; do
        [ -e "$crash" ] || continue
        cp "$crash" "regressions/$target/"
        echo "kept $(basename "$crash") in fuzz/regressions/$target: fix it, then commit it"
    done
done
exit $status
