//! The verbs, executed with SignalWire's documented semantics (voice.md, messaging.md, fax.md)
//! and the callback parameters of webhooks.md.

use std::time::Duration;

use cxml_webhook::params::{
    CallDirection, CallStatus, DialCallStatus, PayResult, RecordingStatus, ReferCallStatus,
};

use crate::call::{CallId, Channel, Conversation, Fetch, Line, Script, State};
use crate::error::Error;
use crate::event::{Ending, Event, Input, Params, Purpose};
use crate::room::Dialed;
use crate::simulator::{Flow, Simulator};
use crate::verb::{
    Connect, Dial, DialTarget, Gather, Message, Pay, Play, Prompt, Receive, Record, Refer, Say,
    Sms, StatusCallback, Verb,
};

/// Virtual time a `<Say>` or `<Play>` takes per loop, and a caller's input.
const SPEAKING: Duration = Duration::from_secs(1);

/// How deep callee documents may dial further callees (`<Number url>` documents that dial).
const MAX_CALLEE_DEPTH: usize = 8;

impl Simulator {
    /// Executes one verb on a conversation's current line: one function per verb.
    pub(crate) async fn execute(
        &mut self,
        id: CallId,
        verb: Verb,
        document_url: &str,
        on_wait: bool,
    ) -> Result<Flow, Error> {
        match verb {
            Verb::Say(say) => Ok(self.say_verb(id, say)),
            Verb::Play(play) => Ok(self.play_verb(id, play, on_wait)),
            Verb::Pause(seconds) => {
                self.pause(id, seconds);
                Ok(Flow::Next)
            }
            Verb::Gather(gather) => self.gather(id, gather, document_url).await,
            Verb::Redirect(target) => self.redirect_verb(id, target, document_url),
            Verb::Dial(dial) => self.dial(id, dial, document_url).await,
            Verb::Record(record) => self.record_verb(id, record, document_url).await,
            Verb::Refer(refer) => self.refer(id, refer, document_url),
            Verb::Hangup => Ok(self.hangup(id)),
            Verb::Reject(reason) => Ok(self.reject(id, reason)),
            Verb::Enqueue(enqueue) => {
                self.answer(id);
                self.enqueue(id, enqueue, document_url)
            }
            Verb::Leave => Ok(self.leave(id)),
            Verb::Pay(pay) => self.pay(id, pay, document_url).await,
            Verb::Connect(connect) => self.connect(id, connect, document_url).await,
            Verb::Sms(sms) => self.sms(id, sms, document_url).await,
            Verb::Start(streams) => self.start_streams(id, streams, document_url).await,
            Verb::Stop(names) => self.stop_streams(id, names).await,
            Verb::Denoise(on) => {
                self.record(id, Event::Denoised { on });
                Ok(Flow::Next)
            }
            Verb::Echo(seconds) => Ok(self.echo(id, seconds)),
            Verb::Message(message) => self.send_message(id, message, document_url).await,
            Verb::Receive(receive) => self.receive(id, receive, document_url).await,
            Verb::Unsupported(name) => {
                self.record(
                    id,
                    Event::Unsupported {
                        verb: name.to_owned(),
                    },
                );
                Ok(Flow::Next)
            }
        }
    }

    /// `<Say>`: answers the call, speaks.
    fn say_verb(&mut self, id: CallId, say: Say) -> Flow {
        self.answer(id);
        self.say(id, say);
        Flow::Next
    }

    /// `<Play>`: answers the call, plays; `loop="0"` plays until the caller hangs up (except in a
    /// wait document, which the platform loops anyway).
    fn play_verb(&mut self, id: CallId, play: Play, on_wait: bool) -> Flow {
        self.answer(id);
        let forever = play.loops == 0;
        self.play(id, play);
        if forever && !on_wait {
            self.calls[id].state = State::Holding;
        }
        Flow::Next
    }

    /// `<Redirect>`: the document at its URL (resolved against this one) replaces this one.
    fn redirect_verb(
        &mut self,
        id: CallId,
        target: crate::verb::Target,
        document_url: &str,
    ) -> Result<Flow, Error> {
        let url = self.resolve(id, document_url, &target.url)?;
        self.record(id, Event::Redirected { url: url.clone() });
        Ok(Flow::Goto(Fetch {
            purpose: Purpose::Redirected,
            url,
            method: target.method,
            extra: Params::default(),
        }))
    }

