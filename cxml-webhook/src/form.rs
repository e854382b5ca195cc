//! Reading `application/x-www-form-urlencoded` webhook parameters into typed structs.

use std::fmt;

use serde::Serialize;
use serde::de::DeserializeOwned;

/// Why webhook parameters could not be read into the requested type.
///
/// Its `Display` names the parameter and the problem, e.g.
/// ``invalid webhook parameters: `DialCallDuration`: invalid digit found in string``; the axum
/// extractor answers 400 with that text.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(docsrs, doc(cfg(feature = "params")))]
pub struct ParamsError {
    parameter: Option<String>,
    message: String,
}

impl ParamsError {
    /// The parameter at fault, when one can be named (`None` e.g. for a missing required
    /// parameter, which the message names instead, or for bytes that are not UTF-8).
    pub fn parameter(&self) -> Option<&str> {
        self.parameter.as_deref()
    }

    /// What is wrong, without the parameter name.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for ParamsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("invalid webhook parameters: ")?;
        if let Some(parameter) = &self.parameter {
            write!(f, "`{parameter}`: ")?;
        }
        f.write_str(&self.message)
    }
}

impl std::error::Error for ParamsError {}

/// Reads webhook parameters from a form body or query string (`application/x-www-form-urlencoded`,
/// without the leading `?`) into `T`, e.g. one of the types in [`params`](super::params).
///
/// Parameters `T` does not name are ignored. A required parameter that is missing, a number that
/// does not parse, a name given twice or a value whose percent-decoded bytes are not UTF-8 is a
/// [`ParamsError`]. Enum values SignalWire may add later never fail: they land in the enum's
/// `Other` variant.
///
/// ```
/// # mod cxml { pub mod webhook { pub use ::cxml_webhook::*; } }
/// use cxml::webhook::{from_form, params::{ReferAction, ReferCallStatus}};
///
/// let body = b"AccountSid=AC1&CallSid=CA1&ReferCallStatus=in-progress\
///              &ReferSipResponseCode=202&NotifySipResponseCode=200";
/// let refer: ReferAction = from_form(body)?;
/// assert_eq!(refer.refer_call_status, Some(ReferCallStatus::InProgress));
/// assert_eq!(refer.refer_sip_response_code, Some(202));
///
/// let error = from_form::<ReferAction>(b"AccountSid=AC1&CallSid=CA1&ReferSipResponseCode=abc")
///     .unwrap_err();
/// assert_eq!(error.parameter(), Some("ReferSipResponseCode"));
/// # Ok::<(), cxml::webhook::ParamsError>(())
/// ```
#[cfg_attr(docsrs, doc(cfg(feature = "params")))]
pub fn from_form<T: DeserializeOwned>(input: &[u8]) -> Result<T, ParamsError> {
    check_utf8(input)?;
    let deserializer = serde_urlencoded::Deserializer::new(form_urlencoded::parse(input));
    serde_path_to_error::deserialize(deserializer).map_err(|error| {
        let path = error.path().to_string();
        ParamsError {
            parameter: (path != "." && path != "?").then_some(path),
            message: error.into_inner().to_string(),
        }
    })
}

/// [`from_form`] for a string.
///
/// ```
/// # mod cxml { pub mod webhook { pub use ::cxml_webhook::*; } }
/// use cxml::webhook::{from_form_str, params::MessageRequest};
///
/// let message: MessageRequest = from_form_str(
///     "AccountSid=AC1&MessageSid=SM1&From=%2B15551230000&To=%2B15557650000&Body=hi&NumMedia=2\
///      &MediaUrl1=https%3A%2F%2Fm%2F1&MediaContentType1=image%2Fpng&MediaUrl0=https%3A%2F%2Fm%2F0",
/// )?;
/// assert_eq!(message.body.as_deref(), Some("hi"));
/// assert_eq!(message.media.len(), 2);
/// assert_eq!(message.media[0].url, "https://m/0");
/// assert_eq!(message.media[1].content_type.as_deref(), Some("image/png"));
/// # Ok::<(), cxml::webhook::ParamsError>(())
/// ```
#[cfg_attr(docsrs, doc(cfg(feature = "params")))]
pub fn from_form_str<T: DeserializeOwned>(input: &str) -> Result<T, ParamsError> {
    from_form(input.as_bytes())
}

