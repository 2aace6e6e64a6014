//! Small nom building blocks shared by the parsers: fixed-size takes and host-order reads.

use nom::bytes::complete::take;
use nom::Parser;

/// Takes exactly `N` bytes with nom and hands them out as an array reference.
#[inline(always)]
pub(crate) fn take_array<const N: usize>(input: &[u8]) -> nom::IResult<&[u8], &[u8; N], ()> {
    let (rest, head) = take(N).parse(input)?;
    match <&[u8; N]>::try_from(head) {
        Ok(a) => Ok((rest, a)),
        Err(_) => Err(nom::Err::Error(())),
    }
}

#[inline(always)]
pub(crate) fn ne_u16<const N: usize>(b: &[u8; N], at: usize) -> u16 {
    u16::from_ne_bytes([b[at], b[at + 1]])
}

#[inline(always)]
pub(crate) fn ne_u32<const N: usize>(b: &[u8; N], at: usize) -> u32 {
    u32::from_ne_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}