    /// `<Hangup>`: the call ends.
    fn hangup(&mut self, id: CallId) -> Flow {
        self.record(id, Event::HungUp);
        Flow::End(Ending::HungUp)
    }

    /// `<Reject>`: the call ends unanswered, `busy` or `no-answer` as its reason says (a fax is
    /// simply rejected).
    fn reject(&mut self, id: CallId, reason: String) -> Flow {
        let conversation = &mut self.calls[id];
        conversation.status = if reason == "busy" {
            CallStatus::Busy
        } else {
            CallStatus::NoAnswer
        };
        let reason = if conversation.channel == Channel::Fax {
            "rejected".to_owned()
        } else {
            reason
        };
        self.record(id, Event::Rejected { reason });
        Flow::End(Ending::Rejected)
    }

    /// `<Echo>`: the caller hears itself for the timeout.
    fn echo(&mut self, id: CallId, seconds: u32) -> Flow {
        self.answer(id);
        self.clock.advance(Duration::from_secs(seconds.into()));
        self.record(id, Event::Echoed { seconds });
        Flow::Next
    }

    /// `<Start><Stream>`: each stream starts (its status callback told).
    async fn start_streams(
        &mut self,
        id: CallId,
        streams: Vec<crate::verb::Stream>,
        document_url: &str,
    ) -> Result<Flow, Error> {
        for stream in streams {
            let sid = self.new_sid();
            let name = stream.name.clone().unwrap_or_else(|| sid.clone());
            // The WebSocket opens and the caller talks on it (stream.rs); a stream whose app
            // cannot be reached has failed (`stream-error`) and does not start.
            if !self
                .open_stream(id, &stream, &sid, &name, document_url)
                .await?
            {
                continue;
            }
            self.record(
                id,
                Event::Streamed {
                    action: "started".to_owned(),
                    name: name.clone(),
                },
            );
            if let Some(callback) = &stream.status_callback {
                let params = self.stream_params(id, &sid, &name, &stream.track, "stream-started");
                self.notify(
                    id,
                    Purpose::StreamStatus,
                    callback,
                    document_url,
                    params,
                    false,
                )
                .await?;
            }
            let callback = stream
                .status_callback
                .clone()
                .map(|target| crate::verb::Target {
                    url: cxml_runtime::schema::url::resolve(document_url, &target.url)
                        .unwrap_or(target.url),
                    method: target.method,
                });
            self.calls[id]
                .streams
                .push((name, sid, callback, stream.track));
        }
        Ok(Flow::Next)
    }

    /// `<Stop><Stream>`: each named stream stops (its status callback told).
    async fn stop_streams(&mut self, id: CallId, names: Vec<String>) -> Result<Flow, Error> {
        for name in names {
            let streams = &mut self.calls[id].streams;
            let Some(position) = streams.iter().position(|stream| stream.0 == name) else {
                continue;
            };
            let (name, sid, callback, track) = streams.remove(position);
            // `stop`, the socket closed (stream.rs).
            self.close_stream(id, &name, crate::stream::StreamEnd::Stopped)
                .await;
            self.record(
                id,
                Event::Streamed {
                    action: "stopped".to_owned(),
                    name: name.clone(),
                },
            );
            if let Some(callback) = callback {
                let params = self.stream_params(id, &sid, &name, &track, "stream-stopped");
                let url = callback.url.clone();
                self.notify(id, Purpose::StreamStatus, &callback, &url, params, false)
                    .await?;
            }
        }
        Ok(Flow::Next)
    }

    /// The call is answered by the first verb that needs audio.
    fn answer(&mut self, id: CallId) {
        let conversation = &mut self.calls[id];
        if conversation.status == CallStatus::Ringing {
            conversation.status = CallStatus::InProgress;
            conversation.answered_at = Some(self.clock.now());
        }
    }

    pub(crate) fn say(&mut self, id: CallId, say: Say) {
        self.clock.advance(SPEAKING * say.loops.max(1));
        self.record(
            id,
            Event::Said {
                text: say.text,
                voice: say.voice,
                language: say.language,
                loops: say.loops,
            },
        );
    }

    pub(crate) fn play(&mut self, id: CallId, play: Play) {
        self.clock.advance(SPEAKING * play.loops.max(1));
        self.record(
            id,
            Event::Played {
                url: play.url,
                digits: play.digits,
                loops: play.loops,
            },
        );
    }

    pub(crate) fn pause(&mut self, id: CallId, seconds: u32) {
        self.clock.advance(Duration::from_secs(seconds.into()));
        self.record(id, Event::Paused { seconds });
    }

