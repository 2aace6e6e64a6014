//! The one builder type behind every generated `...Builder`: a [`Writer`] plus a marker of
//! the attribute set it writes.

use core::marker::PhantomData;
use nlcodec::{Buffer, WriteError, Writer};

/// Writes the attributes of the set `S` into the open message or nest of a [`Writer`].
///
/// Every generated builder is this type with its set's marker (`rt_link::LinkAttrsBuilder`
/// is `Builder<'w, rt_link::sets::LinkAttrs, B>`), and its methods are the set's attributes.
/// Each method returns the builder again, so calls chain with `?`; a nest's method takes a
/// closure that gets the nest's builder and returns it (or the error):
///
/// ```
/// use nlcodec_families::rt_link::{Ifinfomsg, LinkAttrsBuilder, LinkMsg, RTM_NEWLINK};
/// let mut buf = [0u8; 256];
/// let mut w = nlcodec::Writer::new(&mut buf);
/// w.begin_message(RTM_NEWLINK, 0, 1, 0).unwrap();
/// w.put_header(&Ifinfomsg::default()).unwrap();
/// LinkAttrsBuilder::new(&mut w)
///     .ifname("v0")?
///     .mtu(1400)?
///     .linkinfo(|info| info.data_veth(|veth| veth.peer(&Ifinfomsg::default(), |p| p.ifname("v1"))))?;
/// w.end_message().unwrap();
/// let msg = nlcodec::messages(w.as_bytes()).next().unwrap().unwrap();
/// let link = LinkMsg::parse(&msg).unwrap();
/// assert_eq!((link.attrs.ifname(), link.attrs.mtu()), (Some("v0"), Some(1400)));
/// # Ok::<(), nlcodec::WriteError>(())
/// ```
pub struct Builder<'w, S, B: Buffer> {
    pub(crate) w: &'w mut Writer<B>,
    set: PhantomData<fn() -> S>,
}

impl<'w, S, B: Buffer> Builder<'w, S, B> {
    /// A builder writing into `w` (a message or nest already opened on it).
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Builder {
            w,
            set: PhantomData,
        }
    }

    /// The writer underneath, for what the set's methods do not cover (an attribute a newer
    /// kernel added, a deliberately malformed one in a test).
    ///
    /// ```
    /// use nlcodec_families::rt_link::LinkAttrsBuilder;
    /// let mut buf = [0u8; 64];
    /// let mut w = nlcodec::Writer::new(&mut buf);
    /// w.begin_message(16, 0, 1, 0).unwrap();
    /// LinkAttrsBuilder::new(&mut w).writer().put_u32(999, 1).unwrap();
    /// assert_eq!(w.position(), 16 + 8);
    /// ```
    pub fn writer(&mut self) -> &mut Writer<B> {
        self.w
    }

    /// Runs `f` on the writer underneath and returns the builder again, to stay in a chain.
    ///
    /// ```
    /// use nlcodec_families::rt_link::{LinkAttrsBuilder, IFLA_MTU};
    /// let mut buf = [0u8; 64];
    /// let mut w = nlcodec::Writer::new(&mut buf);
    /// w.begin_message(16, 0, 1, 0).unwrap();
    /// LinkAttrsBuilder::new(&mut w).ifname("v0")?.raw(|w| w.put_u32(IFLA_MTU, 9000))?;
    /// assert_eq!(w.position(), 16 + 8 + 8);
    /// # Ok::<(), nlcodec::WriteError>(())
    /// ```
    pub fn raw(
        &mut self,
        f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        f(self.w)?;
        Ok(self)
    }
}
