//! What a request or a dump answered: the data messages, owned.

use nlcodec::Message;

/// Messages received in answer to a request, owned: their raw bytes back to back, each
/// starting 4-byte aligned, so [`nlcodec::messages`] parses them again.
///
/// ```
/// let reply = nlcodec_socket::Reply::default();
/// assert!(reply.is_empty());
/// assert_eq!(reply.messages().count(), 0);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reply {
    bytes: Vec<u8>,
    count: usize,
    pub(crate) warning: Option<String>,
}

impl Reply {
    /// The data messages (control messages such as the final ACK or DONE are not kept).
    pub fn messages(&self) -> impl Iterator<Item = Message<'_>> + '_ {
        nlcodec::messages(&self.bytes).map_while(Result::ok)
    }

    /// The messages' raw bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// How many data messages there are.
    pub fn len(&self) -> usize {
        self.count
    }

    /// True when there are none (an ACK-only answer).
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The extended-ACK message of a successful ACK or DONE (a kernel warning), if any.
    pub fn warning(&self) -> Option<&str> {
        self.warning.as_deref()
    }

    /// Appends one data message, as received (header and payload).
    pub(crate) fn push(&mut self, raw: &[u8]) {
        let start = nlcodec::consts::align(self.bytes.len());
        self.bytes.resize(start, 0);
        self.bytes.extend_from_slice(raw);
        self.count += 1;
    }
}
impl Reply {
    /// The data messages through a typed parser (a generated view's `parse`, e.g.
    /// `nlcodec_families::rt_link::LinkMsg::parse`), in order.
    ///
    /// ```
    /// # let reply = nlcodec_socket::Reply::default();
    /// // for link in reply.parse(nlcodec_families::rt_link::LinkMsg::parse) { ... }
    /// let kinds: Vec<u16> = reply
    ///     .parse(|m| Ok::<_, nlcodec::Error>(m.header.kind))
    ///     .collect::<Result<_, _>>()
    ///     .unwrap();
    /// assert!(kinds.is_empty());
    /// ```
    pub fn parse<'a, T, E>(
        &'a self,
        parse: impl Fn(&Message<'a>) -> Result<T, E> + 'a,
    ) -> impl Iterator<Item = Result<T, E>> + 'a {
        self.messages().map(move |m| parse(&m))
    }
}
