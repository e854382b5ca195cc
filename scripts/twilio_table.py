#!/usr/bin/env python3
"""Transcribes the facts of Twilio's generated TwiML builders into `cxml-schema/src/twilio/table.rs`.

Reads the element names, nesting, attribute names and value lists of twilio-node's
`src/twiml/*.ts` (which has types), checks them against twilio-python's `twilio/twiml/*.py`
(which is newer: the attribute and child sets of the newest release win), and adds what only
Twilio's docs say (defaults, counts, which text is required) from the tables at the bottom of
this file. Prints where the two libraries disagree, for docs/twilio-decisions.md.

    scripts/twilio_table.py NODE_GIT_DIR PYTHON_GIT_DIR > cxml-schema/src/twilio/table.rs

The output is the project's own table: hand edits go into the tables here, then regenerate.
"""

import re
import subprocess
import sys

NODE, PY = sys.argv[1], sys.argv[2]


def show(git_dir, path):
    return subprocess.run(
        ["git", "--git-dir", git_dir, "show", "HEAD:" + path],
        check=True, capture_output=True, text=True).stdout


def lower_camel(name):
    """twilio-python's own conversion of a keyword to an attribute name."""
    if "_" not in name:
        return name
    result = "".join(part.title() for part in name.split("_"))
    return result[0].lower() + result[1:]


PY_MAP = {"from_": "from", "xml_lang": "xml:lang", "interpret_as": "interpret-as", "for_": "for",
          "break_": "break"}


# ---------------------------------------------------------------- twilio-node
def parse_ts(text, root_class):
    types = {}
    for m in re.finditer(r"\n  type (\w+) =\s*((?:\s*\|?\s*\"[^\"]*\")+)\s*;", text):
        types[m.group(1)] = re.findall(r'"([^"]*)"', m.group(2))
    interfaces = {}
    for m in re.finditer(r"export interface (\w+) \{(.*?)\n  \}", text, re.S):
        fields = []
        for f in re.finditer(r"/\*\* ([^\n]*?) \*/\s*\n\s*(\"[^\"]+\"|[\w]+)\?: ([^;]+);", m.group(2)):
            doc = f.group(1)
            doc = doc.split(" - ", 1)[1] if " - " in doc else doc
            fields.append((f.group(2).strip('"'), f.group(3).strip(), doc))
        interfaces[m.group(1)] = fields
    # class bodies
    starts = [(m.start(), m.group(1)) for m in re.finditer(r"(?:export )?class (\w+) extends TwiML \{", text)]
    classes = {}
    for i, (start, name) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        body = text[start:end]
        children = []
        for m in re.finditer(r"new (?:\w+Response\.)?(\w+)\(\s*this\.\w+\.ele\(\"([^\"]+)\", attributes(?:, (\w+))?\)", body):
            before = body[: m.start()]
            region = before[before.rfind("/**"):]
            sig = before[max(before.rfind("attributes?:"), before.rfind("attributes:")):]
            am = re.match(r"attributes\??: (?:\w+Response\.)?(\w+)", sig)
            iface = am.group(1) if am else "object"
            text_param = m.group(3)
            optional = True
            if text_param:
                optional = not re.search(r"\b" + text_param + r": string", region)
            children.append((m.group(2), m.group(1), iface, text_param, optional))
        classes[name] = children
    return types, interfaces, classes


