//! What a typed view checks of each attribute while it indexes a block, derived from the
//! descriptors at compile time into one small array per set.

use nlcodec::schema::{AttrDesc, AttrSet, AttrType, Display};
use nlcodec::{Error, Violation};

/// The check of one attribute type, as the set of value lengths that pass without looking
/// at the bytes: one bit per length from 0 to 31, and one for "32 or more". Any other
/// length, and every value whose content must be looked at (strings), takes the full check
/// against the descriptor ([`Check::full`]), which names what is wrong.
///
/// Each generated view keeps a `[Check; N]` built by [`Check::table`] from its set's
/// descriptors when the crate is compiled, so the descriptors stay the one source and the
/// hot loop reads eight bytes per attribute instead of a descriptor.
///
/// ```
/// use nlcodec::schema::{AttrDesc, AttrSet, AttrType, Display};
/// use nlcodec_families::runtime::Check;
/// static SET: AttrSet = AttrSet::new("demo", &[
///     AttrDesc::UNKNOWN,
///     AttrDesc::new("mtu", "X_MTU", 1, AttrType::U32),
///     AttrDesc::new("addr", "X_ADDR", 2, AttrType::Binary).display(Display::Ipv4OrV6),
///     AttrDesc::new("name", "X_NAME", 3, AttrType::String),
/// ]);
/// static CHECKS: [Check; 4] = Check::table(&SET);
/// assert!(CHECKS[1].passes(4) && CHECKS[1].passes(8) && !CHECKS[1].passes(2));
/// assert!(CHECKS[2].passes(4) && CHECKS[2].passes(16) && !CHECKS[2].passes(8));
/// assert!(!CHECKS[3].passes(5)); // a string's bytes are always looked at
/// assert!(CHECKS[0].passes(300)); // a type the set does not name: kept, not checked
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Check(u64);

/// The bit of "32 bytes or more".
const LONG: u32 = 32;

impl Check {
    /// No check: any length passes (unnamed types, nests, flags, plain binary).
    pub const NONE: Check = Check::at_least(0);
    /// Every value takes the full check.
    const FULL: Check = Check(0);

    /// Lengths of at least `min` (at most 32) pass.
    const fn at_least(min: u32) -> Check {
        Check(((1u64 << (LONG + 1)) - 1) & !((1u64 << min) - 1))
    }

    /// Exactly `len` (below 32) passes.
    const fn exactly(len: u32) -> Check {
        Check(1 << len)
    }

    /// This check or `other`.
    const fn or(self, other: Check) -> Check {
        Check(self.0 | other.0)
    }

    /// The check of one descriptor.
    pub const fn of(d: &AttrDesc) -> Check {
        match d.ty {
            AttrType::Uint | AttrType::Sint => Check::exactly(4).or(Check::exactly(8)),
            AttrType::String => Check::FULL,
            AttrType::Binary if d.header.is_none() => match d.display {
                Display::Ipv4 => Check::exactly(4),
                Display::Ipv6 => Check::exactly(16),
                Display::Ipv4OrV6 => Check::exactly(4).or(Check::exactly(16)),
                _ => Check::NONE,
            },
            // Integers of a fixed size (and bitfields): at least their size.
            ty => match ty.fixed_len() {
                Some(len) => Check::at_least(len as u32),
                None => Check::NONE,
            },
        }
    }

    /// The checks of every type of `set`, indexed by type (`N` is the view's table size;
    /// types the set does not reach get [`Check::NONE`]).
    pub const fn table<const N: usize>(set: &AttrSet) -> [Check; N] {
        let mut t = [Check::NONE; N];
        let mut i = 0;
        while i < N && i < set.attrs.len() {
            t[i] = Check::of(&set.attrs[i]);
            i += 1;
        }
        t
    }

    /// True when a value of `len` bytes passes without looking at it.
    #[inline(always)]
    pub const fn passes(self, len: usize) -> bool {
        let bit = if len < LONG as usize {
            len as u32
        } else {
            LONG
        };
        self.0 >> bit & 1 != 0
    }

    /// The full check of one attribute's value against its descriptor: integers at least
    /// their size, `uint`/`sint` 4 or 8 bytes, strings UTF-8 up to their first NUL,
    /// addresses their exact length. `offset` is where the attribute starts (for the error).
    pub fn full(d: &AttrDesc, v: &[u8], offset: usize) -> Result<(), Error> {
        let len = v.len();
        let min = d.ty.fixed_len().unwrap_or(0);
        let r = match d.ty {
            _ if len < min => Err(Violation::TooShort { min }),
            AttrType::Uint | AttrType::Sint if len == 4 || len == 8 => Ok(()),
            AttrType::Uint | AttrType::Sint => Err(Violation::Size { expected: 8 }),
            AttrType::String => {
                let end = v.iter().position(|b| *b == 0).unwrap_or(len);
                match core::str::from_utf8(&v[..end]) {
                    Ok(_) => Ok(()),
                    Err(_) => Err(Violation::InvalidUtf8),
                }
            }
            AttrType::Binary if d.header.is_none() => match d.display {
                Display::Ipv4 if len != 4 => Err(Violation::Size { expected: 4 }),
                Display::Ipv6 if len != 16 => Err(Violation::Size { expected: 16 }),
                Display::Ipv4OrV6 if len != 4 && len != 16 => Err(Violation::Size { expected: 16 }),
                _ => Ok(()),
            },
            _ => Ok(()),
        };
        r.map_err(|violation| Error::InvalidAttr {
            kind: d.kind,
            offset,
            len,
            violation,
        })
    }
}
