//! `<Connect>`: its `action` request after `<VirtualAgent>`.

use serde::{Deserialize, Serialize};

use super::VoiceRequest;

string_enum! {
    /// `VirtualAgentStatus` (examples given by the docs; not a closed list).
    pub enum VirtualAgentStatus {
        /// The agent failed; see `VirtualAgentError`.
        Failed = "failed",
        /// The agent asked for a transfer.
        Transfer = "transfer",
    }
}

/// `<Connect action>` after `<VirtualAgent>`; answer with cXML.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct ConnectAction {
    /// The standard voice parameters.
    #[serde(flatten)]
    pub call: VoiceRequest,
    /// `VirtualAgentStatus`: how the virtual agent session ended.
    pub virtual_agent_status: Option<VirtualAgentStatus>,
    /// `VirtualAgentProvider`, e.g. `Dialogflow`.
    pub virtual_agent_provider: Option<String>,
    /// `VirtualAgentProviderData`: a JSON object serialised as a string.
    pub virtual_agent_provider_data: Option<String>,
    /// `VirtualAgentError`: when the status is `failed`.
    pub virtual_agent_error: Option<String>,
    /// `VirtualAgentErrorCode`: when the status is `failed`.
    pub virtual_agent_error_code: Option<String>,
}
