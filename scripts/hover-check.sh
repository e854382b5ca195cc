#!/usr/bin/env bash
# Checks that rust-analyzer shows the generated reference when hovering names inside `cxml!`.
#
# Builds a probe crate that uses `cxml!`, asks `rust-analyzer lsif` for its index, and prints, for
# each name in the macro call, the first lines of its hover text and where its definition lies.
# Needs the rust-analyzer component (`rustup component add rust-analyzer rust-src`).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
probe="$(mktemp -d)"
trap 'rm -rf "$probe"' EXIT
mkdir -p "$probe/src"
cat > "$probe/Cargo.toml" <<TOML
[package]
name = "hover-probe"
version = "0.1.0"
edition = "2024"

[dependencies]
cxml = { path = "$repo" }

[workspace]
TOML
cat > "$probe/src/main.rs" <<'RUST'
use cxml::cxml;

fn main() {
    let doc = cxml! {
        Response <
            Refer(action = "https://example.com/refer-completed.xml", method = GET) <
                Sip("sip:transfer-target@example.com")
            >
            Say(voice = "alice") < "Hi " prosody(rate = "slow") < "there" > >
        >
    };
    println!("{doc}");
}
RUST
(cd "$probe" && rust-analyzer lsif . > "$probe/index.lsif" 2>/dev/null)
python3 - "$probe" <<'PY'
import json, sys
probe = sys.argv[1]
vertices, edges = {}, []
for line in open(f"{probe}/index.lsif"):
    item = json.loads(line)
    (vertices.__setitem__(item["id"], item) if item["type"] == "vertex" else edges.append(item))
documents = {v["id"]: v for v in vertices.values() if v["label"] == "document"}
main = next(d for d in documents.values() if d["uri"].endswith("/src/main.rs"))
ranges = {r for e in edges if e["label"] == "contains" and e["outV"] == main["id"] for r in e["inVs"]}
following = {e["outV"]: e["inV"] for e in edges if e["label"] == "next"}
hovers = {e["outV"]: e["inV"] for e in edges if e["label"] == "textDocument/hover"}
source = open(f"{probe}/src/main.rs").read().splitlines()
found = 0
for range_id in sorted(ranges):
    start, end = vertices[range_id]["start"], vertices[range_id]["end"]
    if not 4 <= start["line"] <= 8:
        continue
    name = source[start["line"]][start["character"]:end["character"]]
    hover = hovers.get(following.get(range_id, range_id))
    if hover is None:
        continue
    contents = vertices[hover]["result"]["contents"]
    text = contents["value"] if isinstance(contents, dict) else str(contents)
    lines = [l for l in text.splitlines() if l.strip() and not l.startswith("```")]
    print(f"{start['line'] + 1}:{start['character'] + 1} {name:10} {lines[0]} :: {lines[1]}")
    found += 1
sys.exit(0 if found >= 8 else 1)
PY
