//! A block of attributes seen from one of its sub-messages: the selector attribute that picks
//! the sub-message's format is looked up once per block, not once per sub-message, so a
//! block of n sub-message attributes is read in O(n), not O(n²).

use super::attr::{AttrDesc, SubVariant};
use crate::attr::Attrs;
use core::cell::Cell;

/// How many selector types one block remembers (a set's sub-messages use one or two).
const SLOTS: usize = 4;

/// A selector type and its value in the block (`None`: absent), once looked up.
type Found<'a> = Option<(u16, Option<&'a [u8]>)>;

/// The attributes of one block, with the values of the selector attributes its
/// sub-messages ask for, each found by one scan and then remembered.
///
/// ```
/// use nlcodec::schema::Siblings;
/// use nlcodec::Writer;
/// let mut buf = [0u8; 64];
/// let mut w = Writer::new(&mut buf);
/// w.begin_message(16, 0, 0, 0).unwrap();
/// w.put_str(1, "veth").unwrap(); // the selector
/// w.put_u32(2, 7).unwrap();
/// w.end_message().unwrap();
/// let sib = Siblings::new(nlcodec::attrs(&w.as_bytes()[16..]));
/// assert_eq!(sib.selector(1), Some(&b"veth\0"[..]));
/// assert_eq!(sib.selector(3), None);
/// ```
#[derive(Clone)]
pub struct Siblings<'a> {
    attrs: Attrs<'a>,
    found: Cell<[Found<'a>; SLOTS]>,
}

impl<'a> Siblings<'a> {
    /// The block `attrs` iterates.
    pub fn new(attrs: Attrs<'a>) -> Siblings<'a> {
        Siblings {
            attrs,
            found: Cell::new([None; SLOTS]),
        }
    }

    /// The block's attributes, from the start.
    pub fn attrs(&self) -> Attrs<'a> {
        self.attrs.clone()
    }

    /// The value of the block's attribute of type `kind` (the last one when it repeats, as
    /// the kernel reads it), up to the first malformed attribute.
    pub fn selector(&self, kind: u16) -> Option<&'a [u8]> {
        let mut found = self.found.get();
        if let Some((_, v)) = found.iter().flatten().find(|(k, _)| *k == kind) {
            return *v;
        }
        let v = self
            .attrs
            .clone()
            .map_while(Result::ok)
            .filter(|a| a.kind() == kind)
            .last()
            .map(|a| a.value());
        if let Some(slot) = found.iter_mut().find(|s| s.is_none()) {
            *slot = Some((kind, v));
            self.found.set(found);
        }
        v
    }

    /// The format of sub-message attribute `d` in this block, chosen by its selector;
    /// `None` when `d` is not a sub-message, the selector is absent or names no format.
    pub fn sub_variant(&self, d: &AttrDesc) -> Option<&'static SubVariant> {
        let sm = d.sub_message?;
        sm.variant_for(self.selector(sm.selector)?)
    }
}
