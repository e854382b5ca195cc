//! Issue 12: every `{expr}`, attribute value, condition, `match` scrutinee and loop iterable is
//! evaluated exactly once, in the order written, as if the document were written by hand from
//! top to bottom. Values here log when they are evaluated, formatted and iterated.

use std::cell::RefCell;
use std::fmt;

/// What happened, in order.
#[derive(Default)]
struct Log(RefCell<Vec<String>>);

impl Log {
    fn note(&self, what: impl Into<String>) {
        self.0.borrow_mut().push(what.into());
    }

    /// Evaluating an expression: logs `name`, returns a value that logs when formatted.
    fn value<'a>(&'a self, name: &'static str) -> Shown<'a> {
        self.note(format!("eval {name}"));
        Shown { name, log: self }
    }

    fn taken(&self) -> Vec<String> {
        self.0.take()
    }
}

/// A `Display` with an effect: formatting it is logged.
struct Shown<'a> {
    name: &'static str,
    log: &'a Log,
}

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.log.note(format!("show {}", self.name));
        f.write_str(self.name)
    }
}

/// A collection whose `IntoIterator` has an effect (it logs, and holds a `RefCell` borrow the
/// way a guard would while it is iterated).
struct Numbers<'a> {
    items: RefCell<Vec<&'static str>>,
    log: &'a Log,
}

impl<'a, 'b> IntoIterator for &'b Numbers<'a> {
    type Item = &'static str;
    type IntoIter = std::vec::IntoIter<&'static str>;

    fn into_iter(self) -> Self::IntoIter {
        self.log.note("iterate numbers");
        self.items.borrow().clone().into_iter()
    }
}

/// A loop iterable made by a call: the call runs where the loop is written.
fn once(log: &Log) -> std::ops::Range<u8> {
    log.note("make range");
    0..1
}

fn numbers(log: &Log) -> Numbers<'_> {
    Numbers {
        items: RefCell::new(vec!["+15550100", "+15550101"]),
        log,
    }
}

#[test]
fn the_issue_example_runs_greeting_caller_numbers() {
    let log = Log::default();
    let numbers = numbers(&log);
    let greeting = log.value("greeting");
    let caller = log.value("caller");
    log.taken();
    let doc = cxml::cxml! {
        Response <
            Say < {greeting} >
            Dial(callerId = {caller}) < for n in &numbers { Number({n}) } >
        >
    };
    assert_eq!(
        log.taken(),
        ["show greeting", "show caller", "iterate numbers"]
    );
    assert!(doc.as_str().contains(
        r#"<Say>greeting</Say><Dial callerId="caller"><Number>+15550100</Number><Number>+15550101</Number></Dial>"#
    ));
}

#[test]
fn expressions_conditions_and_iterables_run_once_in_the_order_written() {
    let log = Log::default();
    let numbers = numbers(&log);
    let check = |name: &'static str, answer: bool| {
        log.note(format!("check {name}"));
        answer
    };
    let doc = cxml::cxml! {
        Response <
            Say(voice = {log.value("voice")}) < "Hi " {log.value("name")} >
            if check("vip", true) { Play({log.value("vip music")}) } else { Pause }
            Dial(callerId = {log.value("caller")}, action = {format_args!("{}/{}", log.value("base"), log.value("id"))}) <
                for n in &numbers {
                    Number({n}, statusCallback = {format_args!("{}/{n}", log.value("status"))})
                }
            >
            match check("menu", false) {
                true => { Say("menu") }
                false => { Redirect({log.value("fallback")}) }
            }
            for _ in once(&log) { Say < {log.value("last")} > }
        >
    };
    assert!(doc.error().is_none(), "{:?}", doc.error());
    assert_eq!(
        log.taken(),
        [
            "eval voice",
            "show voice",
            "eval name",
            "show name",
            "check vip",
            "eval vip music",
            "show vip music",
            "eval caller",
            "show caller",
            // As `format_args!` does: every argument first, then each written.
            "eval base",
            "eval id",
            "show base",
            "show id",
            "iterate numbers",
            "eval status",
            "show status",
            "eval status",
            "show status",
            "check menu",
            "eval fallback",
            "show fallback",
            "make range",
            "eval last",
            "show last",
        ]
    );
}

