//! Typed builders of `handshake`: one per attribute set, over the codec's [`Writer`] (so they
//! write into a caller's `&mut [u8]` as well as a `Vec`).

#![allow(unused_imports)]

use super::consts::*;
use super::types::*;
use crate::runtime::{put_nest_with_header, Bitfield32, Builder};
use core::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use nlcodec::{Buffer, WriteError, Writer};

/// Markers of the attribute sets, one per set: the `S` of [`Builder`] (and of the
/// operations' `Attrs`).
pub mod sets {
    /// The `x509` attribute set.
    pub enum X509 {}
    /// The `accept` attribute set.
    pub enum Accept {}
    /// The `done` attribute set.
    pub enum Done {}
}

/// Writes `x509` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type X509Builder<'w, B> = Builder<'w, sets::X509, B>;

impl<B: Buffer> X509Builder<'_, B> {
    /// Writes `HANDSHAKE_A_X509_CERT`.
    pub fn cert(&mut self, v: i32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(HANDSHAKE_A_X509_CERT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `HANDSHAKE_A_X509_PRIVKEY`.
    pub fn privkey(&mut self, v: i32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(HANDSHAKE_A_X509_PRIVKEY, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `accept` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type AcceptBuilder<'w, B> = Builder<'w, sets::Accept, B>;

impl<B: Buffer> AcceptBuilder<'_, B> {
    /// Writes `HANDSHAKE_A_ACCEPT_SOCKFD`.
    pub fn sockfd(&mut self, v: i32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(HANDSHAKE_A_ACCEPT_SOCKFD, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `HANDSHAKE_A_ACCEPT_HANDLER_CLASS`.
    pub fn handler_class(&mut self, v: HandlerClass) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(HANDSHAKE_A_ACCEPT_HANDLER_CLASS, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `HANDSHAKE_A_ACCEPT_MESSAGE_TYPE`.
    pub fn message_type(&mut self, v: MsgType) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(HANDSHAKE_A_ACCEPT_MESSAGE_TYPE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `HANDSHAKE_A_ACCEPT_TIMEOUT`.
    pub fn timeout(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(HANDSHAKE_A_ACCEPT_TIMEOUT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `HANDSHAKE_A_ACCEPT_AUTH_MODE`.
    pub fn auth_mode(&mut self, v: Auth) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(HANDSHAKE_A_ACCEPT_AUTH_MODE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `HANDSHAKE_A_ACCEPT_PEER_IDENTITY`.
    pub fn peer_identity(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(HANDSHAKE_A_ACCEPT_PEER_IDENTITY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `HANDSHAKE_A_ACCEPT_CERTIFICATE`.
    pub fn certificate(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut X509Builder<'y, B>,
        ) -> Result<&'x mut X509Builder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(HANDSHAKE_A_ACCEPT_CERTIFICATE, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `HANDSHAKE_A_ACCEPT_PEERNAME`.
    pub fn peername(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(HANDSHAKE_A_ACCEPT_PEERNAME, v)?;
        Ok(self)
    }

    /// Writes `HANDSHAKE_A_ACCEPT_KEYRING`.
    pub fn keyring(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(HANDSHAKE_A_ACCEPT_KEYRING, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `done` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DoneBuilder<'w, B> = Builder<'w, sets::Done, B>;

impl<B: Buffer> DoneBuilder<'_, B> {
    /// Writes `HANDSHAKE_A_DONE_STATUS`.
    pub fn status(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(HANDSHAKE_A_DONE_STATUS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `HANDSHAKE_A_DONE_SOCKFD`.
    pub fn sockfd(&mut self, v: i32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(HANDSHAKE_A_DONE_SOCKFD, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `HANDSHAKE_A_DONE_REMOTE_AUTH`.
    pub fn remote_auth(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(HANDSHAKE_A_DONE_REMOTE_AUTH, &(v).to_ne_bytes())?;
        Ok(self)
    }
}
