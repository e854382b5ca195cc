#!/usr/bin/env bash
# SignalWire's official SDKs as outside clients of `cxml emulate`: the Python `signalwire`
# package (PyPI) and Node's `@signalwire/compatibility-api` (npm), installed into a temporary
# directory, each against its own emulator and a small app (scripts/sdk/app.py) that checks
# every webhook signature; and Twilio's own Python (`twilio`, PyPI) and Node (`twilio`, npm) libraries against
# `cxml emulate --platform twilio`, with the app checking X-Twilio-Signature. Needs python3
# (with venv), node and npm, and the PyPI and npm registries; nothing else leaves the machine.
# Exit status 0 when every check passes.
#
#   scripts/sdk-check.sh            # builds cxml-cli (debug) first
#   CXML_BIN=path/to/cxml scripts/sdk-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/cxml-sdk-check.XXXXXX")
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

if [ -z "${CXML_BIN:-}" ]; then
    cargo build --quiet -p cxml-cli
    CXML_BIN="${CARGO_TARGET_DIR:-$root/target}/debug/cxml"
fi

echo "== installing the SDKs into $work"
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --disable-pip-version-check "signalwire==2.1.1"
# Twilio's library in its own environment, apart from the `twilio` that `signalwire` brings.
python3 -m venv "$work/twilio"
"$work/twilio/bin/pip" install --quiet --disable-pip-version-check "twilio==9.13.0"
(cd "$work" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund "@signalwire/compatibility-api@3.2.0" "twilio@6.3.1" >/dev/null)

KEY=PSK_sdk_check
export PROJECT=0d5a1c2e-7d37-4b1e-9a35-6b4b0b7f1a23
export TOKEN=PT_sdk_check_token

# Starts a process whose first line is `listening on URL`; sets $started to that URL.
start() {
    local out="$work/$1.out"
    shift
    "$@" >"$out" 2>"$out.err" &
    pids+=($!)
    for _ in $(seq 1 100); do
        if head -n1 "$out" 2>/dev/null | grep -q '^listening on '; then
            started=$(head -n1 "$out" | sed 's/^listening on //')
            return
        fi
        sleep 0.1
    done
    echo "$1 did not start:"; cat "$out.err"; exit 1
}

status=0
start app "$work/venv/bin/python" scripts/sdk/app.py "$KEY"
export APP=$started

echo "== Python: signalwire $("$work/venv/bin/pip" show signalwire | sed -n 's/^Version: //p')"
start emulate-python "$CXML_BIN" emulate --project "$PROJECT" --token "$TOKEN" --key "$KEY"
EMULATOR=$started "$work/venv/bin/python" scripts/sdk/check.py || status=1

echo "== Node: @signalwire/compatibility-api 3.2.0"
start emulate-node "$CXML_BIN" emulate --project "$PROJECT" --token "$TOKEN" --key "$KEY"
EMULATOR=$started NODE_PATH="$work/node_modules" node scripts/sdk/check.js || status=1

echo "== Python: twilio $("$work/twilio/bin/pip" show twilio | sed -n 's/^Version: //p') against cxml emulate --platform twilio"
export ACCOUNT_SID=AC0123456789abcdef0123456789abcdef
export AUTH_TOKEN=sdk_check_auth_token
start app-twilio "$work/twilio/bin/python" scripts/sdk/app.py "$AUTH_TOKEN" twilio
TWILIO_APP=$started
start emulate-twilio "$CXML_BIN" emulate --platform twilio --project "$ACCOUNT_SID" --token "$AUTH_TOKEN"
EMULATOR=$started APP=$TWILIO_APP "$work/twilio/bin/python" scripts/sdk/check_twilio.py || status=1

echo "== Node: twilio 6.3.1 against cxml emulate --platform twilio"
start emulate-twilio-node "$CXML_BIN" emulate --platform twilio --project "$ACCOUNT_SID" --token "$AUTH_TOKEN"
EMULATOR=$started APP=$TWILIO_APP NODE_PATH="$work/node_modules" node scripts/sdk/check_twilio.js || status=1

exit $status
