#!/usr/bin/env bash
# Checks that rust-analyzer completes names inside `cxml!`, on unfinished input that does not
# compile: element names among what the parent may hold, attribute names among the element's,
# bare-word values among the attribute's words; and that go-to-definition still lands.
#
# Builds a probe crate that uses `cxml!`, starts `rust-analyzer` as a language server, and asks
# it for completions at the end of each partial name in the probe; prints what it offers and
# fails when an expected item is missing (or a child the parent may not hold is offered).
# Needs the rust-analyzer component (`rustup component add rust-analyzer`).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
probe="$(mktemp -d)"
trap 'rm -rf "$probe"' EXIT
mkdir -p "$probe/src"
cat > "$probe/Cargo.toml" <<TOML
[package]
name = "completion-probe"
version = "0.1.0"
edition = "2024"

[dependencies]
cxml = { path = "$repo" }

[workspace]
TOML
# Each call is unfinished at `/*here*/`, where completion is asked for; the comment says what
# must be offered there (`+Name`) and what must not (`-Name`). `/*limit*/` marks a known limit:
# its result is printed but not required.
cat > "$probe/src/main.rs" <<'RUST'
use cxml::cxml;

fn child_of_response() {
    let _ = cxml! { Response < Re/*here +Refer +Record +Redirect +Reject -Sip -Number*/ > };
}

fn child_while_unclosed() {
    let _ = cxml! { Response < Dial < Nu/*here +Number -Say*/ };
}

fn child_of_a_fragment() {
    let _ = cxml!(in Dial: Number("+15550100") Si/*here +Sip -Say*/);
}

fn ssml_inside_say() {
    let _ = cxml! { Response < Say < "Hi " pro/*here +prosody -Play*/ > > };
}

fn attribute_without_value() {
    let _ = cxml! { Response < Gather(numD/*here +numDigits -voice*/) > };
}

fn attribute_after_others() {
    let _ = cxml! { Response < Gather(timeout = 5, inp/*here +input*/) < Say("Press 1") > > };
}

fn attribute_in_a_loop() {
    let team = ["+15550100"];
    let _ = cxml! { Response < Dial < for n in team { Number({n}, sendD/*here +sendDigits*/) } > > };
}

fn bare_word_value() {
    let _ = cxml! { Response < Refer(method = G/*here +GET +POST*/) < Sip("sip:a@example.com") > > };
}

fn list_item_value() {
    let _ = cxml! { Response < Gather(input = sp/*here +speech +dtmf*/) > };
}

fn nothing_typed_yet() {
    // A known limit: with no letter typed there is no token to map, and rust-analyzer offers
    // its general completions instead. Printed, not required.
    let _ = cxml! { Response < Say("Hi") /*limit +Gather +Hangup*/ > };
    let _ = cxml! { Response < Gather(/*limit +numDigits*/) > };
}

fn main() {
    nothing_typed_yet();
    bare_word_value();
    list_item_value();
    child_of_response();
    child_while_unclosed();
    child_of_a_fragment();
    ssml_inside_say();
    attribute_without_value();
    attribute_after_others();
    attribute_in_a_loop();
}
RUST
python3 - "$probe" <<'PY'
import json, os, re, subprocess, sys, threading, time

probe = sys.argv[1]
path = f"{probe}/src/main.rs"
text = open(path).read()
server = subprocess.Popen(["rust-analyzer"], cwd=probe, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL)
messages, lock, next_id = [], threading.Condition(), [0]

def send(payload):
    body = json.dumps(payload).encode()
    server.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    server.stdin.flush()

def reader():
    while True:
        length = None
        while True:
            line = server.stdout.readline()
            if not line:
                return
            if line in (b"\r\n", b"\n"):
                break
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        message = json.loads(server.stdout.read(length))
        if "id" in message and "method" in message:  # a request from the server: accept it
            send({"jsonrpc": "2.0", "id": message["id"], "result": None})
            continue
        with lock:
            messages.append(message)
            lock.notify_all()

threading.Thread(target=reader, daemon=True).start()

def request(method, params, timeout=300):
    next_id[0] += 1
    ident = next_id[0]
    send({"jsonrpc": "2.0", "id": ident, "method": method, "params": params})
    deadline = time.time() + timeout
    with lock:
        while True:
            for message in messages:
                if message.get("id") == ident:
                    return message.get("result")
            if not lock.wait(timeout=max(0, deadline - time.time())):
                raise SystemExit(f"no answer to {method}")

uri = "file://" + path
request("initialize", {
    "processId": os.getpid(), "rootUri": "file://" + probe,
    "capabilities": {"experimental": {"serverStatusNotification": True},
                     "textDocument": {"completion": {"completionItem": {"snippetSupport": False}}}},
    "initializationOptions": {"checkOnSave": False, "cachePriming": {"enable": False}},
})
send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
      "params": {"textDocument": {"uri": uri, "languageId": "rust", "version": 1, "text": text}}})
# Wait until the server has built the proc macros and is idle.
deadline = time.time() + 600
with lock:
    while not any(m.get("method") == "experimental/serverStatus" and m["params"].get("quiescent")
                  for m in messages):
        if not lock.wait(timeout=max(0, deadline - time.time())):
            raise SystemExit("rust-analyzer never became ready")

failures = 0
for match in re.finditer(r"/\*(here|limit) ([^*]*)\*/", text):
    before = text[:match.start()]
    line = before.count("\n")
    character = len(before) - (before.rfind("\n") + 1)
    required = match.group(1) == "here"
    wanted = match.group(2).split()
    labels = []
    for attempt in range(20 if required else 2):  # the first answers may come before the expansion is ready
        result = request("textDocument/completion",
                         {"textDocument": {"uri": uri}, "position": {"line": line, "character": character}})
        items = result.get("items", []) if isinstance(result, dict) else (result or [])
        labels = sorted({item["label"].split("(")[0].strip() for item in items})
        if any(want[1:] in labels for want in wanted if want[0] == "+"):
            break
        time.sleep(3)
    missing = [w[1:] for w in wanted if w[0] == "+" and w[1:] not in labels]
    unwanted = [w[1:] for w in wanted if w[0] == "-" and w[1:] in labels]
    status = "ok  " if not missing and not unwanted else "FAIL" if required else "limit"
    failures += status == "FAIL"
    partial = before[before.rfind(" ") + 1:]
    print(f"{status} {line + 1}:{character + 1} {partial:14} offers {', '.join(labels[:12])}"
          + (f" … ({len(labels)})" if len(labels) > 12 else "")
          + (f"; missing {missing}" if missing else "") + (f"; unwanted {unwanted}" if unwanted else ""))
# Go-to-definition on a name that resolves lands in the generated reference.
source_line = next(i for i, l in enumerate(text.splitlines()) if "Gather(timeout = 5" in l)
column = text.splitlines()[source_line].index("Gather")
targets = request("textDocument/definition",
                  {"textDocument": {"uri": uri}, "position": {"line": source_line, "character": column + 2}})
targets = targets if isinstance(targets, list) else [targets] if targets else []
where = [t.get("uri", t.get("targetUri", "")) for t in targets]
print(("ok  " if where else "FAIL") + f" go-to-definition on Gather -> {where}")
failures += not where
request("shutdown", None)
send({"jsonrpc": "2.0", "method": "exit"})
sys.exit(1 if failures else 0)
PY
