#!/usr/bin/env python3
"""Extracts the TwiML documents that Twilio's helper libraries' tests expect their builders to
write (twilio-python `tests/unit/twiml/`, twilio-node `spec/unit/twiml/`) into fixtures:
`tests/fixtures/twilio-corpus/<source>-<n>.xml`, one document each, as data to test against.

    scripts/twilio_corpus.py NODE_GIT_DIR PYTHON_GIT_DIR tests/fixtures/twilio-corpus
"""

import os
import re
import subprocess
import sys

NODE, PY, OUT = sys.argv[1], sys.argv[2], sys.argv[3]


def show(git_dir, path):
    return subprocess.run(["git", "--git-dir", git_dir, "show", "HEAD:" + path],
                          check=True, capture_output=True, text=True).stdout


def ls(git_dir, path):
    out = subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "-r", "--name-only", "HEAD", path],
                         check=True, capture_output=True, text=True).stdout
    return [line for line in out.splitlines() if line]


def documents(text):
    """Every expected document: runs of adjacent string literals (Python's implicit
    concatenation, JavaScript's `+`) that start with the XML declaration or `<Response`."""
    literal = r"""(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")"""
    for m in re.finditer(literal + r"(?:\s*\+?\s*" + literal + r")*", text):
        parts = re.findall(literal, m.group(0))
        joined = "".join(p[1:-1] for p in parts)
        joined = joined.replace("\\'", "'").replace('\\"', '"').replace("\\n", "\n")
        if joined.startswith("<?xml") or joined.startswith("<Response"):
            if "</Response>" in joined or "<Response/>" in joined or "<Response />" in joined:
                yield joined


os.makedirs(OUT, exist_ok=True)
count = 0
for source, git_dir, prefix, suffix in [
    ("python", PY, "tests/unit/twiml/", ".py"),
    ("node", NODE, "spec/unit/twiml/", ".js"),
]:
    seen = set()
    for path in ls(git_dir, prefix):
        if not path.endswith(suffix):
            continue
        stem = os.path.basename(path).rsplit(".", 1)[0].replace(".spec", "").replace("test_", "")
        for n, doc in enumerate(documents(show(git_dir, path))):
            if doc in seen:
                continue
            seen.add(doc)
            name = f"{source}-{stem}-{n:03}.xml"
            with open(os.path.join(OUT, name), "w") as f:
                f.write(doc + "\n")
            count += 1
print(f"{count} documents", file=sys.stderr)
