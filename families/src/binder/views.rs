//! Typed views of `binder`: one per attribute set, parsed in one pass into a table, with
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

/// What [`Report`] checks of each attribute, from the descriptors.
static REPORT_CHECKS: [Check; 11] = Check::table(&tables::REPORT);

/// Attributes included within a transaction failure report. The elements
/// correspond directly with the specific transaction that failed, along
/// with the error returned to the sender e.g. BR_DEAD_REPLY.
#[derive(Debug, Clone)]
pub struct Report<'a>(Table<'a, 11>);

impl<'a> AttrView<'a> for Report<'a> {
    const SET: &'static AttrSet = &tables::REPORT;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &REPORT_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&REPORT_CHECKS, attrs)
    }
}

impl<'a> Report<'a> {
    /// Indexes and checks a block of `report` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 11> {
        &self.0
    }

    /// `BINDER_A_REPORT_ERROR`: The enum binder_driver_return_protocol returned to the sender.
    #[inline]
    pub fn error(&self) -> Option<u32> {
        self.0.u32(BINDER_A_REPORT_ERROR)
    }

    /// `BINDER_A_REPORT_CONTEXT`: The binder context where the transaction occurred.
    #[inline]
    pub fn context(&self) -> Option<&'a str> {
        self.0.str(BINDER_A_REPORT_CONTEXT)
    }

    /// `BINDER_A_REPORT_FROM_PID`: The PID of the sender process.
    #[inline]
    pub fn from_pid(&self) -> Option<u32> {
        self.0.u32(BINDER_A_REPORT_FROM_PID)
    }

    /// `BINDER_A_REPORT_FROM_TID`: The TID of the sender thread.
    #[inline]
    pub fn from_tid(&self) -> Option<u32> {
        self.0.u32(BINDER_A_REPORT_FROM_TID)
    }

    /// `BINDER_A_REPORT_TO_PID`: The PID of the recipient process. This attribute may not be present
    /// if the target could not be determined.
    #[inline]
    pub fn to_pid(&self) -> Option<u32> {
        self.0.u32(BINDER_A_REPORT_TO_PID)
    }

    /// `BINDER_A_REPORT_TO_TID`: The TID of the recipient thread. This attribute may not be present
    /// if the target could not be determined.
    #[inline]
    pub fn to_tid(&self) -> Option<u32> {
        self.0.u32(BINDER_A_REPORT_TO_TID)
    }

    /// `BINDER_A_REPORT_IS_REPLY`: When present, indicates the failed transaction is a reply.
    #[inline]
    pub fn is_reply(&self) -> bool {
        self.0.flag(BINDER_A_REPORT_IS_REPLY)
    }

    /// `BINDER_A_REPORT_FLAGS`: The bitmask of enum transaction_flags from the transaction.
    #[inline]
    pub fn flags(&self) -> Option<u32> {
        self.0.u32(BINDER_A_REPORT_FLAGS)
    }

    /// `BINDER_A_REPORT_CODE`: The application-defined code from the transaction.
    #[inline]
    pub fn code(&self) -> Option<u32> {
        self.0.u32(BINDER_A_REPORT_CODE)
    }

    /// `BINDER_A_REPORT_DATA_SIZE`: The transaction payload size in bytes.
    #[inline]
    pub fn data_size(&self) -> Option<u32> {
        self.0.u32(BINDER_A_REPORT_DATA_SIZE)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                BINDER_A_REPORT_ERROR if a.raw_kind() == BINDER_A_REPORT_ERROR => {
                    ReportBuilder::new(w).error(value::u32(&a))?;
                }
                BINDER_A_REPORT_CONTEXT if a.raw_kind() == BINDER_A_REPORT_CONTEXT => {
                    ReportBuilder::new(w).context(value::str(&a))?;
                }
                BINDER_A_REPORT_FROM_PID if a.raw_kind() == BINDER_A_REPORT_FROM_PID => {
                    ReportBuilder::new(w).from_pid(value::u32(&a))?;
                }
                BINDER_A_REPORT_FROM_TID if a.raw_kind() == BINDER_A_REPORT_FROM_TID => {
                    ReportBuilder::new(w).from_tid(value::u32(&a))?;
                }
                BINDER_A_REPORT_TO_PID if a.raw_kind() == BINDER_A_REPORT_TO_PID => {
                    ReportBuilder::new(w).to_pid(value::u32(&a))?;
                }
                BINDER_A_REPORT_TO_TID if a.raw_kind() == BINDER_A_REPORT_TO_TID => {
                    ReportBuilder::new(w).to_tid(value::u32(&a))?;
                }
                BINDER_A_REPORT_IS_REPLY if a.raw_kind() == BINDER_A_REPORT_IS_REPLY => {
                    if a.value().is_empty() {
                        ReportBuilder::new(w).is_reply()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                BINDER_A_REPORT_FLAGS if a.raw_kind() == BINDER_A_REPORT_FLAGS => {
                    ReportBuilder::new(w).flags(value::u32(&a))?;
                }
                BINDER_A_REPORT_CODE if a.raw_kind() == BINDER_A_REPORT_CODE => {
                    ReportBuilder::new(w).code(value::u32(&a))?;
                }
                BINDER_A_REPORT_DATA_SIZE if a.raw_kind() == BINDER_A_REPORT_DATA_SIZE => {
                    ReportBuilder::new(w).data_size(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// Every attribute set of `binder` with its round trip: parse a block with the set's view,
/// write it back through the typed builders (for round-trip tests and fuzzing).
#[cfg(feature = "roundtrip")]
pub static ROUNDTRIP: [SetRoundtrip; 1] = [SetRoundtrip {
    set: &tables::REPORT,
    run: |attrs, w| Report::parse(attrs)?.write_to(w),
}];