    /// `<Gather>`: the prompts, then the caller's next scripted input. With input the `action`
    /// (default: this document) is requested; without, the call falls through to the next verb
    /// unless `actionOnEmptyResult`.
    async fn gather(
        &mut self,
        id: CallId,
        gather: Gather,
        document_url: &str,
    ) -> Result<Flow, Error> {
        self.answer(id);
        for prompt in &gather.prompts {
            match prompt {
                Prompt::Say(say) => self.say(id, say.clone()),
                Prompt::Play(play) => self.play(id, play.clone()),
                Prompt::Pause(seconds) => self.pause(id, *seconds),
            }
        }
        let script = &mut self.calls[id].script;
        let input = match script.inputs.pop_front() {
            Some(input) => input,
            None if script.wait_for_input => {
                // Nothing scripted: the call listens until input, an update, a hang-up or its
                // timeout on the virtual clock (`Simulator::advance`).
                let until = self
                    .clock
                    .now()
                    .saturating_add(Duration::from_secs(gather.timeout.into()));
                let conversation = &mut self.calls[id];
                conversation.state = State::Listening { until };
                conversation.pending_gather = Some((gather, document_url.to_owned()));
                return Ok(Flow::Next);
            }
            None => Input::Timeout,
        };
        self.gather_input(id, gather, document_url, input, false)
    }

    /// A listening call (`State::Listening`) hears `input` (or its timeout came, `waited`):
    /// it goes on as its `<Gather>` says.
    pub(crate) fn resume_gather(
        &mut self,
        id: CallId,
        input: Input,
        waited: bool,
    ) -> Result<(), Error> {
        let conversation = &mut self.calls[id];
        let Some((gather, document_url)) = conversation.pending_gather.take() else {
            return Ok(());
        };
        conversation.state = State::Running;
        match self.gather_input(id, gather, &document_url, input, waited)? {
            Flow::Goto(fetch) => self.calls[id].line = Line::Fetch(fetch),
            Flow::Next | Flow::End(_) => {}
        }
        Ok(())
    }

    /// The part of a `<Gather>` after its prompts: the caller's input, and where it leads. The
    /// clock moves by the time the input took, unless it already has (`waited`).
    fn gather_input(
        &mut self,
        id: CallId,
        gather: Gather,
        document_url: &str,
        input: Input,
        waited: bool,
    ) -> Result<Flow, Error> {
        let spelled = match &input {
            Input::Timeout => None,
            other => Some(other.to_string()),
        };
        let mut extra = Params::default();
        // Input the Gather does not listen for is not heard: it ends as on a timeout.
        let mut unheard = None;
        let result = match &input {
            Input::Digits(_) if !gather.dtmf => {
                unheard = Some("this <Gather> listens for speech only".to_owned());
                None
            }
            Input::Speech { .. } if !gather.speech => {
                unheard = Some("this <Gather> listens for keys only".to_owned());
                None
            }
            Input::Digits(keys) => {
                let mut digits: String = keys
                    .chars()
                    .take_while(|key| !gather.finish_on_key.contains(*key))
                    .collect();
                if let Some(limit) = gather.num_digits {
                    digits = digits.chars().take(limit).collect();
                }
                if digits.is_empty() {
                    None
                } else {
                    extra.push("Digits", &digits);
                    Some(digits)
                }
            }
            Input::Speech { text, confidence } => {
                extra.push("SpeechResult", text);
                extra.push("Confidence", confidence.to_string());
                Some(text.clone())
            }
            Input::Timeout => None,
        };
        if !waited {
            self.clock.advance(match input {
                Input::Timeout => Duration::from_secs(gather.timeout.into()),
                _ if unheard.is_some() => Duration::from_secs(gather.timeout.into()),
                _ => SPEAKING,
            });
        }
        let requested = result.is_some() || gather.action_on_empty_result;
        self.record(
            id,
            Event::Gathered {
                input: spelled,
                result,
                action: requested,
                unheard,
            },
        );
        if !requested {
            return Ok(Flow::Next);
        }
        let fetch = self.fetch_for(
            id,
            Purpose::GatherAction,
            gather.action.as_ref(),
            document_url,
            gather.method.clone(),
            extra,
        )?;
        Ok(Flow::Goto(fetch))
    }