# ---------------------------------------------------------------- twilio-python
def parse_py(text):
    """class -> list of (tag, child class, attribute names)"""
    out = {}
    text_params = {}
    for cm in re.finditer(r"\nclass (\w+)\(TwiML\):(.*?)(?=\nclass |\Z)", text, re.S):
        im = re.search(r"def __init__\(self, (\w+)", cm.group(2))
        if im:
            text_params[cm.group(1)] = im.group(1)
    for cm in re.finditer(r"\nclass (\w+)\(TwiML\):(.*?)(?=\nclass |\Z)", text, re.S):
        cls, body = cm.group(1), cm.group(2)
        children = []
        for nm in re.finditer(r"self\.nest\(\s*(\w+)\((.*?)\)\s*\)", body, re.S):
            args = [a.strip() for a in nm.group(2).split(",") if a.strip()]
            attrs = []
            for a in args:
                if "=" in a and not a.startswith("**"):
                    key = a.split("=")[0].strip()
                    if key == "words" or key == text_params.get(nm.group(1)):
                        continue
                    attrs.append(lower_camel(PY_MAP.get(key, key)))
            children.append((nm.group(1), attrs))
        out[cls] = children
    names = {m.group(1): m.group(2) for m in re.finditer(
        r"\nclass (\w+)\(TwiML\):.*?self\.name = \"([^\"]+)\"", text, re.S)}
    return out, names


# ---------------------------------------------------------------- Twilio's docs
# Defaults Twilio's TwiML pages state (element tag, attribute) -> default.
DEFAULTS = {
    ("Dial", "method"): "POST", ("Dial", "timeout"): "30", ("Dial", "hangupOnStar"): "false",
    ("Dial", "timeLimit"): "14400", ("Dial", "record"): "do-not-record", ("Dial", "trim"): "trim-silence",
    ("Dial", "recordingStatusCallbackMethod"): "POST", ("Dial", "recordingStatusCallbackEvent"): "completed",
    ("Dial", "answerOnBridge"): "false", ("Dial", "recordingTrack"): "both", ("Dial", "sequential"): "false",
    ("Dial", "referMethod"): "POST",
    ("Gather", "input"): "dtmf", ("Gather", "method"): "POST", ("Gather", "timeout"): "5",
    ("Gather", "finishOnKey"): "#", ("Gather", "language"): "en-US", ("Gather", "profanityFilter"): "true",
    ("Gather", "actionOnEmptyResult"): "false", ("Gather", "partialResultCallbackMethod"): "POST",
    ("Gather", "enhanced"): "false", ("Gather", "speechModel"): "default", ("Gather", "bargeIn"): "true",
    ("Gather", "debug"): "false", ("Gather", "maxSpeechTime"): "60",
    ("Say", "voice"): "man", ("Say", "language"): "en-US", ("Say", "loop"): "1",
    ("Play", "loop"): "1", ("Pause", "length"): "1",
    ("Record", "method"): "POST", ("Record", "timeout"): "5", ("Record", "finishOnKey"): "1234567890*#",
    ("Record", "maxLength"): "3600", ("Record", "playBeep"): "true", ("Record", "trim"): "trim-silence",
    ("Record", "transcribe"): "false", ("Record", "recordingStatusCallbackMethod"): "POST",
    ("Record", "recordingStatusCallbackEvent"): "completed",
    ("Redirect", "method"): "POST", ("Reject", "reason"): "rejected",
    ("Enqueue", "method"): "POST", ("Enqueue", "waitUrlMethod"): "POST", ("Enqueue", "maxQueueSize"): "100",
    ("Conference", "muted"): "false", ("Conference", "beep"): "true",
    ("Conference", "startConferenceOnEnter"): "true", ("Conference", "endConferenceOnExit"): "false",
    ("Conference", "waitMethod"): "POST", ("Conference", "maxParticipants"): "250",
    ("Conference", "record"): "do-not-record", ("Conference", "trim"): "trim-silence",
    ("Conference", "statusCallbackMethod"): "POST", ("Conference", "recordingStatusCallbackMethod"): "POST",
    ("Conference", "recordingStatusCallbackEvent"): "completed", ("Conference", "jitterBufferSize"): "large",
    ("Number", "method"): "POST", ("Number", "statusCallbackMethod"): "POST",
    ("Number", "statusCallbackEvent"): "completed", ("Number", "byoc"): None,
    ("Number", "machineDetectionTimeout"): "30", ("Number", "machineDetectionSpeechThreshold"): "2400",
    ("Number", "machineDetectionSpeechEndThreshold"): "1200", ("Number", "machineDetectionSilenceTimeout"): "5000",
    ("Number", "amdStatusCallbackMethod"): "POST",
    ("Client", "method"): "POST", ("Client", "statusCallbackMethod"): "POST", ("Client", "statusCallbackEvent"): "completed",
    ("Sip", "method"): "POST", ("Sip", "statusCallbackMethod"): "POST", ("Sip", "statusCallbackEvent"): "completed",
    ("Application", "method"): "POST", ("Application", "statusCallbackMethod"): "POST",
    ("Application", "statusCallbackEvent"): "completed", ("Application", "customerId"): None,
    ("WhatsApp", "method"): "POST", ("WhatsApp", "statusCallbackMethod"): "POST",
    ("WhatsApp", "statusCallbackEvent"): "completed",
    ("Sim", "method"): "POST", ("Sim", "statusCallbackMethod"): "POST", ("Sim", "statusCallbackEvent"): "completed",
    ("Queue", "method"): "POST", ("Sms", "method"): "POST", ("Message", "method"): "POST",
    ("Pay", "input"): "dtmf", ("Pay", "timeout"): "5", ("Pay", "maxAttempts"): "1",
    ("Pay", "securityCode"): "true", ("Pay", "postalCode"): "true", ("Pay", "paymentConnector"): "Default",
    ("Pay", "tokenType"): "reusable", ("Pay", "currency"): "usd", ("Pay", "language"): "en-US",
    ("Pay", "validCardTypes"): "visa mastercard amex", ("Pay", "paymentMethod"): "credit-card",
    ("Pay", "bankAccountType"): "consumer-checking", ("Pay", "statusCallbackMethod"): "POST",
    ("Stream", "track"): "inbound_track", ("Stream", "statusCallbackMethod"): "POST",
    ("Connect", "method"): "POST", ("Refer", "method"): "POST", ("Start", "method"): "POST",
    ("Siprec", "track"): "inbound_track", ("Siprec", "statusCallbackMethod"): "POST",
    ("Transcription", "track"): "both_tracks", ("Transcription", "partialResults"): "false",
    ("Transcription", "profanityFilter"): "true", ("Transcription", "statusCallbackMethod"): "POST",
    ("Receive", "method"): "POST", ("Receive", "mediaType"): "application/pdf",
    ("Receive", "pageSize"): "letter", ("Receive", "storeMedia"): "true",
    ("Prompt", "attempt"): None,
    ("break", "strength"): "medium", ("emphasis", "level"): "moderate",
}

