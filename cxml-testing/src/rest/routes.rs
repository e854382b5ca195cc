//! The routes: requests turned into commands on the simulator, and its state into
//! SignalWire's JSON.

// A malformed request's error is the answer itself, built once and sent: boxing it buys nothing.
#![allow(clippy::result_large_err)]

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use base64::Engine;
use bytes::Bytes;
use cxml_rest::{
    AnsweredBy, Call, CallEvent, CallSubresourceUris, CallUpdateStatus, Capabilities, Conference,
    ConferenceStatus, ConferenceSubresourceUris, CreateCall, CreateMessage, DequeueMember, Fax,
    FaxDirection, FaxQuality, FaxStatus, MachineDetection, Message, MessageDirection,
    MessageStatus, Participant, ParticipantStatus, PhoneNumber, Queue, QueueMember, Recording,
    RecordingSource, RecordingStatus, SendFax, UpdateCall, UpdateConference, UpdateFax,
    UpdateParticipant, UpdatePhoneNumber, VoiceReceiveMode, WriteQueue, WriteScript,
};
use cxml_webhook::params::{CallDirection, CallStatus, DialCallStatus};
use http::Method;
use http_body_util::Full;
use serde::de::DeserializeOwned;

use super::json::{self, API_PREFIX};
use super::scripts::{ScriptTransport, Shared};
use super::{Answer, DEFAULT_MAX_CALLS, Phone};
use crate::call::{CallId, Channel, Conversation, Fetch, Inbound, Line, Script, State};
use crate::event::{Ending, Event, Input, Params, Purpose};
use crate::simulator::Simulator;

type Response = http::Response<Full<Bytes>>;

/// The most time `POST /emulator/advance` lets pass at once: a year.
const MAX_ADVANCE_SECONDS: u64 = 366 * 86_400;

/// What the REST side knows of a call beyond the simulator's state.
#[derive(Debug, Clone, Default)]
struct Placed {
    created: Duration,
    answered_by: Option<AnsweredBy>,
}

/// A message sent through the API.
#[derive(Debug, Clone)]
struct Sent {
    created: Duration,
    status: MessageStatus,
}

/// The simulator and what the REST door keeps beside it.
pub(crate) struct Platform {
    pub simulator: Simulator,
    project: String,
    token: String,
    pub phones: HashMap<String, Phone>,
    pub max_calls: usize,
    placed: HashMap<String, Placed>,
    sent: HashMap<String, Sent>,
    /// Calls, messages and recordings deleted through the API.
    deleted: HashSet<String>,
    /// Message bodies redacted through the API.
    redacted: HashSet<String>,
    /// Participants on hold, by call sid.
    held: HashSet<String>,
    /// cXML scripts (LaML Bins), and where they are served; shared with the transport that
    /// answers their URLs.
    pub scripts: Shared,
    /// The project's phone numbers, oldest first.
    numbers: Vec<Number>,
    /// Faxes sent through the API, oldest first.
    faxes: Vec<Fax>,
}

/// Where an emulator is reached when nobody said (`cxml emulate` says).
pub(crate) const DEFAULT_PUBLIC_URL: &str = "https://emulator.invalid";

/// A request's path split after `Accounts/{project}/`, without `.json`.
struct Route<'a> {
    /// `/Accounts/{project}` as written in the answer's URIs.
    account_path: String,
    segments: Vec<&'a str>,
}

impl Platform {
    pub(crate) fn new(mut simulator: Simulator, project: String, token: String) -> Self {
        let scripts = Shared::new(DEFAULT_PUBLIC_URL);
        let store = scripts.clone();
        simulator.wrap_transport(|inner| Box::new(ScriptTransport { inner, store }));
        simulator.served_origin = Some(DEFAULT_PUBLIC_URL.to_owned());
        Platform {
            simulator,
            project,
            token,
            phones: HashMap::new(),
            max_calls: DEFAULT_MAX_CALLS,
            placed: HashMap::new(),
            sent: HashMap::new(),
            deleted: HashSet::new(),
            redacted: HashSet::new(),
            held: HashSet::new(),
            scripts,
            numbers: Vec::new(),
            faxes: Vec::new(),
        }
    }

    /// Runs the platform until it is idle. A flow error ends the call at fault (recorded as an
    /// [`Event::Error`] on it) and the others go on: the API request that started them
    /// succeeded, as on the platform.
    /// Sets the phone at a number: for calls placed to it, and `<Dial>`s to it.
    pub(crate) fn set_phone(&mut self, number: String, phone: Phone) {
        let outcome = match phone.answer {
            Answer::Human | Answer::Machine => DialCallStatus::Completed,
            Answer::Busy => DialCallStatus::Busy,
            Answer::NoAnswer => DialCallStatus::NoAnswer,
            Answer::Failed => DialCallStatus::Failed,
        };
        self.simulator.dial_outcomes.insert(number.clone(), outcome);
        self.phones.insert(number, phone);
    }

    pub(crate) async fn settle(&mut self) {
        self.scripts.lock().now = json::iso_date(self.simulator.now());
        // Each error ends one call, so this ends.
        for _ in 0..=self.simulator.calls.ids().count() {
            if self.simulator.run().await.is_ok() {
                return;
            }
        }
    }

    pub(crate) async fn advance(&mut self, by: Option<Duration>) {
        let by = by
            .or_else(|| self.simulator.next_timer())
            .unwrap_or_default();
        if self.simulator.advance(by).await.is_err() {
            self.settle().await;
        }
    }

