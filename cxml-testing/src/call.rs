//! One conversation on the platform: who is on it, what the caller will do, and where its
//! program stands.

use std::collections::VecDeque;

use cxml_webhook::params::{
    CallDirection, CallStatus, DialCallStatus, MessageStatus, PayResult, ReferCallStatus,
};
use http::Method;

use crate::event::{Input, Params, Purpose};
use crate::verb::Verb;

/// The channel of a conversation: the schema table's.
pub(crate) use cxml_runtime::Channel;

/// Whether a document answering a request of `channel` may hold the verb `name`: the table's
/// `<Response>` of that channel lists it.
pub(crate) fn allows(channel: Channel, name: &str) -> bool {
    cxml_runtime::schema::response(channel)
        .spec()
        .child_named(name)
        .is_some()
}

/// What the other side of the conversation does, scripted by the test.
#[derive(Debug, Clone)]
pub(crate) struct Script {
    pub inputs: VecDeque<Input>,
    /// Inputs for the `Gather`s of callee legs (`<Number url>` documents), in order.
    pub callee_inputs: VecDeque<Input>,
    pub dial_statuses: VecDeque<DialCallStatus>,
    pub dial_default: DialCallStatus,
    pub refer_status: ReferCallStatus,
    pub pay_result: PayResult,
    pub message_status: MessageStatus,
    pub recording_seconds: u32,
    pub transcription: String,
    pub talk_seconds: u32,
    pub fax_pages: u32,
    /// What the caller says on the call's first media stream (stream.rs).
    pub stream: Vec<crate::stream::Turn>,
    /// A `Gather` with no scripted input left waits ([`State::Listening`]) instead of timing
    /// out at once.
    pub wait_for_input: bool,
}

impl Default for Script {
    fn default() -> Self {
        Script {
            inputs: VecDeque::new(),
            callee_inputs: VecDeque::new(),
            dial_statuses: VecDeque::new(),
            dial_default: DialCallStatus::Completed,
            refer_status: ReferCallStatus::InProgress,
            pay_result: PayResult::Success,
            message_status: MessageStatus::Sent,
            recording_seconds: 5,
            transcription: String::new(),
            talk_seconds: 10,
            fax_pages: 1,
            stream: Vec::new(),
            wait_for_input: false,
        }
    }
}

/// A document request still to make.
#[derive(Debug, Clone)]
pub(crate) struct Fetch {
    pub purpose: Purpose,
    /// Absolute (fragment kept: it carries connection overrides).
    pub url: String,
    pub method: Method,
    /// Parameters added to the channel's standard ones.
    pub extra: Params,
}

/// A document being executed.
#[derive(Debug, Clone)]
pub(crate) struct Program {
    /// The URL it was fetched from (relative URLs in it resolve against this).
    pub url: String,
    pub verbs: Vec<Verb>,
    pub next: usize,
}

/// Where a line of execution stands.
#[derive(Debug, Clone)]
pub(crate) enum Line {
    Fetch(Fetch),
    Run(Program),
    /// Nothing left to do (a wait document that ended: the caller holds).
    Idle,
}

impl Line {
    pub(crate) fn has_work(&self) -> bool {
        match self {
            Line::Fetch(_) => true,
            Line::Run(program) => program.next <= program.verbs.len(),
            Line::Idle => false,
        }
    }
}

/// What a call is doing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum State {
    /// Executing its document.
    Running,
    /// Waiting in a queue (its wait document runs on `wait`).
    Queued { queue: String },
    /// In a conference, waiting for it to start or talking.
    Conferencing { room: String },
    /// On a verb that never ends by itself (`<Play loop="0">`) until the test hangs up.
    Holding,
    /// On a `<Gather>` with no input yet ([`Script::wait_for_input`]): until input, an update,
    /// a hang-up, or the virtual clock reaching `until` (its timeout).
    Listening { until: std::time::Duration },
    /// Over.
    Ended,
}

/// The inbound message or fax a messaging or fax conversation answers.
#[derive(Debug, Clone, Default)]
pub(crate) struct Inbound {
    pub body: String,
    pub media: Vec<(String, String)>,
}