    /// `<Dial>`: a queue or conference meets other calls; numbers, SIP and Verto targets end
    /// with the scripted outcome.
    async fn dial(&mut self, id: CallId, dial: Dial, document_url: &str) -> Result<Flow, Error> {
        self.answer(id);
        if let Some(DialTarget::Queue { name, url }) = dial
            .targets
            .iter()
            .find(|target| matches!(target, DialTarget::Queue { .. }))
            .cloned()
        {
            return self.dial_queue(id, dial, name, url, document_url).await;
        }
        if let Some(DialTarget::Conference(conference)) = dial
            .targets
            .iter()
            .find(|target| matches!(target, DialTarget::Conference(_)))
            .cloned()
        {
            return self
                .dial_conference(id, dial, conference, document_url)
                .await;
        }
        // The phone at the first number, when the test set one up (the REST door's phones).
        let phone = dial.targets.first().and_then(|target| match target {
            DialTarget::Number { number, .. } => self.dial_outcomes.get(number).cloned(),
            _ => None,
        });
        let conversation = &mut self.calls[id];
        let scripted = conversation.script.dial_statuses.pop_front();
        let mut status = phone
            .or(scripted)
            .unwrap_or_else(|| conversation.script.dial_default.clone());
        let talk = conversation.script.talk_seconds.min(dial.time_limit);
        // The dialled legs' `From`: the Dial's `callerId`, else the caller's number.
        let caller_id = dial
            .caller_id
            .clone()
            .unwrap_or_else(|| conversation.from.clone());
        // Whether the first target picked up (its leg answered).
        let answered = matches!(status, DialCallStatus::Completed | DialCallStatus::Answered);
        let legs: Vec<String> = dial.targets.iter().map(|_| self.new_sid()).collect();
        // The first target is the one that answers (or fails); the others are canceled when it
        // answers and fare the same otherwise.
        let outcome = |leg: usize, status: &DialCallStatus| -> CallStatus {
            if leg > 0 && answered {
                CallStatus::Canceled
            } else if answered {
                CallStatus::Completed
            } else {
                CallStatus::from(status.as_str())
            }
        };
        for (leg, target) in dial.targets.iter().enumerate() {
            if let Some(callback) = status_callback_of(target) {
                let final_status = outcome(leg, &status);
                // Each `statusCallbackEvent` and the `CallStatus` it reports.
                let events: &[(&str, CallStatus)] = match final_status {
                    CallStatus::Completed => &[
                        ("initiated", CallStatus::Initiated),
                        ("ringing", CallStatus::Ringing),
                        ("answered", CallStatus::InProgress),
                    ],
                    CallStatus::Failed => &[("initiated", CallStatus::Initiated)],
                    _ => &[
                        ("initiated", CallStatus::Initiated),
                        ("ringing", CallStatus::Ringing),
                    ],
                };
                for (sequence, (event, call_status)) in events.iter().enumerate() {
                    if callback.events.iter().any(|wanted| wanted == event) {
                        self.call_progress(
                            id,
                            &legs[leg],
                            (&caller_id, &target.label()),
                            callback,
                            document_url,
                            call_status.as_str(),
                            sequence,
                            None,
                        )
                        .await?;
                    }
                }
            }
        }
        // The called party's document (`<Number url>`, `<Sip url>`) runs on its leg after it
        // answers and before the bridge; if it hangs up or rejects, the caller is not connected.
        let mut callee = None;
        if answered
            && let (Some(target), Some(leg)) = (dial.targets.first(), legs.first())
            && let Some(url) = target.callee_url()
        {
            let (leg_id, accepted) = self
                .run_callee_leg(id, (leg, &caller_id), target, url, document_url)
                .await?;
            if !accepted {
                // SignalWire documents that the callee may decline but not what the Dial then
                // reports; Twilio's <Number url> screening reports the call as not answered.
                status = DialCallStatus::NoAnswer;
            }
            callee = Some((leg_id, accepted));
        }
        let connected = answered && callee.is_none_or(|(_, accepted)| accepted);
        self.record(
            id,
            Event::Dialed {
                to: dial.targets.iter().map(DialTarget::label).collect(),
                status: status.to_string(),
            },
        );
        if let Some((leg_id, true)) = callee {
            let leg_sid = self.sid_of(leg_id);
            let caller_sid = self.sid_of(id);
            self.record(id, Event::Bridged { with: leg_sid });
            self.record(leg_id, Event::Bridged { with: caller_sid });
        }
        let seconds = if connected {
            talk
        } else if status == DialCallStatus::NoAnswer && !answered {
            dial.timeout
        } else {
            0
        };
        self.clock.advance(Duration::from_secs(seconds.into()));
        if let Some((leg_id, true)) = callee {
            // The called party hangs up at the end of the conversation.
            self.end(leg_id, Ending::Completed).await?;
        }
        for (leg, target) in dial.targets.iter().enumerate() {
            if let Some(callback) = status_callback_of(target)
                && callback.events.iter().any(|wanted| wanted == "completed")
            {
                let final_status = outcome(leg, &status);
                let duration = if leg == 0 && connected { talk } else { 0 };
                self.call_progress(
                    id,
                    &legs[leg],
                    (&caller_id, &target.label()),
                    callback,
                    document_url,
                    final_status.as_str(),
                    3,
                    Some(duration),
                )
                .await?;
            }
        }
        let recording = if dial.record && connected {
            let sid = self.new_sid();
            let url = recording_url(&sid);
            if let Some(callback) = &dial.recording_status_callback {
                self.recording_status(
                    id,
                    callback,
                    document_url,
                    &sid,
                    &url,
                    talk,
                    "DialVerb",
                    false,
                )
                .await?;
            }
            Some(url)
        } else {
            None
        };
        let outcome = Dialed {
            status,
            call: legs.first().cloned(),
            seconds: if connected { talk } else { 0 },
            recording,
        };
        self.dial_done(id, &dial, document_url, outcome)
    }

