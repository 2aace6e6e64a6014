//! Typed builders of `rt-addr`: one per attribute set, over the codec's [`Writer`] (so they
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
    /// The `addr-attrs` attribute set.
    pub enum AddrAttrs {}
}

/// Writes `addr-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type AddrAttrsBuilder<'w, B> = Builder<'w, sets::AddrAttrs, B>;

impl<B: Buffer> AddrAttrsBuilder<'_, B> {
    /// Writes `IFA_ADDRESS`.
    pub fn address(&mut self, v: IpAddr) -> Result<&mut Self, WriteError> {
        match v {
            IpAddr::V4(v) => self.w.put_attr(IFA_ADDRESS, &v.octets()),
            IpAddr::V6(v) => self.w.put_attr(IFA_ADDRESS, &v.octets()),
        }?;
        Ok(self)
    }

    /// Writes `IFA_LOCAL`.
    pub fn local(&mut self, v: IpAddr) -> Result<&mut Self, WriteError> {
        match v {
            IpAddr::V4(v) => self.w.put_attr(IFA_LOCAL, &v.octets()),
            IpAddr::V6(v) => self.w.put_attr(IFA_LOCAL, &v.octets()),
        }?;
        Ok(self)
    }

    /// Writes `IFA_LABEL`.
    pub fn label(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFA_LABEL, v)?;
        Ok(self)
    }

    /// Writes `IFA_BROADCAST`.
    pub fn broadcast(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFA_BROADCAST, &v.octets())?;
        Ok(self)
    }

    /// Writes `IFA_ANYCAST`.
    pub fn anycast(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFA_ANYCAST, v)?;
        Ok(self)
    }

    /// Writes `IFA_CACHEINFO`.
    pub fn cacheinfo(&mut self, v: &IfaCacheinfo) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(IFA_CACHEINFO, IfaCacheinfo::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `IFA_MULTICAST`.
    pub fn multicast(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFA_MULTICAST, v)?;
        Ok(self)
    }

    /// Writes `IFA_FLAGS`.
    pub fn flags(&mut self, v: IfaFlags) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFA_FLAGS, &(v.bits()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFA_RT_PRIORITY`.
    pub fn rt_priority(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFA_RT_PRIORITY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFA_TARGET_NETNSID`.
    pub fn target_netnsid(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFA_TARGET_NETNSID, v)?;
        Ok(self)
    }

    /// Writes `IFA_PROTO`.
    pub fn proto(&mut self, v: IfaProto) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFA_PROTO, &(v.value() as u8).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFA_MC_USERS`.
    pub fn mc_users(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFA_MC_USERS, &(v).to_ne_bytes())?;
        Ok(self)
    }
}
