//! The names of the `nlmsg_flags` bits. The low six mean the same on every message; the bits
//! from `0x100` up mean different things by what the message is (the kernel's `netlink.h`):
//! `ROOT`, `MATCH`, `ATOMIC` on a get, `REPLACE`, `EXCL`, `CREATE`, `APPEND` on a new or set,
//! `NONREC`, `BULK` on a delete, `CAPPED`, `ACK_TLVS` on `NLMSG_ERROR` and `NLMSG_DONE`.
//!
//! ```
//! use nlcodec::flags::{FlagContext, FlagNames};
//! // An RTM_GETLINK dump request: REQUEST | ROOT | MATCH.
//! let ctx = FlagContext::of(18, Some("getlink"));
//! let names: Vec<&str> = FlagNames::new(0x301, ctx).collect();
//! assert_eq!(names, ["REQUEST", "ROOT", "MATCH"]);
//! // The same bits on a new: REPLACE | EXCL.
//! let names: Vec<&str> = FlagNames::new(0x301, FlagContext::New).collect();
//! assert_eq!(names, ["REQUEST", "REPLACE", "EXCL"]);
//! ```

use crate::consts::*;

/// What a message is, for the flag bits whose meaning depends on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FlagContext {
    /// `NLMSG_ERROR` or `NLMSG_DONE`: `CAPPED`, `ACK_TLVS`.
    Ack,
    /// A get: `ROOT`, `MATCH`, `ATOMIC`.
    Get,
    /// A new or a set: `REPLACE`, `EXCL`, `CREATE`, `APPEND`.
    New,
    /// A delete: `NONREC`, `BULK`.
    Del,
    /// Not known (no operation name): only the low six bits have names.
    Unknown,
}

impl FlagContext {
    /// The context of a message of type `kind` whose operation has the YNL name `op`
    /// (`getlink`, `newroute`, `dellink`, `setlink`, `dev-get`, `channels-set`, ...):
    /// `get`, `new`, `set` or `del` as the name's first or last word, or as its prefix.
    ///
    /// ```
    /// use nlcodec::flags::FlagContext;
    /// assert_eq!(FlagContext::of(2, None), FlagContext::Ack); // NLMSG_ERROR
    /// assert_eq!(FlagContext::of(16, Some("newlink")), FlagContext::New);
    /// assert_eq!(FlagContext::of(0x1a, Some("dev-get")), FlagContext::Get);
    /// assert_eq!(FlagContext::of(0x1a, Some("channels-set")), FlagContext::New);
    /// assert_eq!(FlagContext::of(17, Some("dellink")), FlagContext::Del);
    /// assert_eq!(FlagContext::of(0x1a, Some("dev-add-ntf")), FlagContext::Unknown);
    /// assert_eq!(FlagContext::of(16, None), FlagContext::Unknown);
    /// ```
    pub fn of(kind: u16, op: Option<&str>) -> FlagContext {
        if kind == NLMSG_ERROR || kind == NLMSG_DONE {
            return FlagContext::Ack;
        }
        let Some(op) = op else {
            return FlagContext::Unknown;
        };
        let last = op.rsplit('-').next().unwrap_or(op);
        for (word, ctx) in [
            ("get", FlagContext::Get),
            ("new", FlagContext::New),
            ("set", FlagContext::New),
            ("del", FlagContext::Del),
        ] {
            if op.starts_with(word) || last == word {
                return ctx;
            }
        }
        FlagContext::Unknown
    }

    /// The names of the bits from `0x100` up in this context.
    fn high(self) -> &'static [(u16, &'static str)] {
        match self {
            FlagContext::Ack => &[(NLM_F_CAPPED, "CAPPED"), (NLM_F_ACK_TLVS, "ACK_TLVS")],
            FlagContext::Get => &[
                (NLM_F_ROOT, "ROOT"),
                (NLM_F_MATCH, "MATCH"),
                (NLM_F_ATOMIC, "ATOMIC"),
            ],
            FlagContext::New => &[
                (NLM_F_REPLACE, "REPLACE"),
                (NLM_F_EXCL, "EXCL"),
                (NLM_F_CREATE, "CREATE"),
                (NLM_F_APPEND, "APPEND"),
            ],
            FlagContext::Del => &[(NLM_F_NONREC, "NONREC"), (NLM_F_BULK, "BULK")],
            FlagContext::Unknown => &[],
        }
    }
}

/// The bits every message names alike.
const LOW: [(u16, &str); 6] = [
    (NLM_F_REQUEST, "REQUEST"),
    (NLM_F_MULTI, "MULTI"),
    (NLM_F_ACK, "ACK"),
    (NLM_F_ECHO, "ECHO"),
    (NLM_F_DUMP_INTR, "DUMP_INTR"),
    (NLM_F_DUMP_FILTERED, "DUMP_FILTERED"),
];

/// The names of the set bits of `nlmsg_flags` (the C names without `NLM_F_`), lowest bit
/// first; [`rest`](FlagNames::rest) is what is left without a name.
///
/// ```
/// use nlcodec::flags::{FlagContext, FlagNames};
/// let mut names = FlagNames::new(0x8202, FlagContext::Ack);
/// assert_eq!(names.next(), Some("MULTI"));
/// assert_eq!(names.next(), Some("ACK_TLVS"));
/// assert_eq!(names.next(), None);
/// assert_eq!(names.rest(), 0x8000);
/// ```
#[derive(Debug, Clone)]
pub struct FlagNames {
    flags: u16,
    ctx: FlagContext,
    at: usize,
}

impl FlagNames {
    /// The names of `flags` in `ctx`.
    pub fn new(flags: u16, ctx: FlagContext) -> FlagNames {
        FlagNames { flags, ctx, at: 0 }
    }

    /// The set bits that have no name in this context.
    pub fn rest(&self) -> u16 {
        let named = LOW
            .iter()
            .chain(self.ctx.high())
            .fold(0, |m, &(b, _)| m | b);
        self.flags & !named
    }
}

impl Iterator for FlagNames {
    type Item = &'static str;

    fn next(&mut self) -> Option<&'static str> {
        let high = self.ctx.high();
        while self.at < LOW.len() + high.len() {
            let (bit, name) = match self.at.checked_sub(LOW.len()) {
                None => LOW[self.at],
                Some(i) => high[i],
            };
            self.at += 1;
            if self.flags & bit != 0 {
                return Some(name);
            }
        }
        None
    }
}
