//! `cxml message URL --key KEY --body TEXT [--body TEXT]... [--media URL]... [--from NUMBER]
//! [--to NUMBER] [--method GET|POST] [--public-url URL] [--seed N] [--json]`: inbound messages
//! to a running server.
//!
//! Several `--body` make one conversation: messages from the same sender to the same number,
//! each sent after the reply to the one before (each with its own `MessageSid`). Each `--media`
//! attaches a URL to the first message (`MediaUrl0`…, `NumMedia`, and `MediaContentType0`…
//! guessed from the URL's extension).

use std::io::Write;

use super::{Raw, Usage, finish, runtime, value};

pub const USAGE: &str = "cxml message URL --key KEY --body TEXT [--body TEXT]... [--media URL]... [--from NUMBER] [--to NUMBER] [--method GET|POST] [--public-url URL] [--seed N] [--json]";

struct Options {
    common: super::Common,
    bodies: Vec<String>,
    media: Vec<String>,
}

fn parse(args: &[String]) -> Result<Options, Usage> {
    let mut raw = Raw::default();
    let mut bodies = Vec::new();
    let mut media = Vec::new();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        if raw.take(arg, &mut rest)? {
            continue;
        }
        match arg.as_str() {
            "--body" => bodies.push(value(arg, &mut rest)?),
            "--media" => media.push(value(arg, &mut rest)?),
            flag if flag.starts_with("--") => return Err(Usage(format!("unknown option {flag}"))),
            _ => raw.url(arg)?,
        }
    }
    if bodies.is_empty() {
        return Err(Usage("--body TEXT is missing".into()));
    }
    Ok(Options {
        common: raw.check()?,
        bodies,
        media,
    })
}

/// The content type of a media URL, from its extension (what the sender's phone would say).
fn content_type(url: &str) -> &'static str {
    let path = cxml_runtime::schema::url::UriRef::parse(url).before_query();
    let extension = path
        .rsplit_once('.')
        .map(|(_, extension)| extension.to_ascii_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "bmp" => "image/bmp",
        "mp4" => "video/mp4",
        "3gp" => "video/3gpp",
        "mov" => "video/quicktime",
        "mp3" => "audio/mpeg",
        "wav" => "audio/wav",
        "ogg" => "audio/ogg",
        "amr" => "audio/amr",
        "pdf" => "application/pdf",
        "vcf" => "text/vcard",
        "txt" => "text/plain",
        _ => "application/octet-stream",
    }
}

/// Runs the command; the exit status.
pub fn run(args: &[String], out: &mut impl Write) -> u8 {
    let options = match parse(args) {
        Ok(options) => options,
        Err(Usage(message)) => {
            eprintln!("cxml message: {message}\nusage: {USAGE}");
            return 2;
        }
    };
    let runtime = match runtime() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("cxml message: {error}");
            return 2;
        }
    };
    let common = &options.common;
    let mut simulator = common.simulator();
    let (outcome, ended) = runtime.block_on(async {
        let mut bodies = options.bodies.into_iter();
        let first = bodies.next().unwrap_or_default();
        let mut message = simulator.message(&common.path, first);
        for url in &options.media {
            message = message.media(url, content_type(url));
        }
        for body in bodies {
            message = message.then(body);
        }
        if let Some(method) = &common.method {
            message = message.method(method.clone());
        }
        if let Some(from) = &common.from {
            message = message.from(from);
        }
        if let Some(to) = &common.to {
            message = message.to(to);
        }
        let outcome = message.run().await;
        let ended = outcome
            .as_ref()
            .is_ok_and(|transcript| transcript.ending().is_some());
        (outcome, ended)
    });
    finish(common.json, outcome, ended, out)
}

#[cfg(test)]
mod tests {
    use super::content_type;

    #[test]
    fn content_types_follow_the_extension() {
        assert_eq!(content_type("https://c.example.com/a.JPG"), "image/jpeg");
        assert_eq!(content_type("https://c.example.com/a.png?x=1"), "image/png");
        assert_eq!(content_type("https://c.example.com/clip.mp4"), "video/mp4");
        assert_eq!(
            content_type("https://c.example.com/file"),
            "application/octet-stream"
        );
    }
}
