//! Typed views of `dpll`: one per attribute set, parsed in one pass into a table, with
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

/// What [`Dpll`] checks of each attribute, from the descriptors.
static DPLL_CHECKS: [Check; 15] = Check::table(&tables::DPLL);

/// The `dpll` attributes of `dpll`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Dpll<'a>(Table<'a, 15>);

impl<'a> AttrView<'a> for Dpll<'a> {
    const SET: &'static AttrSet = &tables::DPLL;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DPLL_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DPLL_CHECKS, attrs)
    }
}

impl<'a> Dpll<'a> {
    /// Indexes and checks a block of `dpll` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 15> {
        &self.0
    }

    /// `DPLL_A_ID`
    #[inline]
    pub fn id(&self) -> Option<u32> {
        self.0.u32(DPLL_A_ID)
    }

    /// `DPLL_A_MODULE_NAME`
    #[inline]
    pub fn module_name(&self) -> Option<&'a str> {
        self.0.str(DPLL_A_MODULE_NAME)
    }

    /// `DPLL_A_CLOCK_ID`
    #[inline]
    pub fn clock_id(&self) -> Option<u64> {
        self.0.u64(DPLL_A_CLOCK_ID)
    }

    /// `DPLL_A_MODE`
    #[inline]
    pub fn mode(&self) -> Option<Mode> {
        self.0.u32(DPLL_A_MODE).map(Mode::from_value)
    }

    /// `DPLL_A_MODE_SUPPORTED`
    #[inline]
    pub fn mode_supported(&self) -> impl Iterator<Item = Attr<'a>> + 'a {
        self.0.all(DPLL_A_MODE_SUPPORTED)
    }

    /// `DPLL_A_LOCK_STATUS`
    #[inline]
    pub fn lock_status(&self) -> Option<LockStatus> {
        self.0.u32(DPLL_A_LOCK_STATUS).map(LockStatus::from_value)
    }

    /// `DPLL_A_TEMP`
    #[inline]
    pub fn temp(&self) -> Option<i32> {
        self.0.i32(DPLL_A_TEMP)
    }

    /// `DPLL_A_TYPE`
    #[inline]
    pub fn type_(&self) -> Option<Type> {
        self.0.u32(DPLL_A_TYPE).map(Type::from_value)
    }

    /// `DPLL_A_LOCK_STATUS_ERROR`
    #[inline]
    pub fn lock_status_error(&self) -> Option<LockStatusError> {
        self.0
            .u32(DPLL_A_LOCK_STATUS_ERROR)
            .map(LockStatusError::from_value)
    }

    /// `DPLL_A_CLOCK_QUALITY_LEVEL`: Level of quality of a clock device. This mainly applies when
    /// the dpll lock-status is DPLL_LOCK_STATUS_HOLDOVER. This could
    /// be put to message multiple times to indicate possible parallel
    /// quality levels (e.g. one specified by ITU option 1 and another
    /// one specified by option 2).
    #[inline]
    pub fn clock_quality_level(&self) -> impl Iterator<Item = Attr<'a>> + 'a {
        self.0.all(DPLL_A_CLOCK_QUALITY_LEVEL)
    }

    /// `DPLL_A_PHASE_OFFSET_MONITOR`: Receive or request state of phase offset monitor feature. If enabled, dpll device shall monitor and notify all currently available inputs for changes of their phase offset against the dpll device.
    #[inline]
    pub fn phase_offset_monitor(&self) -> Option<FeatureState> {
        self.0
            .u32(DPLL_A_PHASE_OFFSET_MONITOR)
            .map(FeatureState::from_value)
    }

    /// `DPLL_A_PHASE_OFFSET_AVG_FACTOR`: Averaging factor applied to calculation of reported phase offset.
    #[inline]
    pub fn phase_offset_avg_factor(&self) -> Option<u32> {
        self.0.u32(DPLL_A_PHASE_OFFSET_AVG_FACTOR)
    }

    /// `DPLL_A_FREQUENCY_MONITOR`: Current or desired state of the frequency monitor feature. If enabled, dpll device shall measure all currently available inputs for their actual input frequency.
    #[inline]
    pub fn frequency_monitor(&self) -> Option<FeatureState> {
        self.0
            .u32(DPLL_A_FREQUENCY_MONITOR)
            .map(FeatureState::from_value)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DPLL_A_ID if a.raw_kind() == DPLL_A_ID => {
                    DpllBuilder::new(w).id(value::u32(&a))?;
                }
                DPLL_A_MODULE_NAME if a.raw_kind() == DPLL_A_MODULE_NAME => {
                    DpllBuilder::new(w).module_name(value::str(&a))?;
                }
                DPLL_A_PAD if a.raw_kind() == DPLL_A_PAD => raw(w, &a)?,
                DPLL_A_CLOCK_ID if a.raw_kind() == DPLL_A_CLOCK_ID => {
                    DpllBuilder::new(w).clock_id(value::u64(&a))?;
                }
                DPLL_A_MODE if a.raw_kind() == DPLL_A_MODE => {
                    DpllBuilder::new(w).mode(Mode::from_value(value::u32(&a)))?;
                }
                DPLL_A_MODE_SUPPORTED if a.raw_kind() == DPLL_A_MODE_SUPPORTED => {
                    DpllBuilder::new(w).mode_supported(Mode::from_value(value::u32(&a)))?;
                }
                DPLL_A_LOCK_STATUS if a.raw_kind() == DPLL_A_LOCK_STATUS => {
                    DpllBuilder::new(w).lock_status(LockStatus::from_value(value::u32(&a)))?;
                }
                DPLL_A_TEMP if a.raw_kind() == DPLL_A_TEMP => {
                    DpllBuilder::new(w).temp(value::i32(&a))?;
                }
                DPLL_A_TYPE if a.raw_kind() == DPLL_A_TYPE => {
                    DpllBuilder::new(w).type_(Type::from_value(value::u32(&a)))?;
                }
                DPLL_A_LOCK_STATUS_ERROR if a.raw_kind() == DPLL_A_LOCK_STATUS_ERROR => {
                    DpllBuilder::new(w)
                        .lock_status_error(LockStatusError::from_value(value::u32(&a)))?;
                }
                DPLL_A_CLOCK_QUALITY_LEVEL if a.raw_kind() == DPLL_A_CLOCK_QUALITY_LEVEL => {
                    DpllBuilder::new(w)
                        .clock_quality_level(ClockQualityLevel::from_value(value::u32(&a)))?;
                }
                DPLL_A_PHASE_OFFSET_MONITOR if a.raw_kind() == DPLL_A_PHASE_OFFSET_MONITOR => {
                    DpllBuilder::new(w)
                        .phase_offset_monitor(FeatureState::from_value(value::u32(&a)))?;
                }
                DPLL_A_PHASE_OFFSET_AVG_FACTOR
                    if a.raw_kind() == DPLL_A_PHASE_OFFSET_AVG_FACTOR =>
                {
                    DpllBuilder::new(w).phase_offset_avg_factor(value::u32(&a))?;
                }
                DPLL_A_FREQUENCY_MONITOR if a.raw_kind() == DPLL_A_FREQUENCY_MONITOR => {
                    DpllBuilder::new(w)
                        .frequency_monitor(FeatureState::from_value(value::u32(&a)))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Pin`] checks of each attribute, from the descriptors.
static PIN_CHECKS: [Check; 33] = Check::table(&tables::PIN);

/// The `pin` attributes of `dpll`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Pin<'a>(Table<'a, 33>);

impl<'a> AttrView<'a> for Pin<'a> {
    const SET: &'static AttrSet = &tables::PIN;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &PIN_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&PIN_CHECKS, attrs)
    }
}

impl<'a> Pin<'a> {
    /// Indexes and checks a block of `pin` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 33> {
        &self.0
    }

    /// `DPLL_A_PIN_ID`
    #[inline]
    pub fn id(&self) -> Option<u32> {
        self.0.u32(DPLL_A_PIN_ID)
    }

    /// `DPLL_A_PIN_PARENT_ID`
    #[inline]
    pub fn parent_id(&self) -> Option<u32> {
        self.0.u32(DPLL_A_PIN_PARENT_ID)
    }

    /// `DPLL_A_PIN_MODULE_NAME`
    #[inline]
    pub fn module_name(&self) -> Option<&'a str> {
        self.0.str(DPLL_A_PIN_MODULE_NAME)
    }

    /// `DPLL_A_PIN_CLOCK_ID`
    #[inline]
    pub fn clock_id(&self) -> Option<u64> {
        self.0.u64(DPLL_A_PIN_CLOCK_ID)
    }

    /// `DPLL_A_PIN_BOARD_LABEL`
    #[inline]
    pub fn board_label(&self) -> Option<&'a str> {
        self.0.str(DPLL_A_PIN_BOARD_LABEL)
    }

    /// `DPLL_A_PIN_PANEL_LABEL`
    #[inline]
    pub fn panel_label(&self) -> Option<&'a str> {
        self.0.str(DPLL_A_PIN_PANEL_LABEL)
    }

    /// `DPLL_A_PIN_PACKAGE_LABEL`
    #[inline]
    pub fn package_label(&self) -> Option<&'a str> {
        self.0.str(DPLL_A_PIN_PACKAGE_LABEL)
    }

    /// `DPLL_A_PIN_TYPE`
    #[inline]
    pub fn type_(&self) -> Option<PinType> {
        self.0.u32(DPLL_A_PIN_TYPE).map(PinType::from_value)
    }

    /// `DPLL_A_PIN_DIRECTION`
    #[inline]
    pub fn direction(&self) -> Option<PinDirection> {
        self.0
            .u32(DPLL_A_PIN_DIRECTION)
            .map(PinDirection::from_value)
    }

    /// `DPLL_A_PIN_FREQUENCY`
    #[inline]
    pub fn frequency(&self) -> Option<u64> {
        self.0.u64(DPLL_A_PIN_FREQUENCY)
    }

    /// `DPLL_A_PIN_FREQUENCY_SUPPORTED`
    #[inline]
    pub fn frequency_supported(
        &self,
    ) -> impl Iterator<Item = Result<FrequencyRange<'a>, Error>> + 'a {
        self.0
            .all(DPLL_A_PIN_FREQUENCY_SUPPORTED)
            .map(|a| FrequencyRange::parse(a.nested()))
    }

    /// `DPLL_A_PIN_FREQUENCY_MIN`
    #[inline]
    pub fn frequency_min(&self) -> Option<u64> {
        self.0.u64(DPLL_A_PIN_FREQUENCY_MIN)
    }

    /// `DPLL_A_PIN_FREQUENCY_MAX`
    #[inline]
    pub fn frequency_max(&self) -> Option<u64> {
        self.0.u64(DPLL_A_PIN_FREQUENCY_MAX)
    }

    /// `DPLL_A_PIN_PRIO`
    #[inline]
    pub fn prio(&self) -> Option<u32> {
        self.0.u32(DPLL_A_PIN_PRIO)
    }

    /// `DPLL_A_PIN_STATE`
    #[inline]
    pub fn state(&self) -> Option<PinState> {
        self.0.u32(DPLL_A_PIN_STATE).map(PinState::from_value)
    }

    /// `DPLL_A_PIN_CAPABILITIES`
    #[inline]
    pub fn capabilities(&self) -> Option<PinCapabilities> {
        self.0.u32(DPLL_A_PIN_CAPABILITIES).map(PinCapabilities)
    }

    /// `DPLL_A_PIN_PARENT_DEVICE`
    #[inline]
    pub fn parent_device(&self) -> impl Iterator<Item = Result<PinParentDevice<'a>, Error>> + 'a {
        self.0
            .all(DPLL_A_PIN_PARENT_DEVICE)
            .map(|a| PinParentDevice::parse(a.nested()))
    }

    /// `DPLL_A_PIN_PARENT_PIN`
    #[inline]
    pub fn parent_pin(&self) -> impl Iterator<Item = Result<PinParentPin<'a>, Error>> + 'a {
        self.0
            .all(DPLL_A_PIN_PARENT_PIN)
            .map(|a| PinParentPin::parse(a.nested()))
    }

    /// `DPLL_A_PIN_PHASE_ADJUST_MIN`
    #[inline]
    pub fn phase_adjust_min(&self) -> Option<i32> {
        self.0.i32(DPLL_A_PIN_PHASE_ADJUST_MIN)
    }

    /// `DPLL_A_PIN_PHASE_ADJUST_MAX`
    #[inline]
    pub fn phase_adjust_max(&self) -> Option<i32> {
        self.0.i32(DPLL_A_PIN_PHASE_ADJUST_MAX)
    }

    /// `DPLL_A_PIN_PHASE_ADJUST`
    #[inline]
    pub fn phase_adjust(&self) -> Option<i32> {
        self.0.i32(DPLL_A_PIN_PHASE_ADJUST)
    }

    /// `DPLL_A_PIN_PHASE_OFFSET`
    #[inline]
    pub fn phase_offset(&self) -> Option<i64> {
        self.0.i64(DPLL_A_PIN_PHASE_OFFSET)
    }

    /// `DPLL_A_PIN_FRACTIONAL_FREQUENCY_OFFSET`: The FFO (Fractional Frequency Offset) of the pin.
    /// At top level this represents the RX vs TX symbol rate
    /// offset on the media associated with the pin. Inside
    /// the pin-parent-device nest it represents the frequency
    /// offset between the pin and its parent DPLL device.
    /// For pins of type PIN_TYPE_INT_NCO this represents
    /// the DPLL's current output frequency offset from its
    /// nominal frequency.
    /// Value is in PPM (parts per million).
    /// This is a lower-precision version of
    /// fractional-frequency-offset-ppt.
    #[inline]
    pub fn fractional_frequency_offset(&self) -> Option<i64> {
        self.0.sint(DPLL_A_PIN_FRACTIONAL_FREQUENCY_OFFSET)
    }

    /// `DPLL_A_PIN_ESYNC_FREQUENCY`: Frequency of Embedded SYNC signal. If provided, the pin is configured
    /// with a SYNC signal embedded into its base clock frequency.
    #[inline]
    pub fn esync_frequency(&self) -> Option<u64> {
        self.0.u64(DPLL_A_PIN_ESYNC_FREQUENCY)
    }

    /// `DPLL_A_PIN_ESYNC_FREQUENCY_SUPPORTED`: If provided a pin is capable of embedding a SYNC signal (within given
    /// range) into its base frequency signal.
    #[inline]
    pub fn esync_frequency_supported(
        &self,
    ) -> impl Iterator<Item = Result<FrequencyRange<'a>, Error>> + 'a {
        self.0
            .all(DPLL_A_PIN_ESYNC_FREQUENCY_SUPPORTED)
            .map(|a| FrequencyRange::parse(a.nested()))
    }

    /// `DPLL_A_PIN_ESYNC_PULSE`: A ratio of high to low state of a SYNC signal pulse embedded
    /// into base clock frequency. Value is in percents.
    #[inline]
    pub fn esync_pulse(&self) -> Option<u32> {
        self.0.u32(DPLL_A_PIN_ESYNC_PULSE)
    }

    /// `DPLL_A_PIN_REFERENCE_SYNC`: Capable pin provides list of pins that can be bound to create a
    /// reference-sync pin pair.
    #[inline]
    pub fn reference_sync(&self) -> impl Iterator<Item = Result<ReferenceSync<'a>, Error>> + 'a {
        self.0
            .all(DPLL_A_PIN_REFERENCE_SYNC)
            .map(|a| ReferenceSync::parse(a.nested()))
    }

    /// `DPLL_A_PIN_PHASE_ADJUST_GRAN`: Granularity of phase adjustment, in picoseconds. The value of
    /// phase adjustment must be a multiple of this granularity.
    #[inline]
    pub fn phase_adjust_gran(&self) -> Option<u32> {
        self.0.u32(DPLL_A_PIN_PHASE_ADJUST_GRAN)
    }

    /// `DPLL_A_PIN_FRACTIONAL_FREQUENCY_OFFSET_PPT`: The FFO (Fractional Frequency Offset) of the pin.
    /// At top level this represents the RX vs TX symbol rate
    /// offset on the media associated with the pin. Inside
    /// the pin-parent-device nest it represents the frequency
    /// offset between the pin and its parent DPLL device.
    /// For pins of type PIN_TYPE_INT_NCO this represents
    /// the DPLL's current output frequency offset from its
    /// nominal frequency.
    /// Value is in PPT (parts per trillion, 10^-12).
    /// This is a higher-precision version of
    /// fractional-frequency-offset.
    #[inline]
    pub fn fractional_frequency_offset_ppt(&self) -> Option<i64> {
        self.0.sint(DPLL_A_PIN_FRACTIONAL_FREQUENCY_OFFSET_PPT)
    }

    /// `DPLL_A_PIN_MEASURED_FREQUENCY`: The measured frequency of the input pin in millihertz (mHz).
    /// Value of (DPLL_A_PIN_MEASURED_FREQUENCY /
    /// DPLL_PIN_MEASURED_FREQUENCY_DIVIDER) is an integer part (Hz)
    /// of a measured frequency value.
    /// Value of (DPLL_A_PIN_MEASURED_FREQUENCY %
    /// DPLL_PIN_MEASURED_FREQUENCY_DIVIDER) is a fractional part
    /// of a measured frequency value.
    #[inline]
    pub fn measured_frequency(&self) -> Option<u64> {
        self.0.u64(DPLL_A_PIN_MEASURED_FREQUENCY)
    }

    /// `DPLL_A_PIN_OPERSTATE`: Operational state of the pin with respect to its parent DPLL
    /// device. Unlike state (which reflects the administrative intent),
    /// operstate reflects the actual hardware status.
    #[inline]
    pub fn operstate(&self) -> Option<PinOperstate> {
        self.0
            .u32(DPLL_A_PIN_OPERSTATE)
            .map(PinOperstate::from_value)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DPLL_A_PIN_ID if a.raw_kind() == DPLL_A_PIN_ID => {
                    PinBuilder::new(w).id(value::u32(&a))?;
                }
                DPLL_A_PIN_PARENT_ID if a.raw_kind() == DPLL_A_PIN_PARENT_ID => {
                    PinBuilder::new(w).parent_id(value::u32(&a))?;
                }
                DPLL_A_PIN_MODULE_NAME if a.raw_kind() == DPLL_A_PIN_MODULE_NAME => {
                    PinBuilder::new(w).module_name(value::str(&a))?;
                }
                DPLL_A_PIN_PAD if a.raw_kind() == DPLL_A_PIN_PAD => raw(w, &a)?,
                DPLL_A_PIN_CLOCK_ID if a.raw_kind() == DPLL_A_PIN_CLOCK_ID => {
                    PinBuilder::new(w).clock_id(value::u64(&a))?;
                }
                DPLL_A_PIN_BOARD_LABEL if a.raw_kind() == DPLL_A_PIN_BOARD_LABEL => {
                    PinBuilder::new(w).board_label(value::str(&a))?;
                }
                DPLL_A_PIN_PANEL_LABEL if a.raw_kind() == DPLL_A_PIN_PANEL_LABEL => {
                    PinBuilder::new(w).panel_label(value::str(&a))?;
                }
                DPLL_A_PIN_PACKAGE_LABEL if a.raw_kind() == DPLL_A_PIN_PACKAGE_LABEL => {
                    PinBuilder::new(w).package_label(value::str(&a))?;
                }
                DPLL_A_PIN_TYPE if a.raw_kind() == DPLL_A_PIN_TYPE => {
                    PinBuilder::new(w).type_(PinType::from_value(value::u32(&a)))?;
                }
                DPLL_A_PIN_DIRECTION if a.raw_kind() == DPLL_A_PIN_DIRECTION => {
                    PinBuilder::new(w).direction(PinDirection::from_value(value::u32(&a)))?;
                }
                DPLL_A_PIN_FREQUENCY if a.raw_kind() == DPLL_A_PIN_FREQUENCY => {
                    PinBuilder::new(w).frequency(value::u64(&a))?;
                }
                DPLL_A_PIN_FREQUENCY_SUPPORTED => {
                    nest_like(w, &a, |w| FrequencyRange::parse(a.nested())?.write_to(w))?
                }
                DPLL_A_PIN_FREQUENCY_MIN if a.raw_kind() == DPLL_A_PIN_FREQUENCY_MIN => {
                    PinBuilder::new(w).frequency_min(value::u64(&a))?;
                }
                DPLL_A_PIN_FREQUENCY_MAX if a.raw_kind() == DPLL_A_PIN_FREQUENCY_MAX => {
                    PinBuilder::new(w).frequency_max(value::u64(&a))?;
                }
                DPLL_A_PIN_PRIO if a.raw_kind() == DPLL_A_PIN_PRIO => {
                    PinBuilder::new(w).prio(value::u32(&a))?;
                }
                DPLL_A_PIN_STATE if a.raw_kind() == DPLL_A_PIN_STATE => {
                    PinBuilder::new(w).state(PinState::from_value(value::u32(&a)))?;
                }
                DPLL_A_PIN_CAPABILITIES if a.raw_kind() == DPLL_A_PIN_CAPABILITIES => {
                    PinBuilder::new(w).capabilities(PinCapabilities(value::u32(&a)))?;
                }
                DPLL_A_PIN_PARENT_DEVICE => {
                    nest_like(w, &a, |w| PinParentDevice::parse(a.nested())?.write_to(w))?
                }
                DPLL_A_PIN_PARENT_PIN => {
                    nest_like(w, &a, |w| PinParentPin::parse(a.nested())?.write_to(w))?
                }
                DPLL_A_PIN_PHASE_ADJUST_MIN if a.raw_kind() == DPLL_A_PIN_PHASE_ADJUST_MIN => {
                    PinBuilder::new(w).phase_adjust_min(value::i32(&a))?;
                }
                DPLL_A_PIN_PHASE_ADJUST_MAX if a.raw_kind() == DPLL_A_PIN_PHASE_ADJUST_MAX => {
                    PinBuilder::new(w).phase_adjust_max(value::i32(&a))?;
                }
                DPLL_A_PIN_PHASE_ADJUST if a.raw_kind() == DPLL_A_PIN_PHASE_ADJUST => {
                    PinBuilder::new(w).phase_adjust(value::i32(&a))?;
                }
                DPLL_A_PIN_PHASE_OFFSET if a.raw_kind() == DPLL_A_PIN_PHASE_OFFSET => {
                    PinBuilder::new(w).phase_offset(value::i64(&a))?;
                }
                DPLL_A_PIN_FRACTIONAL_FREQUENCY_OFFSET
                    if a.raw_kind() == DPLL_A_PIN_FRACTIONAL_FREQUENCY_OFFSET =>
                {
                    PinBuilder::new(w).fractional_frequency_offset(value::sint(&a))?;
                }
                DPLL_A_PIN_ESYNC_FREQUENCY if a.raw_kind() == DPLL_A_PIN_ESYNC_FREQUENCY => {
                    PinBuilder::new(w).esync_frequency(value::u64(&a))?;
                }
                DPLL_A_PIN_ESYNC_FREQUENCY_SUPPORTED => {
                    nest_like(w, &a, |w| FrequencyRange::parse(a.nested())?.write_to(w))?
                }
                DPLL_A_PIN_ESYNC_PULSE if a.raw_kind() == DPLL_A_PIN_ESYNC_PULSE => {
                    PinBuilder::new(w).esync_pulse(value::u32(&a))?;
                }
                DPLL_A_PIN_REFERENCE_SYNC => {
                    nest_like(w, &a, |w| ReferenceSync::parse(a.nested())?.write_to(w))?
                }
                DPLL_A_PIN_PHASE_ADJUST_GRAN if a.raw_kind() == DPLL_A_PIN_PHASE_ADJUST_GRAN => {
                    PinBuilder::new(w).phase_adjust_gran(value::u32(&a))?;
                }
                DPLL_A_PIN_FRACTIONAL_FREQUENCY_OFFSET_PPT
                    if a.raw_kind() == DPLL_A_PIN_FRACTIONAL_FREQUENCY_OFFSET_PPT =>
                {
                    PinBuilder::new(w).fractional_frequency_offset_ppt(value::sint(&a))?;
                }
                DPLL_A_PIN_MEASURED_FREQUENCY if a.raw_kind() == DPLL_A_PIN_MEASURED_FREQUENCY => {
                    PinBuilder::new(w).measured_frequency(value::u64(&a))?;
                }
                DPLL_A_PIN_OPERSTATE if a.raw_kind() == DPLL_A_PIN_OPERSTATE => {
                    PinBuilder::new(w).operstate(PinOperstate::from_value(value::u32(&a)))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`PinParentDevice`] checks of each attribute, from the descriptors.
static PIN_PARENT_DEVICE_CHECKS: [Check; 33] = Check::table(&tables::PIN_PARENT_DEVICE);

/// The `pin-parent-device` attributes of `dpll`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct PinParentDevice<'a>(Table<'a, 33>);

impl<'a> AttrView<'a> for PinParentDevice<'a> {
    const SET: &'static AttrSet = &tables::PIN_PARENT_DEVICE;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &PIN_PARENT_DEVICE_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&PIN_PARENT_DEVICE_CHECKS, attrs)
    }
}

impl<'a> PinParentDevice<'a> {
    /// Indexes and checks a block of `pin-parent-device` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 33> {
        &self.0
    }

    /// `DPLL_A_PIN_PARENT_ID`
    #[inline]
    pub fn parent_id(&self) -> Option<u32> {
        self.0.u32(DPLL_A_PIN_PARENT_ID)
    }

    /// `DPLL_A_PIN_DIRECTION`
    #[inline]
    pub fn direction(&self) -> Option<PinDirection> {
        self.0
            .u32(DPLL_A_PIN_DIRECTION)
            .map(PinDirection::from_value)
    }

    /// `DPLL_A_PIN_PRIO`
    #[inline]
    pub fn prio(&self) -> Option<u32> {
        self.0.u32(DPLL_A_PIN_PRIO)
    }

    /// `DPLL_A_PIN_STATE`
    #[inline]
    pub fn state(&self) -> Option<PinState> {
        self.0.u32(DPLL_A_PIN_STATE).map(PinState::from_value)
    }

    /// `DPLL_A_PIN_PHASE_OFFSET`
    #[inline]
    pub fn phase_offset(&self) -> Option<i64> {
        self.0.i64(DPLL_A_PIN_PHASE_OFFSET)
    }

    /// `DPLL_A_PIN_FRACTIONAL_FREQUENCY_OFFSET`: The FFO (Fractional Frequency Offset) of the pin.
    /// At top level this represents the RX vs TX symbol rate
    /// offset on the media associated with the pin. Inside
    /// the pin-parent-device nest it represents the frequency
    /// offset between the pin and its parent DPLL device.
    /// For pins of type PIN_TYPE_INT_NCO this represents
    /// the DPLL's current output frequency offset from its
    /// nominal frequency.
    /// Value is in PPM (parts per million).
    /// This is a lower-precision version of
    /// fractional-frequency-offset-ppt.
    #[inline]
    pub fn fractional_frequency_offset(&self) -> Option<i64> {
        self.0.sint(DPLL_A_PIN_FRACTIONAL_FREQUENCY_OFFSET)
    }

    /// `DPLL_A_PIN_FRACTIONAL_FREQUENCY_OFFSET_PPT`: The FFO (Fractional Frequency Offset) of the pin.
    /// At top level this represents the RX vs TX symbol rate
    /// offset on the media associated with the pin. Inside
    /// the pin-parent-device nest it represents the frequency
    /// offset between the pin and its parent DPLL device.
    /// For pins of type PIN_TYPE_INT_NCO this represents
    /// the DPLL's current output frequency offset from its
    /// nominal frequency.
    /// Value is in PPT (parts per trillion, 10^-12).
    /// This is a higher-precision version of
    /// fractional-frequency-offset.
    #[inline]
    pub fn fractional_frequency_offset_ppt(&self) -> Option<i64> {
        self.0.sint(DPLL_A_PIN_FRACTIONAL_FREQUENCY_OFFSET_PPT)
    }

    /// `DPLL_A_PIN_OPERSTATE`: Operational state of the pin with respect to its parent DPLL
    /// device. Unlike state (which reflects the administrative intent),
    /// operstate reflects the actual hardware status.
    #[inline]
    pub fn operstate(&self) -> Option<PinOperstate> {
        self.0
            .u32(DPLL_A_PIN_OPERSTATE)
            .map(PinOperstate::from_value)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DPLL_A_PIN_PARENT_ID if a.raw_kind() == DPLL_A_PIN_PARENT_ID => {
                    PinParentDeviceBuilder::new(w).parent_id(value::u32(&a))?;
                }
                DPLL_A_PIN_DIRECTION if a.raw_kind() == DPLL_A_PIN_DIRECTION => {
                    PinParentDeviceBuilder::new(w)
                        .direction(PinDirection::from_value(value::u32(&a)))?;
                }
                DPLL_A_PIN_PRIO if a.raw_kind() == DPLL_A_PIN_PRIO => {
                    PinParentDeviceBuilder::new(w).prio(value::u32(&a))?;
                }
                DPLL_A_PIN_STATE if a.raw_kind() == DPLL_A_PIN_STATE => {
                    PinParentDeviceBuilder::new(w).state(PinState::from_value(value::u32(&a)))?;
                }
                DPLL_A_PIN_PHASE_OFFSET if a.raw_kind() == DPLL_A_PIN_PHASE_OFFSET => {
                    PinParentDeviceBuilder::new(w).phase_offset(value::i64(&a))?;
                }
                DPLL_A_PIN_FRACTIONAL_FREQUENCY_OFFSET
                    if a.raw_kind() == DPLL_A_PIN_FRACTIONAL_FREQUENCY_OFFSET =>
                {
                    PinParentDeviceBuilder::new(w).fractional_frequency_offset(value::sint(&a))?;
                }
                DPLL_A_PIN_FRACTIONAL_FREQUENCY_OFFSET_PPT
                    if a.raw_kind() == DPLL_A_PIN_FRACTIONAL_FREQUENCY_OFFSET_PPT =>
                {
                    PinParentDeviceBuilder::new(w)
                        .fractional_frequency_offset_ppt(value::sint(&a))?;
                }
                DPLL_A_PIN_OPERSTATE if a.raw_kind() == DPLL_A_PIN_OPERSTATE => {
                    PinParentDeviceBuilder::new(w)
                        .operstate(PinOperstate::from_value(value::u32(&a)))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`PinParentPin`] checks of each attribute, from the descriptors.
static PIN_PARENT_PIN_CHECKS: [Check; 17] = Check::table(&tables::PIN_PARENT_PIN);

/// The `pin-parent-pin` attributes of `dpll`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct PinParentPin<'a>(Table<'a, 17>);

impl<'a> AttrView<'a> for PinParentPin<'a> {
    const SET: &'static AttrSet = &tables::PIN_PARENT_PIN;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &PIN_PARENT_PIN_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&PIN_PARENT_PIN_CHECKS, attrs)
    }
}

impl<'a> PinParentPin<'a> {
    /// Indexes and checks a block of `pin-parent-pin` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 17> {
        &self.0
    }

    /// `DPLL_A_PIN_PARENT_ID`
    #[inline]
    pub fn parent_id(&self) -> Option<u32> {
        self.0.u32(DPLL_A_PIN_PARENT_ID)
    }

    /// `DPLL_A_PIN_STATE`
    #[inline]
    pub fn state(&self) -> Option<PinState> {
        self.0.u32(DPLL_A_PIN_STATE).map(PinState::from_value)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DPLL_A_PIN_PARENT_ID if a.raw_kind() == DPLL_A_PIN_PARENT_ID => {
                    PinParentPinBuilder::new(w).parent_id(value::u32(&a))?;
                }
                DPLL_A_PIN_STATE if a.raw_kind() == DPLL_A_PIN_STATE => {
                    PinParentPinBuilder::new(w).state(PinState::from_value(value::u32(&a)))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`FrequencyRange`] checks of each attribute, from the descriptors.
static FREQUENCY_RANGE_CHECKS: [Check; 15] = Check::table(&tables::FREQUENCY_RANGE);

/// The `frequency-range` attributes of `dpll`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct FrequencyRange<'a>(Table<'a, 15>);

impl<'a> AttrView<'a> for FrequencyRange<'a> {
    const SET: &'static AttrSet = &tables::FREQUENCY_RANGE;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &FREQUENCY_RANGE_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&FREQUENCY_RANGE_CHECKS, attrs)
    }
}

impl<'a> FrequencyRange<'a> {
    /// Indexes and checks a block of `frequency-range` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 15> {
        &self.0
    }

    /// `DPLL_A_PIN_FREQUENCY_MIN`
    #[inline]
    pub fn frequency_min(&self) -> Option<u64> {
        self.0.u64(DPLL_A_PIN_FREQUENCY_MIN)
    }

    /// `DPLL_A_PIN_FREQUENCY_MAX`
    #[inline]
    pub fn frequency_max(&self) -> Option<u64> {
        self.0.u64(DPLL_A_PIN_FREQUENCY_MAX)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DPLL_A_PIN_FREQUENCY_MIN if a.raw_kind() == DPLL_A_PIN_FREQUENCY_MIN => {
                    FrequencyRangeBuilder::new(w).frequency_min(value::u64(&a))?;
                }
                DPLL_A_PIN_FREQUENCY_MAX if a.raw_kind() == DPLL_A_PIN_FREQUENCY_MAX => {
                    FrequencyRangeBuilder::new(w).frequency_max(value::u64(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ReferenceSync`] checks of each attribute, from the descriptors.
static REFERENCE_SYNC_CHECKS: [Check; 17] = Check::table(&tables::REFERENCE_SYNC);

/// The `reference-sync` attributes of `dpll`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ReferenceSync<'a>(Table<'a, 17>);

impl<'a> AttrView<'a> for ReferenceSync<'a> {
    const SET: &'static AttrSet = &tables::REFERENCE_SYNC;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &REFERENCE_SYNC_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&REFERENCE_SYNC_CHECKS, attrs)
    }
}