# Attributes Twilio's TwiML pages document that neither builder has: (tag, name, value type,
# longest value, what it does).
DOC_ONLY_ATTRIBUTES = [
    ("Dial", "callReason", "string", 50, "Why the call is made, shown to the callee (branded calling); at most 50 characters. Only Twilio's <Dial> page has it, not the builders."),
]

# Attributes Twilio's docs require.
REQUIRED = {("Parameter", "name"), ("Config", "name"), ("Stream", "url"), ("Prompt", "for")}

# Value lists the builders type as open strings, or as closed lists that Twilio's docs keep open
# (new voices and languages arrive without a library release): documented keywords, not checked.
OPEN_LISTS = {"SayVoice", "SayLanguage", "GatherLanguage", "SsmlLangXmlLang", "PayLanguage",
              "ConversationRelayLanguage", "GatherSpeechModel", "ConferenceRegion", "PromptFor"}

# Documented numeric limits: (tag, attribute) -> (min, max).
LIMITS = {("Number", "machineDetectionTimeout"): (3, 60),
          ("Number", "machineDetectionSpeechThreshold"): (1000, 6000),
          ("Number", "machineDetectionSpeechEndThreshold"): (500, 5000),
          ("Number", "machineDetectionSilenceTimeout"): (2000, 10000),
          ("Dial", "timeout"): (5, 600), ("Gather", "timeout"): (0, None), ("Say", "loop"): (0, None),
          ("Play", "loop"): (0, None), ("Pause", "length"): (1, None), ("Record", "maxLength"): (1, 14400),
          ("Conference", "maxParticipants"): (2, 250), ("Enqueue", "maxQueueSize"): (1, 5000),
          ("Gather", "maxSpeechTime"): (1, 60)}

