//! `<Gather>`: its `action` request.

use serde::{Deserialize, Serialize};

use super::{VoiceRequest, de};

/// `<Gather action>`: requested when input is complete (with no input only when
/// `actionOnEmptyResult="true"`); answer with cXML to continue the call.
///
/// ```
/// # mod cxml { pub mod webhook { pub use ::cxml_webhook::*; } }
/// use cxml::webhook::{from_form_str, params::GatherAction};
///
/// let gather: GatherAction = from_form_str(
///     "AccountSid=AC1&CallSid=CA1&SpeechResult=sales+please&Confidence=0.92",
/// )?;
/// assert_eq!(gather.speech_result.as_deref(), Some("sales please"));
/// assert_eq!(gather.confidence, Some(0.92));
/// assert_eq!(gather.digits, None);
/// # Ok::<(), cxml::webhook::ParamsError>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct GatherAction {
    /// The standard voice parameters.
    #[serde(flatten)]
    pub call: VoiceRequest,
    /// `Digits`: the keys pressed.
    pub digits: Option<String>,
    /// `SpeechResult`: the transcribed speech.
    pub speech_result: Option<String>,
    /// `Confidence`: of the speech result, 0.0 to 1.0.
    #[serde(default, deserialize_with = "de::number")]
    pub confidence: Option<f64>,
}
