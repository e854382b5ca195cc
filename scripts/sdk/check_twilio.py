"""Twilio's own Python helper library (`twilio`, from PyPI) against `cxml emulate --platform
twilio`: a call through a TwiML flow and a message, with the app (scripts/sdk/app.py twilio)
checking every X-Twilio-Signature with twilio.request_validator.RequestValidator and the Auth
Token. Run by scripts/sdk-check.sh, which sets EMULATOR, APP, ACCOUNT_SID and AUTH_TOKEN.

Pointing the library at the emulator takes one line beyond the documented constructor: the
API domain's base URL (`https://api.twilio.com`) is set to the emulator's http:// address
(`client.api.base_url = EMULATOR`). Nothing else is changed: the library builds
`{base_url}/2010-04-01/Accounts/{AccountSid}/Calls.json` and sends Basic auth
AccountSid:AuthToken as it does against Twilio.
"""

import json
import os
import urllib.parse
import urllib.request

from twilio.rest import Client

EMULATOR = os.environ["EMULATOR"]
APP = os.environ["APP"]
ACCOUNT_SID = os.environ["ACCOUNT_SID"]
AUTH_TOKEN = os.environ["AUTH_TOKEN"]

client = Client(ACCOUNT_SID, AUTH_TOKEN)
client.api.base_url = EMULATOR


def control(path, **fields):
    pairs = []
    for key, value in fields.items():
        for item in value if isinstance(value, list) else [value]:
            pairs.append((key, item))
    data = urllib.parse.urlencode(pairs).encode()
    with urllib.request.urlopen(EMULATOR + "/emulator/" + path, data=data) as answer:
        return json.load(answer)


def events():
    with urllib.request.urlopen(EMULATOR + "/emulator/events") as answer:
        return json.load(answer)


checks = []


def check(name, condition, detail=""):
    checks.append((name, bool(condition)))
    print(("ok   " if condition else "FAIL ") + name + ("" if condition else "  " + str(detail)))


def twilio_sid(sid, prefix):
    return sid.startswith(prefix) and len(sid) == 34 and all(c in "0123456789abcdef" for c in sid[2:])


# A call through a menu: the phone presses 1.
control("phones", Number="+15550100", Answer="human", Input="1")
call = client.calls.create(
    to="+15550100",
    from_="+15550199",
    url=APP + "/menu",
    status_callback=APP + "/status",
    status_callback_event=["initiated", "ringing", "answered", "completed"],
)
check("calls.create: a Twilio call sid", twilio_sid(call.sid, "CA"), call.sid)
check("calls.create: Twilio's uri", call.uri == "/2010-04-01/Accounts/%s/Calls/%s.json" % (ACCOUNT_SID, call.sid), call.uri)
fetched = client.calls(call.sid).fetch()
check("calls(sid).fetch: completed", fetched.status == "completed", fetched.status)
said = [e["text"] for e in events() if e["call"] == call.sid and e["event"] == "say"]
check("the caller went through the menu", said == ["Press 1.", "You chose 1."], said)
statuses = [e["params"]["CallStatus"] for e in events() if e["call"] == call.sid and e.get("purpose") == "call-status"]
check("status callbacks", statuses == ["initiated", "ringing", "in-progress", "completed"], statuses)
check("calls.list", [c.sid for c in client.calls.list()] == [call.sid])

# A message, and its status callback.
message = client.messages.create(to="+15550100", from_="+15550199", body="code 1234", status_callback=APP + "/status")
check("messages.create: an SM sid", twilio_sid(message.sid, "SM"), message.sid)
check("messages(sid).fetch: delivered", client.messages(message.sid).fetch().status == "delivered")
check("messages.list(to=...)", [m.sid for m in client.messages.list(to="+15550100")] == [message.sid])

# An SMS survey that keeps its step in a cookie: Twilio sends it back for the conversation.
first = control("messages", Url=APP + "/survey", From="+15550142", To="+15550199", Body="hi")["sid"]
second = control("messages", Url=APP + "/survey", From="+15550142", To="+15550199", Body="great")["sid"]
replies = [e["body"] for e in events() if e["call"] in (first, second) and e["event"] == "message"]
check("a cookie keeps the SMS conversation's state", replies == ["How was your visit?", "Thanks for answering."], replies)

errors = [e for e in events() if e["event"] in ("error", "callback")]
check("every webhook passed RequestValidator (X-Twilio-Signature)", not errors, errors)
with urllib.request.urlopen(APP + "/failures") as answer:
    failures = answer.read().decode()
check("the app saw no bad signature", failures == "", failures)

failed = [name for name, ok in checks if not ok]
print("twilio-python: %d checks, %d failed" % (len(checks), len(failed)))
raise SystemExit(1 if failed else 0)
