//! Typed views of `handshake`: one per attribute set, parsed in one pass into a table, with
//! O(1) typed getters.

#![allow(unused_imports)]

use super::builders::*;
use super::consts::*;
use super::tables;
use super::types::*;
use crate::runtime::{
    nest_like, nest_like_with_header, raw, record_like, split_header, value, AttrView, Bitfield32,
    Check, Entries, HwAddr, NestedEntries, Records, RoundtripError, SetRoundtrip, Table,
};
use core::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use nlcodec::family::FamilyHeader;
use nlcodec::schema::AttrSet;
use nlcodec::{Attr, Attrs, Buffer, Error, Writer};

/// What [`X509`] checks of each attribute, from the descriptors.
static X509_CHECKS: [Check; 3] = Check::table(&tables::X509);

/// The `x509` attributes of `handshake`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct X509<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for X509<'a> {
    const SET: &'static AttrSet = &tables::X509;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &X509_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&X509_CHECKS, attrs)
    }
}

impl<'a> X509<'a> {
    /// Indexes and checks a block of `x509` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `HANDSHAKE_A_X509_CERT`
    #[inline]
    pub fn cert(&self) -> Option<i32> {
        self.0.i32(HANDSHAKE_A_X509_CERT)
    }

    /// `HANDSHAKE_A_X509_PRIVKEY`
    #[inline]
    pub fn privkey(&self) -> Option<i32> {
        self.0.i32(HANDSHAKE_A_X509_PRIVKEY)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                HANDSHAKE_A_X509_CERT if a.raw_kind() == HANDSHAKE_A_X509_CERT => {
                    X509Builder::new(w).cert(value::i32(&a))?;
                }
                HANDSHAKE_A_X509_PRIVKEY if a.raw_kind() == HANDSHAKE_A_X509_PRIVKEY => {
                    X509Builder::new(w).privkey(value::i32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Accept`] checks of each attribute, from the descriptors.
static ACCEPT_CHECKS: [Check; 10] = Check::table(&tables::ACCEPT);

/// The `accept` attributes of `handshake`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Accept<'a>(Table<'a, 10>);

impl<'a> AttrView<'a> for Accept<'a> {
    const SET: &'static AttrSet = &tables::ACCEPT;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ACCEPT_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ACCEPT_CHECKS, attrs)
    }
}

impl<'a> Accept<'a> {
    /// Indexes and checks a block of `accept` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 10> {
        &self.0
    }

    /// `HANDSHAKE_A_ACCEPT_SOCKFD`
    #[inline]
    pub fn sockfd(&self) -> Option<i32> {
        self.0.i32(HANDSHAKE_A_ACCEPT_SOCKFD)
    }

    /// `HANDSHAKE_A_ACCEPT_HANDLER_CLASS`
    #[inline]
    pub fn handler_class(&self) -> Option<HandlerClass> {
        self.0
            .u32(HANDSHAKE_A_ACCEPT_HANDLER_CLASS)
            .map(HandlerClass::from_value)
    }

    /// `HANDSHAKE_A_ACCEPT_MESSAGE_TYPE`
    #[inline]
    pub fn message_type(&self) -> Option<MsgType> {
        self.0
            .u32(HANDSHAKE_A_ACCEPT_MESSAGE_TYPE)
            .map(MsgType::from_value)
    }

    /// `HANDSHAKE_A_ACCEPT_TIMEOUT`
    #[inline]
    pub fn timeout(&self) -> Option<u32> {
        self.0.u32(HANDSHAKE_A_ACCEPT_TIMEOUT)
    }

    /// `HANDSHAKE_A_ACCEPT_AUTH_MODE`
    #[inline]
    pub fn auth_mode(&self) -> Option<Auth> {
        self.0
            .u32(HANDSHAKE_A_ACCEPT_AUTH_MODE)
            .map(Auth::from_value)
    }

    /// `HANDSHAKE_A_ACCEPT_PEER_IDENTITY`
    #[inline]
    pub fn peer_identity(&self) -> impl Iterator<Item = Attr<'a>> + 'a {
        self.0.all(HANDSHAKE_A_ACCEPT_PEER_IDENTITY)
    }

    /// `HANDSHAKE_A_ACCEPT_CERTIFICATE`
    #[inline]
    pub fn certificate(&self) -> impl Iterator<Item = Result<X509<'a>, Error>> + 'a {
        self.0
            .all(HANDSHAKE_A_ACCEPT_CERTIFICATE)
            .map(|a| X509::parse(a.nested()))
    }

    /// `HANDSHAKE_A_ACCEPT_PEERNAME`
    #[inline]
    pub fn peername(&self) -> Option<&'a str> {
        self.0.str(HANDSHAKE_A_ACCEPT_PEERNAME)
    }

    /// `HANDSHAKE_A_ACCEPT_KEYRING`
    #[inline]
    pub fn keyring(&self) -> Option<u32> {
        self.0.u32(HANDSHAKE_A_ACCEPT_KEYRING)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                HANDSHAKE_A_ACCEPT_SOCKFD if a.raw_kind() == HANDSHAKE_A_ACCEPT_SOCKFD => {
                    AcceptBuilder::new(w).sockfd(value::i32(&a))?;
                }
                HANDSHAKE_A_ACCEPT_HANDLER_CLASS
                    if a.raw_kind() == HANDSHAKE_A_ACCEPT_HANDLER_CLASS =>
                {
                    AcceptBuilder::new(w)
                        .handler_class(HandlerClass::from_value(value::u32(&a)))?;
                }
                HANDSHAKE_A_ACCEPT_MESSAGE_TYPE
                    if a.raw_kind() == HANDSHAKE_A_ACCEPT_MESSAGE_TYPE =>
                {
                    AcceptBuilder::new(w).message_type(MsgType::from_value(value::u32(&a)))?;
                }
                HANDSHAKE_A_ACCEPT_TIMEOUT if a.raw_kind() == HANDSHAKE_A_ACCEPT_TIMEOUT => {
                    AcceptBuilder::new(w).timeout(value::u32(&a))?;
                }
                HANDSHAKE_A_ACCEPT_AUTH_MODE if a.raw_kind() == HANDSHAKE_A_ACCEPT_AUTH_MODE => {
                    AcceptBuilder::new(w).auth_mode(Auth::from_value(value::u32(&a)))?;
                }
                HANDSHAKE_A_ACCEPT_PEER_IDENTITY
                    if a.raw_kind() == HANDSHAKE_A_ACCEPT_PEER_IDENTITY =>
                {
                    AcceptBuilder::new(w).peer_identity(value::u32(&a))?;
                }
                HANDSHAKE_A_ACCEPT_CERTIFICATE => {
                    nest_like(w, &a, |w| X509::parse(a.nested())?.write_to(w))?
                }
                HANDSHAKE_A_ACCEPT_PEERNAME if a.raw_kind() == HANDSHAKE_A_ACCEPT_PEERNAME => {
                    AcceptBuilder::new(w).peername(value::str(&a))?;
                }
                HANDSHAKE_A_ACCEPT_KEYRING if a.raw_kind() == HANDSHAKE_A_ACCEPT_KEYRING => {
                    AcceptBuilder::new(w).keyring(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Done`] checks of each attribute, from the descriptors.
static DONE_CHECKS: [Check; 4] = Check::table(&tables::DONE);

/// The `done` attributes of `handshake`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Done<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for Done<'a> {
    const SET: &'static AttrSet = &tables::DONE;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DONE_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DONE_CHECKS, attrs)
    }
}

impl<'a> Done<'a> {
    /// Indexes and checks a block of `done` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `HANDSHAKE_A_DONE_STATUS`
    #[inline]
    pub fn status(&self) -> Option<u32> {
        self.0.u32(HANDSHAKE_A_DONE_STATUS)
    }

