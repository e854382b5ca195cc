//! Places where calls meet: queues (`<Enqueue>`, `<Dial><Queue>`, `<Leave>`) and conferences
//! (`<Dial><Conference>`), shared by every call on the platform.

use std::time::Duration;

use http::Method;

use crate::call::{CallId, Fetch, Line, State};
use crate::error::{Error, ErrorKind};
use crate::event::{Ending, Event, Params, Purpose};
use crate::simulator::{Flow, Simulator};
use crate::verb::{Conference, Dial, Enqueue, StatusCallback, Target, Verb};
use cxml_webhook::params::{CallStatus, DialCallStatus, QueueResult};

/// A named queue: its callers, first in first out.
#[derive(Debug, Clone)]
pub(crate) struct Queue {
    pub sid: String,
    pub callers: Vec<Caller>,
}

/// A call waiting in a queue.
#[derive(Debug, Clone)]
pub(crate) struct Caller {
    pub id: CallId,
    pub since: Duration,
    /// The `<Enqueue action>`, resolved.
    pub action: Option<(String, Method)>,
}

/// A conference room.
#[derive(Debug, Clone)]
pub(crate) struct Room {
    pub sid: String,
    pub started: bool,
    pub participants: Vec<Participant>,
    /// The first participant's `statusCallback` (only the first one counts), with the URL of
    /// the document that set it.
    pub status_callback: Option<(StatusCallback, String)>,
}

/// A call in a conference.
#[derive(Debug, Clone)]
pub(crate) struct Participant {
    pub id: CallId,
    pub muted: bool,
    pub start_on_enter: bool,
    pub end_on_exit: bool,
    pub joined: Duration,
    /// The `<Dial action>`, resolved.
    pub action: Option<(String, Method)>,
}

/// How a `<Dial>` ended, for its `action`.
pub(crate) struct Dialed {
    /// `DialCallStatus`.
    pub status: DialCallStatus,
    /// `DialCallSid`.
    pub call: Option<String>,
    /// `DialCallDuration`.
    pub seconds: u32,
    /// `RecordingUrl`, when the Dial recorded.
    pub recording: Option<String>,
}

impl Dialed {
    fn unanswered(status: DialCallStatus) -> Self {
        Dialed {
            status,
            call: None,
            seconds: 0,
            recording: None,
        }
    }
}

/// The state of a queue, as a test reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct QueueInfo {
    /// `QueueSid`.
    pub sid: String,
    /// The `CallSid`s waiting, first in line first.
    pub callers: Vec<String>,
}

/// The state of a conference, as a test reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ConferenceInfo {
    /// `ConferenceSid`.
    pub sid: String,
    /// Whether it has started (participants talk instead of waiting).
    pub started: bool,
    /// The participants in order of joining.
    pub participants: Vec<ParticipantInfo>,
}

/// One participant of a conference.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ParticipantInfo {
    /// Its `CallSid`.
    pub call: String,
    /// Joined muted.
    pub muted: bool,
}

impl Simulator {
    /// The callers waiting in a queue, if it exists.
    pub fn queue(&self, name: &str) -> Option<QueueInfo> {
        self.queues.get(name).map(|queue| QueueInfo {
            sid: queue.sid.clone(),
            callers: queue
                .callers
                .iter()
                .map(|caller| self.calls[caller.id].sid.clone())
                .collect(),
        })
    }

    /// The participants of a conference, while it exists.
    pub fn conference(&self, name: &str) -> Option<ConferenceInfo> {
        self.rooms.get(name).map(|room| ConferenceInfo {
            sid: room.sid.clone(),
            started: room.started,
            participants: room
                .participants
                .iter()
                .map(|participant| ParticipantInfo {
                    call: self.calls[participant.id].sid.clone(),
                    muted: participant.muted,
                })
                .collect(),
        })
    }

    fn resolved(
        &mut self,
        id: CallId,
        document_url: &str,
        target: &Option<Target>,
    ) -> Result<Option<(String, Method)>, Error> {
        match target {
            Some(target) => Ok(Some((
                self.resolve(id, document_url, &target.url)?,
                target.method.clone(),
            ))),
            None => Ok(None),
        }
    }

