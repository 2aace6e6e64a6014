//! Field readers and writers for fixed structs: host or network byte order, at an offset,
//! zero when the bytes are missing (the kernel grows structs; older ones are shorter).

/// Calls `$m!` with every integer type: the function names for host and network order,
/// then the type.
macro_rules! for_each_int {
    ($m:ident) => {
        $m! {
            u8, u8_be => u8;
            u16, u16_be => u16;
            u32, u32_be => u32;
            u64, u64_be => u64;
            i8, i8_be => i8;
            i16, i16_be => i16;
            i32, i32_be => i32;
            i64, i64_be => i64;
        }
    };
}

/// Readers: `rd::u32(bytes, offset)`; missing bytes read as zero.
pub mod rd {
    macro_rules! readers {
        ($($ne:ident, $be:ident => $t:ty;)*) => {$(
            #[doc = concat!("A host-order `", stringify!($t), "` at `at` (zero when cut short).")]
            #[inline]
            pub fn $ne(b: &[u8], at: usize) -> $t {
                let mut a = [0u8; core::mem::size_of::<$t>()];
                if let Some(src) = b.get(at..at + a.len()) {
                    a.copy_from_slice(src);
                }
                <$t>::from_ne_bytes(a)
            }
            #[doc = concat!("A big-endian `", stringify!($t), "` at `at` (zero when cut short).")]
            #[inline]
            pub fn $be(b: &[u8], at: usize) -> $t {
                let mut a = [0u8; core::mem::size_of::<$t>()];
                if let Some(src) = b.get(at..at + a.len()) {
                    a.copy_from_slice(src);
                }
                <$t>::from_be_bytes(a)
            }
        )*};
    }
    for_each_int!(readers);

    /// `N` bytes at `at` (zeros where cut short).
    ///
    /// ```
    /// use nlcodec_families::runtime::rd;
    /// assert_eq!(rd::array::<4>(&[1, 2, 3], 1), [2, 3, 0, 0]);
    /// ```
    #[inline]
    pub fn array<const N: usize>(b: &[u8], at: usize) -> [u8; N] {
        let mut a = [0u8; N];
        let src = b.get(at..).unwrap_or(&[]);
        let n = src.len().min(N);
        a[..n].copy_from_slice(&src[..n]);
        a
    }
}

/// Writers: `wr::u32(out, offset, value)`; a field that does not fit is not written.
pub mod wr {
    macro_rules! writers {
        ($($ne:ident, $be:ident => $t:ty;)*) => {$(
            #[doc = concat!("Writes a host-order `", stringify!($t), "` at `at`.")]
            #[inline]
            pub fn $ne(out: &mut [u8], at: usize, v: $t) {
                if let Some(dst) = out.get_mut(at..at + core::mem::size_of::<$t>()) {
                    dst.copy_from_slice(&v.to_ne_bytes());
                }
            }
            #[doc = concat!("Writes a big-endian `", stringify!($t), "` at `at`.")]
            #[inline]
            pub fn $be(out: &mut [u8], at: usize, v: $t) {
                if let Some(dst) = out.get_mut(at..at + core::mem::size_of::<$t>()) {
                    dst.copy_from_slice(&v.to_be_bytes());
                }
            }
        )*};
    }
    for_each_int!(writers);

    /// Writes bytes at `at` (as many as fit).
    ///
    /// ```
    /// use nlcodec_families::runtime::wr;
    /// let mut out = [0u8; 4];
    /// wr::array(&mut out, 2, &[7, 8, 9]);
    /// assert_eq!(out, [0, 0, 7, 8]);
    /// ```
    #[inline]
    pub fn array(out: &mut [u8], at: usize, v: &[u8]) {
        let dst = out.get_mut(at..).unwrap_or(&mut []);
        let n = dst.len().min(v.len());
        dst[..n].copy_from_slice(&v[..n]);
    }
}
