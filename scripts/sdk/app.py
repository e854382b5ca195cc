"""A small cXML app for scripts/sdk-check.sh: answers the emulator's webhooks by path and checks
every signature with twilio-python's RequestValidator (the Twilio-compatible validator that
SignalWire's Python SDK ships; a request that fails it is answered 403, which the emulator
records as an error event): X-SignalWire-Signature, or X-Twilio-Signature with `twilio`.

Usage: python app.py SIGNING_KEY [twilio]   (prints `listening on http://127.0.0.1:P` first;
for Twilio the key is the Auth Token)
"""

import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

from twilio.request_validator import RequestValidator

KEY = sys.argv[1]
HEADER = "X-Twilio-Signature" if sys.argv[2:] == ["twilio"] else "X-SignalWire-Signature"
VALIDATOR = RequestValidator(KEY)
FAILURES = []

DOCUMENTS = {
    "/remind": lambda form: (
        "<Response><Say>This is your reminder for tomorrow.</Say><Hangup/></Response>"
        if form.get("AnsweredBy") == "machine"
        else '<Response><Gather numDigits="1" action="/chosen"><Say>Press 1 to confirm.</Say></Gather></Response>'
    ),
    "/menu": lambda form: '<Response><Gather numDigits="1" timeout="5" action="/chosen">'
    "<Say>Press 1.</Say></Gather><Say>No input.</Say></Response>",
    "/chosen": lambda form: "<Response><Say>You chose %s.</Say></Response>" % form.get("Digits", ""),
    "/support": lambda form: '<Response><Enqueue waitUrl="/hold">support</Enqueue></Response>',
    "/hold": lambda form: "<Response><Say>Please hold.</Say></Response>",
    "/agent": lambda form: "<Response><Dial><Queue>support</Queue></Dial></Response>",
    "/dequeued": lambda form: "<Response><Say>An agent will call you back.</Say></Response>",
    "/conference": lambda form: '<Response><Dial action="/left"><Conference startConferenceOnEnter="true">'
    "standup</Conference></Dial></Response>",
    "/left": lambda form: "<Response><Say>You left.</Say></Response>",
    "/voicemail": lambda form: '<Response><Say>Leave a message.</Say><Record maxLength="30" action="/recorded"/></Response>',
    "/recorded": lambda form: "<Response><Say>Thank you.</Say><Hangup/></Response>",
    "/status": lambda form: "",
    "/survey": lambda form: "",  # answered in Handler: a cookie keeps the step
}


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode()
        form = dict(parse_qsl(body, keep_blank_values=True))
        url = "http://%s%s" % (self.headers["Host"], self.path)
        signature = self.headers.get(HEADER, "")
        if not VALIDATOR.validate(url, form, signature):
            FAILURES.append(url)
            self.send_response(403)
            self.end_headers()
            return
        path = urlsplit(self.path).path
        document = DOCUMENTS.get(path)
        if document is None:
            self.send_response(404)
            self.end_headers()
            return
        answer = document(form).encode()
        cookie = None
        if path == "/survey":
            # An SMS survey that keeps its step in a cookie, as Twilio keeps cookies per
            # conversation: the first message asks, the next one thanks.
            if "step=asked" in (self.headers.get("Cookie") or ""):
                answer = b"<Response><Message>Thanks for answering.</Message></Response>"
            else:
                answer = b"<Response><Message>How was your visit?</Message></Response>"
                cookie = "step=asked; Path=/"
        self.send_response(200)
        if cookie:
            self.send_header("Set-Cookie", cookie)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def do_GET(self):
        answer = ("\n".join(FAILURES)).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print("listening on http://127.0.0.1:%d" % server.server_address[1], flush=True)
threading.Thread(target=server.serve_forever, daemon=True).start()
threading.Event().wait()
