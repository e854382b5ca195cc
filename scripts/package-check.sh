#!/usr/bin/env bash
# The packages as a user gets them from the registry (issue 21): package the workspace, unpack the
# published packages, run their own tests from the unpacked copies, then build a new app made from
# the README's "A whole app in three files" (its Cargo.toml lines, src/lib.rs, src/main.rs and
# tests/call_flow.rs, taken verbatim from the blocks marked `<!-- fresh-app: PATH -->`) and run its
# tests. The app and the unpacked packages depend on each other by version, as from crates.io;
# `[patch.crates-io]` points those versions at the unpacked copies.
#
#   scripts/package-check.sh [PACKAGE…]    the packages whose tests run unpacked (default: all
#                                          published ones)
#
# Network: the crates.io index and dependency downloads only. Builds go to
# $CARGO_TARGET_DIR/package-check (or target/package-check), kept between runs so that the
# dependencies build once.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
target=${CARGO_TARGET_DIR:-$root/target}
published=(cxml-schema cxml-macros cxml-runtime cxml-webhook cxml-streams cxml-testing cxml-rest cxml cxml-cli)
tested=("$@")
[ ${#tested[@]} -gt 0 ] || tested=("${published[@]}")
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -1)
work=$target/package-check
export CARGO_TARGET_DIR=$work/target
started=$SECONDS
step() { echo "== [$((SECONDS - started)) s] $*"; }

# Runs a command, leaving out of its output blank lines, test binaries with no tests and cargo's
# notes on targets the packages leave out; keeps its exit status.
quietly() {
    local status
    set +e
    "$@" 2>&1 | grep -v -e '^$' -e '^running 0 tests' -e '^test result: ok. 0 passed; 0 failed; 0 ignored' \
        -e '^warning: ignoring test' -e 'no documentation, homepage or repository' -e '^  |$' \
        -e '= note: see https://doc.rust-lang.org/cargo/reference/manifest.html'
    status=${PIPESTATUS[0]}
    set -e
    return "$status"
}

step "cargo package --workspace (no verification build: the tests below build every package)"
# A clean clone packages with no flags; uncommitted changes (a local run) are packaged as they are.
dirty=()
[ -z "$(git status --porcelain 2>/dev/null)" ] || dirty=(--allow-dirty)
CARGO_TARGET_DIR=$target quietly cargo package --workspace --no-verify --quiet "${dirty[@]}"

step "unpacking ${published[*]}"
rm -rf "$work/packages" "$work/app"
mkdir -p "$work/packages" "$work/app"
patch=""
members=""
for package in "${published[@]}"; do
    crate=$target/package/$package-$version.crate
    [ -f "$crate" ] || { echo "missing $crate" >&2; exit 1; }
    tar -xzf "$crate" -C "$work/packages"
    patch+="$package = { path = \"$work/packages/$package-$version\" }"$'\n'
    members+="\"$package-$version\", "
done

# A workspace of the unpacked packages, resolved as the registry would resolve them: only by
# version (the packages' manifests have no paths left), each version patched to its copy. The
# repository's lock file pins the dependencies to the versions CI already built.
cat >"$work/packages/Cargo.toml" <<EOF
[workspace]
members = [$members]
resolver = "3"

[patch.crates-io]
$patch
EOF
cp Cargo.lock "$work/packages/Cargo.lock"

step "tests of the unpacked packages: ${tested[*]}"
# Every feature, as the repository's CI tests them.
(cd "$work/packages" && quietly cargo test --quiet --all-features $(printf -- '-p %s ' "${tested[@]}"))

step "a new app from the README, on the unpacked packages"
app=$work/app
mkdir -p "$app/src" "$app/tests" "$app/.readme"
awk -v dir="$app/.readme" '
    /^<!-- fresh-app: .* -->$/ { file = $3; gsub("/", "_", file); next }
    file != "" && !inside && /^```/ { inside = 1; next }
    inside && /^```/ { inside = 0; file = ""; next }
    inside { print > (dir "/" file) }
' README.md
for part in Cargo.toml src_lib.rs src_main.rs tests_call_flow.rs; do
    [ -s "$app/.readme/$part" ] || { echo "README has no fresh-app block for $part" >&2; exit 1; }
done
cat >"$app/Cargo.toml" <<EOF
[package]
name = "my-ivr"
version = "0.1.0"
edition = "2024"
publish = false

$(cat "$app/.readme/Cargo.toml")

[patch.crates-io]
$patch
# Not part of any workspace around it.
[workspace]
EOF
cp "$app/.readme/src_lib.rs" "$app/src/lib.rs"
cp "$app/.readme/src_main.rs" "$app/src/main.rs"
cp "$app/.readme/tests_call_flow.rs" "$app/tests/call_flow.rs"
cp Cargo.lock "$app/Cargo.lock"
(cd "$app" && quietly cargo test --quiet)

echo "== packaging check passed in $((SECONDS - started)) s"
