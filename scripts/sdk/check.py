"""SignalWire's Python SDK (`signalwire`, from PyPI) against `cxml emulate`: the flows of issue 23
and every resource the emulator serves. Run by scripts/sdk-check.sh, which sets EMULATOR, APP,
PROJECT and TOKEN.

Pointing the SDK at the emulator takes one line beyond the documented constructor: the SDK
always prefixes the space with https://, so the API's base URL is set to the emulator's
http:// address after construction (`client.api.base_url = EMULATOR`).
"""

import json
import os
import urllib.parse
import urllib.request

from signalwire.rest import Client as signalwire_client
from twilio.base.exceptions import TwilioRestException

EMULATOR = os.environ["EMULATOR"]
APP = os.environ["APP"]
PROJECT = os.environ["PROJECT"]
TOKEN = os.environ["TOKEN"]

client = signalwire_client(PROJECT, TOKEN, signalwire_space_url="example.signalwire.com")
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


def said(call):
    return [e["text"] for e in events() if e["call"] == call and e["event"] == "say"]


checks = []


def check(name, condition, detail=""):
    checks.append((name, bool(condition)))
    print(("ok   " if condition else "FAIL ") + name + ("" if condition else "  " + str(detail)))


# A reminder answered by a machine leaves a voicemail.
control("phones", Number="+15550100", Answer="machine")
call = client.calls.create(
    to="+15550100",
    from_="+15550199",
    url=APP + "/remind",
    machine_detection="Enable",
    status_callback=APP + "/status",
    status_callback_event=["initiated", "ringing", "answered", "completed"],
)
check("calls.create answers queued", call.status == "queued", call.status)
fetched = client.calls(call.sid).fetch()
check("calls.fetch: completed", fetched.status == "completed", fetched.status)
check("calls.fetch: answered_by machine", fetched.answered_by == "machine", fetched.answered_by)
check("the machine heard the reminder", said(call.sid) == ["This is your reminder for tomorrow."], said(call.sid))
statuses = [
    e["params"]["CallStatus"]
    for e in events()
    if e["call"] == call.sid and e.get("purpose") == "call-status"
]
check("status callbacks for the events asked", statuses == ["initiated", "ringing", "in-progress", "completed"], statuses)

# A queued caller dequeued by an agent's call, and one dequeued to a new document.
caller = control("calls", Url=APP + "/support", From="+15550142")["sid"]
queues = client.queues.list()
check("queues.list", len(queues) == 1 and queues[0].friendly_name == "support", queues)
queue = queues[0].sid
front = client.queues(queue).members("Front").fetch()
check("members('Front').fetch", front.call_sid == caller, front.call_sid)
members = client.queues(queue).members.list()
check("members.list", [m.call_sid for m in members] == [caller])
agent = client.calls.create(to="+15550200", from_="+15550199", url=APP + "/agent")
bridged = [e for e in events() if e["call"] == agent.sid and e["event"] == "bridge"]
check("the agent's call bridged the caller", bridged and bridged[0]["with"] == caller, bridged)
check("the caller's call completed", client.calls(caller).fetch().status == "completed")
second = control("calls", Url=APP + "/support", From="+15550143")["sid"]
client.queues(queue).members(second).update(url=APP + "/dequeued", method="POST")
check("members(sid).update dequeues", said(second) == ["Please hold.", "An agent will call you back."], said(second))

# A live call moved out of a Gather by an update; one that times out; one hung up.
menu = client.calls.create(to="+15550123", from_="+15550199", url=APP + "/menu")
check("a call listening at a Gather is in-progress", client.calls(menu.sid).fetch().status == "in-progress")
moved = client.calls(menu.sid).update(twiml="<Response><Say>Moved.</Say><Hangup/></Response>")
check("calls.update(twiml=...) moves it", said(menu.sid) == ["Press 1.", "Moved."], said(menu.sid))
check("and it completed", moved.status == "completed", moved.status)
redirected = client.calls.create(to="+15550124", from_="+15550199", url=APP + "/menu")
client.calls(redirected.sid).update(url=APP + "/chosen", method="POST")
check("calls.update(url=...) moves it", said(redirected.sid)[-1] == "You chose .", said(redirected.sid))
hung = client.calls.create(to="+15550125", from_="+15550199", url=APP + "/menu")
check("calls.update(status='completed') hangs up", client.calls(hung.sid).update(status="completed").status == "completed")
silent = client.calls.create(to="+15550126", from_="+15550199", url=APP + "/menu")
control("advance")
check("time passes: the Gather times out", said(silent.sid) == ["Press 1.", "No input."], said(silent.sid))

# A conference participant muted and removed.
first = control("calls", Url=APP + "/conference", From="+15550301")["sid"]
second = control("calls", Url=APP + "/conference", From="+15550302")["sid"]
conferences = client.conferences.list(friendly_name="standup")
check("conferences.list(friendly_name)", len(conferences) == 1, conferences)
conference = conferences[0].sid
check("conferences(sid).fetch", client.conferences(conference).fetch().status == "in-progress")
muted = client.conferences(conference).participants(second).update(muted=True)
check("participants(sid).update(muted=True)", muted.muted is True, muted.muted)
check("participants.list(muted=True)", [p.call_sid for p in client.conferences(conference).participants.list(muted=True)] == [second])
check("participants(sid).delete", client.conferences(conference).participants(second).delete() is True)
check("the removed participant went on", said(second) == ["You left."], said(second))

# Messages, recordings, pages, errors.
message = client.messages.create(to="+15550100", from_="+15550199", body="code 1234", status_callback=APP + "/status")
check("messages.create", message.status == "queued", message.status)
check("messages(sid).fetch: delivered", client.messages(message.sid).fetch().status == "delivered")
check("messages.list(to=...)", [m.sid for m in client.messages.list(to="+15550100")] == [message.sid])
voicemail = control("calls", Url=APP + "/voicemail")["sid"]
recordings = client.recordings.list()
check("recordings.list", len(recordings) == 1 and recordings[0].call_sid == voicemail, recordings)
check("recordings(sid).fetch", str(client.recordings(recordings[0].sid).fetch().duration) == "5")
check("recordings(sid).delete", client.recordings(recordings[0].sid).delete() is True)
paged = client.calls.list(page_size=2)
whole = client.calls.list(page_size=1000)
check("calls.list follows next_page_uri", len(paged) == len(whole) >= 10 and {c.sid for c in paged} == {c.sid for c in whole}, (len(paged), len(whole)))
check("calls.list(to=...)", [c.sid for c in client.calls.list(to="+15550100")] == [call.sid])
try:
    client.calls("nope").fetch()
    check("an unknown sid raises", False)
except TwilioRestException as error:
    check("an unknown sid raises 404 / 20404", error.status == 404 and error.code == 20404, (error.status, error.code))
wrong = signalwire_client(PROJECT, "wrong", signalwire_space_url="example.signalwire.com")
wrong.api.base_url = EMULATOR
try:
    wrong.calls(call.sid).fetch()
    check("a wrong token raises", False)
except TwilioRestException as error:
    check("a wrong token raises 401 / 20003", error.status == 401 and error.code == 20003, (error.status, error.code))

errors = [e for e in events() if e["event"] in ("error", "callback")]
check("no flow error and no failed callback (every signature verified)", not errors, errors)
with urllib.request.urlopen(APP + "/failures") as answer:
    failures = answer.read().decode()
check("the app verified every signature", failures == "", failures)

failed = [name for name, ok in checks if not ok]
print("python signalwire SDK: %d checks, %d failed" % (len(checks), len(failed)))
raise SystemExit(1 if failed else 0)
