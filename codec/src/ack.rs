//! `NLMSG_ERROR` (errors and ACKs), `NLMSG_DONE`, and their extended-ACK TLVs.
//!
//! The kernel lays out an `NLMSG_ERROR` payload as `int error`, then the request's `nlmsghdr`,
//! then the rest of the request unless the *outer* header carries `NLM_F_CAPPED`, then (when
//! the outer header carries `NLM_F_ACK_TLVS`) the `NLMSGERR_ATTR_*` TLVs at
//! `4 + NLMSG_ALIGN(echoed length)`. `NLMSG_DONE` carries `int error` (possibly absent) and the
//! same TLVs.

use crate::attr::Attrs;
use crate::consts::*;
use crate::error::{Error, Structure};
use crate::header::{parse_header, Header};
use crate::path::AttrPath;
use crate::wire::take_array;

/// The extended-ACK TLVs of an `NLMSG_ERROR` or `NLMSG_DONE` message.
///
/// All fields are `None` when the kernel sent none (extended ACK off, or nothing to say).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ExtAck<'a> {
    /// `NLMSGERR_ATTR_MSG`: the kernel's explanation, without its NUL; `None` also when the
    /// text is not UTF-8 (its bytes are still in [`msg_bytes`](Self::msg_bytes): a peer's
    /// odd text never makes the error itself unreadable).
    pub msg: Option<&'a str>,
    /// `NLMSGERR_ATTR_OFFS`: byte offset of the offending attribute in the request, counted
    /// from the start of the request's `nlmsghdr`.
    pub offset: Option<u32>,
    /// `NLMSGERR_ATTR_COOKIE`: opaque bytes.
    pub cookie: Option<&'a [u8]>,
    /// `NLMSGERR_ATTR_POLICY`: the policy the rejected attribute failed.
    pub policy: Option<PolicyDesc>,
    /// `NLMSGERR_ATTR_MISS_TYPE`: type of a required attribute that was absent.
    pub missing_type: Option<u32>,
    /// `NLMSGERR_ATTR_MISS_NEST`: offset of the nest the missing attribute belongs in.
    pub missing_nest: Option<u32>,
    /// The TLV bytes these fields were decoded from (unknown types included).
    pub raw: &'a [u8],
}

impl<'a> ExtAck<'a> {
    /// True when no TLV was present.
    pub fn is_empty(&self) -> bool {
        self.raw.is_empty()
    }

