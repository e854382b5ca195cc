//! Conferences and their participants.

use serde::{Deserialize, Serialize};

use crate::client::{Client, Paged, segment, with_query};
use crate::enums::{ConferenceStatus, Method, ParticipantStatus};
use crate::error::Error;
use crate::page::{Listed, Page};

/// A conference, as the API shows it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct Conference {
    /// The conference's id.
    pub sid: String,
    /// The project's id.
    pub account_sid: String,
    /// Its name (the name `<Conference>` uses).
    pub friendly_name: String,
    /// Its state.
    pub status: ConferenceStatus,
    /// When it was created (RFC 2822).
    pub date_created: Option<String>,
    /// When it last changed (RFC 2822).
    pub date_updated: Option<String>,
    /// Where its audio was mixed.
    pub region: Option<String>,
    /// The API version.
    pub api_version: Option<String>,
    /// The conference's path.
    pub uri: Option<String>,
    /// The paths of its sub-resources.
    pub subresource_uris: Option<ConferenceSubresourceUris>,
}

/// The paths of a conference's sub-resources.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct ConferenceSubresourceUris {
    /// Its participants.
    pub participants: Option<String>,
    /// Its recordings.
    pub recordings: Option<String>,
}

impl Listed for Conference {
    const LIST_KEY: &'static str = "conferences";
}

/// A call in a conference.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct Participant {
    /// The call's id.
    pub call_sid: String,
    /// The project's id.
    pub account_sid: String,
    /// The conference's id.
    pub conference_sid: String,
    /// Its state.
    pub status: ParticipantStatus,
    /// Whether it is muted.
    #[serde(deserialize_with = "crate::de::flex_bool")]
    pub muted: bool,
    /// Whether it is on hold.
    #[serde(deserialize_with = "crate::de::flex_bool")]
    pub hold: bool,
    /// Whether it coaches another participant.
    #[serde(deserialize_with = "crate::de::flex_bool")]
    pub coaching: bool,
    /// The participant it coaches.
    pub call_sid_to_coach: Option<String>,
    /// Whether the conference ends when it leaves.
    #[serde(deserialize_with = "crate::de::flex_bool")]
    pub end_conference_on_exit: bool,
    /// Whether the conference starts when it joins.
    #[serde(deserialize_with = "crate::de::flex_bool")]
    pub start_conference_on_enter: bool,
    /// When it joined (RFC 2822).
    pub date_created: Option<String>,
    /// When it last changed (RFC 2822).
    pub date_updated: Option<String>,
    /// The participant's path.
    pub uri: Option<String>,
}

impl Listed for Participant {
    const LIST_KEY: &'static str = "participants";
}

/// Changes a conference (`POST …/Conferences/{sid}.json`): ends it, or plays an announcement
/// to everyone.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct UpdateConference {
    /// `completed` ends the conference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ConferenceStatus>,
    /// A document (`<Say>`/`<Play>`) played to every participant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub announce_url: Option<String>,
    /// How `announce_url` is requested.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub announce_method: Option<Method>,
}

impl UpdateConference {
    /// Ends the conference.
    pub fn end() -> Self {
        UpdateConference {
            status: Some(ConferenceStatus::Completed),
            ..UpdateConference::default()
        }
    }

    /// Plays the document at `url` to every participant.
    pub fn announce(url: impl Into<String>) -> Self {
        UpdateConference {
            announce_url: Some(url.into()),
            ..UpdateConference::default()
        }
    }
}

/// Changes a participant (`POST …/Conferences/{sid}/Participants/{call}.json`): mute, hold
/// with hold music, announce, coach.
///
/// ```
/// # mod cxml { pub mod rest { pub use ::cxml_rest::*; } }
/// use cxml::rest::UpdateParticipant;
///
/// let quiet = UpdateParticipant::new().muted(true);
/// let waiting = UpdateParticipant::new().hold_with_music("https://example.com/hold.xml");
/// assert_eq!(waiting.hold, Some(true));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct UpdateParticipant {
    /// Mutes or unmutes.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::de::opt_boolean"
    )]
    pub muted: Option<bool>,
    /// Puts on hold or takes off hold.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::de::opt_boolean"
    )]
    pub hold: Option<bool>,
    /// The document played while on hold.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hold_url: Option<String>,
    /// How `hold_url` is requested (default `GET`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hold_method: Option<Method>,
    /// A document played to this participant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub announce_url: Option<String>,
    /// How `announce_url` is requested.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub announce_method: Option<Method>,
    /// The document played while the conference waits to start.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wait_url: Option<String>,
    /// How `wait_url` is requested.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wait_method: Option<Method>,
    /// Whether it coaches `call_sid_to_coach`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::de::opt_boolean"
    )]
    pub coaching: Option<bool>,
    /// The participant it coaches.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call_sid_to_coach: Option<String>,
}

impl UpdateParticipant {
    /// An update that changes nothing yet.
    pub fn new() -> Self {
        UpdateParticipant::default()
    }

    /// Mutes (`true`) or unmutes.
    pub fn muted(mut self, muted: bool) -> Self {
        self.muted = Some(muted);
        self
    }

    /// Puts on hold (`true`) or takes off hold.
    pub fn hold(mut self, hold: bool) -> Self {
        self.hold = Some(hold);
        self
    }

    /// Puts on hold with the document at `url` playing (hold music).
    pub fn hold_with_music(mut self, url: impl Into<String>) -> Self {
        self.hold = Some(true);
        self.hold_url = Some(url.into());
        self
    }

    /// How the hold document is requested.
    pub fn hold_method(mut self, method: Method) -> Self {
        self.hold_method = Some(method);
        self
    }