    pub(crate) async fn handle(&mut self, parts: http::request::Parts, body: Bytes) -> Response {
        let path = parts.uri.path().to_owned();
        let query: Vec<(String, String)> =
            form_urlencoded::parse(parts.uri.query().unwrap_or_default().as_bytes())
                .into_owned()
                .collect();
        if let Some(control) = path.strip_prefix("/emulator/") {
            return self.control(&parts.method, control, &query, &body).await;
        }
        if let Some(sid) = path.strip_prefix("/laml-bins/")
            && matches!(parts.method, Method::GET | Method::POST)
        {
            return self.serve_script(sid);
        }
        let Some(rest) = path
            .strip_prefix("/api/laml/2010-04-01/Accounts/")
            .or_else(|| path.strip_prefix("/2010-04-01/Accounts/"))
        else {
            return json::not_found(&path);
        };
        if !self.authorized(&parts.headers) {
            let mut response = json::error(401, 20003, "Authentication Error - invalid username");
            response.headers_mut().insert(
                http::header::WWW_AUTHENTICATE,
                http::HeaderValue::from_static(
                    if self.simulator.platform == cxml_runtime::schema::Platform::Twilio {
                        "Basic realm=\"Twilio API\""
                    } else {
                        "Basic realm=\"SignalWire\""
                    },
                ),
            );
            return response;
        }
        let mut segments: Vec<&str> = rest.split('/').collect();
        if let Some(last) = segments.last_mut() {
            *last = last.strip_suffix(".json").unwrap_or(last);
        }
        let Some((&account, segments)) = segments.split_first() else {
            return json::not_found(&path);
        };
        if account != self.project {
            return json::error(
                403,
                20003,
                format!("The credentials do not give access to account {account}"),
            );
        }
        let route = Route {
            account_path: format!("/Accounts/{}", self.project),
            segments: segments.to_vec(),
        };
        let method = parts.method.clone();
        let found = match (method.as_str(), route.segments.as_slice()) {
            ("GET", ["Calls"]) => Some(self.list_calls(&route, &query)),
            ("POST", ["Calls"]) => Some(self.create_call(&route, &body).await),
            ("GET", ["Calls", sid]) => self
                .find_call(sid)
                .map(|id| json::answer(200, &self.call_json(id, &route.account_path))),
            ("POST", ["Calls", sid]) => match self.find_call(sid) {
                Some(id) => Some(self.update_call(&route, id, &body).await),
                None => None,
            },
            ("DELETE", ["Calls", sid]) => self.find_call(sid).map(|id| {
                let sid = self.simulator.sid_of(id);
                self.deleted.insert(sid);
                json::no_content()
            }),
            ("GET", ["Calls", sid, "Recordings"]) => self.find_call(sid).map(|_| {
                let sid = (*sid).to_owned();
                self.list_recordings(&route, &query, Some(&sid))
            }),
            ("GET", ["Messages"]) => Some(self.list_messages(&route, &query)),
            ("POST", ["Messages"]) => Some(self.create_message(&route, &body).await),
            ("GET", ["Messages", sid]) => self
                .find_message(sid)
                .map(|id| json::answer(200, &self.message_json(id, &route.account_path))),
            ("POST", ["Messages", sid]) => self.find_message(sid).map(|id| {
                let sid = self.simulator.sid_of(id);
                self.redacted.insert(sid);
                json::answer(200, &self.message_json(id, &route.account_path))
            }),
            ("DELETE", ["Messages", sid]) => self.find_message(sid).map(|id| {
                let sid = self.simulator.sid_of(id);
                self.deleted.insert(sid);
                json::no_content()
            }),
            ("GET", ["Queues"]) => Some(self.list_queues(&route, &query)),
            ("POST", ["Queues"]) => Some(self.create_queue(&route, &body)),
            ("GET", ["Queues", sid]) => self
                .queue_name(sid)
                .map(|name| json::answer(200, &self.queue_json(&name, &route.account_path))),
            ("POST", ["Queues", sid]) => self
                .queue_name(sid)
                .map(|name| self.update_queue(&route, &name, &body)),
            ("DELETE", ["Queues", sid]) => self.queue_name(sid).map(|name| {
                self.simulator.queues.remove(&name);
                json::no_content()
            }),
            ("GET", ["Queues", sid, "Members"]) => self
                .queue_name(sid)
                .map(|name| self.list_members(&route, &name, &query)),
            ("GET", ["Queues", sid, "Members", member]) => self.queue_name(sid).and_then(|name| {
                self.member(&name, member)
                    .map(|id| json::answer(200, &self.member_json(&name, id, &route)))
            }),
            ("POST", ["Queues", sid, "Members", member]) => {
                match self
                    .queue_name(sid)
                    .and_then(|name| self.member(&name, member).map(|id| (name, id)))
                {
                    Some((name, id)) => Some(self.dequeue(&route, &name, id, &body).await),
                    None => None,
                }
            }
            ("GET", ["Conferences"]) => Some(self.list_conferences(&route, &query)),
            ("GET", ["Conferences", sid]) => self
                .room_name(sid)
                .map(|name| json::answer(200, &self.conference_json(&name, &route))),
            ("POST", ["Conferences", sid]) => match self.room_name(sid) {
                Some(name) => Some(self.update_conference(&route, &name, &body).await),
                None => None,
            },
            ("GET", ["Conferences", sid, "Participants"]) => self
                .room_name(sid)
                .map(|name| self.list_participants(&route, &name, &query)),
            ("GET", ["Conferences", sid, "Participants", call]) => {
                self.room_name(sid).and_then(|name| {
                    self.participant(&name, call)
                        .map(|id| json::answer(200, &self.participant_json(&name, id, &route)))
                })
            }
            ("POST", ["Conferences", sid, "Participants", call]) => {
                match self
                    .room_name(sid)
                    .and_then(|name| self.participant(&name, call).map(|id| (name, id)))
                {
                    Some((name, id)) => {
                        Some(self.update_participant(&route, &name, id, &body).await)
                    }
                    None => None,
                }
            }
            ("DELETE", ["Conferences", sid, "Participants", call]) => {
                match self
                    .room_name(sid)
                    .and_then(|name| self.participant(&name, call).map(|id| (name, id)))
                {
                    Some((name, id)) => Some(self.remove_participant(&name, id).await),
                    None => None,
                }
            }
            ("GET", ["Faxes"]) => Some(self.list_faxes(&route, &query)),
            ("POST", ["Faxes"]) => Some(self.send_fax(&route, &body).await),
            ("GET", ["Faxes", sid]) => self
                .find_fax(sid)
                .map(|index| json::answer(200, &self.fax_json(&self.faxes[index], &route))),
            ("POST", ["Faxes", sid]) => self
                .find_fax(sid)
                .map(|index| self.update_fax(&route, index, &body)),
            ("DELETE", ["Faxes", sid]) => self.find_fax(sid).map(|_| {
                self.deleted.insert((*sid).to_owned());
                json::no_content()
            }),
            ("GET", ["LamlBins"]) => Some(self.list_scripts(&route, &query)),
            ("POST", ["LamlBins"]) => Some(self.write_script(&route, None, &body)),
            ("GET", ["LamlBins", sid]) => self
                .scripts
                .lock()
                .scripts
                .iter()
                .find(|script| script.sid == *sid)
                .map(|script| json::answer(200, &script_json(script, &route))),
            ("POST", ["LamlBins", sid]) => {
                let known = self
                    .scripts
                    .lock()
                    .scripts
                    .iter()
                    .any(|script| script.sid == *sid);
                known.then(|| self.write_script(&route, Some(sid), &body))
            }
            ("DELETE", ["LamlBins", sid]) => {
                let mut store = self.scripts.lock();
                let index = store.scripts.iter().position(|script| script.sid == *sid);
                index.map(|index| {
                    store.scripts.remove(index);
                    json::no_content()
                })
            }
            ("GET", ["IncomingPhoneNumbers"]) => Some(self.list_numbers(&route, &query)),
            ("GET", ["IncomingPhoneNumbers", sid]) => self
                .find_number(sid)
                .map(|index| json::answer(200, &self.number_json(&self.numbers[index], &route))),
            ("POST", ["IncomingPhoneNumbers", sid]) => self
                .find_number(sid)
                .map(|index| self.number_update(&route, index, &body)),
            ("GET", ["Recordings"]) => Some(self.list_recordings(&route, &query, None)),
            ("GET", ["Recordings", file]) if file.ends_with(".wav") => {
                let sid = file.trim_end_matches(".wav");
                self.recordings(None)
                    .iter()
                    .any(|recording| recording.sid == sid)
                    .then(json::silent_wav)
            }
            ("GET", ["Recordings", sid]) => self
                .recordings(None)
                .into_iter()
                .find(|recording| recording.sid == *sid)
                .map(|mut recording| {
                    recording.uri = Some(format!(
                        "{API_PREFIX}{}/Recordings/{}.json",
                        route.account_path, recording.sid
                    ));
                    json::answer(200, &recording)
                }),
            ("DELETE", ["Recordings", sid]) => self
                .recordings(None)
                .into_iter()
                .find(|recording| recording.sid == *sid)
                .map(|recording| {
                    self.deleted.insert(recording.sid);
                    json::no_content()
                }),
            (
                _,
                ["Calls"]
                | ["Calls", _]
                | ["Messages"]
                | ["Messages", _]
                | ["Queues"]
                | ["Queues", _]
                | ["Queues", _, "Members", _]
                | ["Conferences", _]
                | ["Conferences", _, "Participants", _]
                | ["Recordings", _]
                | ["Faxes"]
                | ["Faxes", _]
                | ["LamlBins"]
                | ["LamlBins", _]
                | ["IncomingPhoneNumbers"]
                | ["IncomingPhoneNumbers", _],
            ) => {
                return json::error(405, 20004, format!("Method {method} not allowed on {path}"));
            }
            (_, [_, ..]) => {
                return json::error(
                    404,
                    20404,
                    format!(
                        "The requested resource {path} was not found: {method} {} is not simulated by the emulator (it serves Calls, Messages, Queues and their Members, Conferences and their Participants, Recordings, Faxes, LamlBins, IncomingPhoneNumbers)",
                        route.segments.join("/")
                    ),
                );
            }
            (_, []) => None,
        };
        found.unwrap_or_else(|| json::not_found(&path))
    }

    fn authorized(&self, headers: &http::HeaderMap) -> bool {
        let Some(value) = headers
            .get(http::header::AUTHORIZATION)
            .and_then(|value| value.to_str().ok())
        else {
            return false;
        };
        let Some(encoded) = value
            .strip_prefix("Basic ")
            .or_else(|| value.strip_prefix("basic "))
        else {
            return false;
        };
        let Ok(decoded) = base64::engine::general_purpose::STANDARD.decode(encoded.trim()) else {
            return false;
        };
        let expected = format!("{}:{}", self.project, self.token);
        // Compared whole, in constant time for equal lengths.
        decoded.len() == expected.len()
            && decoded
                .iter()
                .zip(expected.as_bytes())
                .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                == 0
    }

    fn live(&self, sid: &str) -> bool {
        !self.deleted.contains(sid)
    }

    // ---- calls ----

    fn find_call(&self, sid: &str) -> Option<CallId> {
        self.simulator
            .calls
            .find(sid)
            .filter(|&id| self.simulator.calls[id].channel == Channel::Voice && self.live(sid))
    }

    /// When each conversation first appeared and ended, from the log.
    fn times(&self) -> HashMap<&str, (Duration, Option<Duration>, Duration)> {
        let mut times: HashMap<&str, (Duration, Option<Duration>, Duration)> = HashMap::new();
        for step in self.simulator.steps() {
            let entry = times
                .entry(step.call.as_str())
                .or_insert((step.at, None, step.at));
            entry.2 = step.at;
            if matches!(step.event, Event::End { .. } | Event::Error { .. }) {
                entry.1 = Some(step.at);
            }
        }
        times
    }

    fn call_json(&self, id: CallId, account_path: &str) -> Call {
        let times = self.times();
        self.call_with(id, account_path, &times)
    }

    fn call_with(
        &self,
        id: CallId,
        account_path: &str,
        times: &HashMap<&str, (Duration, Option<Duration>, Duration)>,
    ) -> Call {
        let conversation = &self.simulator.calls[id];
        let placed = self.placed.get(&conversation.sid);
        let (first, ended, last) = times.get(conversation.sid.as_str()).copied().unwrap_or((
            self.simulator.now(),
            None,
            self.simulator.now(),
        ));
        let created = placed.map_or(first, |placed| placed.created);
        let mut call = Call::default();
        call.sid = conversation.sid.clone();
        call.account_sid = self.project.clone();
        call.parent_call_sid = conversation.parent.clone();
        call.date_created = Some(json::date(created));
        call.date_updated = Some(json::date(last.max(created)));
        call.to = conversation.to.clone();
        call.formatted_to = Some(conversation.to.clone());
        call.from = conversation.from.clone();
        call.formatted_from = Some(conversation.from.clone());
        call.status = match (&conversation.state, conversation.status.as_str()) {
            (State::Ended, "in-progress" | "ringing") => cxml_rest::CallStatus::Completed,
            (_, status) => cxml_rest::CallStatus::from(status),
        };
        call.start_time = conversation.answered_at.map(json::date);
        call.end_time = if conversation.state == State::Ended {
            ended.map(json::date)
        } else {
            None
        };
        call.duration = match (conversation.answered_at, ended) {
            (Some(answered), Some(ended)) if conversation.state == State::Ended => {
                u32::try_from(ended.saturating_sub(answered).as_secs()).unwrap_or(u32::MAX)
            }
            _ => 0,
        };
        call.price_unit = Some("USD".to_owned());
        call.direction = if conversation.callee_leg {
            cxml_rest::CallDirection::OutboundDial
        } else {
            cxml_rest::CallDirection::from(conversation.direction.as_str())
        };
        call.answered_by = placed.and_then(|placed| placed.answered_by.clone());
        call.api_version = Some("2010-04-01".to_owned());
        let uri = format!("{API_PREFIX}{account_path}/Calls/{}", conversation.sid);
        let mut subresources = CallSubresourceUris::default();
        subresources.recordings = Some(format!("{uri}/Recordings.json"));
        call.subresource_uris = Some(subresources);
        call.uri = Some(format!("{uri}.json"));
        call
    }

    fn list_calls(&self, route: &Route<'_>, query: &[(String, String)]) -> Response {
        let filter = |name: &str| {
            query
                .iter()
                .find(|(key, _)| key == name)
                .map(|(_, value)| value.as_str())
        };
        let times = self.times();
        let calls: Vec<Call> = self
            .simulator
            .calls
            .ids()
            .filter(|&id| {
                let conversation = &self.simulator.calls[id];
                conversation.channel == Channel::Voice && self.live(&conversation.sid)
            })
            .map(|id| self.call_with(id, &route.account_path, &times))
            .filter(|call| {
                filter("To").is_none_or(|to| call.to == to)
                    && filter("From").is_none_or(|from| call.from == from)
                    && filter("Status").is_none_or(|status| call.status.as_str() == status)
                    && filter("ParentCallSid")
                        .is_none_or(|parent| call.parent_call_sid.as_deref() == Some(parent))
            })
            .collect();
        // Newest first, as SignalWire lists them.
        let calls = calls.into_iter().rev().collect();
        json::answer(
            200,
            &json::page(calls, &format!("{}/Calls.json", route.account_path), query),
        )
    }