    /// The bytes of `NLMSGERR_ATTR_MSG` up to its NUL (all of them when it has none), UTF-8
    /// or not.
    ///
    /// ```
    /// let mut tlv = Vec::new();
    /// tlv.extend_from_slice(&8u16.to_ne_bytes());
    /// tlv.extend_from_slice(&nlcodec::consts::NLMSGERR_ATTR_MSG.to_ne_bytes());
    /// tlv.extend_from_slice(b"b\xffd\0");
    /// let ack = nlcodec::ExtAck::parse(&tlv, 0).unwrap();
    /// assert_eq!(ack.msg, None);
    /// assert_eq!(ack.msg_bytes(), Some(&b"b\xffd"[..]));
    /// ```
    pub fn msg_bytes(&self) -> Option<&'a [u8]> {
        let msg = Attrs::with_base(self.raw, 0)
            .map_while(Result::ok)
            .filter(|a| a.kind() == NLMSGERR_ATTR_MSG)
            .last()?;
        Some(c_text(msg.value()))
    }

    /// Decodes a TLV block whose first byte sits at `base` (for error offsets).
    pub fn parse(tlvs: &'a [u8], base: usize) -> Result<ExtAck<'a>, Error> {
        let mut ack = ExtAck {
            raw: tlvs,
            ..ExtAck::default()
        };
        for a in Attrs::with_base(tlvs, base) {
            let a = a?;
            match a.kind() {
                NLMSGERR_ATTR_MSG => ack.msg = core::str::from_utf8(c_text(a.value())).ok(),
                NLMSGERR_ATTR_OFFS => ack.offset = Some(a.as_u32()?),
                NLMSGERR_ATTR_COOKIE => ack.cookie = Some(a.value()),
                NLMSGERR_ATTR_POLICY => ack.policy = Some(PolicyDesc::parse(a.nested())?),
                NLMSGERR_ATTR_MISS_TYPE => ack.missing_type = Some(a.as_u32()?),
                NLMSGERR_ATTR_MISS_NEST => ack.missing_nest = Some(a.as_u32()?),
                _ => {}
            }
        }
        Ok(ack)
    }

    /// Resolves [`offset`](Self::offset) against the request that was sent (its bytes from its
    /// `nlmsghdr` on) into the path of attribute types it points at, outermost first, e.g.
    /// `[IFLA_LINKINFO, IFLA_INFO_KIND]`. See [`AttrPath::resolve`].
    ///
    /// ```
    /// use nlcodec::{Writer, consts::*};
    /// let mut buf = [0u8; 128];
    /// let mut w = Writer::new(&mut buf);
    /// w.begin_message(16, NLM_F_REQUEST | NLM_F_ACK, 1, 0).unwrap(); // RTM_NEWLINK
    /// w.put(&[0u8; 16]).unwrap(); // ifinfomsg
    /// w.put_str(3, "v0").unwrap(); // IFLA_IFNAME at offset 32
    /// let info = w.begin_nested(18).unwrap(); // IFLA_LINKINFO at offset 40
    /// w.put_str(1, "nope").unwrap(); // IFLA_INFO_KIND at offset 44
    /// w.end_nested(info).unwrap();
    /// w.end_message().unwrap();
    /// let ack = nlcodec::ExtAck { offset: Some(44), ..Default::default() };
    /// let path = ack.attr_path(w.as_bytes(), 16).unwrap();
    /// assert_eq!(path.as_slice(), &[18, 1]);
    /// ```
    pub fn attr_path(&self, request: &[u8], family_header_len: usize) -> Option<AttrPath> {
        AttrPath::resolve(request, family_header_len, self.offset?)
    }

    /// Resolves [`missing_nest`](Self::missing_nest) like [`attr_path`](Self::attr_path): the
    /// nest in which the attribute of type [`missing_type`](Self::missing_type) was required.
    pub fn missing_nest_path(&self, request: &[u8], family_header_len: usize) -> Option<AttrPath> {
        AttrPath::resolve(request, family_header_len, self.missing_nest?)
    }
}

/// An `NLMSG_ERROR` message: an error, or an acknowledgement when `error == 0`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ErrorMessage<'a> {
    /// The kernel's error code: 0 for an ACK, else a negative errno.
    pub error: i32,
    /// The header of the request this answers.
    pub request: Header,
    /// The rest of the echoed request; empty when the outer header has `NLM_F_CAPPED`.
    pub request_payload: &'a [u8],
    /// The extended-ACK TLVs (present when the outer header has `NLM_F_ACK_TLVS`).
    pub ext_ack: ExtAck<'a>,
}

