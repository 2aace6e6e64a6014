//! Typed builders of `dpll`: one per attribute set, over the codec's [`Writer`] (so they
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
    /// The `dpll` attribute set.
    pub enum Dpll {}
    /// The `pin` attribute set.
    pub enum Pin {}
    /// The `pin-parent-device` attribute set.
    pub enum PinParentDevice {}
    /// The `pin-parent-pin` attribute set.
    pub enum PinParentPin {}
    /// The `frequency-range` attribute set.
    pub enum FrequencyRange {}
    /// The `reference-sync` attribute set.
    pub enum ReferenceSync {}
}

/// Writes `dpll` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DpllBuilder<'w, B> = Builder<'w, sets::Dpll, B>;

impl<B: Buffer> DpllBuilder<'_, B> {
    /// Writes `DPLL_A_ID`.
    pub fn id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(DPLL_A_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DPLL_A_MODULE_NAME`.
    pub fn module_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DPLL_A_MODULE_NAME, v)?;
        Ok(self)
    }

    /// Writes `DPLL_A_CLOCK_ID`.
    pub fn clock_id(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(DPLL_A_CLOCK_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DPLL_A_MODE`.
    pub fn mode(&mut self, v: Mode) -> Result<&mut Self, WriteError> {
        self.w.put_attr(DPLL_A_MODE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DPLL_A_MODE_SUPPORTED`.
    pub fn mode_supported(&mut self, v: Mode) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DPLL_A_MODE_SUPPORTED, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DPLL_A_LOCK_STATUS`.
    pub fn lock_status(&mut self, v: LockStatus) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DPLL_A_LOCK_STATUS, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DPLL_A_TEMP`.
    pub fn temp(&mut self, v: i32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(DPLL_A_TEMP, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DPLL_A_TYPE`.
    pub fn type_(&mut self, v: Type) -> Result<&mut Self, WriteError> {
        self.w.put_attr(DPLL_A_TYPE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DPLL_A_LOCK_STATUS_ERROR`.
    pub fn lock_status_error(&mut self, v: LockStatusError) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DPLL_A_LOCK_STATUS_ERROR, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DPLL_A_CLOCK_QUALITY_LEVEL`: Level of quality of a clock device. This mainly applies when
    /// the dpll lock-status is DPLL_LOCK_STATUS_HOLDOVER. This could
    /// be put to message multiple times to indicate possible parallel
    /// quality levels (e.g. one specified by ITU option 1 and another
    /// one specified by option 2).
    pub fn clock_quality_level(&mut self, v: ClockQualityLevel) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DPLL_A_CLOCK_QUALITY_LEVEL, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DPLL_A_PHASE_OFFSET_MONITOR`: Receive or request state of phase offset monitor feature. If enabled, dpll device shall monitor and notify all currently available inputs for changes of their phase offset against the dpll device.
    pub fn phase_offset_monitor(&mut self, v: FeatureState) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DPLL_A_PHASE_OFFSET_MONITOR, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DPLL_A_PHASE_OFFSET_AVG_FACTOR`: Averaging factor applied to calculation of reported phase offset.
    pub fn phase_offset_avg_factor(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DPLL_A_PHASE_OFFSET_AVG_FACTOR, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DPLL_A_FREQUENCY_MONITOR`: Current or desired state of the frequency monitor feature. If enabled, dpll device shall measure all currently available inputs for their actual input frequency.
    pub fn frequency_monitor(&mut self, v: FeatureState) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DPLL_A_FREQUENCY_MONITOR, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `pin` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type PinBuilder<'w, B> = Builder<'w, sets::Pin, B>;

impl<B: Buffer> PinBuilder<'_, B> {
    /// Writes `DPLL_A_PIN_ID`.
    pub fn id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(DPLL_A_PIN_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DPLL_A_PIN_PARENT_ID`.
    pub fn parent_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(DPLL_A_PIN_PARENT_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DPLL_A_PIN_MODULE_NAME`.
    pub fn module_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DPLL_A_PIN_MODULE_NAME, v)?;
        Ok(self)
    }

    /// Writes `DPLL_A_PIN_CLOCK_ID`.
    pub fn clock_id(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(DPLL_A_PIN_CLOCK_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DPLL_A_PIN_BOARD_LABEL`.
    pub fn board_label(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DPLL_A_PIN_BOARD_LABEL, v)?;
        Ok(self)
    }

    /// Writes `DPLL_A_PIN_PANEL_LABEL`.
    pub fn panel_label(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DPLL_A_PIN_PANEL_LABEL, v)?;
        Ok(self)
    }

    /// Writes `DPLL_A_PIN_PACKAGE_LABEL`.
    pub fn package_label(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DPLL_A_PIN_PACKAGE_LABEL, v)?;
        Ok(self)
    }

    /// Writes `DPLL_A_PIN_TYPE`.
    pub fn type_(&mut self, v: PinType) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DPLL_A_PIN_TYPE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DPLL_A_PIN_DIRECTION`.
    pub fn direction(&mut self, v: PinDirection) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DPLL_A_PIN_DIRECTION, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DPLL_A_PIN_FREQUENCY`.
    pub fn frequency(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(DPLL_A_PIN_FREQUENCY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DPLL_A_PIN_FREQUENCY_SUPPORTED`.
    pub fn frequency_supported(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut FrequencyRangeBuilder<'y, B>,
        ) -> Result<&'x mut FrequencyRangeBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DPLL_A_PIN_FREQUENCY_SUPPORTED, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DPLL_A_PIN_FREQUENCY_MIN`.
    pub fn frequency_min(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DPLL_A_PIN_FREQUENCY_MIN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DPLL_A_PIN_FREQUENCY_MAX`.
    pub fn frequency_max(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DPLL_A_PIN_FREQUENCY_MAX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DPLL_A_PIN_PRIO`.
    pub fn prio(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(DPLL_A_PIN_PRIO, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DPLL_A_PIN_STATE`.
    pub fn state(&mut self, v: PinState) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DPLL_A_PIN_STATE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DPLL_A_PIN_CAPABILITIES`.
    pub fn capabilities(&mut self, v: PinCapabilities) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DPLL_A_PIN_CAPABILITIES, &(v.bits()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DPLL_A_PIN_PARENT_DEVICE`.
    pub fn parent_device(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut PinParentDeviceBuilder<'y, B>,
        ) -> Result<&'x mut PinParentDeviceBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DPLL_A_PIN_PARENT_DEVICE, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DPLL_A_PIN_PARENT_PIN`.
    pub fn parent_pin(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut PinParentPinBuilder<'y, B>,
        ) -> Result<&'x mut PinParentPinBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(DPLL_A_PIN_PARENT_PIN, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `DPLL_A_PIN_PHASE_ADJUST_MIN`.
    pub fn phase_adjust_min(&mut self, v: i32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DPLL_A_PIN_PHASE_ADJUST_MIN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DPLL_A_PIN_PHASE_ADJUST_MAX`.
    pub fn phase_adjust_max(&mut self, v: i32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DPLL_A_PIN_PHASE_ADJUST_MAX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DPLL_A_PIN_PHASE_ADJUST`.
    pub fn phase_adjust(&mut self, v: i32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DPLL_A_PIN_PHASE_ADJUST, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DPLL_A_PIN_PHASE_OFFSET`.
    pub fn phase_offset(&mut self, v: i64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DPLL_A_PIN_PHASE_OFFSET, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DPLL_A_PIN_FRACTIONAL_FREQUENCY_OFFSET`: The FFO (Fractional Frequency Offset) of the pin.
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
    pub fn fractional_frequency_offset(&mut self, v: i64) -> Result<&mut Self, WriteError> {
        match i32::try_from(v) {
            Ok(small) => self
                .w
                .put_i32(DPLL_A_PIN_FRACTIONAL_FREQUENCY_OFFSET, small),
            Err(_) => self.w.put_i64(DPLL_A_PIN_FRACTIONAL_FREQUENCY_OFFSET, v),
        }?;
        Ok(self)
    }

    /// Writes `DPLL_A_PIN_ESYNC_FREQUENCY`: Frequency of Embedded SYNC signal. If provided, the pin is configured
    /// with a SYNC signal embedded into its base clock frequency.
    pub fn esync_frequency(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DPLL_A_PIN_ESYNC_FREQUENCY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DPLL_A_PIN_ESYNC_FREQUENCY_SUPPORTED`: If provided a pin is capable of embedding a SYNC signal (within given
    /// range) into its base frequency signal.
    pub fn esync_frequency_supported(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut FrequencyRangeBuilder<'y, B>,
        ) -> Result<&'x mut FrequencyRangeBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(DPLL_A_PIN_ESYNC_FREQUENCY_SUPPORTED, |w| {
                f(&mut Builder::new(w)).map(drop)
            })?;
        Ok(self)
    }

    /// Writes `DPLL_A_PIN_ESYNC_PULSE`: A ratio of high to low state of a SYNC signal pulse embedded
    /// into base clock frequency. Value is in percents.
    pub fn esync_pulse(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DPLL_A_PIN_ESYNC_PULSE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DPLL_A_PIN_REFERENCE_SYNC`: Capable pin provides list of pins that can be bound to create a
    /// reference-sync pin pair.
    pub fn reference_sync(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ReferenceSyncBuilder<'y, B>,
        ) -> Result<&'x mut ReferenceSyncBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DPLL_A_PIN_REFERENCE_SYNC, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DPLL_A_PIN_PHASE_ADJUST_GRAN`: Granularity of phase adjustment, in picoseconds. The value of
    /// phase adjustment must be a multiple of this granularity.
    pub fn phase_adjust_gran(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DPLL_A_PIN_PHASE_ADJUST_GRAN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DPLL_A_PIN_FRACTIONAL_FREQUENCY_OFFSET_PPT`: The FFO (Fractional Frequency Offset) of the pin.
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
    pub fn fractional_frequency_offset_ppt(&mut self, v: i64) -> Result<&mut Self, WriteError> {
        match i32::try_from(v) {
            Ok(small) => self
                .w
                .put_i32(DPLL_A_PIN_FRACTIONAL_FREQUENCY_OFFSET_PPT, small),
            Err(_) => self
                .w
                .put_i64(DPLL_A_PIN_FRACTIONAL_FREQUENCY_OFFSET_PPT, v),
        }?;
        Ok(self)
    }

    /// Writes `DPLL_A_PIN_MEASURED_FREQUENCY`: The measured frequency of the input pin in millihertz (mHz).
    /// Value of (DPLL_A_PIN_MEASURED_FREQUENCY /
    /// DPLL_PIN_MEASURED_FREQUENCY_DIVIDER) is an integer part (Hz)
    /// of a measured frequency value.
    /// Value of (DPLL_A_PIN_MEASURED_FREQUENCY %
    /// DPLL_PIN_MEASURED_FREQUENCY_DIVIDER) is a fractional part
    /// of a measured frequency value.
    pub fn measured_frequency(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DPLL_A_PIN_MEASURED_FREQUENCY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DPLL_A_PIN_OPERSTATE`: Operational state of the pin with respect to its parent DPLL
    /// device. Unlike state (which reflects the administrative intent),
    /// operstate reflects the actual hardware status.
    pub fn operstate(&mut self, v: PinOperstate) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DPLL_A_PIN_OPERSTATE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `pin-parent-device` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type PinParentDeviceBuilder<'w, B> = Builder<'w, sets::PinParentDevice, B>;

impl<B: Buffer> PinParentDeviceBuilder<'_, B> {
    /// Writes `DPLL_A_PIN_PARENT_ID`.
    pub fn parent_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(DPLL_A_PIN_PARENT_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DPLL_A_PIN_DIRECTION`.
    pub fn direction(&mut self, v: PinDirection) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DPLL_A_PIN_DIRECTION, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DPLL_A_PIN_PRIO`.
    pub fn prio(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(DPLL_A_PIN_PRIO, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DPLL_A_PIN_STATE`.
    pub fn state(&mut self, v: PinState) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DPLL_A_PIN_STATE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DPLL_A_PIN_PHASE_OFFSET`.
    pub fn phase_offset(&mut self, v: i64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DPLL_A_PIN_PHASE_OFFSET, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DPLL_A_PIN_FRACTIONAL_FREQUENCY_OFFSET`: The FFO (Fractional Frequency Offset) of the pin.
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
    pub fn fractional_frequency_offset(&mut self, v: i64) -> Result<&mut Self, WriteError> {
        match i32::try_from(v) {
            Ok(small) => self
                .w
                .put_i32(DPLL_A_PIN_FRACTIONAL_FREQUENCY_OFFSET, small),
            Err(_) => self.w.put_i64(DPLL_A_PIN_FRACTIONAL_FREQUENCY_OFFSET, v),
        }?;
        Ok(self)
    }

    /// Writes `DPLL_A_PIN_FRACTIONAL_FREQUENCY_OFFSET_PPT`: The FFO (Fractional Frequency Offset) of the pin.
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
    pub fn fractional_frequency_offset_ppt(&mut self, v: i64) -> Result<&mut Self, WriteError> {
        match i32::try_from(v) {
            Ok(small) => self
                .w
                .put_i32(DPLL_A_PIN_FRACTIONAL_FREQUENCY_OFFSET_PPT, small),
            Err(_) => self
                .w
                .put_i64(DPLL_A_PIN_FRACTIONAL_FREQUENCY_OFFSET_PPT, v),
        }?;
        Ok(self)
    }

    /// Writes `DPLL_A_PIN_OPERSTATE`: Operational state of the pin with respect to its parent DPLL
    /// device. Unlike state (which reflects the administrative intent),
    /// operstate reflects the actual hardware status.
    pub fn operstate(&mut self, v: PinOperstate) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DPLL_A_PIN_OPERSTATE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `pin-parent-pin` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type PinParentPinBuilder<'w, B> = Builder<'w, sets::PinParentPin, B>;

impl<B: Buffer> PinParentPinBuilder<'_, B> {
    /// Writes `DPLL_A_PIN_PARENT_ID`.
    pub fn parent_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(DPLL_A_PIN_PARENT_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DPLL_A_PIN_STATE`.
    pub fn state(&mut self, v: PinState) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DPLL_A_PIN_STATE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `frequency-range` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type FrequencyRangeBuilder<'w, B> = Builder<'w, sets::FrequencyRange, B>;

impl<B: Buffer> FrequencyRangeBuilder<'_, B> {
    /// Writes `DPLL_A_PIN_FREQUENCY_MIN`.
    pub fn frequency_min(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DPLL_A_PIN_FREQUENCY_MIN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DPLL_A_PIN_FREQUENCY_MAX`.
    pub fn frequency_max(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DPLL_A_PIN_FREQUENCY_MAX, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `reference-sync` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ReferenceSyncBuilder<'w, B> = Builder<'w, sets::ReferenceSync, B>;

impl<B: Buffer> ReferenceSyncBuilder<'_, B> {
    /// Writes `DPLL_A_PIN_ID`.
    pub fn id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(DPLL_A_PIN_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DPLL_A_PIN_STATE`.
    pub fn state(&mut self, v: PinState) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DPLL_A_PIN_STATE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }
}