    async fn create_call(&mut self, route: &Route<'_>, body: &[u8]) -> Response {
        let request: CreateCall = match form(body) {
            Ok(request) => request,
            Err(response) => return response,
        };
        if request.to.is_empty() {
            return json::error(400, 21201, "No 'To' number is specified");
        }
        if request.from.is_empty() {
            return json::error(400, 21213, "No 'From' number is specified");
        }
        if request.application_sid.is_some() && request.url.is_none() && request.document.is_none()
        {
            return json::error(
                400,
                21205,
                "ApplicationSid is not simulated by the emulator: give Url or Twiml",
            );
        }
        if let Some(url) = &request.url
            && !absolute(url)
        {
            return json::error(400, 21205, format!("Url is not a valid URL: {url}"));
        }
        let document = match (&request.url, &request.document) {
            (_, Some(document)) => match document.parse() {
                Ok(_) => Some(document.as_str().to_owned()),
                Err(error) => {
                    let problems: Vec<String> = error
                        .problems()
                        .iter()
                        .map(|problem| problem.to_string())
                        .collect();
                    return json::error(
                        400,
                        12100,
                        format!("Document parse failure: {}", problems.join("; ")),
                    );
                }
            },
            (Some(url), None) => match self.script_missing(url) {
                Some(response) => return response,
                None => None,
            },
            (None, None) => return json::error(400, 21205, "Url or Twiml is required"),
        };
        if let Some(full) = self.full() {
            return full;
        }
        let phone = self.phones.get(&request.to).cloned().unwrap_or_default();
        let method = method_of(request.method.as_ref());
        let url = request.url.clone().unwrap_or_default();
        let mut builder = self
            .simulator
            .call(&url)
            .from(request.from.clone())
            .to(request.to.clone())
            .method(method)
            .direction(CallDirection::OutboundApi);
        if phone.answer == Answer::Human {
            builder = builder.wait_at_gather();
        }
        for input in phone.inputs.iter().cloned() {
            builder = builder.input(input);
        }
        let sid = builder.start();
        let Some(id) = self.simulator.calls.find(&sid) else {
            return json::error(500, 20500, "the call was lost");
        };
        let now = self.simulator.now();
        let answered_by = request
            .machine_detection
            .as_ref()
            .filter(|detection| !matches!(detection, MachineDetection::Disabled))
            .map(|_| {
                if phone.answer == Answer::Machine {
                    AnsweredBy::Machine
                } else {
                    AnsweredBy::Human
                }
            });
        let events = if request.status_callback_event.is_empty() {
            vec![CallEvent::Completed]
        } else {
            request.status_callback_event.clone()
        };
        self.placed.insert(
            sid.clone(),
            Placed {
                created: now,
                answered_by: answered_by
                    .clone()
                    .filter(|_| matches!(phone.answer, Answer::Human | Answer::Machine)),
            },
        );
        self.not_simulated(id, &request);
        // What the answer shows: the call as created.
        // (Nothing happened on it yet: no need to read the log for its times.)
        let mut created = self.call_with(id, &route.account_path, &HashMap::new());
        created.status = cxml_rest::CallStatus::Queued;
        created.start_time = None;
        created.answered_by = None;
        let callback = request.status_callback.clone().map(|url| {
            (
                self.simulator.absolute(&url),
                method_of(request.status_callback_method.as_ref()),
            )
        });
        let answered = matches!(phone.answer, Answer::Human | Answer::Machine);
        {
            let conversation = &mut self.simulator.calls[id];
            if events.contains(&CallEvent::Completed) {
                conversation.status_callback = callback.clone();
            }
            if answered {
                if let (Line::Fetch(fetch), Some(by)) = (&mut conversation.line, &answered_by) {
                    fetch.extra.push("AnsweredBy", by.as_str());
                }
            } else {
                conversation.status = CallStatus::Ringing;
                conversation.answered_at = None;
            }
        }
        // Progress events before the first request.
        if let Some((url, method)) = &callback {
            let progress: &[(CallEvent, &str)] = match phone.answer {
                Answer::Human | Answer::Machine => &[
                    (CallEvent::Initiated, "initiated"),
                    (CallEvent::Ringing, "ringing"),
                    (CallEvent::Answered, "in-progress"),
                ],
                Answer::Busy | Answer::NoAnswer => &[
                    (CallEvent::Initiated, "initiated"),
                    (CallEvent::Ringing, "ringing"),
                ],
                Answer::Failed => &[(CallEvent::Initiated, "initiated")],
            };
            for (sequence, (event, status)) in progress.iter().enumerate() {
                if events.contains(event) {
                    let params = self.progress_params(id, status, sequence);
                    self.simulator
                        .callback_now(id, Purpose::CallStatus, method.clone(), url.clone(), params)
                        .await;
                }
            }
        }
        if !answered {
            let (status, rang) = match phone.answer {
                Answer::Busy => (CallStatus::Busy, 0),
                Answer::NoAnswer => (CallStatus::NoAnswer, request.timeout.unwrap_or(60)),
                _ => (CallStatus::Failed, 0),
            };
            self.simulator
                .clock
                .advance(Duration::from_secs(rang.into()));
            let conversation = &mut self.simulator.calls[id];
            conversation.status = status;
            conversation.state = State::Ended;
            conversation.line = Line::Idle;
            self.simulator.record(
                id,
                Event::End {
                    reason: Ending::Unanswered,
                },
            );
            self.simulator.call_ended_callback(id);
            self.simulator.flush_callbacks(id).await;
        } else if let Some(xml) = document
            && self.simulator.load_inline(id, xml).is_err()
        {
            // Recorded on the call (a document of another channel).
        }
        self.settle().await;
        json::answer(201, &created)
    }

    /// Parameters of a progress status callback (`initiated`, `ringing`, `in-progress`).
    fn progress_params(&self, id: CallId, status: &str, sequence: usize) -> Params {
        let mut params = Params::default();
        for (key, value) in self.simulator.standard_params(id).0 {
            let value = if key == "CallStatus" {
                status.to_owned()
            } else {
                value
            };
            params.push(key, value);
        }
        params.push("Timestamp", self.simulator.clock.rfc2822());
        params.push("CallbackSource", "call-progress-events");
        params.push("SequenceNumber", sequence.to_string());
        params
    }

    /// Records the parameters of a call create that the emulator reads but does not act on.
    fn not_simulated(&mut self, id: CallId, request: &CreateCall) {
        let mut unused = Vec::new();
        let mut note = |set: bool, name: &str| {
            if set {
                unused.push(name.to_owned());
            }
        };
        note(request.fallback_url.is_some(), "FallbackUrl");
        note(request.send_digits.is_some(), "SendDigits");
        note(request.record == Some(true), "Record");
        note(
            request.recording_status_callback.is_some(),
            "RecordingStatusCallback",
        );
        note(request.async_amd == Some(true), "AsyncAmd");
        note(
            request.async_amd_status_callback.is_some(),
            "AsyncAmdStatusCallback",
        );
        note(request.caller_id.is_some(), "CallerId");
        note(request.sip_auth_username.is_some(), "SipAuthUsername");
        note(request.max_price_per_minute.is_some(), "MaxPricePerMinute");
        for name in unused {
            self.simulator.record(
                id,
                Event::NotSimulated {
                    what: format!("REST call create {name}"),
                },
            );
        }
    }

    async fn update_call(&mut self, route: &Route<'_>, id: CallId, body: &[u8]) -> Response {
        let request: UpdateCall = match form(body) {
            Ok(request) => request,
            Err(response) => return response,
        };
        let sid = self.simulator.sid_of(id);
        let ended = self.simulator.calls[id].state == State::Ended;
        if let Some(url) = &request.status_callback {
            let url = self.simulator.absolute(url);
            self.simulator.calls[id].status_callback =
                Some((url, method_of(request.status_callback_method.as_ref())));
        }
        if request.fallback_url.is_some() {
            self.simulator.record(
                id,
                Event::NotSimulated {
                    what: "REST call update FallbackUrl".to_owned(),
                },
            );
        }
        match &request.status {
            Some(CallUpdateStatus::Completed) if !ended => {
                let _ = self.simulator.end(id, Ending::Updated).await;
            }
            // Only a call not answered yet is canceled; every placed call here has been
            // answered by the time the API answers, so it goes on (as on the platform).
            Some(CallUpdateStatus::Canceled)
                if !ended && self.simulator.calls[id].answered_at.is_none() =>
            {
                let _ = self.simulator.end(id, Ending::Updated).await;
                self.simulator.calls[id].status = CallStatus::Canceled;
            }
            Some(CallUpdateStatus::Other(text)) => {
                return json::error(
                    400,
                    21218,
                    format!("Status `{text}` is not valid: write completed or canceled"),
                );
            }
            _ => {}
        }
        if request.status.is_none() && (request.url.is_some() || request.document.is_some()) {
            if ended {
                return json::error(400, 21220, "Call is not in-progress. Cannot redirect.");
            }
            let method = method_of(request.method.as_ref());
            match (&request.document, &request.url) {
                (Some(document), _) => {
                    if let Err(error) = document.parse() {
                        let problems: Vec<String> = error
                            .problems()
                            .iter()
                            .map(|problem| problem.to_string())
                            .collect();
                        return json::error(
                            400,
                            12100,
                            format!("Document parse failure: {}", problems.join("; ")),
                        );
                    }
                    if self.simulator.redirect(&sid, "", method).await.is_ok() {
                        let _ = self.simulator.load_inline(id, document.as_str().to_owned());
                    }
                }
                (None, Some(url)) if !absolute(url) => {
                    return json::error(400, 21205, format!("Url is not a valid URL: {url}"));
                }
                (None, Some(url)) => {
                    if let Some(response) = self.script_missing(url) {
                        return response;
                    }
                    let _ = self.simulator.redirect(&sid, url, method).await;
                }
                (None, None) => {}
            }
        }
        self.settle().await;
        json::answer(200, &self.call_json(id, &route.account_path))
    }

    // ---- messages ----

    fn find_message(&self, sid: &str) -> Option<CallId> {
        self.simulator
            .calls
            .find(sid)
            .filter(|&id| self.simulator.calls[id].channel == Channel::Messaging && self.live(sid))
    }

