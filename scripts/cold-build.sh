#!/usr/bin/env bash
# Issue 12: what a new user pays first. Builds, cold and from nothing (a fresh target directory,
# dependencies included), two new binary crates in the same run:
#   - one that depends on `cxml` (default features) and renders a document;
#   - one that depends on `maud` plus `serde` with `derive` (a typical application's pair).
# Prints both wall-clock times, the CPU time each build used (user + system, all processes: what
# the build costs on a machine shared with other work, where wall time mostly measures the
# others), and the ratios cxml / (maud + serde). ROUNDS (default 1) repeats the pair, alternating
# their order, and keeps each one's fastest.
#
#   scripts/cold-build.sh
#   ROUNDS=3 PROFILE=release scripts/cold-build.sh
#
# The registry sources must already be downloaded (`cargo fetch` once); the builds run offline so
# that only compiling is timed. Two cores shared with other work make the figures noisy: compare
# the ratio of one run, not times across runs.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"
target="${CARGO_TARGET_DIR:-target}"
case "$target" in /*) ;; *) target="$repo/$target" ;; esac
root="$target/cold-build"
rounds="${ROUNDS:-1}"
profile="${PROFILE:-dev}"
mkdir -p "$root"

generate() { # kind -> writes $root/$kind
    local kind="$1" dir="$root/$1"
    rm -rf "$dir"
    mkdir -p "$dir/src"
    {
        echo '[package]'
        echo "name = \"cold-build-$kind\""
        echo 'version = "0.0.0"'
        echo 'edition = "2024"'
        echo 'publish = false'
        echo
        echo '[dependencies]'
        if [[ "$kind" == cxml ]]; then
            echo "cxml = { path = \"$repo\" }"
        else
            echo 'maud = "0.27"'
            echo 'serde = { version = "1", features = ["derive"] }'
        fi
        echo
        echo '[workspace]'
    } >"$dir/Cargo.toml"
    # The workspace's lock file pins the same versions the project tests with.
    cp "$repo/Cargo.lock" "$dir/Cargo.lock"
    if [[ "$kind" == cxml ]]; then
        cat >"$dir/src/main.rs" <<'RS'
fn main() {
    let caller = std::env::args().nth(1).unwrap_or_default();
    let doc = cxml::cxml! {
        Response < Say < "Hello " {caller} > Dial < Number("+15550100") > >
    };
    println!("{doc}");
}
RS
    else
        cat >"$dir/src/main.rs" <<'RS'
#[derive(serde::Serialize, serde::Deserialize)]
struct Call {
    caller: String,
}

fn main() {
    let call = Call { caller: std::env::args().nth(1).unwrap_or_default() };
    let doc = maud::html! { Response { Say { "Hello " (call.caller) } Dial { Number { "+15550100" } } } };
    println!("{}", doc.into_string());
}
RS
    fi
}

build() { # kind -> "wall cpu" seconds for a cold build of the crate and all its dependencies
    local kind="$1" dir="$root/$1"
    rm -rf "$dir/target"
    # Resolve (offline) before the clock starts: only compiling is timed.
    (cd "$dir" && cargo generate-lockfile --offline -q 2>/dev/null || cargo generate-lockfile -q)
    (cd "$dir" && CARGO_TARGET_DIR="$dir/target" /usr/bin/time -f '%e %U %S' -o "$root/$kind.time" \
        cargo build -q --offline --profile "$profile")
    awk '{ printf "%.1f %.1f\n", $1, $2 + $3 }' "$root/$kind.time"
}

crates() { # kind -> how many crates its build compiled
    find "$root/$1/target/$([[ "$profile" == dev ]] && echo debug || echo "$profile")/.fingerprint" \
        -mindepth 1 -maxdepth 1 -type d | sed 's/-[0-9a-f]*$//' | sort -u | wc -l
}

best() { # current best, new time -> the smaller
    if [[ -z "$1" ]] || awk -v a="$2" -v b="$1" 'BEGIN { exit !(a < b) }'; then echo "$2"; else echo "$1"; fi
}

generate cxml
generate peers
cxml_wall="" peers_wall="" cxml_cpu="" peers_cpu=""
for round in $(seq 1 "$rounds"); do
    if ((round % 2)); then order=(cxml peers); else order=(peers cxml); fi
    for kind in "${order[@]}"; do
        read -r wall cpu < <(build "$kind")
        echo "round $round: $kind ${wall} s wall, ${cpu} s CPU" >&2
        if [[ "$kind" == cxml ]]; then
            cxml_wall="$(best "$cxml_wall" "$wall")" cxml_cpu="$(best "$cxml_cpu" "$cpu")"
        else
            peers_wall="$(best "$peers_wall" "$wall")" peers_cpu="$(best "$peers_cpu" "$cpu")"
        fi
    done
done
echo "cold build of a new crate, profile $profile, $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg), fastest of $rounds:"
echo "  cxml (default features): ${cxml_wall} s wall, ${cxml_cpu} s CPU, $(crates cxml) crates"
echo "  maud + serde (derive):   ${peers_wall} s wall, ${peers_cpu} s CPU, $(crates peers) crates"
awk -v a="$cxml_wall" -v b="$peers_wall" -v c="$cxml_cpu" -v d="$peers_cpu" \
    'BEGIN { printf "  cxml / (maud + serde): %.2fx wall, %.2fx CPU\n", a / b, c / d }'