/// One conversation.
#[derive(Debug, Clone)]
pub(crate) struct Conversation {
    pub sid: String,
    pub channel: Channel,
    pub from: String,
    pub to: String,
    pub direction: CallDirection,
    pub parent: Option<String>,
    /// `CallStatus` sent with the next request.
    pub status: CallStatus,
    pub inbound: Inbound,
    pub script: Script,
    pub line: Line,
    /// The wait document of a queue or conference, run while `state` says so.
    pub wait: Line,
    /// The `<Enqueue waitUrl>`, fetched again when the caller gives input (SignalWire loops the
    /// wait document; the simulator fetches it on demand so that a run always ends).
    pub wait_url: Option<(String, Method)>,
    pub state: State,
    pub requests: usize,
    /// `METHOD url` of every document request, for naming loops.
    pub documents: Vec<String>,
    /// Streams started with `<Start>`: name, sid, status callback.
    pub streams: Vec<(String, String, Option<crate::verb::Target>, String)>,
    /// The number's URL and method: where the conversation started.
    pub entry: Option<(String, Method)>,
    /// Messages the sender sends next, each after the reply to the one before.
    pub follow_ups: VecDeque<Inbound>,
    /// The first message's `MessageSid`, for the messages that follow it.
    pub thread: Option<String>,
    /// A callee's leg (a `<Number url>` document): its end of document does not end it, the
    /// bridge does.
    pub callee_leg: bool,
    /// The number's (or the REST call's) status callback: told when the call ends.
    pub status_callback: Option<(String, Method)>,
    /// When the call was answered, for `CallDuration`.
    pub answered_at: Option<std::time::Duration>,
    /// The `<Gather>` a [`State::Listening`] call waits on, with its document's URL.
    pub pending_gather: Option<(crate::verb::Gather, String)>,
}

impl Conversation {
    /// An inbound conversation, not yet on the platform (no sid, nothing to run).
    pub(crate) fn new(channel: Channel, from: String, to: String, script: Script) -> Self {
        Conversation {
            sid: String::new(),
            channel,
            from,
            to,
            direction: CallDirection::Inbound,
            parent: None,
            status: CallStatus::Ringing,
            inbound: Inbound::default(),
            script,
            line: Line::Idle,
            wait: Line::Idle,
            wait_url: None,
            state: State::Running,
            requests: 0,
            documents: Vec::new(),
            streams: Vec::new(),
            entry: None,
            follow_ups: VecDeque::new(),
            thread: None,
            callee_leg: false,
            status_callback: None,
            answered_at: None,
            pending_gather: None,
        }
    }
}

/// A conversation's handle on the platform, for the run: what the simulator's functions take.
/// Tests and the command line name conversations by sid ([`Calls::find`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct CallId(usize);

/// Every conversation on the platform: the one owner of their state, addressed by [`CallId`]
/// or by sid.
#[derive(Debug, Default)]
pub(crate) struct Calls {
    list: Vec<Conversation>,
    by_sid: std::collections::HashMap<String, CallId>,
}

impl Calls {
    /// Adds a conversation (with its sid set); its id.
    pub(crate) fn add(&mut self, conversation: Conversation) -> CallId {
        let id = CallId(self.list.len());
        self.by_sid.insert(conversation.sid.clone(), id);
        self.list.push(conversation);
        id
    }

    /// The conversation with this sid.
    pub(crate) fn find(&self, sid: &str) -> Option<CallId> {
        self.by_sid.get(sid).copied()
    }

    /// Every conversation's id, in order of arrival.
    pub(crate) fn ids(&self) -> impl Iterator<Item = CallId> + use<> {
        (0..self.list.len()).map(CallId)
    }

    /// Every conversation, in order of arrival.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &Conversation> {
        self.list.iter()
    }
}

impl std::ops::Index<CallId> for Calls {
    type Output = Conversation;

    fn index(&self, id: CallId) -> &Conversation {
        // Ids come only from `add`, and conversations are never removed.
        &self.list[id.0]
    }
}

impl std::ops::IndexMut<CallId> for Calls {
    fn index_mut(&mut self, id: CallId) -> &mut Conversation {
        &mut self.list[id.0]
    }
}
