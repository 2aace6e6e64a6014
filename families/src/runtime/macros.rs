//! The macros the generated code declares enums and flags with: each expands to a plain
//! type, its conversions and its names from the descriptor table.

/// Declares an enum that keeps values the spec does not name (`Other`), with
/// `from_value`, `value`, `name` and the conversions.
///
/// ```
/// nlcodec_families::nl_enum! {
///     /// Demo.
///     pub enum Color: u32 => DEMO {
///         /// Red.
///         Red = 1,
///         /// Blue.
///         Blue = 2,
///     }
/// }
/// static DEMO: nlcodec::schema::EnumDesc = nlcodec::schema::EnumDesc::new("color", false, &[
///     nlcodec::schema::EnumEntry { name: "red", c_name: "RED", value: 1 },
///     nlcodec::schema::EnumEntry { name: "blue", c_name: "BLUE", value: 2 },
/// ]);
/// assert_eq!(Color::from(2), Color::Blue);
/// assert_eq!(Color::from(9), Color::Other(9));
/// assert_eq!(u32::from(Color::Red), 1);
/// assert_eq!(Color::Blue.name(), Some("blue"));
/// assert_eq!(Color::Other(9).to_string(), "9");
/// ```
#[macro_export]
macro_rules! nl_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident : $repr:ty => $desc:path {
            $( $(#[$vmeta:meta])* $variant:ident = $value:literal, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant, )*
            /// A value the spec does not name (a newer kernel's, or a bad one): kept as is.
            Other($repr),
        }

        #[allow(unreachable_patterns)]
        impl $name {
            /// The variant for `v` ([`Other`](Self::Other) when the spec does not name it).
            ///
            /// Values below 256 (nearly every one on the wire) take one load from a table
            /// built at compile time; the others a `match`.
            #[inline]
            pub const fn from_value(v: $repr) -> Self {
                static SMALL: [$name; 256] = {
                    let mut t = [$name::Other(0); 256];
                    let mut i = 0;
                    while i < 256 {
                        t[i] = $name::by_match(i as $repr);
                        i += 1;
                    }
                    t
                };
                if (v as u64) < 256 {
                    SMALL[v as usize]
                } else {
                    Self::by_match(v)
                }
            }

            const fn by_match(v: $repr) -> Self {
                match v {
                    $( $value => Self::$variant, )*
                    v => Self::Other(v),
                }
            }

            /// The value on the wire.
            #[inline]
            pub const fn value(self) -> $repr {
                match self {
                    $( Self::$variant => $value, )*
                    Self::Other(v) => v,
                }
            }

            /// The spec's name of the value, if it has one.
            pub fn name(self) -> Option<&'static str> {
                $desc.find(self.value() as u64).map(|e| e.name)
            }

            /// The descriptor table of the enum.
            pub fn desc() -> &'static nlcodec::schema::EnumDesc {
                &$desc
            }
        }

        impl From<$repr> for $name {
            fn from(v: $repr) -> Self {
                Self::from_value(v)
            }
        }

        impl From<$name> for $repr {
            fn from(v: $name) -> $repr {
                v.value()
            }
        }

        impl core::fmt::Display for $name {
            /// The spec's name, or the number.
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                match self.name() {
                    Some(n) => f.write_str(n),
                    None => write!(f, "{}", self.value()),
                }
            }
        }
    };
}

/// Declares a flags set: a newtype over the integer with a constant per bit, set
/// operations, and a `Debug` that names the bits.
///
/// ```
/// nlcodec_families::nl_flags! {
///     /// Demo.
///     pub struct Perm: u32 => PERM {
///         /// Read.
///         const READ = 1 << 0;
///         /// Write.
///         const WRITE = 1 << 1;
///     }
/// }
/// static PERM: nlcodec::schema::EnumDesc = nlcodec::schema::EnumDesc::new("perm", true, &[
///     nlcodec::schema::EnumEntry { name: "read", c_name: "P_READ", value: 1 },
///     nlcodec::schema::EnumEntry { name: "write", c_name: "P_WRITE", value: 2 },
/// ]);
/// let p = Perm::READ | Perm::WRITE;
/// assert!(p.contains(Perm::WRITE));
/// assert_eq!(p.bits(), 3);
/// assert_eq!(format!("{p:?}"), "Perm(0x3 [read,write])");
/// assert_eq!(format!("{:?}", Perm::from(0x5)), "Perm(0x5 [read,0x4])");
/// ```
#[macro_export]
macro_rules! nl_flags {
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident : $repr:ty => $desc:path {
            $( $(#[$vmeta:meta])* const $flag:ident = $value:expr; )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
        $vis struct $name(pub $repr);

        impl $name {
            $( $(#[$vmeta])* pub const $flag: Self = Self($value); )*

            /// No bit set.
            pub const EMPTY: Self = Self(0);

            /// The bits.
            pub const fn bits(self) -> $repr {
                self.0
            }

            /// True when every bit of `other` is set.
            pub const fn contains(self, other: Self) -> bool {
                self.0 & other.0 == other.0
            }

            /// True when no bit is set.
            pub const fn is_empty(self) -> bool {
                self.0 == 0
            }

            /// The bits of both.
            pub const fn union(self, other: Self) -> Self {
                Self(self.0 | other.0)
            }

            /// The descriptor table of the flags.
            pub fn desc() -> &'static nlcodec::schema::EnumDesc {
                &$desc
            }
        }

        impl From<$repr> for $name {
            fn from(v: $repr) -> Self {
                Self(v)
            }
        }

        impl From<$name> for $repr {
            fn from(v: $name) -> $repr {
                v.0
            }
        }

        impl core::ops::BitOr for $name {
            type Output = Self;
            fn bitor(self, o: Self) -> Self {
                Self(self.0 | o.0)
            }
        }

        impl core::ops::BitOrAssign for $name {
            fn bitor_assign(&mut self, o: Self) {
                self.0 |= o.0;
            }
        }

        impl core::ops::BitAnd for $name {
            type Output = Self;
            fn bitand(self, o: Self) -> Self {
                Self(self.0 & o.0)
            }
        }

        impl core::fmt::Debug for $name {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str(concat!(stringify!($name), "("))?;
                nlcodec::schema::write_flags(f, &$desc, self.0 as u64)?;
                f.write_str(")")
            }
        }

        impl core::fmt::Display for $name {
            /// The number and the names of the set bits.
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                nlcodec::schema::write_flags(f, &$desc, self.0 as u64)
            }
        }
    };
}

/// Implements `Default` (all zeros) and the codec's `FamilyHeader` for a generated fixed
/// struct with `LEN`, `from_bytes` and `write_to`.
#[doc(hidden)]
#[macro_export]
macro_rules! fixed_struct {
    ($name:ident) => {
        impl Default for $name {
            fn default() -> Self {
                Self::from_bytes(&[])
            }
        }

        impl nlcodec::family::FamilyHeader for $name {
            const LEN: usize = $name::LEN;

            #[inline]
            fn parse(payload: &[u8]) -> Result<Self, nlcodec::Error> {
                if payload.len() < Self::LEN {
                    return Err(nlcodec::Error::Truncated {
                        what: nlcodec::error::Structure::FamilyHeader,
                        offset: 0,
                        needed: Self::LEN,
                        available: payload.len(),
                    });
                }
                Ok(Self::from_bytes(payload))
            }

            fn emit(&self, out: &mut [u8]) {
                if out.len() == Self::LEN {
                    // Padding between and after the fields is zero on the wire.
                    out.fill(0);
                    self.write_to(out)
                }
            }
        }
    };
}