    fn message_json(&self, id: CallId, account_path: &str) -> Message {
        let conversation = &self.simulator.calls[id];
        let sent = self.sent.get(&conversation.sid);
        let times = self.times();
        let created = sent.map_or_else(
            || {
                times
                    .get(conversation.sid.as_str())
                    .map_or(self.simulator.now(), |time| time.0)
            },
            |sent| sent.created,
        );
        let mut message = Message::default();
        message.sid = conversation.sid.clone();
        message.account_sid = self.project.clone();
        message.body = Some(if self.redacted.contains(&conversation.sid) {
            String::new()
        } else {
            conversation.inbound.body.clone()
        });
        message.num_segments = 1;
        message.num_media = u32::try_from(conversation.inbound.media.len()).unwrap_or(u32::MAX);
        message.date_created = Some(json::date(created));
        message.date_sent = Some(json::date(created));
        message.date_updated = Some(json::date(created));
        message.direction = if sent.is_some() {
            MessageDirection::OutboundApi
        } else {
            MessageDirection::Inbound
        };
        message.from = conversation.from.clone();
        message.to = conversation.to.clone();
        message.price_unit = Some("USD".to_owned());
        message.status = sent.map_or(MessageStatus::Received, |sent| sent.status.clone());
        message.api_version = Some("2010-04-01".to_owned());
        message.uri = Some(format!(
            "{API_PREFIX}{account_path}/Messages/{}.json",
            conversation.sid
        ));
        message
    }

    fn list_messages(&self, route: &Route<'_>, query: &[(String, String)]) -> Response {
        let filter = |name: &str| {
            query
                .iter()
                .find(|(key, _)| key == name)
                .map(|(_, value)| value.as_str())
        };
        let messages: Vec<Message> = self
            .simulator
            .calls
            .ids()
            .filter(|&id| {
                let conversation = &self.simulator.calls[id];
                conversation.channel == Channel::Messaging && self.live(&conversation.sid)
            })
            .map(|id| self.message_json(id, &route.account_path))
            .filter(|message| {
                filter("To").is_none_or(|to| message.to == to)
                    && filter("From").is_none_or(|from| message.from == from)
            })
            .collect();
        let messages = messages.into_iter().rev().collect();
        json::answer(
            200,
            &json::page(
                messages,
                &format!("{}/Messages.json", route.account_path),
                query,
            ),
        )
    }

    async fn create_message(&mut self, route: &Route<'_>, body: &[u8]) -> Response {
        let request: CreateMessage = match form(body) {
            Ok(request) => request,
            Err(response) => return response,
        };
        if request.to.is_empty() {
            return json::error(400, 21604, "A 'To' phone number is required");
        }
        let Some(from) = request.from.clone().filter(|from| !from.is_empty()) else {
            return json::error(
                400,
                21603,
                "A 'From' phone number is required (MessagingServiceSid is not simulated)",
            );
        };
        if request.body.as_deref().unwrap_or_default().is_empty() && request.media_url.is_empty() {
            return json::error(400, 21602, "Message body is required");
        }
        if let Some(full) = self.full() {
            return full;
        }
        let mut conversation = Conversation::new(
            Channel::Messaging,
            from.clone(),
            request.to.clone(),
            Script::default(),
        );
        conversation.sid = self.simulator.new_sid_for(Channel::Messaging);
        conversation.direction = CallDirection::OutboundApi;
        conversation.state = State::Ended;
        conversation.inbound = Inbound {
            body: request.body.clone().unwrap_or_default(),
            media: request
                .media_url
                .iter()
                .map(|url| (url.clone(), content_type(url).to_owned()))
                .collect(),
        };
        let sid = conversation.sid.clone();
        let id = self.simulator.add_conversation(conversation);
        self.sent.insert(
            sid.clone(),
            Sent {
                created: self.simulator.now(),
                status: MessageStatus::Queued,
            },
        );
        let created = self.message_json(id, &route.account_path);
        self.simulator.record(
            id,
            Event::MessageSent {
                body: request.body.clone().unwrap_or_default(),
                media: request.media_url.clone(),
                to: request.to.clone(),
                from: from.clone(),
            },
        );
        let delivered = self
            .phones
            .get(&request.to)
            .is_none_or(|phone| phone.answer != Answer::Failed);
        let statuses: &[MessageStatus] = if delivered {
            &[MessageStatus::Sent, MessageStatus::Delivered]
        } else {
            &[MessageStatus::Sent, MessageStatus::Undelivered]
        };
        for status in statuses {
            if let Some(sent) = self.sent.get_mut(&sid) {
                sent.status = status.clone();
            }
            if let Some(url) = &request.status_callback {
                let mut params = Params::default();
                params.push("AccountSid", &self.project);
                params.push("ApiVersion", "2010-04-01");
                params.push("MessageSid", &sid);
                params.push("SmsSid", &sid);
                params.push("MessageStatus", status.as_str());
                params.push("SmsStatus", status.as_str());
                params.push("From", &from);
                params.push("To", &request.to);
                if !delivered && *status == MessageStatus::Undelivered {
                    params.push("ErrorCode", "30003");
                }
                let url = self.simulator.absolute(url);
                self.simulator
                    .callback_now(id, Purpose::MessageStatus, Method::POST, url, params)
                    .await;
            }
        }
        if request.messaging_service_sid.is_some() || request.send_as_mms.is_some() {
            self.simulator.record(
                id,
                Event::NotSimulated {
                    what: "REST message MessagingServiceSid/SendAsMms".to_owned(),
                },
            );
        }
        json::answer(201, &created)
    }

    // ---- queues ----

    fn queue_name(&self, sid: &str) -> Option<String> {
        self.simulator
            .queues
            .iter()
            .find(|(_, queue)| queue.sid == sid)
            .map(|(name, _)| name.clone())
    }

    fn queue_json(&self, name: &str, account_path: &str) -> Queue {
        let mut json = Queue::default();
        let Some(queue) = self.simulator.queues.get(name) else {
            return json;
        };
        let now = self.simulator.now();
        json.sid = queue.sid.clone();
        json.account_sid = self.project.clone();
        json.friendly_name = name.to_owned();
        json.current_size = u32::try_from(queue.callers.len()).unwrap_or(u32::MAX);
        json.average_wait_time = if queue.callers.is_empty() {
            0
        } else {
            let total: u64 = queue
                .callers
                .iter()
                .map(|caller| now.saturating_sub(caller.since).as_secs())
                .sum();
            u32::try_from(total / queue.callers.len() as u64).unwrap_or(u32::MAX)
        };
        json.api_version = Some("2010-04-01".to_owned());
        json.uri = Some(format!(
            "{API_PREFIX}{account_path}/Queues/{}.json",
            queue.sid
        ));
        json
    }

    fn list_queues(&self, route: &Route<'_>, query: &[(String, String)]) -> Response {
        let queues: Vec<Queue> = self
            .simulator
            .queues
            .keys()
            .map(|name| self.queue_json(name, &route.account_path))
            .collect();
        json::answer(
            200,
            &json::page(
                queues,
                &format!("{}/Queues.json", route.account_path),
                query,
            ),
        )
    }

    fn create_queue(&mut self, route: &Route<'_>, body: &[u8]) -> Response {
        let request: WriteQueue = match form(body) {
            Ok(request) => request,
            Err(response) => return response,
        };
        if request.friendly_name.is_empty() {
            return json::error(400, 20001, "FriendlyName is required");
        }
        if !self.simulator.queues.contains_key(&request.friendly_name) {
            let sid = self.simulator.new_sid();
            self.simulator.queues.insert(
                request.friendly_name.clone(),
                crate::room::Queue {
                    sid,
                    callers: Vec::new(),
                },
            );
        }
        json::answer(
            201,
            &self.queue_json(&request.friendly_name, &route.account_path),
        )
    }

    fn update_queue(&mut self, route: &Route<'_>, name: &str, body: &[u8]) -> Response {
        let request: WriteQueue = match form(body) {
            Ok(request) => request,
            Err(response) => return response,
        };
        let mut name = name.to_owned();
        if !request.friendly_name.is_empty()
            && request.friendly_name != name
            && !self.simulator.queues.contains_key(&request.friendly_name)
            && let Some(queue) = self.simulator.queues.remove(&name)
        {
            // Calls waiting in it keep their state's name: renaming is only for new callers.
            self.simulator
                .queues
                .insert(request.friendly_name.clone(), queue);
            name = request.friendly_name.clone();
        }
        json::answer(200, &self.queue_json(&name, &route.account_path))
    }

    fn member(&self, name: &str, member: &str) -> Option<CallId> {
        let queue = self.simulator.queues.get(name)?;
        if member == "Front" {
            return queue.callers.first().map(|caller| caller.id);
        }
        queue
            .callers
            .iter()
            .find(|caller| self.simulator.calls[caller.id].sid == member)
            .map(|caller| caller.id)
    }

    fn member_json(&self, name: &str, id: CallId, route: &Route<'_>) -> QueueMember {
        let mut member = QueueMember::default();
        let Some(queue) = self.simulator.queues.get(name) else {
            return member;
        };
        let Some((position, caller)) = queue
            .callers
            .iter()
            .enumerate()
            .find(|(_, caller)| caller.id == id)
        else {
            return member;
        };
        let sid = self.simulator.sid_of(id);
        member.call_sid = sid.clone();
        member.account_sid = self.project.clone();
        member.queue_sid = queue.sid.clone();
        member.date_enqueued = Some(json::date(caller.since));
        member.position = u32::try_from(position + 1).unwrap_or(u32::MAX);
        member.wait_time =
            u32::try_from(self.simulator.now().saturating_sub(caller.since).as_secs())
                .unwrap_or(u32::MAX);
        member.uri = Some(format!(
            "{API_PREFIX}{}/Queues/{}/Members/{sid}.json",
            route.account_path, queue.sid
        ));
        member
    }

    fn list_members(&self, route: &Route<'_>, name: &str, query: &[(String, String)]) -> Response {
        let Some(queue) = self.simulator.queues.get(name) else {
            return json::not_found(name);
        };
        let members: Vec<QueueMember> = queue
            .callers
            .iter()
            .map(|caller| self.member_json(name, caller.id, route))
            .collect();
        json::answer(
            200,
            &json::page(
                members,
                &format!("{}/Queues/{}/Members.json", route.account_path, queue.sid),
                query,
            ),
        )
    }

    async fn dequeue(
        &mut self,
        route: &Route<'_>,
        name: &str,
        id: CallId,
        body: &[u8],
    ) -> Response {
        let request: DequeueMember = match form(body) {
            Ok(request) => request,
            Err(response) => return response,
        };
        if !absolute(&request.url) {
            return json::error(
                400,
                21205,
                format!("Url is not a valid URL: {}", request.url),
            );
        }
        let member = self.member_json(name, id, route);
        let sid = self.simulator.sid_of(id);
        let method = method_of(request.method.as_ref());
        if self
            .simulator
            .redirect(&sid, &request.url, method)
            .await
            .is_err()
        {
            return json::error(400, 21220, "Call is not in-progress. Cannot redirect.");
        }
        self.settle().await;
        json::answer(200, &member)
    }

