//! Operations as types: what one request of an operation writes and what its replies are,
//! so a socket can offer one typed call per operation (`nlcodec-socket`'s `Socket::call`
//! and `Socket::dump_all`), like the per-operation functions of the kernel's ynl C library.
//!
//! Every family has a module `ops` with one unit struct per operation that has a `do` or a
//! `dump` form (`rt_link::ops::Newlink`, `ethtool::ops::LinkinfoGet`), implementing
//! [`Operation`] and [`Do`] and/or [`Dump`].

use nlcodec::family::FamilyHeader;
use nlcodec::schema::{Family, Op};
use nlcodec::{Error, Message};

/// One operation of a family's spec.
///
/// ```
/// use nlcodec_families::rt_link::{ops::Getlink, RTM_GETLINK};
/// use nlcodec_families::runtime::Operation;
/// assert_eq!((Getlink::FAMILY.name, Getlink::OP.c_name), ("rt-link", "RTM_GETLINK"));
/// assert_eq!(Getlink::OP.request, RTM_GETLINK);
/// ```
pub trait Operation {
    /// The family the operation belongs to (its addressing: a raw protocol, or a generic
    /// netlink family to resolve by name).
    const FAMILY: &'static Family;
    /// The operation's descriptor: names, request type (generic netlink: the command), the
    /// attributes each form takes.
    const OP: &'static Op;
    /// The fixed header after `nlmsghdr` (in generic netlink after `genlmsghdr`); `()` for
    /// none.
    type Header: FamilyHeader;
    /// The marker of the attribute set the request is written in: the request's builder is
    /// [`Builder<'_, Self::Attrs, B>`](super::Builder).
    type Attrs;
    /// A reply (or dumped message), typed; [`Message`] itself where the spec gives no view.
    type Msg<'a>;
    /// Parses a reply into [`Msg`](Self::Msg).
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error>;
    /// Parses a reply and hands it to `f` without moving it (see [`RawMsg::parse_then`]).
    ///
    /// [`RawMsg::parse_then`]: super::RawMsg::parse_then
    #[inline(always)]
    fn parse_then<'a, R>(
        msg: &Message<'a>,
        f: impl FnOnce(&Self::Msg<'a>) -> R,
    ) -> Result<R, Error> {
        Self::parse(msg).map(|m| f(&m))
    }
}

/// An operation with a `do` form: one request, answered by an ACK ([`Ack`]) or by data
/// messages and an ACK ([`Replies`]).
pub trait Do: Operation {
    /// [`Ack`] or [`Replies`].
    type Answer: Answer;
}

/// An operation with a `dump` form: one request, answered by every matching object.
pub trait Dump: Operation {}

/// What a `do` answers, as a type-level choice of what a call returns: nothing for an
/// ACK-only operation, the replies otherwise.
pub trait Answer {
    /// What a call returns when the replies are `R`.
    type Output<R>;
    /// Turns the replies into the output.
    fn finish<R>(replies: R) -> Self::Output<R>;
}

/// The answer of an operation whose `do` has no reply: only the ACK, so a call returns `()`.
///
/// ```
/// use nlcodec_families::runtime::{Ack, Answer};
/// let () = Ack::finish(vec![1, 2]);
/// ```
pub enum Ack {}

impl Answer for Ack {
    type Output<R> = ();
    fn finish<R>(_: R) {}
}

/// The answer of an operation whose `do` has a reply: the replies are returned.
///
/// ```
/// use nlcodec_families::runtime::{Answer, Replies};
/// assert_eq!(Replies::finish(vec![1, 2]), vec![1, 2]);
/// ```
pub enum Replies {}

impl Answer for Replies {
    type Output<R> = R;
    fn finish<R>(replies: R) -> R {
        replies
    }
}

/// The attribute set of an operation that has none: its builder has no methods.
pub enum NoAttrs {}

/// Declares an operation type and its [`Operation`] impl (what the generated `ops` modules
/// are made of): the struct, its family and descriptor, its fixed header, the marker of its
/// attribute set, and its reply (a typed message, parsed by the type's `parse`, or `raw`:
/// the [`Message`] itself).
///
/// ```
/// use nlcodec_families::runtime::{Operation, RawMsg};
/// use nlcodec_families::rt_link::{self, Ifinfomsg, LinkAttrs};
/// nlcodec_families::nl_operation! {
///     /// `RTM_GETLINK`, once more.
///     pub struct MyGetlink = (&rt_link::FAMILY, &rt_link::OPS[3]);
///     header Ifinfomsg;
///     attrs rt_link::sets::LinkAttrs;
///     msg<'a> = RawMsg<Ifinfomsg, LinkAttrs<'a>>;
/// }
/// assert_eq!(MyGetlink::OP.c_name, "RTM_GETLINK");
/// ```
#[macro_export]
macro_rules! nl_operation {
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident = ($family:expr, $op:expr);
        header $header:ty;
        attrs $attrs:ty;
        msg<$lt:lifetime> = $msg:ty;
    ) => {
        $crate::nl_operation!(@op [$(#[$meta])*] $vis $name, $family, $op, $header, $attrs,
            $lt, $msg, |m| <$msg>::parse(m), then <$msg>::parse_then);
    };
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident = ($family:expr, $op:expr);
        header $header:ty;
        attrs $attrs:ty;
        msg = raw;
    ) => {
        $crate::nl_operation!(@op [$(#[$meta])*] $vis $name, $family, $op, $header, $attrs,
            'a, ::nlcodec::Message<'a>, |m: &::nlcodec::Message<'a>| Ok(*m));
    };
    (@op [$(#[$meta:meta])*] $vis:vis $name:ident, $family:expr, $op:expr, $header:ty,
        $attrs:ty, $lt:lifetime, $msg:ty, $parse:expr $(, then $then:expr)?) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
        $vis struct $name;

        impl $crate::runtime::Operation for $name {
            const FAMILY: &'static ::nlcodec::schema::Family = $family;
            const OP: &'static ::nlcodec::schema::Op = $op;
            type Header = $header;
            type Attrs = $attrs;
            type Msg<$lt> = $msg;

            #[inline(always)]
            fn parse<$lt>(
                msg: &::nlcodec::Message<$lt>,
            ) -> Result<Self::Msg<$lt>, ::nlcodec::Error> {
                ($parse)(msg)
            }
            $(
                #[inline(always)]
                fn parse_then<$lt, R>(
                    msg: &::nlcodec::Message<$lt>,
                    f: impl FnOnce(&Self::Msg<$lt>) -> R,
                ) -> Result<R, ::nlcodec::Error> {
                    ($then)(msg, f)
                }
            )?
        }
    };
}