impl<'a> ErrorMessage<'a> {
    /// Decodes the payload of an `NLMSG_ERROR` whose outer header is `outer`. Offsets in
    /// errors count from the start of the outer message.
    ///
    /// ```
    /// use nlcodec::{Payload, Writer, Header, consts::*};
    /// // A capped ACK with an extended-ACK warning, as the kernel writes it.
    /// let request = Header { len: 32, kind: 16, flags: NLM_F_REQUEST | NLM_F_ACK, seq: 5, pid: 0 };
    /// let mut buf = [0u8; 128];
    /// let mut w = Writer::new(&mut buf);
    /// w.begin_message(NLMSG_ERROR, NLM_F_CAPPED | NLM_F_ACK_TLVS, 5, 4242).unwrap();
    /// w.put(&0i32.to_ne_bytes()).unwrap();
    /// w.put(&request.to_bytes()).unwrap();
    /// w.put_str(NLMSGERR_ATTR_MSG, "just a warning").unwrap();
    /// w.end_message().unwrap();
    /// let msg = nlcodec::messages(w.as_bytes()).next().unwrap().unwrap();
    /// let Payload::Error(e) = msg.decode().unwrap() else { panic!() };
    /// assert!(e.is_ack());
    /// assert_eq!(e.request.seq, 5);
    /// assert_eq!(e.ext_ack.msg, Some("just a warning"));
    /// ```
    pub fn parse(outer: &Header, payload: &'a [u8]) -> Result<ErrorMessage<'a>, Error> {
        let base = NLMSG_HDRLEN;
        let (rest, code) = take_array::<4>(payload).map_err(|_| Error::Truncated {
            what: Structure::ErrorCode,
            offset: base,
            needed: 4,
            available: payload.len(),
        })?;
        let error = i32::from_ne_bytes(*code);
        let (_, request) = parse_header(rest).map_err(|_| Error::Truncated {
            what: Structure::EchoedHeader,
            offset: base + 4,
            needed: NLMSG_HDRLEN,
            available: rest.len(),
        })?;
        let (request_payload, tlv_start) = if outer.has_flags(NLM_F_CAPPED) {
            (&payload[0..0], NLMSGERR_LEN)
        } else {
            let len = request.len as usize;
            if len < NLMSG_HDRLEN {
                return Err(Error::MessageLenTooSmall {
                    offset: base + 4,
                    len: request.len,
                });
            }
            if len > rest.len() {
                return Err(Error::Truncated {
                    what: Structure::EchoedPayload,
                    offset: base + 4,
                    needed: len,
                    available: rest.len(),
                });
            }
            (&rest[NLMSG_HDRLEN..len], 4 + align(len))
        };
        let ext_ack = if outer.has_flags(NLM_F_ACK_TLVS) {
            ExtAck::parse(payload.get(tlv_start..).unwrap_or(&[]), base + tlv_start)?
        } else {
            ExtAck::default()
        };
        Ok(ErrorMessage {
            error,
            request,
            request_payload,
            ext_ack,
        })
    }

    /// True for an acknowledgement (`error == 0`).
    ///
    /// ```
    /// let h = nlcodec::Header { len: 16, ..Default::default() };
    /// let mut p = 0i32.to_ne_bytes().to_vec();
    /// p.extend_from_slice(&h.to_bytes());
    /// let outer = nlcodec::Header { flags: nlcodec::consts::NLM_F_CAPPED, ..Default::default() };
    /// let e = nlcodec::ErrorMessage::parse(&outer, &p).unwrap();
    /// assert!(e.is_ack() && e.errno() == 0);
    /// ```
    #[inline]
    pub fn is_ack(&self) -> bool {
        self.error == 0
    }

    /// The positive errno (`-error`), 0 for an ACK.
    #[inline]
    pub fn errno(&self) -> i32 {
        self.error.wrapping_neg()
    }

    /// Resolves the extended-ACK offset against the echoed request when the kernel echoed it
    /// whole (no `NLM_F_CAPPED`); with a capped reply use [`ExtAck::attr_path`] with the
    /// request you sent.
    pub fn echoed_attr_path(&self, family_header_len: usize) -> Option<AttrPath> {
        let offset = (self.ext_ack.offset? as usize).checked_sub(NLMSG_HDRLEN)?;
        AttrPath::resolve_payload(self.request_payload, family_header_len, offset)
    }
}

/// A C string's text: up to the first NUL, or the whole value when there is none.
fn c_text(value: &[u8]) -> &[u8] {
    match value.iter().position(|b| *b == 0) {
        Some(n) => &value[..n],
        None => value,
    }
}

/// An `NLMSG_DONE` message: the end of a dump, with the dump's error code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DoneMessage<'a> {
    /// 0 when the dump completed, else a negative errno. A zero-length DONE reads as 0.
    pub error: i32,
    /// Extended-ACK TLVs (present when the outer header has `NLM_F_ACK_TLVS`).
    pub ext_ack: ExtAck<'a>,
}