    /// Runs the called party's document on its leg (a call of its own, `outbound-dial`, child
    /// of the caller's) with the callee's scripted input, until it ends or reaches its end.
    /// Whether the called party accepted: its document ran to its end (or holds) instead of
    /// hanging up or rejecting.
    async fn run_callee_leg(
        &mut self,
        id: CallId,
        (leg, from): (&str, &str),
        target: &DialTarget,
        url: &crate::verb::Target,
        document_url: &str,
    ) -> Result<(CallId, bool), Error> {
        // A callee's document may dial someone whose document dials again: bounded.
        let mut depth = 0;
        let mut at = Some(id);
        while let Some(call) = at.filter(|call| self.calls[*call].callee_leg) {
            depth += 1;
            at = self.calls[call]
                .parent
                .as_deref()
                .and_then(|parent| self.calls.find(parent));
        }
        if depth >= MAX_CALLEE_DEPTH {
            let kind = crate::error::ErrorKind::Script(format!(
                "callee documents dial callees {MAX_CALLEE_DEPTH} deep: they keep dialling each other"
            ));
            return Err(self.fail(id, None, kind));
        }
        let url = self.resolve(id, document_url, &url.url)?;
        let method = target
            .callee_url()
            .map_or(http::Method::POST, |target| target.method.clone());
        let caller = &mut self.calls[id];
        let script = Script {
            inputs: std::mem::take(&mut caller.script.callee_inputs),
            ..Script::default()
        };
        let mut callee = Conversation::new(Channel::Voice, from.to_owned(), target.label(), script);
        callee.sid = leg.to_owned();
        callee.direction = CallDirection::OutboundDial;
        callee.parent = Some(caller.sid.clone());
        callee.status = CallStatus::InProgress;
        callee.callee_leg = true;
        callee.entry = Some((url.clone(), method.clone()));
        let mut extra = Params::default();
        if let DialTarget::Sip { .. } = target {
            extra.push("SipCallId", format!("{leg}@simulator.invalid"));
        }
        callee.line = Line::Fetch(Fetch {
            purpose: Purpose::CalleeUrl,
            url,
            method,
            extra,
        });
        let leg_id = self.calls.add(callee);
        while self.can_step(leg_id) {
            Box::pin(self.step(leg_id)).await?;
        }
        let leg = &mut self.calls[leg_id];
        let accepted = leg.state != State::Ended;
        let left = std::mem::take(&mut leg.script.inputs);
        self.calls[id].script.callee_inputs = left;
        Ok((leg_id, accepted))
    }