    /// `<Enqueue>`: the call joins the back of the queue and hears its wait document.
    pub(crate) fn enqueue(
        &mut self,
        id: CallId,
        enqueue: Enqueue,
        document_url: &str,
    ) -> Result<Flow, Error> {
        let action = self.resolved(id, document_url, &enqueue.action)?;
        let wait = self.resolved(id, document_url, &enqueue.wait_url)?;
        if !self.queues.contains_key(&enqueue.name) {
            let sid = self.new_sid();
            self.queues.insert(
                enqueue.name.clone(),
                Queue {
                    sid,
                    callers: Vec::new(),
                },
            );
        }
        let now = self.clock.now();
        let queue = self.queues.get_mut(&enqueue.name).expect("inserted above");
        queue.callers.push(Caller {
            id,
            since: now,
            action,
        });
        let position = queue.callers.len();
        self.record(
            id,
            Event::Enqueued {
                queue: enqueue.name.clone(),
                position,
            },
        );
        let conversation = &mut self.calls[id];
        conversation.state = State::Queued {
            queue: enqueue.name,
        };
        // Without a waitUrl SignalWire plays its own hold music.
        conversation.wait_url = wait;
        self.restart_wait(id);
        Ok(Flow::Next)
    }

    /// Fetches a queued caller's wait document (again), with its current place in the queue.
    pub(crate) fn restart_wait(&mut self, id: CallId) {
        let conversation = &self.calls[id];
        let (State::Queued { queue }, Some((url, method))) =
            (&conversation.state, &conversation.wait_url)
        else {
            return;
        };
        let Some(queue) = self.queues.get(queue) else {
            return;
        };
        let position = queue
            .callers
            .iter()
            .position(|caller| caller.id == id)
            .map_or(0, |p| p + 1);
        let waited = queue
            .callers
            .iter()
            .find(|caller| caller.id == id)
            .map_or(Duration::ZERO, |caller| self.clock.now() - caller.since);
        let average = if queue.callers.is_empty() {
            Duration::ZERO
        } else {
            queue
                .callers
                .iter()
                .map(|caller| self.clock.now() - caller.since)
                .sum::<Duration>()
                / queue.callers.len() as u32
        };
        let mut extra = Params::default();
        extra.push("QueuePosition", position.to_string());
        extra.push("QueueSid", &queue.sid);
        extra.push("QueueTime", waited.as_secs().to_string());
        extra.push("AvgQueueTime", average.as_secs().to_string());
        extra.push("CurrentQueueSize", queue.callers.len().to_string());
        let fetch = Fetch {
            purpose: Purpose::EnqueueWait,
            url: url.clone(),
            method: method.clone(),
            extra,
        };
        self.calls[id].wait = Line::Fetch(fetch);
    }

    /// `<Leave>` in a wait document: out of the queue, back to the document that enqueued the
    /// call (or its `action`).
    pub(crate) fn leave(&mut self, id: CallId) -> Flow {
        if let State::Queued { queue } = self.calls[id].state.clone() {
            let caller = self.take_caller(id, &queue);
            self.record(
                id,
                Event::Dequeued {
                    queue: queue.clone(),
                    result: QueueResult::Leave.to_string(),
                },
            );
            let conversation = &mut self.calls[id];
            conversation.state = State::Running;
            conversation.wait = Line::Idle;
            if let Some((caller, queue_sid)) = caller
                && let Some((url, method)) = caller.action
            {
                let extra = queue_result(
                    QueueResult::Leave,
                    &queue_sid,
                    self.clock.now() - caller.since,
                );
                conversation.line = Line::Fetch(Fetch {
                    purpose: Purpose::EnqueueAction,
                    url,
                    method,
                    extra,
                });
            }
        }
        Flow::Next
    }

    fn take_caller(&mut self, id: CallId, queue: &str) -> Option<(Caller, String)> {
        let queue = self.queues.get_mut(queue)?;
        let position = queue.callers.iter().position(|caller| caller.id == id)?;
        Some((queue.callers.remove(position), queue.sid.clone()))
    }

