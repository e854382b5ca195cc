//! The project, its API token, and the space the requests go to.

use std::fmt;

use cxml_runtime::schema::url::{UriRef, is_loopback_host};
use http::uri::{Authority, Scheme};

use crate::error::ConfigError;

/// The environment variable holding the project id (SignalWire's SDKs and docs use this name).
pub const ENV_PROJECT: &str = "SIGNALWIRE_PROJECT_ID";
/// The environment variable holding the API token.
pub const ENV_TOKEN: &str = "SIGNALWIRE_API_TOKEN";
/// The environment variable holding the space, as SignalWire's Compatibility SDKs read it
/// (`example.signalwire.com`).
pub const ENV_SPACE_URL: &str = "SIGNALWIRE_SPACE_URL";
/// The environment variable SignalWire's newer SDKs read the space from; used when
/// [`ENV_SPACE_URL`] is not set.
pub const ENV_SPACE: &str = "SIGNALWIRE_SPACE";

/// What a client signs in with: the project id (the `AccountSid` of the API), an API token, and
/// the space the requests go to.
///
/// The token is never printed: `Debug` shows `"***"` in its place, and no error carries it.
///
/// The space is a host (`example.signalwire.com`), a bare space name (`example`, meaning
/// `example.signalwire.com`), or a URL: `https://…`, or `http://` to a loopback address only
/// (`http://127.0.0.1:8080`, `http://localhost:8080`, `http://[::1]:8080`), for a local
/// emulator or a test server. Any other plain-http URL is refused with
/// [`ConfigError::InsecureUrl`].
///
/// ```
/// # mod cxml { pub mod rest { pub use ::cxml_rest::*; } }
/// use cxml::rest::Credentials;
///
/// let credentials = Credentials::new("my-project-id", "PTxxxxxxxx", "example.signalwire.com")?;
/// assert_eq!(credentials.base_url(), "https://example.signalwire.com");
/// assert!(!format!("{credentials:?}").contains("PTxxxxxxxx"));
/// assert!(Credentials::new("my-project-id", "PTxxxxxxxx", "http://example.com").is_err());
/// # Ok::<(), cxml::rest::ConfigError>(())
/// ```
#[derive(Clone)]
pub struct Credentials {
    project: String,
    token: String,
    pub(crate) scheme: Scheme,
    pub(crate) authority: Authority,
    /// Twilio's REST API (`/2010-04-01/Accounts/{AccountSid}/…`) instead of SignalWire's.
    pub(crate) twilio: bool,
}