# Counts and alternatives Twilio's pages state, by tag.
RULES = {
    "Connect": dict(min_children=1, max_children=1),
    "Dial": dict(text_or_children=True, text_child="Number", child_max={"Number": 10, "Client": 10, "Sip": 10},
                 exclusive_children=["Conference", "Queue"]),
    "Message": dict(text_or_children=True, text_child="Body", child_max={"Body": 1, "Media": 10}),
    "Stream": dict(),
    "Start": dict(min_children=1),
    "Stop": dict(min_children=1),
}

# What SignalWire alone has, by parent tag: named when a Twilio document uses it.
SIGNALWIRE_ONLY_CHILDREN = {
    "voice.Response": ["Denoise", "Verto"],
    "voice.Dial": ["Verto"],
    "voice.Connect": ["AI"],
    "voice.Start": ["Denoise"],
    "voice.Stop": ["Denoise"],
}

# Children the builders offer directly inside `<Response>` that Twilio's pages document only as
# nouns of another verb.
NOT_VERBS = {"Prompt", "Queue"}

VERBS = {"Connect", "Dial", "Echo", "Enqueue", "Gather", "Hangup", "Leave", "Pause", "Pay",
         "Play", "Prompt", "Queue", "Record", "Redirect", "Refer", "Reject", "Say", "Sms", "Start",
         "Stop", "Message", "Receive"}


def rust_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def const_name(scope, cls, tag):
    base = re.sub(r"(?<!^)(?=[A-Z])", "_", cls).upper()
    return f"{scope.upper()}_{base}"