    /// A queued call hung up: out of the queue, and its `<Enqueue action>` is told.
    pub(crate) async fn leave_queue(
        &mut self,
        id: CallId,
        queue: &str,
        result: QueueResult,
    ) -> Result<(), Error> {
        let caller = self.take_caller(id, queue);
        self.record(
            id,
            Event::Dequeued {
                queue: queue.to_owned(),
                result: result.to_string(),
            },
        );
        if let Some((caller, queue_sid)) = caller
            && let Some((url, method)) = caller.action
        {
            let extra = queue_result(result, &queue_sid, self.clock.now() - caller.since);
            self.fetch_and_drop(id, Purpose::EnqueueAction, url, method, extra)
                .await?;
        }
        Ok(())
    }

    /// Requests a document for a call that has ended (it is checked, not run; a failed
    /// request is recorded, as a callback's would be).
    async fn fetch_and_drop(
        &mut self,
        id: CallId,
        purpose: Purpose,
        url: String,
        method: Method,
        extra: Params,
    ) -> Result<(), Error> {
        self.fetch_unrun(
            id,
            Fetch {
                purpose,
                url,
                method,
                extra,
            },
        )
        .await
    }

    /// `<Dial><Queue>`: bridges the call with the first caller in the queue.
    pub(crate) async fn dial_queue(
        &mut self,
        id: CallId,
        dial: Dial,
        name: String,
        url: Option<Target>,
        document_url: &str,
    ) -> Result<Flow, Error> {
        let label = vec![format!("queue:{name}")];
        let first = self
            .queues
            .get(&name)
            .and_then(|queue| queue.callers.first())
            .map(|caller| caller.id);
        let Some(dequeued) = first else {
            // Nobody to answer: the Dial rings out.
            self.clock.advance(Duration::from_secs(dial.timeout.into()));
            self.record(
                id,
                Event::Dialed {
                    to: label,
                    status: DialCallStatus::NoAnswer.to_string(),
                },
            );
            return self.dial_done(
                id,
                &dial,
                document_url,
                Dialed::unanswered(DialCallStatus::NoAnswer),
            );
        };
        let (caller, queue_sid) = self
            .take_caller(dequeued, &name)
            .expect("the first caller is in the queue");
        let waited = self.clock.now() - caller.since;
        let dequeuer = self.sid_of(id);
        let dequeued_sid = self.sid_of(dequeued);
        {
            let conversation = &mut self.calls[dequeued];
            conversation.state = State::Running;
            conversation.wait = Line::Idle;
            conversation.line = Line::Idle;
        }
        self.record(
            dequeued,
            Event::Dequeued {
                queue: name.clone(),
                result: QueueResult::Bridged.to_string(),
            },
        );
        // The dequeued caller hears the `<Queue url>` announcement before the bridge.
        if let Some(target) = url {
            let url = self.resolve(id, document_url, &target.url)?;
            let mut extra = Params::default();
            extra.push("DequeingCallSid", &dequeuer);
            extra.push("QueueSid", &queue_sid);
            extra.push("QueueTime", waited.as_secs().to_string());
            let program = self
                .fetch_document(
                    dequeued,
                    Fetch {
                        purpose: Purpose::QueueUrl,
                        url,
                        method: target.method,
                        extra,
                    },
                )
                .await?;
            for verb in program.verbs {
                match verb {
                    Verb::Say(say) => self.say(dequeued, say),
                    Verb::Play(play) => self.play(dequeued, play),
                    Verb::Pause(seconds) => self.pause(dequeued, seconds),
                    other => {
                        let kind = ErrorKind::Script(format!(
                            "a <Queue url> document may only announce (Say, Play, Pause); it uses <{}>",
                            other.name()
                        ));
                        return Err(self.fail(dequeued, None, kind));
                    }
                }
            }
        }
        self.record(
            dequeued,
            Event::Bridged {
                with: dequeuer.clone(),
            },
        );
        self.record(
            id,
            Event::Bridged {
                with: dequeued_sid.clone(),
            },
        );
        self.record(
            id,
            Event::Dialed {
                to: label,
                status: DialCallStatus::Completed.to_string(),
            },
        );
        let talk = self.calls[id].script.talk_seconds.min(dial.time_limit);
        self.clock.advance(Duration::from_secs(talk.into()));
        // The dequeued caller hangs up at the end of the conversation; its `<Enqueue action>` is
        // requested after both legs are done.
        self.calls[dequeued].status = cxml_webhook::params::CallStatus::Completed;
        if let Some((url, method)) = caller.action {
            let extra = queue_result(QueueResult::Bridged, &queue_sid, waited);
            self.fetch_and_drop(dequeued, Purpose::EnqueueAction, url, method, extra)
                .await?;
        }
        self.end(dequeued, Ending::Completed).await?;
        let outcome = Dialed {
            status: DialCallStatus::Completed,
            call: Some(dequeued_sid),
            seconds: talk,
            recording: None,
        };
        self.dial_done(id, &dial, document_url, outcome)
    }

