#!/usr/bin/env bash
# Issue 8: prints the benchmark table (markdown) from criterion's results and the allocation test.
#
#   scripts/bench-table.sh            # table from the last `cargo bench -p cxml-bench`
#   scripts/bench-table.sh --run ARGS # run the benches first (ARGS go to criterion)
#
# Medians come from <target>/criterion/<document>/<contestant>/new/estimates.json; allocations per
# render from `cxml-bench/tests/allocations.rs` (its `ALLOCS <document> <contestant> <n>` lines).
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"
criterion="$target/criterion"

if [[ "${1:-}" == "--run" ]]; then
    shift
    cargo bench -p cxml-bench --bench render -- "$@" >&2
    cargo bench -p cxml-bench --bench parse -- "$@" >&2
fi

allocs="$(cargo test -q --release -p cxml-bench --test allocations -- --nocapture --exact allocations_per_render 2>/dev/null \
    | grep '^ALLOCS ' || true)"

documents=(d1 d2 d3 transcript long_urls media dial_each nested formatted ssml big static50)
contestants=(limit hand cxml sailfish maud quick_xml twiml_rust)

median() { # document contestant -> nanoseconds, or empty
    local file="$criterion/$1/$2/new/estimates.json"
    [[ -f "$file" ]] && jq '.median.point_estimate' "$file" || true
}

allocations() { # document contestant -> count, or –
    awk -v d="$1" -v c="$2" '$2 == d && $3 == c { print $4; found = 1 } END { if (!found) print "–" }' <<<"$allocs"
}

time_of() { # nanoseconds -> "12.3 ns" / "4.56 µs"
    awk -v t="$1" 'BEGIN { if (t == "") print "–"; else if (t < 1000) printf "%.1f ns", t; else if (t < 1e6) printf "%.2f µs", t / 1e3; else printf "%.2f ms", t / 1e6 }'
}

ratio() { # a b -> "a/b" as "1.03x"
    awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "–"; else printf "%.2fx", a / b }'
}

echo "Median time per render (allocations per render in brackets; – where a peer cannot write the shape):"
echo
printf '| document |'; printf ' %s |' "${contestants[@]}"; echo
printf '|---|'; printf -- '---:|%.0s' "${contestants[@]}"; echo
for d in "${documents[@]}"; do
    printf '| %s |' "$d"
    for c in "${contestants[@]}"; do
        t="$(median "$d" "$c")"
        if [[ -z "$t" ]]; then printf ' – |'; else printf ' %s (%s) |' "$(time_of "$t")" "$(allocations "$d" "$c")"; fi
    done
    echo
done
d1_str="$(median d1 cxml_str)"
if [[ -n "$d1_str" ]]; then
    echo
    echo "D1 borrowed as \`&str\` (\`cxml_str\`): $(time_of "$d1_str") ($(allocations d1 cxml_str) allocations)."
fi

echo
echo "Ratios (below 1.00x: the first is faster):"
echo
echo '| document | cxml/limit | cxml/hand | sailfish/cxml | maud/cxml | quick_xml/cxml | twiml_rust/cxml |'
echo '|---|---:|---:|---:|---:|---:|---:|'
for d in "${documents[@]}"; do
    cx="$(median "$d" cxml)"
    printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$d" \
        "$(ratio "$cx" "$(median "$d" limit)")" \
        "$(ratio "$cx" "$(median "$d" hand)")" \
        "$(ratio "$(median "$d" sailfish)" "$cx")" \
        "$(ratio "$(median "$d" maud)" "$cx")" \
        "$(ratio "$(median "$d" quick_xml)" "$cx")" \
        "$(ratio "$(median "$d" twiml_rust)" "$cx")"
done

# Issue 4: the reader against quick-xml's bare event loop (from `cargo bench -p cxml-bench --bench parse`).
for group in "$criterion"/parse-*; do
    [[ -d "$group" ]] || continue
    name="$(basename "$group")"
    floor="$(jq '.median.point_estimate' "$group/quick_xml_events/new/estimates.json" 2>/dev/null || true)"
    parse="$(jq '.median.point_estimate' "$group/cxml_parse/new/estimates.json" 2>/dev/null || true)"
    echo
    echo "Reader ($name): cxml::parse $(time_of "$parse"), quick-xml events $(time_of "$floor"), ratio $(ratio "$parse" "$floor")."
done