    /// `HANDSHAKE_A_DONE_SOCKFD`
    #[inline]
    pub fn sockfd(&self) -> Option<i32> {
        self.0.i32(HANDSHAKE_A_DONE_SOCKFD)
    }

    /// `HANDSHAKE_A_DONE_REMOTE_AUTH`
    #[inline]
    pub fn remote_auth(&self) -> impl Iterator<Item = Attr<'a>> + 'a {
        self.0.all(HANDSHAKE_A_DONE_REMOTE_AUTH)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                HANDSHAKE_A_DONE_STATUS if a.raw_kind() == HANDSHAKE_A_DONE_STATUS => {
                    DoneBuilder::new(w).status(value::u32(&a))?;
                }
                HANDSHAKE_A_DONE_SOCKFD if a.raw_kind() == HANDSHAKE_A_DONE_SOCKFD => {
                    DoneBuilder::new(w).sockfd(value::i32(&a))?;
                }
                HANDSHAKE_A_DONE_REMOTE_AUTH if a.raw_kind() == HANDSHAKE_A_DONE_REMOTE_AUTH => {
                    DoneBuilder::new(w).remote_auth(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// Every attribute set of `handshake` with its round trip: parse a block with the set's view,
/// write it back through the typed builders (for round-trip tests and fuzzing).
#[cfg(feature = "roundtrip")]
pub static ROUNDTRIP: [SetRoundtrip; 3] = [
    SetRoundtrip {
        set: &tables::X509,
        run: |attrs, w| X509::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::ACCEPT,
        run: |attrs, w| Accept::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DONE,
        run: |attrs, w| Done::parse(attrs)?.write_to(w),
    },
];