    // ---- conferences ----

    fn room_name(&self, sid: &str) -> Option<String> {
        self.simulator
            .rooms
            .iter()
            .find(|(_, room)| room.sid == sid)
            .map(|(name, _)| name.clone())
    }

    fn conference_json(&self, name: &str, route: &Route<'_>) -> Conference {
        let mut conference = Conference::default();
        let Some(room) = self.simulator.rooms.get(name) else {
            return conference;
        };
        let created = room
            .participants
            .iter()
            .map(|participant| participant.joined)
            .min()
            .unwrap_or_default();
        conference.sid = room.sid.clone();
        conference.account_sid = self.project.clone();
        conference.friendly_name = name.to_owned();
        conference.status = if room.started {
            ConferenceStatus::InProgress
        } else {
            ConferenceStatus::Init
        };
        conference.date_created = Some(json::date(created));
        conference.date_updated = Some(json::date(self.simulator.now()));
        conference.api_version = Some("2010-04-01".to_owned());
        let uri = format!(
            "{API_PREFIX}{}/Conferences/{}",
            route.account_path, room.sid
        );
        let mut subresources = ConferenceSubresourceUris::default();
        subresources.participants = Some(format!("{uri}/Participants.json"));
        subresources.recordings = Some(format!("{uri}/Recordings.json"));
        conference.subresource_uris = Some(subresources);
        conference.uri = Some(format!("{uri}.json"));
        conference
    }

    fn list_conferences(&self, route: &Route<'_>, query: &[(String, String)]) -> Response {
        let filter = |name: &str| {
            query
                .iter()
                .find(|(key, _)| key == name)
                .map(|(_, value)| value.as_str())
        };
        let conferences: Vec<Conference> = self
            .simulator
            .rooms
            .keys()
            .map(|name| self.conference_json(name, route))
            .filter(|conference| {
                filter("FriendlyName").is_none_or(|name| conference.friendly_name == name)
                    && filter("Status").is_none_or(|status| conference.status.as_str() == status)
            })
            .collect();
        json::answer(
            200,
            &json::page(
                conferences,
                &format!("{}/Conferences.json", route.account_path),
                query,
            ),
        )
    }

    async fn update_conference(&mut self, route: &Route<'_>, name: &str, body: &[u8]) -> Response {
        let request: UpdateConference = match form(body) {
            Ok(request) => request,
            Err(response) => return response,
        };
        let json = self.conference_json(name, route);
        let first = self
            .simulator
            .rooms
            .get(name)
            .and_then(|room| room.participants.first())
            .map(|participant| participant.id);
        if request.announce_url.is_some()
            && let Some(id) = first
        {
            self.simulator.record(
                id,
                Event::NotSimulated {
                    what: "REST conference update AnnounceUrl".to_owned(),
                },
            );
        }
        if request.status == Some(ConferenceStatus::Completed)
            && let Some(id) = first
        {
            let _ = self.simulator.end_room(id, name).await;
            self.settle().await;
            let mut json = json;
            json.status = ConferenceStatus::Completed;
            return json::answer(200, &json);
        }
        json::answer(200, &json)
    }

    fn participant(&self, name: &str, call: &str) -> Option<CallId> {
        self.simulator
            .rooms
            .get(name)?
            .participants
            .iter()
            .find(|participant| self.simulator.calls[participant.id].sid == call)
            .map(|participant| participant.id)
    }

    fn participant_json(&self, name: &str, id: CallId, route: &Route<'_>) -> Participant {
        let mut json = Participant::default();
        let Some(room) = self.simulator.rooms.get(name) else {
            return json;
        };
        let Some(participant) = room.participants.iter().find(|p| p.id == id) else {
            return json;
        };
        let sid = self.simulator.sid_of(id);
        json.call_sid = sid.clone();
        json.account_sid = self.project.clone();
        json.conference_sid = room.sid.clone();
        json.status = ParticipantStatus::InProgress;
        json.muted = participant.muted;
        json.hold = self.held.contains(&sid);
        json.end_conference_on_exit = participant.end_on_exit;
        json.start_conference_on_enter = participant.start_on_enter;
        json.date_created = Some(json::date(participant.joined));
        json.date_updated = Some(json::date(self.simulator.now()));
        json.uri = Some(format!(
            "{API_PREFIX}{}/Conferences/{}/Participants/{sid}.json",
            route.account_path, room.sid
        ));
        json
    }

    fn list_participants(
        &self,
        route: &Route<'_>,
        name: &str,
        query: &[(String, String)],
    ) -> Response {
        let Some(room) = self.simulator.rooms.get(name) else {
            return json::not_found(name);
        };
        let boolean = |name: &str| {
            query
                .iter()
                .find(|(key, _)| key == name)
                .map(|(_, value)| value.eq_ignore_ascii_case("true"))
        };
        let participants: Vec<Participant> = room
            .participants
            .iter()
            .map(|participant| self.participant_json(name, participant.id, route))
            .filter(|participant| {
                boolean("Muted").is_none_or(|muted| participant.muted == muted)
                    && boolean("Hold").is_none_or(|hold| participant.hold == hold)
            })
            .collect();
        json::answer(
            200,
            &json::page(
                participants,
                &format!(
                    "{}/Conferences/{}/Participants.json",
                    route.account_path, room.sid
                ),
                query,
            ),
        )
    }

    async fn update_participant(
        &mut self,
        route: &Route<'_>,
        name: &str,
        id: CallId,
        body: &[u8],
    ) -> Response {
        let request: UpdateParticipant = match form(body) {
            Ok(request) => request,
            Err(response) => return response,
        };
        let sid = self.simulator.sid_of(id);
        if let Some(muted) = request.muted
            && let Some(room) = self.simulator.rooms.get_mut(name)
            && let Some(participant) = room.participants.iter_mut().find(|p| p.id == id)
            && participant.muted != muted
        {
            participant.muted = muted;
            let change = if muted { "muted" } else { "unmuted" };
            self.simulator.record(
                id,
                Event::Updated {
                    change: format!("participant {change} in {name}"),
                },
            );
            // `statusCallbackEvent="mute"`: participant-mute or participant-unmute.
            let _ = self.simulator.conference_event(id, name, "mute").await;
            self.simulator.flush_callbacks(id).await;
        }
        if let Some(hold) = request.hold {
            let changed = if hold {
                self.held.insert(sid.clone())
            } else {
                self.held.remove(&sid)
            };
            let asked = self
                .simulator
                .rooms
                .get(name)
                .and_then(|room| room.status_callback.as_ref())
                .is_some_and(|(callback, _)| callback.events.iter().any(|event| event == "hold"));
            if changed && asked {
                self.simulator.record(
                    id,
                    Event::NotSimulated {
                        what:
                            "<Conference statusCallbackEvent=\"hold\"> (participant-hold callbacks)"
                                .to_owned(),
                    },
                );
            }
            if changed {
                let change = if hold { "held" } else { "unheld" };
                self.simulator.record(
                    id,
                    Event::Updated {
                        change: format!("participant {change} in {name}"),
                    },
                );
            }
        }
        for (set, what) in [
            (
                request.hold_url.is_some(),
                "HoldUrl (the hold music is not requested)",
            ),
            (request.announce_url.is_some(), "AnnounceUrl"),
            (request.wait_url.is_some(), "WaitUrl"),
            (request.coaching.is_some(), "Coaching"),
        ] {
            if set {
                self.simulator.record(
                    id,
                    Event::NotSimulated {
                        what: format!("REST participant update {what}"),
                    },
                );
            }
        }
        json::answer(200, &self.participant_json(name, id, route))
    }

    /// Takes a participant out of its conference: its `<Dial>` ends (its `action`, or the next
    /// verb), as when the conference ends for it.
    async fn remove_participant(&mut self, name: &str, id: CallId) -> Response {
        let action = self.simulator.rooms.get(name).and_then(|room| {
            room.participants
                .iter()
                .find(|p| p.id == id)
                .map(|p| (p.action.clone(), p.joined))
        });
        let Some((action, joined)) = action else {
            return json::not_found(name);
        };
        self.simulator.calls[id].state = State::Running;
        self.simulator.calls[id].wait = Line::Idle;
        let _ = self.simulator.leave_room(id, name).await;
        self.simulator.record(
            id,
            Event::Updated {
                change: format!("participant removed from {name}"),
            },
        );
        if let Some((url, method)) = action {
            let mut extra = Params::default();
            extra.push("DialCallStatus", "completed");
            extra.push(
                "DialCallDuration",
                self.simulator
                    .now()
                    .saturating_sub(joined)
                    .as_secs()
                    .to_string(),
            );
            self.simulator.calls[id].line = Line::Fetch(Fetch {
                purpose: Purpose::DialAction,
                url,
                method,
                extra,
            });
        }
        self.settle().await;
        json::no_content()
    }

    // ---- recordings ----

    fn recordings(&self, call: Option<&str>) -> Vec<Recording> {
        self.simulator
            .steps()
            .iter()
            .filter(|step| call.is_none_or(|call| step.call == call))
            .filter_map(|step| match &step.event {
                Event::Recorded { seconds, url } => {
                    let sid = url
                        .rsplit('/')
                        .next()
                        .unwrap_or_default()
                        .trim_end_matches(".wav")
                        .to_owned();
                    let mut recording = Recording::default();
                    recording.sid = sid;
                    recording.account_sid = self.project.clone();
                    recording.call_sid = Some(step.call.clone());
                    recording.channels = Some("1".to_owned());
                    let started = step
                        .at
                        .saturating_sub(Duration::from_secs((*seconds).into()));
                    recording.date_created = Some(json::date(started));
                    recording.date_updated = Some(json::date(step.at));
                    recording.start_time = Some(json::date(started));
                    recording.end_time = Some(json::date(step.at));
                    recording.duration = *seconds;
                    recording.price_unit = Some("USD".to_owned());
                    recording.source = RecordingSource::RecordVerb;
                    recording.status = RecordingStatus::Completed;
                    recording.api_version = Some("2010-04-01".to_owned());
                    Some(recording)
                }
                _ => None,
            })
            .filter(|recording| self.live(&recording.sid))
            .collect()
    }

