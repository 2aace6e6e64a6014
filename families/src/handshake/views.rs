//! Typed views of `handshake`: one per attribute set, parsed in one pass into a table, with
//! O(1) typed getters.

#![allow(unused_imports)]

use super::consts::*;
use super::tables;
use super::types::*;
use crate::runtime::{split_header, AttrView, Bitfield32, Entries, HwAddr, Records, Table};
use core::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use nlcodec::family::FamilyHeader;
use nlcodec::schema::AttrSet;
use nlcodec::{Attr, Attrs, Error};

/// The `x509` attributes of `handshake`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct X509<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for X509<'a> {
    const SET: &'static AttrSet = &tables::X509;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
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
}

/// The `accept` attributes of `handshake`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Accept<'a>(Table<'a, 10>);

impl<'a> AttrView<'a> for Accept<'a> {
    const SET: &'static AttrSet = &tables::ACCEPT;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
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
            .map(|v| HandlerClass::from_value(v as u32))
    }

    /// `HANDSHAKE_A_ACCEPT_MESSAGE_TYPE`
    #[inline]
    pub fn message_type(&self) -> Option<MsgType> {
        self.0
            .u32(HANDSHAKE_A_ACCEPT_MESSAGE_TYPE)
            .map(|v| MsgType::from_value(v as u32))
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
            .map(|v| Auth::from_value(v as u32))
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
}

/// The `done` attributes of `handshake`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Done<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for Done<'a> {
    const SET: &'static AttrSet = &tables::DONE;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
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
}