impl<'a> DoneMessage<'a> {
    /// Decodes the payload of an `NLMSG_DONE` whose outer header is `outer`.
    ///
    /// ```
    /// let outer = nlcodec::Header { len: 16, kind: 3, flags: 2, seq: 1, pid: 0 };
    /// let done = nlcodec::DoneMessage::parse(&outer, &[]).unwrap();
    /// assert_eq!(done.error, 0);
    /// ```
    pub fn parse(outer: &Header, payload: &'a [u8]) -> Result<DoneMessage<'a>, Error> {
        if payload.is_empty() {
            return Ok(DoneMessage::default());
        }
        let (rest, code) = take_array::<4>(payload).map_err(|_| Error::Truncated {
            what: Structure::ErrorCode,
            offset: NLMSG_HDRLEN,
            needed: 4,
            available: payload.len(),
        })?;
        let ext_ack = if outer.has_flags(NLM_F_ACK_TLVS) {
            ExtAck::parse(rest, NLMSG_HDRLEN + 4)?
        } else {
            ExtAck::default()
        };
        Ok(DoneMessage {
            error: i32::from_ne_bytes(*code),
            ext_ack,
        })
    }

    /// The positive errno (`-error`), 0 for a complete dump.
    #[inline]
    pub fn errno(&self) -> i32 {
        self.error.wrapping_neg()
    }
}

/// `enum netlink_attribute_type`: the kind of attribute a kernel policy expects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PolicyType {
    /// `NL_ATTR_TYPE_INVALID`
    Invalid,
    /// `NL_ATTR_TYPE_FLAG`
    Flag,
    /// `NL_ATTR_TYPE_U8`
    U8,
    /// `NL_ATTR_TYPE_U16`
    U16,
    /// `NL_ATTR_TYPE_U32`
    U32,
    /// `NL_ATTR_TYPE_U64`
    U64,
    /// `NL_ATTR_TYPE_S8`
    S8,
    /// `NL_ATTR_TYPE_S16`
    S16,
    /// `NL_ATTR_TYPE_S32`
    S32,
    /// `NL_ATTR_TYPE_S64`
    S64,
    /// `NL_ATTR_TYPE_BINARY`
    Binary,
    /// `NL_ATTR_TYPE_STRING`
    String,
    /// `NL_ATTR_TYPE_NUL_STRING`
    NulString,
    /// `NL_ATTR_TYPE_NESTED`
    Nested,
    /// `NL_ATTR_TYPE_NESTED_ARRAY`
    NestedArray,
    /// `NL_ATTR_TYPE_BITFIELD32`
    Bitfield32,
    /// `NL_ATTR_TYPE_SINT`
    Sint,
    /// `NL_ATTR_TYPE_UINT`
    Uint,
    /// A value this crate does not know yet.
    Other(u32),
}

impl PolicyType {
    /// Maps the kernel's number to the enum.
    ///
    /// ```
    /// use nlcodec::PolicyType;
    /// assert_eq!(PolicyType::from_raw(4), PolicyType::U32);
    /// assert_eq!(PolicyType::from_raw(200), PolicyType::Other(200));
    /// ```
    pub fn from_raw(v: u32) -> PolicyType {
        use PolicyType::*;
        match v {
            0 => Invalid,
            1 => Flag,
            2 => U8,
            3 => U16,
            4 => U32,
            5 => U64,
            6 => S8,
            7 => S16,
            8 => S32,
            9 => S64,
            10 => Binary,
            11 => String,
            12 => NulString,
            13 => Nested,
            14 => NestedArray,
            15 => Bitfield32,
            16 => Sint,
            17 => Uint,
            n => Other(n),
        }
    }
}