    fn list_recordings(
        &self,
        route: &Route<'_>,
        query: &[(String, String)],
        call: Option<&str>,
    ) -> Response {
        let filter = query
            .iter()
            .find(|(key, _)| key == "CallSid")
            .map(|(_, value)| value.as_str());
        let recordings: Vec<Recording> = self
            .recordings(call.or(filter))
            .into_iter()
            .map(|mut recording| {
                recording.uri = Some(format!(
                    "{API_PREFIX}{}/Recordings/{}.json",
                    route.account_path, recording.sid
                ));
                recording
            })
            .rev()
            .collect();
        let path = match call {
            Some(call) => format!("{}/Calls/{call}/Recordings.json", route.account_path),
            None => format!("{}/Recordings.json", route.account_path),
        };
        json::answer(200, &json::page(recordings, &path, query))
    }

    // ---- the emulator's own routes ----

    fn full(&self) -> Option<Response> {
        (self.simulator.calls.ids().count() >= self.max_calls).then(|| {
            json::error(
                429,
                20429,
                format!(
                    "the emulator holds {} conversations, its limit: start a new one",
                    self.max_calls
                ),
            )
        })
    }

    pub(crate) async fn call_in(
        &mut self,
        url: &str,
        from: Option<&str>,
        to: Option<&str>,
        method: Method,
        inputs: Vec<Input>,
    ) -> String {
        // The number called, when it is one of the project's: its voice URL when none is
        // given, and its status callback.
        let number = to
            .and_then(|to| self.number_at(to))
            .filter(|number| number.receive == VoiceReceiveMode::Voice)
            .map(|number| number.json.clone());
        let (url, method) = match number.as_ref().and_then(|number| number.voice_url.clone()) {
            Some(voice) if url.is_empty() => (
                voice,
                method_of(
                    number
                        .as_ref()
                        .and_then(|number| number.voice_method.as_ref()),
                ),
            ),
            _ => (url.to_owned(), method),
        };
        let url = url.as_str();
        let mut builder = self.simulator.call(url).method(method).wait_at_gather();
        if let Some(from) = from {
            builder = builder.from(from);
        }
        if let Some(to) = to {
            builder = builder.to(to);
        }
        for input in inputs {
            builder = builder.input(input);
        }
        let sid = builder.start();
        if let Some(id) = self.simulator.calls.find(&sid)
            && let Some(number) = &number
            && let Some(callback) = &number.status_callback
        {
            let callback_method = method_of(number.status_callback_method.as_ref());
            self.simulator.calls[id].status_callback =
                Some((self.simulator.absolute(callback), callback_method));
        }
        self.settle().await;
        sid
    }

    async fn control(
        &mut self,
        method: &Method,
        route: &str,
        query: &[(String, String)],
        body: &[u8],
    ) -> Response {
        let fields: Vec<(String, String)> = form_urlencoded::parse(body).into_owned().collect();
        let field = |name: &str| {
            fields
                .iter()
                .find(|(key, _)| key == name)
                .map(|(_, value)| value.as_str())
        };
        let all = |name: &str| -> Vec<String> {
            fields
                .iter()
                .filter(|(key, _)| key == name)
                .map(|(_, value)| value.clone())
                .collect()
        };
        let inputs = || -> Result<Vec<Input>, Response> {
            all("Input")
                .iter()
                .map(|text| {
                    text.parse::<Input>()
                        .map_err(|error| json::error(400, 20001, error.to_string()))
                })
                .collect()
        };
        match (method.as_str(), route) {
            ("POST", "phones") => {
                let Some(number) = field("Number").filter(|number| !number.is_empty()) else {
                    return json::error(400, 20001, "Number is required");
                };
                let answer = match field("Answer").unwrap_or("human").parse::<Answer>() {
                    Ok(answer) => answer,
                    Err(error) => return json::error(400, 20001, error.to_string()),
                };
                let inputs = match inputs() {
                    Ok(inputs) => inputs,
                    Err(response) => return response,
                };
                let spelled: Vec<String> = inputs.iter().map(ToString::to_string).collect();
                let mut phone = Phone::new(answer);
                phone.inputs = inputs;
                self.set_phone(number.to_owned(), phone);
                json::answer(
                    201,
                    &serde_json::json!({"number": number, "answer": answer.as_str(), "inputs": spelled}),
                )
            }
            ("POST", "numbers") => {
                let Some(number) = field("Number").filter(|number| !number.is_empty()) else {
                    return json::error(400, 20001, "Number is required");
                };
                let update: UpdatePhoneNumber = match form(body) {
                    Ok(update) => update,
                    Err(response) => return response,
                };
                match self.configure_number(number, &update) {
                    Ok(number) => {
                        let receive = self
                            .number_at(&number.phone_number)
                            .map_or(VoiceReceiveMode::Voice, |known| known.receive.clone());
                        json::answer(201, &number_json(&number, &receive))
                    }
                    Err(message) => json::error(400, 21502, message),
                }
            }
            ("POST", "calls") => {
                // Without `Url`, the voice URL of the number called, as on the platform.
                let configured = field("To")
                    .and_then(|to| self.number_at(to))
                    .filter(|number| number.receive == VoiceReceiveMode::Voice)
                    .and_then(|number| {
                        number
                            .json
                            .voice_url
                            .clone()
                            .map(|url| (url, number.json.voice_method.clone()))
                    });
                let (url, number_method) = match field("Url").filter(|url| !url.is_empty()) {
                    Some(url) => (url.to_owned(), None),
                    None => match configured {
                        Some((url, method)) => (url, method),
                        None => {
                            return json::error(
                                400,
                                21205,
                                "Url is required (or a To number with a voice URL: POST /emulator/numbers)",
                            );
                        }
                    },
                };
                let url = url.as_str();
                let method = match field("Method").map(str::to_ascii_uppercase).as_deref() {
                    None if number_method == Some(cxml_rest::Method::Get) => Method::GET,
                    None | Some("POST") => Method::POST,
                    Some("GET") => Method::GET,
                    Some(other) => {
                        return json::error(
                            400,
                            20001,
                            format!("Method `{other}`: write GET or POST"),
                        );
                    }
                };
                let inputs = match inputs() {
                    Ok(inputs) => inputs,
                    Err(response) => return response,
                };
                if let Some(full) = self.full() {
                    return full;
                }
                let sid = self
                    .call_in(url, field("From"), field("To"), method, inputs)
                    .await;
                json::answer(201, &serde_json::json!({ "sid": sid }))
            }
            ("POST", "messages") => {
                // Without `Url`, the messaging URL of the number written to.
                let configured = field("To")
                    .and_then(|to| self.number_at(to))
                    .and_then(|number| {
                        number
                            .json
                            .sms_url
                            .clone()
                            .map(|url| (url, number.json.sms_method.clone()))
                    });
                let (url, method) = match field("Url").filter(|url| !url.is_empty()) {
                    Some(url) => (url.to_owned(), None),
                    None => match configured {
                        Some(configured) => configured,
                        None => {
                            return json::error(
                                400,
                                21205,
                                "Url is required (or a To number with an SMS URL: POST /emulator/numbers)",
                            );
                        }
                    },
                };
                if let Some(full) = self.full() {
                    return full;
                }
                let mut builder = self
                    .simulator
                    .message(&url, field("Body").unwrap_or_default());
                if method == Some(cxml_rest::Method::Get) {
                    builder = builder.method(Method::GET);
                }
                if let Some(from) = field("From") {
                    builder = builder.from(from);
                }
                if let Some(to) = field("To") {
                    builder = builder.to(to);
                }
                for media in all("MediaUrl") {
                    let kind = content_type(&media);
                    builder = builder.media(media.clone(), kind);
                }
                let sid = builder.start();
                self.settle().await;
                json::answer(201, &serde_json::json!({ "sid": sid }))
            }
            ("POST", "faxes") => {
                // Without `Url`, the fax URL of the number faxed (its voice URL, with
                // `VoiceReceiveMode=fax`).
                let configured = field("To")
                    .and_then(|to| self.number_at(to))
                    .filter(|number| number.receive == VoiceReceiveMode::Fax)
                    .and_then(|number| number.json.voice_url.clone());
                let Some(url) = field("Url")
                    .filter(|url| !url.is_empty())
                    .map(str::to_owned)
                    .or(configured)
                else {
                    return json::error(
                        400,
                        21205,
                        "Url is required (or a To number receiving faxes: POST /emulator/numbers with VoiceReceiveMode=fax)",
                    );
                };
                let pages = match field("Pages").map(str::parse::<u32>) {
                    None => 1,
                    Some(Ok(pages)) if (1..=10_000).contains(&pages) => pages,
                    Some(_) => {
                        return json::error(400, 20001, "Pages: a whole number from 1 to 10000");
                    }
                };
                if let Some(full) = self.full() {
                    return full;
                }
                let mut builder = self.simulator.fax(&url).pages(pages);
                if let Some(from) = field("From") {
                    builder = builder.from(from);
                }
                if let Some(to) = field("To") {
                    builder = builder.to(to);
                }
                let sid = builder.start();
                self.settle().await;
                json::answer(201, &serde_json::json!({ "sid": sid }))
            }
            ("GET", "events") => json::answer(200, &self.simulator.steps()),
            ("POST", "input") => {
                let Some(call) = field("Call") else {
                    return json::error(400, 20001, "Call is required");
                };
                let inputs = match inputs() {
                    Ok(inputs) => inputs,
                    Err(response) => return response,
                };
                for input in inputs {
                    if self.simulator.input(call, input).is_err() {
                        return json::not_found(&format!("/emulator/input (call {call})"));
                    }
                    self.settle().await;
                }
                json::answer(200, &serde_json::json!({ "call": call }))
            }
            ("POST", "hangup") => {
                let Some(call) = field("Call") else {
                    return json::error(400, 20001, "Call is required");
                };
                if self.simulator.hang_up(call).await.is_err() {
                    return json::not_found(&format!("/emulator/hangup (call {call})"));
                }
                self.settle().await;
                json::answer(200, &serde_json::json!({ "call": call }))
            }
            ("POST", "advance") => {
                let seconds = field("Seconds").or_else(|| {
                    query
                        .iter()
                        .find(|(key, _)| key == "Seconds")
                        .map(|(_, value)| value.as_str())
                });
                let by = match seconds.map(str::parse::<u64>) {
                    None => None,
                    Some(Ok(seconds)) if seconds <= MAX_ADVANCE_SECONDS => {
                        Some(Duration::from_secs(seconds))
                    }
                    Some(Ok(_)) => {
                        return json::error(
                            400,
                            20001,
                            format!("Seconds: at most {MAX_ADVANCE_SECONDS} (a year) at a time"),
                        );
                    }
                    Some(Err(_)) => {
                        return json::error(400, 20001, "Seconds: expected a whole number");
                    }
                };
                self.advance(by).await;
                json::answer(
                    200,
                    &serde_json::json!({ "time": self.simulator.now().as_secs_f64() }),
                )
            }
            (
                _,
                "phones" | "numbers" | "calls" | "messages" | "faxes" | "events" | "input"
                | "hangup" | "advance",
            ) => json::error(
                405,
                20004,
                format!("Method {method} not allowed on /emulator/{route}"),
            ),
            _ => json::not_found(&format!("/emulator/{route}")),
        }
    }
}