impl<'a> ReferenceSync<'a> {
    /// Indexes and checks a block of `reference-sync` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 17> {
        &self.0
    }

    /// `DPLL_A_PIN_ID`
    #[inline]
    pub fn id(&self) -> Option<u32> {
        self.0.u32(DPLL_A_PIN_ID)
    }

    /// `DPLL_A_PIN_STATE`
    #[inline]
    pub fn state(&self) -> Option<PinState> {
        self.0.u32(DPLL_A_PIN_STATE).map(PinState::from_value)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DPLL_A_PIN_ID if a.raw_kind() == DPLL_A_PIN_ID => {
                    ReferenceSyncBuilder::new(w).id(value::u32(&a))?;
                }
                DPLL_A_PIN_STATE if a.raw_kind() == DPLL_A_PIN_STATE => {
                    ReferenceSyncBuilder::new(w).state(PinState::from_value(value::u32(&a)))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// Every attribute set of `dpll` with its round trip: parse a block with the set's view,
/// write it back through the typed builders (for round-trip tests and fuzzing).
#[cfg(feature = "roundtrip")]
pub static ROUNDTRIP: [SetRoundtrip; 6] = [
    SetRoundtrip {
        set: &tables::DPLL,
        run: |attrs, w| Dpll::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::PIN,
        run: |attrs, w| Pin::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::PIN_PARENT_DEVICE,
        run: |attrs, w| PinParentDevice::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::PIN_PARENT_PIN,
        run: |attrs, w| PinParentPin::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::FREQUENCY_RANGE,
        run: |attrs, w| FrequencyRange::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::REFERENCE_SYNC,
        run: |attrs, w| ReferenceSync::parse(attrs)?.write_to(w),
    },
];