/// `NL_POLICY_TYPE_ATTR_*` attribute numbers.
pub mod policy_attr {
    /// `NL_POLICY_TYPE_ATTR_TYPE` (u32, `netlink_attribute_type`).
    pub const TYPE: u16 = 1;
    /// `NL_POLICY_TYPE_ATTR_MIN_VALUE_S` (s64).
    pub const MIN_VALUE_S: u16 = 2;
    /// `NL_POLICY_TYPE_ATTR_MAX_VALUE_S` (s64).
    pub const MAX_VALUE_S: u16 = 3;
    /// `NL_POLICY_TYPE_ATTR_MIN_VALUE_U` (u64).
    pub const MIN_VALUE_U: u16 = 4;
    /// `NL_POLICY_TYPE_ATTR_MAX_VALUE_U` (u64).
    pub const MAX_VALUE_U: u16 = 5;
    /// `NL_POLICY_TYPE_ATTR_MIN_LENGTH` (u32).
    pub const MIN_LENGTH: u16 = 6;
    /// `NL_POLICY_TYPE_ATTR_MAX_LENGTH` (u32).
    pub const MAX_LENGTH: u16 = 7;
    /// `NL_POLICY_TYPE_ATTR_POLICY_IDX` (u32).
    pub const POLICY_IDX: u16 = 8;
    /// `NL_POLICY_TYPE_ATTR_POLICY_MAXTYPE` (u32).
    pub const POLICY_MAXTYPE: u16 = 9;
    /// `NL_POLICY_TYPE_ATTR_BITFIELD32_MASK` (u32).
    pub const BITFIELD32_MASK: u16 = 10;
    /// `NL_POLICY_TYPE_ATTR_PAD`.
    pub const PAD: u16 = 11;
    /// `NL_POLICY_TYPE_ATTR_MASK` (u64).
    pub const MASK: u16 = 12;
}

/// The decoded `NLMSGERR_ATTR_POLICY` nest: what the kernel expected of the rejected attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PolicyDesc {
    /// Expected attribute type.
    pub kind: Option<PolicyType>,
    /// Smallest allowed signed value.
    pub min_value_s: Option<i64>,
    /// Largest allowed signed value.
    pub max_value_s: Option<i64>,
    /// Smallest allowed unsigned value.
    pub min_value_u: Option<u64>,
    /// Largest allowed unsigned value.
    pub max_value_u: Option<u64>,
    /// Smallest allowed length.
    pub min_length: Option<u32>,
    /// Largest allowed length.
    pub max_length: Option<u32>,
    /// Index of the nested policy.
    pub policy_idx: Option<u32>,
    /// Largest type of the nested policy.
    pub policy_maxtype: Option<u32>,
    /// Valid bits of a bitfield32.
    pub bitfield32_mask: Option<u32>,
    /// Valid bits of an integer.
    pub mask: Option<u64>,
}

impl PolicyType {
    /// The type's name as the kernel's policy dumps and `ynl` show it (`u32`, `string`,
    /// `nul-string`, `nested`, ...).
    ///
    /// ```
    /// assert_eq!(nlcodec::PolicyType::NulString.name(), "nul-string");
    /// ```
    pub fn name(&self) -> &'static str {
        match self {
            PolicyType::Invalid => "invalid",
            PolicyType::Flag => "flag",
            PolicyType::U8 => "u8",
            PolicyType::U16 => "u16",
            PolicyType::U32 => "u32",
            PolicyType::U64 => "u64",
            PolicyType::S8 => "s8",
            PolicyType::S16 => "s16",
            PolicyType::S32 => "s32",
            PolicyType::S64 => "s64",
            PolicyType::Binary => "binary",
            PolicyType::String => "string",
            PolicyType::NulString => "nul-string",
            PolicyType::Nested => "nested",
            PolicyType::NestedArray => "nested-array",
            PolicyType::Bitfield32 => "bitfield32",
            PolicyType::Sint => "sint",
            PolicyType::Uint => "uint",
            PolicyType::Other(_) => "unknown",
        }
    }
}