    /// A call status callback for a dialled leg.
    #[allow(clippy::too_many_arguments)]
    async fn call_progress(
        &mut self,
        id: CallId,
        leg: &str,
        (from, to): (&str, &str),
        callback: &StatusCallback,
        document_url: &str,
        status: &str,
        sequence: usize,
        duration: Option<u32>,
    ) -> Result<(), Error> {
        let conversation = &self.calls[id];
        let mut params = Params::default();
        params.push("AccountSid", self.account());
        params.push("ApiVersion", "2010-04-01");
        params.push("CallSid", leg);
        params.push("CallStatus", status);
        params.push("Direction", CallDirection::OutboundDial.as_str());
        params.push("From", from);
        params.push("To", to);
        params.push("ParentCallSid", &conversation.sid);
        params.push("CallbackSource", "call-progress-events");
        params.push("SequenceNumber", sequence.to_string());
        params.push("Timestamp", self.clock.rfc2822());
        if let Some(duration) = duration {
            params.push("CallDuration", duration.to_string());
        }
        self.notify(
            id,
            Purpose::CallStatus,
            &callback.target,
            document_url,
            params,
            false,
        )
        .await
    }

    /// `recordingStatusCallback` for the events it asks for.
    #[allow(clippy::too_many_arguments)]
    async fn recording_status(
        &mut self,
        id: CallId,
        callback: &StatusCallback,
        document_url: &str,
        sid: &str,
        url: &str,
        seconds: u32,
        source: &str,
        absent: bool,
    ) -> Result<(), Error> {
        let statuses = if absent {
            [RecordingStatus::InProgress, RecordingStatus::Absent]
        } else {
            [RecordingStatus::InProgress, RecordingStatus::Completed]
        };
        for status in statuses {
            if !callback
                .events
                .iter()
                .any(|wanted| wanted == status.as_str())
            {
                continue;
            }
            let mut params = self.standard_params(id);
            params.push("RecordingSid", sid);
            params.push("RecordingUrl", url);
            params.push("RecordingStatus", status.as_str());
            params.push(
                "RecordingDuration",
                if status == RecordingStatus::InProgress {
                    0
                } else {
                    seconds
                }
                .to_string(),
            );
            params.push("RecordingChannels", "1");
            params.push("RecordingSource", source);
            self.notify(
                id,
                Purpose::RecordingStatus,
                &callback.target,
                document_url,
                params,
                false,
            )
            .await?;
        }
        Ok(())
    }

    /// `<Record>`: the caller speaks for the scripted time; the recording callbacks, then the
    /// `action` (default: this document), always requested.
    async fn record_verb(
        &mut self,
        id: CallId,
        record: Record,
        document_url: &str,
    ) -> Result<Flow, Error> {
        self.answer(id);
        let script = &self.calls[id].script;
        let mut seconds = script.recording_seconds;
        let transcription = script.transcription.clone();
        if let Some(max) = record.max_length.filter(|max| *max > 0) {
            seconds = seconds.min(max);
        }
        let sid = self.new_sid();
        let url = recording_url(&sid);
        self.clock.advance(Duration::from_secs(seconds.into()));
        self.record(
            id,
            Event::Recorded {
                seconds,
                url: url.clone(),
            },
        );
        // With trim-silence a silent recording is not kept.
        let absent = record.trim_silence && seconds == 0;
        if let Some(callback) = &record.recording_status_callback {
            self.recording_status(
                id,
                callback,
                document_url,
                &sid,
                &url,
                seconds,
                "RecordVerb",
                absent,
            )
            .await?;
        }
        if let Some(target) = &record.transcribe_callback
            && !absent
        {
            let transcription_sid = self.new_sid();
            let mut params = self.standard_params(id);
            params.push("TranscriptionSid", &transcription_sid);
            params.push("TranscriptionText", transcription);
            params.push("TranscriptionStatus", "completed");
            params.push(
                "TranscriptionUrl",
                format!("https://simulator.invalid/transcriptions/{transcription_sid}"),
            );
            params.push("RecordingSid", &sid);
            params.push("RecordingUrl", &url);
            self.notify(
                id,
                Purpose::Transcription,
                target,
                document_url,
                params,
                false,
            )
            .await?;
        }
        let mut extra = Params::default();
        extra.push("RecordingUrl", if absent { String::new() } else { url });
        extra.push("RecordingDuration", seconds.to_string());
        self.goto(
            id,
            Purpose::RecordAction,
            record.action.as_ref(),
            document_url,
            extra,
        )
    }