/// A form body read into a request type, or SignalWire's 400.
fn form<T: DeserializeOwned>(body: &[u8]) -> Result<T, Response> {
    serde_html_form::from_bytes(body)
        .map_err(|error| json::error(400, 20001, format!("Invalid parameters: {error}")))
}

/// Whether a URL given to the API is absolute, as SignalWire requires.
fn absolute(url: &str) -> bool {
    ["http://", "https://"].iter().any(|scheme| {
        url.len() > scheme.len()
            && url
                .get(..scheme.len())
                .is_some_and(|start| start.eq_ignore_ascii_case(scheme))
    })
}

fn method_of(method: Option<&cxml_rest::Method>) -> Method {
    match method {
        Some(cxml_rest::Method::Get) => Method::GET,
        _ => Method::POST,
    }
}

/// The content type of a media URL, from its extension.
fn content_type(url: &str) -> &'static str {
    let path = cxml_runtime::schema::url::UriRef::parse(url).before_query();
    match path
        .rsplit('.')
        .next()
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("png") => "image/png",
        Some("gif") => "image/gif",
        Some("mp3") => "audio/mpeg",
        Some("wav") => "audio/wav",
        Some("mp4") => "video/mp4",
        Some("pdf") => "application/pdf",
        _ => "application/octet-stream",
    }
}

/// A number of the project, as `IncomingPhoneNumbers` shows it, and where its faxes go.
#[derive(Debug, Clone)]
pub(crate) struct Number {
    pub json: PhoneNumber,
    /// `VoiceReceiveMode`: with `fax`, its voice URL receives faxes.
    pub receive: VoiceReceiveMode,
}

impl Platform {
    // ---- cXML scripts (LaML Bins) ----

    /// SignalWire's 400 when `url` is a script URL of this emulator naming no script.
    fn script_missing(&self, url: &str) -> Option<Response> {
        let store = self.scripts.lock();
        let sid = store.sid_in(url)?;
        (!store.scripts.iter().any(|script| script.sid == sid)).then(|| {
            json::error(
                400,
                21205,
                format!("Url {url} names no cXML script (LaML Bin) of this project"),
            )
        })
    }

    fn write_script(&mut self, route: &Route<'_>, sid: Option<&str>, body: &[u8]) -> Response {
        let request: WriteScript = match form(body) {
            Ok(request) => request,
            Err(response) => return response,
        };
        if let Some(contents) = &request.contents
            && let Err(error) = contents.parse()
        {
            return parse_failure(&error);
        }
        let now = json::iso_date(self.simulator.now());
        match sid {
            None => {
                if request.name.is_empty() {
                    return json::error(400, 20001, "Name is required");
                }
                if let Some(full) = self.full() {
                    return full;
                }
                let mut script = cxml_rest::Script::default();
                script.sid = self.simulator.new_sid();
                let mut store = self.scripts.lock();
                script.account_sid = self.project.clone();
                script.name = request.name;
                script.contents = request.contents.map_or_else(
                    || "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>".to_owned(),
                    |contents| contents.as_str().to_owned(),
                );
                script.request_url = Some(format!("{}/laml-bins/{}", store.public_url, script.sid));
                script.date_created = Some(now.clone());
                script.date_updated = Some(now);
                script.api_version = Some("2010-04-01".to_owned());
                let answer = script_json(&script, route);
                store.scripts.push(script);
                json::answer(201, &answer)
            }
            Some(sid) => {
                let mut store = self.scripts.lock();
                let Some(script) = store.scripts.iter_mut().find(|script| script.sid == sid) else {
                    return json::not_found(&format!("LamlBins/{sid}"));
                };
                if !request.name.is_empty() {
                    script.name = request.name;
                }
                if let Some(contents) = request.contents {
                    script.contents = contents.as_str().to_owned();
                }
                script.date_updated = Some(now);
                json::answer(200, &script_json(script, route))
            }
        }
    }

    fn list_scripts(&self, route: &Route<'_>, query: &[(String, String)]) -> Response {
        let name = query_field(query, "Name");
        let scripts: Vec<cxml_rest::Script> = self
            .scripts
            .lock()
            .scripts
            .iter()
            .rev()
            .filter(|script| name.is_none_or(|name| script.name == name))
            .map(|script| script_json(script, route))
            .collect();
        json::answer(
            200,
            &json::page(
                scripts,
                &format!("{}/LamlBins.json", route.account_path),
                query,
            ),
        )
    }

    /// `GET`/`POST /laml-bins/{sid}`: the script's document, as SignalWire serves it.
    fn serve_script(&mut self, sid: &str) -> Response {
        let mut store = self.scripts.lock();
        let url = format!("{}/laml-bins/{sid}", store.public_url);
        match store.serve(&url) {
            Some(Some(xml)) => {
                let mut response = http::Response::new(Full::new(Bytes::from(xml)));
                response.headers_mut().insert(
                    http::header::CONTENT_TYPE,
                    http::HeaderValue::from_static("text/xml; charset=utf-8"),
                );
                response
            }
            _ => json::not_found(&format!("/laml-bins/{sid}")),
        }
    }

    // ---- incoming phone numbers ----

    /// Adds the number `number` to the project, or changes it: what `POST /emulator/numbers`
    /// and [`Emulator::number`](super::Emulator::number) do.
    pub(crate) fn configure_number(
        &mut self,
        number: &str,
        update: &UpdatePhoneNumber,
    ) -> Result<PhoneNumber, String> {
        check_number_urls(update)?;
        let index = match self
            .numbers
            .iter()
            .position(|known| known.json.phone_number == number)
        {
            Some(index) => index,
            None => {
                let now = json::date(self.simulator.now());
                let mut json = PhoneNumber::default();
                json.sid = self.simulator.new_sid();
                json.account_sid = self.project.clone();
                json.phone_number = number.to_owned();
                json.friendly_name = number.to_owned();
                let mut capabilities = Capabilities::default();
                capabilities.voice = true;
                capabilities.sms = true;
                capabilities.mms = true;
                capabilities.fax = true;
                json.capabilities = capabilities;
                json.voice_method = Some(cxml_rest::Method::Post);
                json.sms_method = Some(cxml_rest::Method::Post);
                json.status_callback_method = Some(cxml_rest::Method::Post);
                json.date_created = Some(now.clone());
                json.date_updated = Some(now);
                json.api_version = Some("2010-04-01".to_owned());
                json.uri = Some(format!(
                    "{API_PREFIX}/Accounts/{}/IncomingPhoneNumbers/{}.json",
                    self.project, json.sid
                ));
                self.numbers.push(Number {
                    json,
                    receive: VoiceReceiveMode::Voice,
                });
                self.numbers.len() - 1
            }
        };
        self.update_number(index, update)
    }

    fn update_number(
        &mut self,
        index: usize,
        update: &UpdatePhoneNumber,
    ) -> Result<PhoneNumber, String> {
        check_number_urls(update)?;
        let now = json::date(self.simulator.now());
        let number = &mut self.numbers[index];
        let json = &mut number.json;
        let set = |target: &mut Option<String>, value: &Option<String>| {
            if let Some(value) = value {
                *target = (!value.is_empty()).then(|| value.clone());
            }
        };
        set(&mut json.voice_url, &update.voice_url);
        set(&mut json.voice_fallback_url, &update.voice_fallback_url);
        set(
            &mut json.voice_application_sid,
            &update.voice_application_sid,
        );
        set(&mut json.sms_url, &update.sms_url);
        set(&mut json.sms_fallback_url, &update.sms_fallback_url);
        set(&mut json.sms_application_sid, &update.sms_application_sid);
        set(&mut json.status_callback, &update.status_callback);
        let methods = [
            (&mut json.voice_method, &update.voice_method),
            (
                &mut json.voice_fallback_method,
                &update.voice_fallback_method,
            ),
            (&mut json.sms_method, &update.sms_method),
            (&mut json.sms_fallback_method, &update.sms_fallback_method),
            (
                &mut json.status_callback_method,
                &update.status_callback_method,
            ),
        ];
        for (target, value) in methods {
            if let Some(value) = value {
                *target = Some(value.clone());
            }
        }
        if let Some(name) = &update.friendly_name {
            json.friendly_name = name.clone();
        }
        if let Some(mode) = &update.voice_receive_mode {
            number.receive = mode.clone();
        }
        number.json.date_updated = Some(now);
        Ok(number.json.clone())
    }

    fn number_json(&self, number: &Number, route: &Route<'_>) -> NumberJson {
        let mut json = number.json.clone();
        json.uri = Some(format!(
            "{API_PREFIX}{}/IncomingPhoneNumbers/{}.json",
            route.account_path, json.sid
        ));
        number_json(&json, &number.receive)
    }

    fn find_number(&self, sid: &str) -> Option<usize> {
        self.numbers
            .iter()
            .position(|number| number.json.sid == sid)
    }

    fn list_numbers(&self, route: &Route<'_>, query: &[(String, String)]) -> Response {
        let pattern = query_field(query, "PhoneNumber");
        let name = query_field(query, "FriendlyName");
        let numbers: Vec<NumberJson> = self
            .numbers
            .iter()
            .filter(|number| {
                pattern.is_none_or(|pattern| {
                    number.json.phone_number.contains(pattern.trim_matches('*'))
                }) && name.is_none_or(|name| number.json.friendly_name == name)
            })
            .map(|number| self.number_json(number, route))
            .collect();
        json::answer(
            200,
            &json::page(
                numbers,
                &format!("{}/IncomingPhoneNumbers.json", route.account_path),
                query,
            ),
        )
    }

    fn number_update(&mut self, route: &Route<'_>, index: usize, body: &[u8]) -> Response {
        let request: UpdatePhoneNumber = match form(body) {
            Ok(request) => request,
            Err(response) => return response,
        };
        match self.update_number(index, &request) {
            Ok(_) => json::answer(200, &self.number_json(&self.numbers[index], route)),
            Err(message) => json::error(400, 21502, message),
        }
    }

    /// The number `to` when it is one of the project's.
    fn number_at(&self, to: &str) -> Option<&Number> {
        self.numbers
            .iter()
            .find(|number| number.json.phone_number == to)
    }

    // ---- faxes ----

