//! Writer helpers the generated builders share: nests that start with a fixed header, and
//! record-list entries.

use nlcodec::family::FamilyHeader;
use nlcodec::{Buffer, WriteError, Writer};

/// Writes a nest of type `kind` that starts with the fixed header `h`, then whatever `f`
/// writes; the nest is closed (or, on error, cancelled) before returning.
///
/// ```
/// use nlcodec_families::rt_link::{Ifinfomsg, IFLA_IFNAME, RTM_NEWLINK};
/// use nlcodec_families::runtime::put_nest_with_header;
/// let mut buf = [0u8; 64];
/// let mut w = nlcodec::Writer::new(&mut buf);
/// w.begin_message(RTM_NEWLINK, 0, 0, 0).unwrap();
/// put_nest_with_header(&mut w, 1, &Ifinfomsg::default(), |w| w.put_str(IFLA_IFNAME, "p0")).unwrap();
/// w.end_message().unwrap();
/// assert_eq!(w.as_bytes().len(), 16 + 4 + 16 + 8);
/// ```
pub fn put_nest_with_header<B: Buffer, H: FamilyHeader>(
    w: &mut Writer<B>,
    kind: u16,
    h: &H,
    f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>,
) -> Result<(), WriteError> {
    w.put_nested(kind, |w| {
        w.put_header(h)?;
        f(w)
    })
}

/// Writes one record of a record list (e.g. an `rtnexthop` of `RTA_MULTIPATH`): the header
/// `h`, whose first field is the record's `u16` length (filled in here), then what `f`
/// writes. Call it inside the list's nest.
///
/// ```
/// use nlcodec_families::rt_route::Rtnexthop;
/// use nlcodec_families::runtime::put_record_list_entry;
/// let mut buf = [0u8; 64];
/// let mut w = nlcodec::Writer::new(&mut buf);
/// w.begin_message(24, 0, 0, 0).unwrap();
/// w.put_nested(9, |w| {
///     put_record_list_entry(w, &Rtnexthop { rtnh_ifindex: 2, ..Default::default() }, |w| w.put_u32(5, 0x0100000a))
/// }).unwrap();
/// w.end_message().unwrap();
/// let b = w.as_bytes();
/// assert_eq!(u16::from_ne_bytes([b[20], b[21]]), 16); // rtnh_len: 8 + an 8-byte attribute
/// ```
pub fn put_record_list_entry<B: Buffer, H: FamilyHeader>(
    w: &mut Writer<B>,
    h: &H,
    f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>,
) -> Result<(), WriteError> {
    record(w, h, f)
}

/// Writes a record (header `h` whose first field is the record's `u16` length, then what `f`
/// writes) and fills in the length; for any error type a `WriteError` converts into.
pub(crate) fn record<B: Buffer, H: FamilyHeader, E: From<WriteError>>(
    w: &mut Writer<B>,
    h: &H,
    f: impl FnOnce(&mut Writer<B>) -> Result<(), E>,
) -> Result<(), E> {
    let start = w.position();
    w.put_header(h)?;
    f(w)?;
    let len = w.position() - start;
    let len = u16::try_from(len).map_err(|_| WriteError::AttrTooLong { kind: 0, len })?;
    Ok(w.patch(start, &len.to_ne_bytes())?)
}