impl Credentials {
    /// Credentials from a project id, an API token and a space.
    pub fn new(
        project: impl Into<String>,
        token: impl Into<String>,
        space: &str,
    ) -> Result<Self, ConfigError> {
        let project = project.into();
        let token = token.into();
        if project.is_empty()
            || !project
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return Err(ConfigError::InvalidProject);
        }
        if token.is_empty() {
            return Err(ConfigError::EmptyToken);
        }
        let (scheme, authority) = parse_space(space)?;
        Ok(Credentials {
            project,
            token,
            scheme,
            authority,
            twilio: false,
        })
    }

    /// Twilio's REST API: `https://api.twilio.com/2010-04-01/Accounts/{account_sid}/…` with
    /// Basic auth `account_sid:auth_token`. The same types serve both APIs where they agree
    /// (calls, messages, queues, conferences, recordings, incoming phone numbers); what only
    /// SignalWire has (cXML scripts `LamlBins`, faxes) answers 404 from Twilio. See
    /// [`twilio_at`](Self::twilio_at) for another host (a local emulator).
    pub fn twilio(
        account_sid: impl Into<String>,
        auth_token: impl Into<String>,
    ) -> Result<Self, ConfigError> {
        Self::twilio_at(account_sid, auth_token, "https://api.twilio.com")
    }

    /// Twilio's REST API at `base` (`https://host[:port]`, or `http://` to a loopback address
    /// only, such as `cxml emulate --platform twilio`), paths `/2010-04-01/Accounts/{account_sid}/…`.
    pub fn twilio_at(
        account_sid: impl Into<String>,
        auth_token: impl Into<String>,
        base: &str,
    ) -> Result<Self, ConfigError> {
        let mut credentials = Self::new(account_sid, auth_token, base)?;
        credentials.twilio = true;
        Ok(credentials)
    }

    /// Whether these are Twilio's ([`twilio`](Self::twilio)).
    pub fn is_twilio(&self) -> bool {
        self.twilio
    }

    /// Credentials from the environment: [`ENV_PROJECT`] (`SIGNALWIRE_PROJECT_ID`),
    /// [`ENV_TOKEN`] (`SIGNALWIRE_API_TOKEN`) and [`ENV_SPACE_URL`] (`SIGNALWIRE_SPACE_URL`),
    /// or [`ENV_SPACE`] (`SIGNALWIRE_SPACE`) when that one is not set.
    ///
    /// ```no_run
    /// # mod cxml { pub mod rest { pub use ::cxml_rest::*; } }
    /// let credentials = cxml::rest::Credentials::from_env()?;
    /// # Ok::<(), cxml::rest::ConfigError>(())
    /// ```
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// [`from_env`](Self::from_env) reading variables through `lookup`.
    pub(crate) fn from_lookup(
        lookup: impl Fn(&str) -> Option<String>,
    ) -> Result<Self, ConfigError> {
        let get = |name: &'static str| {
            lookup(name)
                .filter(|value| !value.is_empty())
                .ok_or(ConfigError::MissingEnv(name))
        };
        let project = get(ENV_PROJECT)?;
        let token = get(ENV_TOKEN)?;
        let space = get(ENV_SPACE_URL)
            .or_else(|_| get(ENV_SPACE))
            .map_err(|_| ConfigError::MissingEnv(ENV_SPACE_URL))?;
        Self::new(project, token, &space)
    }

    /// The project id (the `AccountSid` in the API's paths).
    pub fn project(&self) -> &str {
        &self.project
    }

    /// The scheme and host requests go to, as `https://example.signalwire.com`.
    pub fn base_url(&self) -> String {
        format!("{}://{}", self.scheme, self.authority)
    }

    pub(crate) fn token(&self) -> &str {
        &self.token
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("project", &self.project)
            .field("token", &"***")
            .field("space", &self.base_url())
            .field("twilio", &self.twilio)
            .finish()
    }
}

fn invalid(space: &str, reason: &'static str) -> ConfigError {
    ConfigError::InvalidSpace {
        space: space.to_owned(),
        reason,
    }
}