def main():
    out_enums = {}
    elements = []  # dicts
    disagreements = []
    for scope, ts_path, py_path, root in [
        ("voice", "src/twiml/VoiceResponse.ts", "twilio/twiml/voice_response.py", "VoiceResponse"),
        ("messaging", "src/twiml/MessagingResponse.ts", "twilio/twiml/messaging_response.py", "MessagingResponse"),
        ("fax", "src/twiml/FaxResponse.ts", "twilio/twiml/fax_response.py", "FaxResponse"),
    ]:
        types, ifaces, classes = parse_ts(show(NODE, ts_path), root)
        py, py_names = parse_py(show(PY, py_path))
        # element per class, reached from the root
        seen = {}
        order = [(root, "Response", None, "object", None, True)]
        parents = {}
        i = 0
        while i < len(order):
            cls, tag, parent, iface, text_param, optional = order[i]
            i += 1
            if cls in seen:
                parents[cls].append(parent)
                continue
            seen[cls] = (tag, iface, text_param, optional)
            parents[cls] = [parent] if parent else []
            for (ctag, ccls, ciface, ctext, copt) in classes.get(cls, []):
                if cls == root and ctag in NOT_VERBS:
                    continue
                order.append((ccls, ctag, cls, ciface, ctext, copt))
        # python's view: class -> children tags and attribute names
        py_children = {}
        for pcls, kids in py.items():
            for (kcls, attrs) in kids:
                py_children.setdefault(pcls, {})[py_names.get(kcls, kcls)] = (kcls, attrs)
        py_root = {"VoiceResponse": "VoiceResponse", "MessagingResponse": "MessagingResponse",
                   "FaxResponse": "FaxResponse"}[root]
        for cls, (tag, iface, text_param, optional) in seen.items():
            py_cls = py_root if cls == root else cls
            ts_kids = [c for c in classes.get(cls, [])]
            pk = py_children.get(py_cls, {})
            children = []
            withdrawn_children = []
            if cls == root:
                for (ctag, _, _, _, _) in ts_kids:
                    if ctag in NOT_VERBS:
                        disagreements.append(f"`<{ctag}>` directly inside `<Response>` ({scope}): both builders offer it, Twilio's TwiML pages document it only as a noun (`<Pay><Prompt>`, `<Dial><Queue>`); not a verb here")
                ts_kids = [k for k in ts_kids if k[0] not in NOT_VERBS]
            for (ctag, ccls, _, _, _) in ts_kids:
                if pk or py_cls in py:
                    if ctag not in pk:
                        disagreements.append(f"`<{ctag}>` inside `<{tag}>` ({scope}): twilio-node has it, twilio-python (newer) does not")
                        withdrawn_children.append(ccls)
                children.append(ccls)
            for ptag in pk:
                if cls == root and ptag in NOT_VERBS:
                    continue
                if ptag not in [k[0] for k in ts_kids]:
                    disagreements.append(f"`<{ptag}>` inside `<{tag}>` ({scope}): only twilio-python has it")
            attrs = []
            for (name, ty, doc) in ifaces.get(iface, []):
                attrs.append((name, ty, doc))
            # python's attribute set for this class (from any parent's nest call)
            py_attrs = None
            for pcls, kids in py_children.items():
                for ktag, (kcls, kattrs) in kids.items():
                    if kcls == cls or (ktag == tag and kcls == py_cls):
                        py_attrs = set(kattrs) if py_attrs is None else py_attrs | set(kattrs)
            if py_attrs is not None:
                names = {a[0] for a in attrs}
                for extra in sorted(py_attrs - names):
                    disagreements.append(f"`{extra}` on `<{tag}>` ({scope}): only twilio-python has it; typed as a string")
                    attrs.append((extra, "string", "Only twilio-python (the newer release) has it."))
                for missing in sorted(names - py_attrs):
                    disagreements.append(f"`{missing}` on `<{tag}>` ({scope}): twilio-node has it, twilio-python does not; kept")
            for (dtag, dname, dty, dlen, ddoc) in DOC_ONLY_ATTRIBUTES:
                if dtag == tag and scope == "voice" and dname not in {a[0] for a in attrs}:
                    disagreements.append(f"`{dname}` on `<{tag}>` ({scope}): only Twilio's TwiML page has it, neither builder")
                    attrs.append((dname, dty, ddoc))
            elements.append(dict(scope=scope, cls=cls, tag=tag, parents=parents[cls], children=children,
                                 withdrawn_children=withdrawn_children, attrs=attrs, types=types,
                                 text_param=text_param, optional=optional, root=root))
    # withdrawn: classes only reachable through withdrawn edges
    withdrawn = set()
    for e in elements:
        for w in e["withdrawn_children"]:
            withdrawn.add((e["scope"], w))
    emit(elements, withdrawn, disagreements)


def value_type(tag, name, ty, types, enums):
    ty = ty.strip()
    if ty == "boolean":
        return "ValueType::Boolean"
    if ty == "number":
        return "ValueType::Integer"
    is_list = ty.endswith("[]")
    base = ty[:-2] if is_list else ty
    if base in types:
        values = types[base]
        if base in OPEN_LISTS:
            return "ValueType::String { keywords: &[" + ", ".join(rust_str(v) for v in values) + "] }"
        if is_list:
            return "ValueType::List { items: &[" + ", ".join(rust_str(v) for v in values) + "], separator: ' ' }"
        if values == ["GET", "POST"]:
            return "ValueType::Enum(&METHOD)"
        key = tuple(values)
        if key not in enums:
            enums[key] = "TW_" + re.sub(r"(?<!^)(?=[A-Z])", "_", base).upper()
        return f"ValueType::Enum(&{enums[key]})"
    if ty == "string":
        lname = name.lower()
        if name in ("action", "url", "waitUrl") or lname.endswith("url") or lname.endswith("callback"):
            return "ValueType::Url"
        if lname.endswith("method"):
            return "ValueType::Enum(&METHOD)"
        return "ValueType::String { keywords: &[] }"
    return "ValueType::String { keywords: &[] }"