    /// Plays the document at `url` to this participant.
    pub fn announce(mut self, url: impl Into<String>) -> Self {
        self.announce_url = Some(url.into());
        self
    }

    /// Coaches `call_sid` (heard by it alone), or stops coaching with `None`.
    pub fn coach(mut self, call_sid: Option<String>) -> Self {
        self.coaching = Some(call_sid.is_some());
        self.call_sid_to_coach = call_sid;
        self
    }
}

/// Which conferences a list returns. Dates are `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct ConferenceFilter {
    /// Conferences of this name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub friendly_name: Option<String>,
    /// Conferences in this state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ConferenceStatus>,
    /// Created on this day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_created: Option<String>,
    /// Created before this day.
    #[serde(
        rename = "DateCreated<",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub date_created_before: Option<String>,
    /// Created after this day.
    #[serde(
        rename = "DateCreated>",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub date_created_after: Option<String>,
    /// Updated on this day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_updated: Option<String>,
    /// Updated before this day.
    #[serde(
        rename = "DateUpdated<",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub date_updated_before: Option<String>,
    /// Updated after this day.
    #[serde(
        rename = "DateUpdated>",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub date_updated_after: Option<String>,
    /// Items per page (1–1000).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
}

impl ConferenceFilter {
    /// Every conference.
    pub fn new() -> Self {
        ConferenceFilter::default()
    }

    /// Conferences named `name`.
    pub fn friendly_name(mut self, name: impl Into<String>) -> Self {
        self.friendly_name = Some(name.into());
        self
    }

    /// Conferences in `status`.
    pub fn status(mut self, status: ConferenceStatus) -> Self {
        self.status = Some(status);
        self
    }

    /// Items per page.
    pub fn page_size(mut self, size: u32) -> Self {
        self.page_size = Some(size);
        self
    }
}

/// Which participants a list returns.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct ParticipantFilter {
    /// Only muted (`true`) or unmuted ones.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::de::opt_boolean"
    )]
    pub muted: Option<bool>,
    /// Only those on hold (`true`) or not.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::de::opt_boolean"
    )]
    pub hold: Option<bool>,
    /// Items per page (1–1000).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
}

impl ParticipantFilter {
    /// Every participant.
    pub fn new() -> Self {
        ParticipantFilter::default()
    }

    /// Only muted (`true`) or unmuted ones.
    pub fn muted(mut self, muted: bool) -> Self {
        self.muted = Some(muted);
        self
    }

    /// Only those on hold (`true`) or not.
    pub fn hold(mut self, hold: bool) -> Self {
        self.hold = Some(hold);
        self
    }
}

/// The conferences of the project: `client.conferences()`.
#[derive(Debug, Clone, Copy)]
pub struct Conferences<'c> {
    client: &'c Client,
}

impl Client {
    /// The conferences of the project.
    pub fn conferences(&self) -> Conferences<'_> {
        Conferences { client: self }
    }
}

impl Conferences<'_> {
    /// Every conference that `filter` selects, pages requested lazily.
    pub fn list(&self, filter: &ConferenceFilter) -> Paged<Conference> {
        self.client
            .list(with_query(self.client.path("Conferences.json"), filter))
    }

    /// The first page of the conferences that `filter` selects.
    pub async fn page(&self, filter: &ConferenceFilter) -> Result<Page<Conference>, Error> {
        self.client
            .page(with_query(self.client.path("Conferences.json"), filter))
            .await
    }

    /// One conference.
    pub async fn fetch(&self, sid: &str) -> Result<Conference, Error> {
        self.client.get(self.path(sid)).await
    }

    /// Changes a conference (end it, announce).
    pub async fn update(&self, sid: &str, request: &UpdateConference) -> Result<Conference, Error> {
        self.client.post(self.path(sid), request).await
    }

    /// The participants of a conference, pages requested lazily.
    pub fn participants(
        &self,
        conference_sid: &str,
        filter: &ParticipantFilter,
    ) -> Paged<Participant> {
        self.client
            .list(with_query(self.participants_path(conference_sid), filter))
    }

    /// The first page of the participants of a conference.
    pub async fn participants_page(
        &self,
        conference_sid: &str,
        filter: &ParticipantFilter,
    ) -> Result<Page<Participant>, Error> {
        self.client
            .page(with_query(self.participants_path(conference_sid), filter))
            .await
    }

    /// One participant.
    pub async fn participant(
        &self,
        conference_sid: &str,
        call_sid: &str,
    ) -> Result<Participant, Error> {
        self.client
            .get(self.participant_path(conference_sid, call_sid))
            .await
    }

    /// Changes a participant (mute, hold, announce, coach).
    pub async fn update_participant(
        &self,
        conference_sid: &str,
        call_sid: &str,
        request: &UpdateParticipant,
    ) -> Result<Participant, Error> {
        self.client
            .post(self.participant_path(conference_sid, call_sid), request)
            .await
    }

    /// Takes a participant out of the conference (its call goes on with the rest of its
    /// document).
    pub async fn remove_participant(
        &self,
        conference_sid: &str,
        call_sid: &str,
    ) -> Result<(), Error> {
        self.client
            .delete(self.participant_path(conference_sid, call_sid))
            .await
    }

    fn path(&self, sid: &str) -> String {
        self.client
            .path(&format!("Conferences/{}.json", segment(sid)))
    }

    fn participants_path(&self, conference_sid: &str) -> String {
        self.client.path(&format!(
            "Conferences/{}/Participants.json",
            segment(conference_sid)
        ))
    }

    fn participant_path(&self, conference_sid: &str, call_sid: &str) -> String {
        self.client.path(&format!(
            "Conferences/{}/Participants/{}.json",
            segment(conference_sid),
            segment(call_sid)
        ))
    }
}