impl core::fmt::Display for PolicyDesc {
    /// Writes the policy the way a person reads it: `string, max length 15`,
    /// `u32, range 1..=4094`, `binary, length 6..=6`.
    ///
    /// ```
    /// use nlcodec::{PolicyDesc, PolicyType};
    /// let p = PolicyDesc { kind: Some(PolicyType::String), max_length: Some(15), ..Default::default() };
    /// assert_eq!(p.to_string(), "string, max length 15");
    /// ```
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.kind {
            Some(PolicyType::Other(n)) => write!(f, "type {n}")?,
            Some(k) => f.write_str(k.name())?,
            None => f.write_str("policy")?,
        }
        let range =
            |f: &mut core::fmt::Formatter<'_>, lo: Option<i128>, hi: Option<i128>, what: &str| {
                match (lo, hi) {
                    (Some(lo), Some(hi)) => write!(f, ", {what} {lo}..={hi}"),
                    (Some(lo), None) => write!(f, ", min {what} {lo}"),
                    (None, Some(hi)) => write!(f, ", max {what} {hi}"),
                    (None, None) => Ok(()),
                }
            };
        range(
            f,
            self.min_value_s.map(i128::from),
            self.max_value_s.map(i128::from),
            "value",
        )?;
        range(
            f,
            self.min_value_u.map(i128::from),
            self.max_value_u.map(i128::from),
            "value",
        )?;
        match (self.min_length, self.max_length) {
            (Some(lo), Some(hi)) => write!(f, ", length {lo}..={hi}")?,
            (Some(lo), None) => write!(f, ", min length {lo}")?,
            (None, Some(hi)) => write!(f, ", max length {hi}")?,
            (None, None) => {}
        }
        if let Some(m) = self.mask {
            write!(f, ", mask {m:#x}")?;
        }
        if let Some(m) = self.bitfield32_mask {
            write!(f, ", valid bits {m:#x}")?;
        }
        Ok(())
    }
}

impl PolicyDesc {
    /// Decodes the nest's attributes. Unknown types are skipped; integers may be sent in
    /// their 4- or 8-byte forms as the kernel's `nla_put_uint` does.
    ///
    /// ```
    /// use nlcodec::{attrs, PolicyDesc, PolicyType};
    /// let mut buf = [0u8; 64];
    /// let mut w = nlcodec::Writer::new(&mut buf);
    /// w.begin_message(0x10, 0, 0, 0).unwrap();
    /// w.put_u32(1, 4).unwrap(); // TYPE = NL_ATTR_TYPE_U32
    /// w.put_u64(5, 4094).unwrap(); // MAX_VALUE_U
    /// w.end_message().unwrap();
    /// let p = PolicyDesc::parse(attrs(&w.as_bytes()[16..])).unwrap();
    /// assert_eq!((p.kind, p.max_value_u), (Some(PolicyType::U32), Some(4094)));
    /// ```
    pub fn parse(nest: Attrs<'_>) -> Result<PolicyDesc, Error> {
        use policy_attr::*;
        let mut p = PolicyDesc::default();
        for a in nest {
            let a = a?;
            match a.kind() {
                TYPE => p.kind = Some(PolicyType::from_raw(a.as_uint()? as u32)),
                MIN_VALUE_S => p.min_value_s = Some(sint(&a)?),
                MAX_VALUE_S => p.max_value_s = Some(sint(&a)?),
                MIN_VALUE_U => p.min_value_u = Some(a.as_uint()?),
                MAX_VALUE_U => p.max_value_u = Some(a.as_uint()?),
                MIN_LENGTH => p.min_length = Some(a.as_u32()?),
                MAX_LENGTH => p.max_length = Some(a.as_u32()?),
                POLICY_IDX => p.policy_idx = Some(a.as_u32()?),
                POLICY_MAXTYPE => p.policy_maxtype = Some(a.as_u32()?),
                BITFIELD32_MASK => p.bitfield32_mask = Some(a.as_u32()?),
                MASK => p.mask = Some(a.as_uint()?),
                _ => {}
            }
        }
        Ok(p)
    }
}

fn sint(a: &crate::Attr<'_>) -> Result<i64, Error> {
    match a.value().len() {
        4 => a.as_i32().map(i64::from),
        _ => a.as_i64(),
    }
}
