//! The attributes of a typed request, written by the caller's closure with the operation's
//! builder.

use nlcodec::WriteError;
use nlcodec_families::runtime::Builder;

/// The attributes of a typed request: a closure that gets the operation's builder and
/// returns it (`|link| link.ifname("v0")?.mtu(1400)`, or `|a| Ok(a)` for none).
pub trait Attrs<S>:
    for<'x, 'y> FnOnce(
    &'x mut Builder<'y, S, Vec<u8>>,
) -> Result<&'x mut Builder<'y, S, Vec<u8>>, WriteError>
{
}

impl<S, F> Attrs<S> for F where
    F: for<'x, 'y> FnOnce(
        &'x mut Builder<'y, S, Vec<u8>>,
    ) -> Result<&'x mut Builder<'y, S, Vec<u8>>, WriteError>
{
}