/// Rejects input whose percent-decoded names or values are not UTF-8 (which `form_urlencoded`
/// would silently replace).
fn check_utf8(input: &[u8]) -> Result<(), ParamsError> {
    let Some(piece) = crate::pairs::first_non_utf8_piece(input) else {
        return Ok(());
    };
    let name = piece.split(|&b| b == b'=').next().unwrap_or_default();
    let name: Vec<u8> = percent_encoding::percent_decode(name).collect();
    Err(ParamsError {
        parameter: String::from_utf8(name).ok(),
        message: "value is not valid UTF-8 once percent-decoded".to_owned(),
    })
}

/// Writes parameters as an `application/x-www-form-urlencoded` body or query string, as
/// SignalWire sends them: the way back of [`from_form_str`], for tests that build a request by
/// hand. Absent (`None`) parameters are left out; media and SIP header maps become their numbered
/// and prefixed names again.
///
/// ```
/// # mod cxml { pub mod webhook { pub use ::cxml_webhook::*; } }
/// use cxml::webhook::{from_form_str, to_form, params::GatherAction};
///
/// let mut gather = GatherAction::default();
/// gather.call.call_sid = "CA1".into();
/// gather.call.from = Some("+15551230000".into());
/// gather.digits = Some("1".into());
/// let body = to_form(&gather)?;
/// assert_eq!(body, "AccountSid=&CallSid=CA1&From=%2B15551230000&Digits=1");
/// assert_eq!(from_form_str::<GatherAction>(&body)?, gather);
/// # Ok::<(), cxml::webhook::ParamsError>(())
/// ```
#[cfg_attr(docsrs, doc(cfg(feature = "params")))]
pub fn to_form<T: Serialize>(params: &T) -> Result<String, ParamsError> {
    serde_urlencoded::to_string(params).map_err(|error| ParamsError {
        parameter: None,
        message: error.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form_pairs;
    use crate::params::{DialAction, DialCallStatus, GatherAction};

    #[test]
    fn missing_required_parameter_is_named_in_the_message() {
        let error = from_form_str::<GatherAction>("AccountSid=AC1&Digits=1").unwrap_err();
        assert!(error.to_string().contains("CallSid"), "{error}");
    }

    #[test]
    fn bad_integer_names_the_parameter() {
        let error =
            from_form_str::<DialAction>("AccountSid=A&CallSid=C&DialCallDuration=ten").unwrap_err();
        assert_eq!(error.parameter(), Some("DialCallDuration"));
        assert!(
            error
                .to_string()
                .starts_with("invalid webhook parameters: `DialCallDuration`")
        );
    }

    #[test]
    fn invalid_utf8_is_an_error_not_a_replacement() {
        let error = from_form::<GatherAction>(b"AccountSid=A&CallSid=C&Digits=%FF").unwrap_err();
        assert_eq!(error.parameter(), Some("Digits"));
    }

    #[test]
    fn duplicate_names_are_an_error() {
        assert!(from_form_str::<GatherAction>("AccountSid=A&CallSid=C&Digits=1&Digits=2").is_err());
    }

    #[test]
    fn unknown_enum_values_and_parameters_pass() {
        let dial: DialAction = from_form_str(
            "AccountSid=A&CallSid=C&DialCallStatus=teleported&SomethingNew=1&DialCallDuration=",
        )
        .unwrap();
        assert_eq!(
            dial.dial_call_status,
            Some(DialCallStatus::Other("teleported".into()))
        );
        assert_eq!(dial.dial_call_duration, None);
    }

    #[test]
    fn garbage_never_panics() {
        let inputs: [&[u8]; 8] = [
            b"",
            b"&&&===&",
            b"%",
            b"%zz=%",
            b"\xff\xfe",
            b"a=b=c",
            b"CallSid",
            b"+++=+++",
        ];
        for input in inputs {
            let _ = from_form::<GatherAction>(input);
            let _ = form_pairs(input);
        }
    }
}