#[test]
fn format_arguments_are_evaluated_in_the_order_written_even_when_used_out_of_order() {
    let log = Log::default();
    let doc = cxml::cxml! {
        Response <
            Redirect < {format_args!("{1}-{0}", log.value("first"), log.value("second"))} >
            Play < {format_args!("{b}/{a}", a = log.value("a"), b = log.value("b"))} >
        >
    };
    assert!(
        doc.as_str()
            .contains("<Redirect>second-first</Redirect><Play>b/a</Play>")
    );
    // As `format_args!` itself does: arguments evaluated left to right, then formatted in the
    // order the format string names them.
    assert_eq!(
        log.taken(),
        [
            "eval first",
            "eval second",
            "show second",
            "show first",
            "eval a",
            "eval b",
            "show b",
            "show a",
        ]
    );
}

/// Renders `format_args!(…)` as text and as a URL attribute, and checks both against what
/// `format!` does with the same arguments: the same text, and the same effects in the same order
/// (each argument evaluated once, all of them before any is shown, then shown in the order the
/// format string names them, as often as it names them).
macro_rules! same_as_format {
    ($log:ident, $($arguments:tt)*) => {{
        let expected = format!($($arguments)*);
        let effects = $log.taken();
        let doc = cxml::cxml! { Response < Redirect < {format_args!($($arguments)*)} > > };
        assert_eq!($log.taken(), effects, "text: {}", stringify!($($arguments)*));
        assert!(
            doc.as_str().contains(&format!("<Redirect>{expected}</Redirect>")),
            "{}", doc.as_str()
        );
        let doc = cxml::cxml! {
            Response < Dial(action = {format_args!($($arguments)*)}) < "+15550100" > >
        };
        assert_eq!($log.taken(), effects, "attribute: {}", stringify!($($arguments)*));
        assert!(doc.as_str().contains(&format!(r#"<Dial action="{expected}">"#)), "{}", doc.as_str());
        assert!(doc.error().is_none(), "{:?}", doc.error());
        // `format!(…)` written in the document is taken apart the same way (issue 21).
        let doc = cxml::cxml! {
            Response < Dial(action = {format!($($arguments)*)}) < "+15550100" > >
        };
        assert_eq!($log.taken(), effects, "format!: {}", stringify!($($arguments)*));
        assert!(doc.as_str().contains(&format!(r#"<Dial action="{expected}">"#)), "{}", doc.as_str());
    }};
}

#[test]
fn format_arguments_taken_apart_keep_the_semantics_of_format() {
    let log = Log::default();
    let captured = "c";
    same_as_format!(log, "{}/{}", log.value("a"), log.value("b"));
    same_as_format!(log, "{1}-{0}", log.value("first"), log.value("second"));
    same_as_format!(log, "{0}/{0}/{1}", log.value("twice"), log.value("once"));
    same_as_format!(log, "{b}/{a}", a = log.value("a"), b = log.value("b"));
    same_as_format!(
        log,
        "{x}/{0}/{x}/{captured}",
        log.value("p"),
        x = log.value("x")
    );
    same_as_format!(log, "{captured}/{}?n={}", log.value("only"), 7);
    same_as_format!(log, "{captured}{{}}");
    same_as_format!(log, "{1}-{}-{0}-{}", log.value("a"), log.value("b"));
    // A format spec: the whole `format_args!` is written through `Display`, same effects.
    same_as_format!(log, "{1:>3}/{0}", log.value("a"), log.value("b"));
}

#[test]
fn a_fragment_evaluates_in_order_too() {
    let log = Log::default();
    let numbers = numbers(&log);
    let fragment = cxml::cxml!(in Dial:
        Number({log.value("first")})
        for n in &numbers { Number({n}) }
        Number({log.value("last")})
    );
    assert_eq!(
        log.taken(),
        [
            "eval first",
            "show first",
            "iterate numbers",
            "eval last",
            "show last"
        ]
    );
    assert_eq!(fragment.as_str().matches("<Number>").count(), 4);
}
