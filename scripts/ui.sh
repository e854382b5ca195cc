#!/usr/bin/env bash
# Runs the compile-error catalogue (tests/ui.rs) on a machine that has the rust-src component,
# which the .stderr files are made without: rustc runs against a view of the sysroot with
# everything but the standard library's source (hard links, made once under target/).
#   scripts/ui.sh                      # check the catalogue
#   TRYBUILD=overwrite scripts/ui.sh   # regenerate the .stderr files, then read every diff
set -euo pipefail
cd "$(dirname "$0")/.."
sysroot=$(rustc --print=sysroot)
view=$PWD/target/sysroot-without-rust-src
if [ ! -d "$view/lib/rustlib" ]; then
    mkdir -p "$view/lib/rustlib"
    for entry in "$sysroot"/lib/rustlib/*; do
        [ "$(basename "$entry")" = src ] || cp -al "$entry" "$view/lib/rustlib/" 2>/dev/null \
            || cp -a "$entry" "$view/lib/rustlib/"
    done
fi
wrapper=$PWD/target/rustc-without-rust-src
printf '#!/bin/sh\nexec %q --sysroot=%q "$@"\n' "$(command -v rustc)" "$view" > "$wrapper"
chmod +x "$wrapper"
RUSTC=$wrapper CXML_UI_REQUIRED=1 cargo test --test ui "$@"