/// Whether a host is a loopback address or `localhost`.
fn parse_space(space: &str) -> Result<(Scheme, Authority), ConfigError> {
    let trimmed = space.trim().trim_end_matches('/');
    if trimmed.is_empty() {
        return Err(invalid(space, "it is empty"));
    }
    let uri = UriRef::parse(trimmed);
    let host_only = || invalid(space, "give the host only, without a path, query or user");
    let (scheme, host_port) = match (uri.scheme(), uri.authority()) {
        (Some(_), Some(authority)) => {
            let scheme = if uri.scheme_is("https") {
                Scheme::HTTPS
            } else if uri.scheme_is("http") {
                Scheme::HTTP
            } else {
                return Err(invalid(space, "the scheme is neither https nor http"));
            };
            if !uri.after_authority().is_empty() || authority.contains('@') {
                return Err(host_only());
            }
            (scheme, authority.to_owned())
        }
        // A host, `host:port`, or a bare space name.
        _ if trimmed.contains(['/', '?', '#', '@']) => return Err(host_only()),
        _ if !trimmed.contains(['.', ':', '[']) => {
            (Scheme::HTTPS, format!("{trimmed}.signalwire.com"))
        }
        _ => (Scheme::HTTPS, trimmed.to_owned()),
    };
    let authority: Authority = host_port
        .parse()
        .map_err(|_| invalid(space, "not a host name"))?;
    if scheme == Scheme::HTTP && !is_loopback_host(authority.host()) {
        return Err(ConfigError::InsecureUrl {
            url: space.to_owned(),
        });
    }
    Ok((scheme, authority))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base(space: &str) -> Result<String, ConfigError> {
        Credentials::new("p", "t", space).map(|c| c.base_url())
    }

    #[test]
    fn twilio() {
        let credentials = Credentials::twilio("AC0123", "secret").unwrap();
        assert!(credentials.is_twilio());
        assert_eq!(credentials.base_url(), "https://api.twilio.com");
        let local = Credentials::twilio_at("AC0123", "secret", "http://127.0.0.1:4000").unwrap();
        assert_eq!(local.base_url(), "http://127.0.0.1:4000");
        assert!(Credentials::twilio_at("AC0123", "secret", "http://example.com").is_err());
        assert!(!Credentials::new("p", "t", "example").unwrap().is_twilio());
    }

    #[test]
    fn spaces() {
        assert_eq!(base("example").unwrap(), "https://example.signalwire.com");
        assert_eq!(
            base("example.signalwire.com").unwrap(),
            "https://example.signalwire.com"
        );
        assert_eq!(
            base("https://example.signalwire.com/").unwrap(),
            "https://example.signalwire.com"
        );
        assert_eq!(base("http://127.0.0.1:9").unwrap(), "http://127.0.0.1:9");
        assert_eq!(base("http://localhost:9").unwrap(), "http://localhost:9");
        assert_eq!(base("http://[::1]:9").unwrap(), "http://[::1]:9");
        assert!(matches!(
            base("http://example.signalwire.com"),
            Err(ConfigError::InsecureUrl { .. })
        ));
        assert!(matches!(
            base("http://10.0.0.1"),
            Err(ConfigError::InsecureUrl { .. })
        ));
        assert!(matches!(
            base("ftp://example.com"),
            Err(ConfigError::InvalidSpace { .. })
        ));
        assert!(matches!(
            base("https://example.com/api"),
            Err(ConfigError::InvalidSpace { .. })
        ));
        assert!(matches!(base(""), Err(ConfigError::InvalidSpace { .. })));
    }

    #[test]
    fn project_and_token() {
        assert_eq!(
            Credentials::new("", "t", "x").unwrap_err(),
            ConfigError::InvalidProject
        );
        assert_eq!(
            Credentials::new("a/../b", "t", "x").unwrap_err(),
            ConfigError::InvalidProject
        );
        assert_eq!(
            Credentials::new("p", "", "x").unwrap_err(),
            ConfigError::EmptyToken
        );
    }

    #[test]
    fn environment() {
        let env = |vars: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                vars.iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        let c = Credentials::from_lookup(env(&[
            (ENV_PROJECT, "p"),
            (ENV_TOKEN, "t"),
            (ENV_SPACE, "b.signalwire.com"),
            (ENV_SPACE_URL, "a.signalwire.com"),
        ]))
        .unwrap();
        assert_eq!(c.base_url(), "https://a.signalwire.com");
        let c = Credentials::from_lookup(env(&[
            (ENV_PROJECT, "p"),
            (ENV_TOKEN, "t"),
            (ENV_SPACE, "b.signalwire.com"),
        ]))
        .unwrap();
        assert_eq!(c.base_url(), "https://b.signalwire.com");
        assert_eq!(
            Credentials::from_lookup(env(&[(ENV_PROJECT, "p"), (ENV_SPACE, "b")])).unwrap_err(),
            ConfigError::MissingEnv(ENV_TOKEN)
        );
        let missing =
            Credentials::from_lookup(env(&[(ENV_PROJECT, "p"), (ENV_TOKEN, "t")])).unwrap_err();
        assert_eq!(
            missing.to_string(),
            "environment variable SIGNALWIRE_SPACE_URL (or SIGNALWIRE_SPACE) is not set"
        );
    }
}