def emit(elements, withdrawn, disagreements):
    by_cls = {(e["scope"], e["cls"]): e for e in elements}
    consts = {}
    for e in elements:
        name = const_name(e["scope"], e["cls"] if e["cls"] != e["root"] else "Response", e["tag"])
        consts[(e["scope"], e["cls"])] = name
    enums = {}
    body = []
    for e in elements:
        scope, cls, tag = e["scope"], e["cls"], e["tag"]
        is_root = cls == e["root"]
        is_ssml = cls.startswith("Ssml")
        if is_root:
            kind = "Kind::Root"
        elif is_ssml:
            kind = "Kind::Ssml"
        elif any(p == e["root"] for p in e["parents"]) and tag in VERBS:
            kind = "Kind::Verb"
        else:
            kind = "Kind::Noun"
        scope_rs = "Scope::Ssml" if is_ssml else {"voice": "Scope::Voice", "messaging": "Scope::Messaging", "fax": "Scope::Fax"}[scope]
        status = "Status::Withdrawn" if (scope, cls) in withdrawn else "Status::Documented"
        parent_names = sorted({by_cls[(scope, p)]["tag"] for p in e["parents"]})
        id_ = f"twilio.{'ssml' if is_ssml else scope}.{tag}"
        same_tag = [x for x in elements if x["scope"] == scope and x["tag"] == tag]
        if len(same_tag) > 1:
            id_ += "@" + "+".join(parent_names)
        lines = [f"    {consts[(scope, cls)]} = ElementSpec {{",
                 f"        id: {rust_str(id_)},",
                 f"        name: {rust_str(tag)},",
                 "        platform: Platform::Twilio,",
                 f"        scope: {scope_rs},",
                 f"        kind: {kind},"]
        if status != "Status::Documented":
            lines.append(f"        status: {status},")
        about = (f"Twilio's `<{tag}>`" + (f" inside {', '.join('`<'+p+'>`' for p in parent_names)}" if parent_names else "") + ".")
        if status == "Status::Withdrawn":
            about += " Removed from Twilio's TwiML in 2026 (twilio-python 9.11.0)."
        lines.append(f"        about: {rust_str(about)},")
        if e["parents"]:
            lines.append("        parents: &[" + ", ".join(f"ids::{consts[(scope, p)]}" for p in dict.fromkeys(e["parents"])) + "],")
        if e["children"]:
            lines.append("        children: &[" + ", ".join(f"ids::{consts[(scope, c)]}" for c in dict.fromkeys(e["children"])) + "],")
        other = SIGNALWIRE_ONLY_CHILDREN.get(f"{scope}.{tag}" if not is_root else f"{scope}.Response", [])
        if other:
            lines.append("        twilio_only_children: &[" + ", ".join(rust_str(o) for o in other) + "],")
        rules = RULES.get(tag, {}) if not is_ssml else {}
        if e["text_param"]:
            required = not e["optional"] and not rules.get("text_or_children")
            if tag == "Say" or is_ssml:
                lines.append("        text: TextRule::Optional,")
                lines.append("        mixed: true,")
            else:
                lines.append(f"        text: {'TextRule::Required' if required else 'TextRule::Optional'},")
        if rules.get("text_or_children"):
            lines.append("        text_or_children: true,")
        if rules.get("text_child"):
            child = [c for c in e["children"] if by_cls[(scope, c)]["tag"] == rules["text_child"]]
            if child:
                lines.append(f"        text_child: Some(ids::{consts[(scope, child[0])]}),")
        if e["attrs"]:
            lines.append("        attributes: &[")
            for (name, ty, doc) in e["attrs"]:
                vt = value_type(tag, name, ty, e["types"], enums)
                a = [f"            Attribute {{", f"                name: {rust_str(name)},", f"                ty: {vt},"]
                d = DEFAULTS.get((tag, name))
                if d:
                    a.append(f"                default: Some({rust_str(d)}),")
                if (tag, name) in REQUIRED:
                    a.append("                required: true,")
                for (dtag, dname, _, dlen, _) in DOC_ONLY_ATTRIBUTES:
                    if (dtag, dname) == (tag, name) and dlen:
                        a.append(f"                max_length: Some({dlen}),")
                lim = LIMITS.get((tag, name))
                if lim:
                    if lim[0] is not None:
                        a.append(f"                min: Some({float(lim[0])}),")
                    if lim[1] is not None:
                        a.append(f"                max: Some({float(lim[1])}),")
                a.append("                source: Source::Twilio,")
                a.append(f"                about: {rust_str(doc.rstrip('.') + '.')},")
                a.append("                ..Attribute::DEFAULT")
                a.append("            },")
                lines.extend(a)
            lines.append("        ],")
        if rules.get("child_max"):
            cm = []
            for ctag, n in rules["child_max"].items():
                for c in e["children"]:
                    if by_cls[(scope, c)]["tag"] == ctag:
                        cm.append(f"(ids::{consts[(scope, c)]}, {n})")
            if cm:
                lines.append("        child_max: &[" + ", ".join(cm) + "],")
        if rules.get("min_children"):
            lines.append(f"        min_children: Some({rules['min_children']}),")
        if rules.get("max_children"):
            lines.append(f"        max_children: Some({rules['max_children']}),")
        if rules.get("exclusive_children"):
            ex = [f"ids::{consts[(scope, c)]}" for c in e["children"] if by_cls[(scope, c)]["tag"] in rules["exclusive_children"]]
            lines.append("        exclusive_children: &[" + ", ".join(ex) + "],")
        lines.append("        ..ElementSpec::DEFAULT")
        lines.append("    },")
        body.append("\n".join(lines))
    print("// Twilio's TwiML as data, in the same form as SignalWire's table (`../table.rs`).")
    print("// Written by scripts/twilio_table.py from the facts of Twilio's generated TwiML builders")
    print("// (twilio-node `src/twiml/*.ts` for names, nesting and value lists; twilio-python")
    print("// `twilio/twiml/*.py`, the newer release, for what was added or removed) and Twilio's TwiML")
    print("// pages (defaults, counts). Edit the script's tables and regenerate. See docs/twilio-decisions.md.")
    print("//")
    print("// Where the two libraries disagree (printed by the script):")
    for d in disagreements:
        print(f"// - {d}")
    print()
    print("use super::super::model::*;")
    print("use super::ElementId;")
    print("use super::super::table::METHOD;")
    print()
    for key, name in enums.items():
        rust = "".join(p.capitalize() for p in name[3:].split("_"))
        print(f"pub(crate) static {name}: EnumType = EnumType {{")
        print(f"    rust_name: {rust_str(rust)},")
        print("    values: &[" + ", ".join(rust_str(v) for v in key) + "],")
        print("};")
    print()
    print("/// Named value sets of Twilio's enumerated attributes.")
    print("pub static ENUM_TYPES: &[&EnumType] = &[&METHOD, " + ", ".join(f"&{n}" for n in enums.values()) + "];")
    print()
    print("element_table![")
    print("    range: TWILIO_BIT,")
    print("    ids: \"Stable ids of the elements of Twilio's table.\",")
    print("    count: \"How many elements Twilio's table has.\",")
    print("    elements: \"Every element of every channel of Twilio's TwiML, indexed by [`ElementId::index`].\";")
    print("\n".join(body))
    print("];")
    for d in disagreements:
        print("DISAGREE: " + d, file=sys.stderr)


main()