    /// The end of a `<Dial>`: its `action`, or the next verb.
    pub(crate) fn dial_done(
        &mut self,
        id: CallId,
        dial: &Dial,
        document_url: &str,
        outcome: Dialed,
    ) -> Result<Flow, Error> {
        let Some(action) = &dial.action else {
            return Ok(Flow::Next);
        };
        let mut extra = Params::default();
        extra.push("DialCallStatus", outcome.status.as_str());
        if let Some(call) = outcome.call {
            extra.push("DialCallSid", call);
        }
        extra.push("DialCallDuration", outcome.seconds.to_string());
        if let Some(url) = outcome.recording {
            extra.push("RecordingUrl", url);
        }
        self.goto(id, Purpose::DialAction, Some(action), document_url, extra)
    }

    /// `<Dial><Conference>`: the call joins the room, waiting (with the wait document) until it
    /// starts.
    pub(crate) async fn dial_conference(
        &mut self,
        id: CallId,
        dial: Dial,
        conference: Conference,
        document_url: &str,
    ) -> Result<Flow, Error> {
        let label = vec![format!("conference:{}", conference.name)];
        let full = self.rooms.get(&conference.name).is_some_and(|room| {
            conference
                .max_participants
                .is_some_and(|max| room.participants.len() >= max)
        });
        if full {
            self.record(
                id,
                Event::Dialed {
                    to: label,
                    status: DialCallStatus::Failed.to_string(),
                },
            );
            return self.dial_done(
                id,
                &dial,
                document_url,
                Dialed::unanswered(DialCallStatus::Failed),
            );
        }
        let action = self.resolved(id, document_url, &dial.action)?;
        let wait = self.resolved(id, document_url, &conference.wait_url)?;
        if !self.rooms.contains_key(&conference.name) {
            let sid = self.new_sid();
            self.rooms.insert(
                conference.name.clone(),
                Room {
                    sid,
                    started: false,
                    participants: Vec::new(),
                    status_callback: None,
                },
            );
        }
        let now = self.clock.now();
        let room = self
            .rooms
            .get_mut(&conference.name)
            .expect("inserted above");
        if room.participants.is_empty() {
            room.status_callback = conference
                .status_callback
                .clone()
                .map(|callback| (callback, document_url.to_owned()));
        }
        room.participants.push(Participant {
            id,
            muted: conference.muted,
            start_on_enter: conference.start_on_enter,
            end_on_exit: conference.end_on_exit,
            joined: now,
            action,
        });
        let starts = !room.started
            && room.participants.len() >= 2
            && room.participants.iter().any(|p| p.start_on_enter);
        let started = room.started || starts;
        self.record(
            id,
            Event::Dialed {
                to: label,
                status: CallStatus::InProgress.to_string(),
            },
        );
        self.record(
            id,
            Event::JoinedConference {
                conference: conference.name.clone(),
                muted: conference.muted,
            },
        );
        self.calls[id].state = State::Conferencing {
            room: conference.name.clone(),
        };
        self.conference_event(id, &conference.name, "join").await?;
        if starts {
            self.start_room(id, &conference.name).await?;
        }
        self.calls[id].wait = match wait {
            Some((url, method)) if !started => Line::Fetch(Fetch {
                purpose: Purpose::ConferenceWait,
                url,
                method,
                extra: Params::default(),
            }),
            _ => Line::Idle,
        };
        Ok(Flow::Next)
    }

    async fn start_room(&mut self, id: CallId, name: &str) -> Result<(), Error> {
        let Some(room) = self.rooms.get_mut(name) else {
            return Ok(());
        };
        room.started = true;
        let waiting: Vec<CallId> = room.participants.iter().map(|p| p.id).collect();
        for participant in waiting {
            // The hold music stops for everyone.
            self.calls[participant].wait = Line::Idle;
        }
        self.record(
            id,
            Event::ConferenceStarted {
                conference: name.to_owned(),
            },
        );
        self.conference_event(id, name, "start").await
    }