    /// `<Refer>`: the transfer ends with the scripted status; its `action`, or the next verb.
    fn refer(&mut self, id: CallId, refer: Refer, document_url: &str) -> Result<Flow, Error> {
        let status = self.calls[id].script.refer_status.clone();
        self.record(
            id,
            Event::Referred {
                to: refer.to,
                status: status.to_string(),
            },
        );
        let Some(action) = &refer.action else {
            return Ok(Flow::Next);
        };
        let mut extra = Params::default();
        extra.push("ReferCallStatus", status.to_string());
        extra.push("ReferSipResponseCode", "202");
        let notify = match status {
            ReferCallStatus::InProgress => Some("200"),
            ReferCallStatus::Busy => Some("486"),
            ReferCallStatus::NoAnswer => Some("487"),
            ReferCallStatus::Failed => Some("500"),
            _ => None,
        };
        if let Some(code) = notify {
            extra.push("NotifySipResponseCode", code);
        }
        self.goto(id, Purpose::ReferAction, Some(action), document_url, extra)
    }

    /// `<Pay>`: the caller enters a test card; status callbacks per step, then the `action`
    /// (default: this document), always POST.
    async fn pay(&mut self, id: CallId, pay: Pay, document_url: &str) -> Result<Flow, Error> {
        self.answer(id);
        let result = self.calls[id].script.pay_result.clone();
        self.record(
            id,
            Event::Paid {
                result: result.to_string(),
            },
        );
        if let Some(target) = &pay.status_callback {
            for step in [
                "payment-card-number",
                "expiration-date",
                "security-code",
                "postal-code",
            ] {
                let mut params = self.standard_params(id);
                params.push("For", step);
                params.push("Attempt", "1");
                params.push("PaymentCardNumber", "xxxxxxxxxxxx1111");
                params.push("PaymentCardType", "visa");
                self.notify(id, Purpose::PayStatus, target, document_url, params, false)
                    .await?;
                self.clock.advance(SPEAKING * 3);
            }
        }
        let mut extra = Params::default();
        extra.push("Result", result.to_string());
        extra.push("PaymentMethod", &pay.payment_method);
        extra.push("PaymentCardNumber", "xxxxxxxxxxxx1111");
        extra.push("PaymentCardType", "visa");
        extra.push("ExpirationDate", "1230");
        extra.push("PaymentCardPostalCode", "94105");
        extra.push("SecurityCode", "xxx");
        if result == PayResult::Success {
            let charge = pay
                .charge_amount
                .as_deref()
                .and_then(|amount| amount.trim().parse::<f64>().ok())
                .is_some_and(|amount| amount > 0.0);
            let reference = self.new_sid();
            if charge {
                extra.push("PaymentConfirmationCode", reference);
            } else {
                extra.push("PaymentToken", reference);
                extra.push("ProfileId", self.new_sid());
            }
        } else {
            extra.push("PaymentError", result.to_string());
        }
        // The Pay action is always a POST (its target carries no method).
        self.goto(
            id,
            Purpose::PayAction,
            pay.action.as_ref(),
            document_url,
            extra,
        )
    }

    /// `<Connect>`: the session ends at once; its `action`, or the next verb.
    async fn connect(
        &mut self,
        id: CallId,
        mut connect: Connect,
        document_url: &str,
    ) -> Result<Flow, Error> {
        self.answer(id);
        self.record(
            id,
            Event::Connected {
                kind: connect.kind.to_owned(),
                target: connect.target,
            },
        );
        // `<Connect><Stream>`: the bidirectional stream holds the call (stream.rs).
        if let Some(stream) = connect.stream.take()
            && self.connect_stream(id, stream, document_url).await?
                == crate::stream::StreamEnd::CallerHungUp
        {
            return Ok(Flow::End(Ending::CallerHungUp));
        }
        let Some(action) = &connect.action else {
            return Ok(Flow::Next);
        };
        let mut extra = Params::default();
        if connect.kind == "virtual-agent" {
            extra.push("VirtualAgentProvider", "Dialogflow");
            extra.push("VirtualAgentStatus", "transfer");
        }
        self.goto(
            id,
            Purpose::ConnectAction,
            Some(action),
            document_url,
            extra,
        )
    }

    /// `<Sms>` during a call: sent to the caller from the number called unless `to`/`from` say
    /// otherwise; its status callback, then its `action` or the next verb.
    async fn sms(&mut self, id: CallId, sms: Sms, document_url: &str) -> Result<Flow, Error> {
        let conversation = &self.calls[id];
        let to = sms.to.clone().unwrap_or_else(|| conversation.from.clone());
        let from = sms.from.clone().unwrap_or_else(|| conversation.to.clone());
        let sid = self.new_sid();
        self.record(
            id,
            Event::SmsSent {
                body: sms.text,
                to,
                from,
            },
        );
        if let Some(target) = &sms.status_callback {
            let mut params = Params::default();
            params.push("SmsSid", &sid);
            params.push("SmsStatus", "sent");
            self.notify(id, Purpose::SmsStatus, target, document_url, params, true)
                .await?;
        }
        let Some(action) = &sms.action else {
            return Ok(Flow::Next);
        };
        let mut extra = Params::default();
        extra.push("SmsSid", sid);
        extra.push("SmsStatus", "sending");
        self.goto(id, Purpose::SmsAction, Some(action), document_url, extra)
    }

