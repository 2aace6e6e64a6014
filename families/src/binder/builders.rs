//! Typed builders of `binder`: one per attribute set, over the codec's [`Writer`] (so they
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
    /// The `report` attribute set.
    pub enum Report {}
}

/// Writes `report` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ReportBuilder<'w, B> = Builder<'w, sets::Report, B>;

impl<B: Buffer> ReportBuilder<'_, B> {
    /// Writes `BINDER_A_REPORT_ERROR`: The enum binder_driver_return_protocol returned to the sender.
    pub fn error(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(BINDER_A_REPORT_ERROR, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `BINDER_A_REPORT_CONTEXT`: The binder context where the transaction occurred.
    pub fn context(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(BINDER_A_REPORT_CONTEXT, v)?;
        Ok(self)
    }

    /// Writes `BINDER_A_REPORT_FROM_PID`: The PID of the sender process.
    pub fn from_pid(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(BINDER_A_REPORT_FROM_PID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `BINDER_A_REPORT_FROM_TID`: The TID of the sender thread.
    pub fn from_tid(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(BINDER_A_REPORT_FROM_TID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `BINDER_A_REPORT_TO_PID`: The PID of the recipient process. This attribute may not be present
    /// if the target could not be determined.
    pub fn to_pid(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(BINDER_A_REPORT_TO_PID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `BINDER_A_REPORT_TO_TID`: The TID of the recipient thread. This attribute may not be present
    /// if the target could not be determined.
    pub fn to_tid(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(BINDER_A_REPORT_TO_TID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `BINDER_A_REPORT_IS_REPLY`: When present, indicates the failed transaction is a reply.
    pub fn is_reply(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(BINDER_A_REPORT_IS_REPLY)?;
        Ok(self)
    }

    /// Writes `BINDER_A_REPORT_FLAGS`: The bitmask of enum transaction_flags from the transaction.
    pub fn flags(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(BINDER_A_REPORT_FLAGS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `BINDER_A_REPORT_CODE`: The application-defined code from the transaction.
    pub fn code(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(BINDER_A_REPORT_CODE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `BINDER_A_REPORT_DATA_SIZE`: The transaction payload size in bytes.
    pub fn data_size(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(BINDER_A_REPORT_DATA_SIZE, &(v).to_ne_bytes())?;
        Ok(self)
    }
}
