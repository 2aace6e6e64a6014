//! The replies of a typed call, parsed by the operation's view.

use crate::reply::Reply;
use nlcodec_families::runtime::Operation;
use std::marker::PhantomData;

/// The data messages a typed call collected ([`Socket::call`](crate::Socket::call) of an
/// operation whose `do` replies, [`Socket::dump_all`](crate::Socket::dump_all)), each
/// parsed on demand by the operation's view: iterate over `&reply` for
/// `Result<O::Msg, nlcodec::Error>` items.
///
/// ```
/// use nlcodec_families::rt_link::{ops::Getlink, Ifinfomsg};
/// use nlcodec_socket::{Fake, Protocol, Socket};
/// let hdr = |i: i32| { let mut b = [0u8; 16]; b[4..8].copy_from_slice(&i.to_ne_bytes()); b };
/// let fake = Fake::new(move |req| vec![req.dump_reply([hdr(1), hdr(2)]), req.done(0)]);
/// let mut s = Socket::with_transport(Protocol::ROUTE, fake)?;
/// let links = s.dump_all(Getlink, &Ifinfomsg::default())?;
/// assert_eq!(links.len(), 2);
/// let indexes: Vec<i32> = links.iter().map(|l| l.unwrap().header.ifi_index).collect();
/// assert_eq!(indexes, [1, 2]);
/// # Ok::<(), nlcodec_socket::Error>(())
/// ```
pub struct TypedReply<O> {
    reply: Reply,
    op: PhantomData<fn() -> O>,
}

impl<O: Operation> TypedReply<O> {
    pub(crate) fn new(reply: Reply) -> Self {
        TypedReply {
            reply,
            op: PhantomData,
        }
    }

    /// Each message through the operation's view, in order.
    pub fn iter(&self) -> TypedIter<'_, O> {
        TypedIter {
            messages: nlcodec::messages(self.reply.as_bytes()),
            op: PhantomData,
        }
    }

    /// The first message (a `do` that replies sends one), or `None` when there was none.
    ///
    /// ```
    /// use nlcodec_families::rt_link::{ops::Getlink, Ifinfomsg};
    /// use nlcodec_socket::{Fake, Protocol, Socket};
    /// let fake = Fake::new(|req| vec![req.dump_reply([[0u8; 16]]), req.ack()]);
    /// let mut s = Socket::with_transport(Protocol::ROUTE, fake)?;
    /// let reply = s.call(Getlink, 0, &Ifinfomsg::default(), |l| l.ifname("lo"))?;
    /// assert!(reply.first().is_some());
    /// # Ok::<(), nlcodec_socket::Error>(())
    /// ```
    pub fn first(&self) -> Option<Result<O::Msg<'_>, nlcodec::Error>> {
        self.iter().next()
    }

    /// How many messages.
    pub fn len(&self) -> usize {
        self.reply.len()
    }

    /// Whether there were none.
    pub fn is_empty(&self) -> bool {
        self.reply.is_empty()
    }

    /// The untyped reply underneath.
    pub fn reply(&self) -> &Reply {
        &self.reply
    }

    /// The untyped reply, owned.
    pub fn into_reply(self) -> Reply {
        self.reply
    }
}

impl<'a, O: Operation> IntoIterator for &'a TypedReply<O> {
    type Item = Result<O::Msg<'a>, nlcodec::Error>;
    type IntoIter = TypedIter<'a, O>;

    fn into_iter(self) -> TypedIter<'a, O> {
        self.iter()
    }
}

/// The messages of a [`TypedReply`], each parsed by the operation's view.
pub struct TypedIter<'a, O> {
    messages: nlcodec::Messages<'a>,
    op: PhantomData<fn() -> O>,
}

impl<'a, O: Operation> Iterator for TypedIter<'a, O> {
    type Item = Result<O::Msg<'a>, nlcodec::Error>;

    fn next(&mut self) -> Option<Self::Item> {
        // The reply was checked message by message as it arrived.
        let m = self.messages.next()?.ok()?;
        Some(O::parse(&m))
    }
}

impl<O> std::fmt::Debug for TypedReply<O> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TypedReply")
            .field("messages", &self.reply.len())
            .finish()
    }
}