    /// `<Message>`: a reply, to the sender from the number messaged unless `to`/`from` say
    /// otherwise; its status callback, then its `action` (which replaces the rest of the
    /// document) or the next verb.
    async fn send_message(
        &mut self,
        id: CallId,
        message: Message,
        document_url: &str,
    ) -> Result<Flow, Error> {
        let conversation = &self.calls[id];
        let to = message
            .to
            .clone()
            .unwrap_or_else(|| conversation.from.clone());
        let from = message
            .from
            .clone()
            .unwrap_or_else(|| conversation.to.clone());
        let status = conversation.script.message_status.clone();
        let sid = self.new_sid();
        self.record(
            id,
            Event::MessageSent {
                body: message.body.clone(),
                media: message.media.clone(),
                to: to.clone(),
                from: from.clone(),
            },
        );
        if let Some(target) = &message.status_callback {
            let mut params = Params::default();
            params.push("AccountSid", self.account());
            params.push("MessageSid", &sid);
            params.push("From", &from);
            params.push("To", &to);
            params.push("Body", &message.body);
            params.push("NumMedia", message.media.len().to_string());
            params.push("NumSegments", "1");
            params.push("MessageStatus", status.to_string());
            self.notify(
                id,
                Purpose::MessageStatus,
                target,
                document_url,
                params,
                false,
            )
            .await?;
        }
        let Some(action) = &message.action else {
            return Ok(Flow::Next);
        };
        let mut extra = Params::default();
        extra.push("MessageStatus", status.to_string());
        if matches!(status.as_str(), "failed" | "undelivered") {
            extra.push("ErrorCode", "30003");
        }
        self.goto(
            id,
            Purpose::MessageAction,
            Some(action),
            document_url,
            extra,
        )
    }

    /// `<Receive>`: the fax arrives; its `action` is told (any 2xx answer will do).
    async fn receive(
        &mut self,
        id: CallId,
        receive: Receive,
        document_url: &str,
    ) -> Result<Flow, Error> {
        let pages = self.calls[id].script.fax_pages;
        self.clock
            .advance(Duration::from_secs(u64::from(pages) * 30));
        self.record(id, Event::Received { pages });
        if let Some(action) = &receive.action {
            let sid = self.new_sid();
            let extension = if receive.media_type == "image/tiff" {
                "tiff"
            } else {
                "pdf"
            };
            let mut params = Params::default();
            params.push("FaxStatus", "received");
            params.push("NumPages", pages.to_string());
            params.push(
                "MediaUrl",
                format!("https://simulator.invalid/faxes/{sid}.{extension}"),
            );
            params.push("MediaSid", sid);
            params.push("RemoteStationId", self.calls[id].from.clone());
            self.notify(
                id,
                Purpose::ReceiveAction,
                action,
                document_url,
                params,
                true,
            )
            .await?;
        }
        Ok(Flow::Next)
    }

    /// A stream status callback's parameters: the call's standard ones (as every callback of the
    /// call starts with them: SignalWire's own voicemail example reads `From` in the
    /// transcription callback), then the stream's.
    pub(crate) fn stream_params(
        &self,
        id: CallId,
        sid: &str,
        name: &str,
        track: &str,
        event: &str,
    ) -> Params {
        let mut params = self.standard_params(id);
        params.push("StreamSid", sid);
        params.push("StreamName", name);
        params.push("StreamEvent", event);
        params.push("StreamTrack", track);
        params.push("Timestamp", self.clock.iso8601());
        params.push("Unique-ID", self.sid_of(id));
        params
    }
}

fn status_callback_of(target: &DialTarget) -> Option<&StatusCallback> {
    match target {
        DialTarget::Number {
            status_callback, ..
        }
        | DialTarget::Sip {
            status_callback, ..
        } => status_callback.as_ref(),
        _ => None,
    }
}

/// Where a simulated recording lives (a reserved, never-resolving host).
fn recording_url(sid: &str) -> String {
    format!("https://simulator.invalid/recordings/{sid}.wav")
}