    fn fax_json(&self, fax: &Fax, route: &Route<'_>) -> Fax {
        let mut fax = fax.clone();
        fax.url = Some(format!(
            "{API_PREFIX}{}/Faxes/{}.json",
            route.account_path, fax.sid
        ));
        fax
    }

    fn find_fax(&self, sid: &str) -> Option<usize> {
        self.faxes
            .iter()
            .position(|fax| fax.sid == sid && self.live(sid))
    }

    fn list_faxes(&self, route: &Route<'_>, query: &[(String, String)]) -> Response {
        let from = query_field(query, "From");
        let to = query_field(query, "To");
        let faxes: Vec<Fax> = self
            .faxes
            .iter()
            .rev()
            .filter(|fax| {
                self.live(&fax.sid)
                    && from.is_none_or(|from| fax.from == from)
                    && to.is_none_or(|to| fax.to == to)
            })
            .map(|fax| self.fax_json(fax, route))
            .collect();
        json::answer(
            200,
            &json::page(faxes, &format!("{}/Faxes.json", route.account_path), query),
        )
    }

    /// Sends a fax: to a number of the project that receives faxes, its fax document runs (the
    /// receiving side, `Direction=inbound`, under the same sid); to a phone set up `busy`,
    /// `no-answer` or `failed`, it ends so; otherwise it is `delivered`. Its `StatusCallback`
    /// is sent once, with the final status.
    async fn send_fax(&mut self, route: &Route<'_>, body: &[u8]) -> Response {
        let request: SendFax = match form(body) {
            Ok(request) => request,
            Err(response) => return response,
        };
        if request.to.is_empty() {
            return json::error(400, 21201, "No 'To' number is specified");
        }
        if request.from.is_empty() {
            return json::error(400, 21213, "No 'From' number is specified");
        }
        if !absolute(&request.media_url) {
            return json::error(
                400,
                20001,
                format!("MediaUrl is not a valid URL: {}", request.media_url),
            );
        }
        if let Some(url) = &request.status_callback
            && !absolute(url)
        {
            return json::error(
                400,
                21609,
                format!("StatusCallback is not a valid URL: {url}"),
            );
        }
        if let Some(FaxQuality::Other(quality)) = &request.quality {
            return json::error(
                400,
                20001,
                format!("Quality `{quality}`: write standard, fine or superfine"),
            );
        }
        if let Some(full) = self.full() {
            return full;
        }
        let created = self.simulator.now();
        let answer = self
            .phones
            .get(&request.to)
            .map_or(Answer::Human, Phone::answer);
        let receiver = self
            .number_at(&request.to)
            .filter(|number| number.receive == VoiceReceiveMode::Fax)
            .and_then(|number| {
                number
                    .json
                    .voice_url
                    .clone()
                    .map(|url| (url, method_of(number.json.voice_method.as_ref())))
            });
        let (id, status) = match (answer, receiver) {
            (Answer::Busy | Answer::NoAnswer | Answer::Failed, _) | (_, None) => {
                let mut conversation = Conversation::new(
                    Channel::Fax,
                    request.from.clone(),
                    request.to.clone(),
                    Script::default(),
                );
                conversation.sid = self.simulator.new_sid_for(Channel::Fax);
                conversation.direction = CallDirection::OutboundApi;
                conversation.state = State::Ended;
                let id = self.simulator.add_conversation(conversation);
                let status = match answer {
                    Answer::Busy => FaxStatus::Busy,
                    Answer::NoAnswer => FaxStatus::NoAnswer,
                    Answer::Failed => FaxStatus::Failed,
                    Answer::Human | Answer::Machine => FaxStatus::Delivered,
                };
                (id, status)
            }
            (_, Some((url, _method))) => {
                let sid = self
                    .simulator
                    .fax(&url)
                    .from(request.from.clone())
                    .to(request.to.clone())
                    .start();
                self.settle().await;
                let Some(id) = self.simulator.calls.find(&sid) else {
                    return json::error(500, 20500, "the fax was lost");
                };
                // Delivered when the receiving side's `<Receive>` took it; failed when it
                // rejected it or its document failed.
                let received =
                    self.simulator.steps().iter().any(|step| {
                        step.call == sid && matches!(step.event, Event::Received { .. })
                    });
                let status = if received {
                    FaxStatus::Delivered
                } else {
                    FaxStatus::Failed
                };
                (id, status)
            }
        };
        let sid = self.simulator.sid_of(id);
        let pages = self.simulator.calls[id].script.fax_pages;
        let mut fax = Fax::default();
        fax.sid = sid.clone();
        fax.account_sid = self.project.clone();
        fax.direction = FaxDirection::Outbound;
        fax.from = request.from.clone();
        fax.to = request.to.clone();
        fax.status = FaxStatus::Queued;
        fax.quality = request.quality.clone().unwrap_or(FaxQuality::Fine);
        fax.media_url = Some(request.media_url.clone());
        fax.num_pages = None;
        fax.price_unit = Some("USD".to_owned());
        fax.date_created = Some(json::iso_date(created));
        fax.date_updated = Some(json::iso_date(created));
        fax.api_version = Some("v1".to_owned());
        let queued = self.fax_json(&fax, route);
        fax.status = status.clone();
        fax.date_updated = Some(json::iso_date(self.simulator.now()));
        let error = match status {
            FaxStatus::Delivered => None,
            FaxStatus::Busy => Some(("15003", "The line was busy")),
            FaxStatus::NoAnswer => Some(("15002", "No answer")),
            _ => Some(("15001", "The fax could not be sent")),
        };
        if status == FaxStatus::Delivered {
            fax.num_pages = Some(pages);
        }
        if let Some((code, message)) = error {
            fax.error_code = Some(code.to_owned());
            fax.error_message = Some(message.to_owned());
        }
        self.faxes.push(fax.clone());
        if request.ttl.is_some() || request.sip_auth_username.is_some() {
            self.simulator.record(
                id,
                Event::NotSimulated {
                    what: "REST fax send Ttl, SipAuthUsername".to_owned(),
                },
            );
        }
        if let Some(url) = &request.status_callback {
            let mut params = Params::default();
            params.push("AccountSid", &self.project);
            params.push("ApiVersion", "v1");
            params.push("FaxSid", &sid);
            params.push("From", &fax.from);
            params.push("To", &fax.to);
            params.push("FaxStatus", status.as_str());
            params.push("Direction", "outbound");
            params.push("OriginalMediaUrl", &request.media_url);
            if status == FaxStatus::Delivered {
                params.push("MediaUrl", &request.media_url);
                params.push("NumPages", pages.to_string());
                params.push("RemoteStationId", &fax.to);
            }
            if let Some((code, message)) = error {
                params.push("ErrorCode", code);
                params.push("ErrorMessage", message);
            }
            let method = method_of(request.status_callback_method.as_ref());
            self.simulator
                .callback_now(id, Purpose::FaxStatus, method, url.clone(), params)
                .await;
        }
        json::answer(201, &queued)
    }

    fn update_fax(&mut self, route: &Route<'_>, index: usize, body: &[u8]) -> Response {
        let request: UpdateFax = match form(body) {
            Ok(request) => request,
            Err(response) => return response,
        };
        if request.status != FaxStatus::Canceled {
            return json::error(
                400,
                20001,
                format!(
                    "Status `{}`: a fax can only be canceled",
                    request.status.as_str()
                ),
            );
        }
        let fax = &self.faxes[index];
        if !matches!(fax.status, FaxStatus::Queued | FaxStatus::Canceled) {
            return json::error(
                400,
                20001,
                format!(
                    "Fax {} is {}: only a queued fax can be canceled (the emulator sends every fax before it answers)",
                    fax.sid,
                    fax.status.as_str()
                ),
            );
        }
        let fax = fax.clone();
        json::answer(200, &self.fax_json(&fax, route))
    }
}

/// A query parameter.
fn query_field<'q>(query: &'q [(String, String)], name: &str) -> Option<&'q str> {
    query
        .iter()
        .find(|(key, _)| key == name)
        .map(|(_, value)| value.as_str())
}

/// SignalWire's 400 for a document that does not parse.
fn parse_failure(error: &cxml_runtime::ParseError) -> Response {
    let problems: Vec<String> = error
        .problems()
        .iter()
        .map(|problem| problem.to_string())
        .collect();
    json::error(
        400,
        12100,
        format!("Document parse failure: {}", problems.join("; ")),
    )
}

/// The URLs of a number update are absolute (or empty, to clear one).
fn check_number_urls(update: &UpdatePhoneNumber) -> Result<(), String> {
    for (name, url) in [
        ("VoiceUrl", &update.voice_url),
        ("VoiceFallbackUrl", &update.voice_fallback_url),
        ("SmsUrl", &update.sms_url),
        ("SmsFallbackUrl", &update.sms_fallback_url),
        ("StatusCallback", &update.status_callback),
    ] {
        if let Some(url) = url
            && !url.is_empty()
            && !absolute(url)
        {
            return Err(format!("{name} is not a valid URL: {url}"));
        }
    }
    Ok(())
}

fn script_json(script: &cxml_rest::Script, route: &Route<'_>) -> cxml_rest::Script {
    let mut script = script.clone();
    script.uri = Some(format!(
        "{API_PREFIX}{}/LamlBins/{}.json",
        route.account_path, script.sid
    ));
    script
}

/// A number as SignalWire writes it: `PhoneNumber`'s fields and those SignalWire always sends
/// that it does not read (SignalWire's Python SDK requires `beta` and `voice_caller_id_lookup`).
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
struct NumberJson(serde_json::Value);

impl cxml_rest::Listed for NumberJson {
    const LIST_KEY: &'static str = "incoming_phone_numbers";
}

fn number_json(number: &PhoneNumber, receive: &VoiceReceiveMode) -> NumberJson {
    let mut value = serde_json::to_value(number).unwrap_or_default();
    if let Some(object) = value.as_object_mut() {
        let null = serde_json::Value::Null;
        for (key, extra) in [
            ("account_id", serde_json::json!(number.account_sid)),
            ("address_requirements", serde_json::json!("none")),
            ("address_sid", null.clone()),
            ("beta", serde_json::json!(false)),
            ("emergency_address_sid", null.clone()),
            ("emergency_status", serde_json::json!("Inactive")),
            ("identity_sid", null.clone()),
            ("origin", serde_json::json!("signalwire")),
            ("trunk_sid", null.clone()),
            ("voice_caller_id_lookup", null),
            ("voice_receive_mode", serde_json::json!(receive.as_str())),
        ] {
            object.entry(key).or_insert(extra);
        }
    }
    NumberJson(value)
}