    /// A participant left (hung up): the conference ends for everyone if it had
    /// `endConferenceOnExit`, or when nobody is left.
    pub(crate) async fn leave_room(&mut self, id: CallId, name: &str) -> Result<(), Error> {
        let Some(room) = self.rooms.get_mut(name) else {
            return Ok(());
        };
        let Some(position) = room.participants.iter().position(|p| p.id == id) else {
            return Ok(());
        };
        let participant = room.participants.remove(position);
        let ends = (participant.end_on_exit && room.started) || room.participants.is_empty();
        self.record(
            id,
            Event::LeftConference {
                conference: name.to_owned(),
            },
        );
        self.conference_event(id, name, "leave").await?;
        if ends {
            self.end_room(id, name).await?;
        }
        Ok(())
    }

    /// Ends a conference: every participant's `<Dial>` completes (its `action`, or the next verb).
    pub(crate) async fn end_room(&mut self, id: CallId, name: &str) -> Result<(), Error> {
        self.record(
            id,
            Event::ConferenceEnded {
                conference: name.to_owned(),
            },
        );
        self.conference_event(id, name, "end").await?;
        let Some(room) = self.rooms.remove(name) else {
            return Ok(());
        };
        let now = self.clock.now();
        for participant in room.participants {
            let at = participant.id;
            self.record(
                at,
                Event::LeftConference {
                    conference: name.to_owned(),
                },
            );
            let conversation = &mut self.calls[at];
            conversation.state = State::Running;
            conversation.wait = Line::Idle;
            if let Some((url, method)) = participant.action {
                let mut extra = Params::default();
                extra.push("DialCallStatus", DialCallStatus::Answered.as_str());
                extra.push(
                    "DialCallDuration",
                    (now - participant.joined).as_secs().to_string(),
                );
                conversation.line = Line::Fetch(Fetch {
                    purpose: Purpose::DialAction,
                    url,
                    method,
                    extra,
                });
            }
        }
        Ok(())
    }

    /// Sends a conference status callback if the first participant asked for `event`.
    pub(crate) async fn conference_event(
        &mut self,
        id: CallId,
        name: &str,
        event: &str,
    ) -> Result<(), Error> {
        let Some(room) = self.rooms.get(name) else {
            return Ok(());
        };
        let Some((callback, document_url)) = room.status_callback.clone() else {
            return Ok(());
        };
        // Without `statusCallbackEvent`, `start` and `end` are sent (Twilio's default).
        let wanted = if callback.events.is_empty() {
            matches!(event, "start" | "end")
        } else {
            callback.events.iter().any(|wanted| wanted == event)
        };
        if !wanted {
            return Ok(());
        }
        let participant = room.participants.iter().find(|p| p.id == id);
        let name_sent = match event {
            "start" => "conference-start",
            "end" => "conference-end",
            "join" => "participant-join",
            // A REST participant update (`Muted`): the participant's state says which.
            "mute" if participant.is_some_and(|p| p.muted) => "participant-mute",
            "mute" => "participant-unmute",
            _ => "participant-leave",
        };
        let mut params = Params::default();
        params.push("ConferenceSid", &room.sid);
        params.push("FriendlyName", name);
        params.push("StatusCallbackEvent", name_sent);
        params.push("EventName", name_sent);
        params.push("Timestamp", self.clock.rfc2822());
        if let Some(participant) = participant {
            params.push("Muted", participant.muted.to_string());
            params.push("Hold", "false");
            params.push(
                "StartConferenceOnEnter",
                participant.start_on_enter.to_string(),
            );
            params.push("EndConferenceOnExit", participant.end_on_exit.to_string());
        }
        self.notify(
            id,
            Purpose::ConferenceStatus,
            &callback.target,
            &document_url,
            params,
            true,
        )
        .await
    }
}

/// The parameters of an `<Enqueue action>` request.
fn queue_result(result: QueueResult, queue_sid: &str, waited: Duration) -> Params {
    let mut extra = Params::default();
    extra.push("QueueResult", result.as_str());
    extra.push("QueueSid", queue_sid);
    extra.push("QueueTime", waited.as_secs().to_string());
    extra
}
