//! Typed builders of `ethtool`: one per attribute set, over the codec's [`Writer`] (so they
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
    /// The `header` attribute set.
    pub enum Header {}
    /// The `bitset-bit` attribute set.
    pub enum BitsetBit {}
    /// The `bitset-bits` attribute set.
    pub enum BitsetBits {}
    /// The `bitset` attribute set.
    pub enum Bitset {}
    /// The `string` attribute set.
    pub enum StringAttrs {}
    /// The `strings` attribute set.
    pub enum Strings {}
    /// The `stringset` attribute set.
    pub enum StringsetAttrs {}
    /// The `stringsets` attribute set.
    pub enum Stringsets {}
    /// The `strset` attribute set.
    pub enum Strset {}
    /// The `privflags` attribute set.
    pub enum Privflags {}
    /// The `rings` attribute set.
    pub enum Rings {}
    /// The `mm-stat` attribute set.
    pub enum MmStat {}
    /// The `mm` attribute set.
    pub enum Mm {}
    /// The `linkinfo` attribute set.
    pub enum Linkinfo {}
    /// The `linkmodes` attribute set.
    pub enum Linkmodes {}
    /// The `linkstate` attribute set.
    pub enum Linkstate {}
    /// The `debug` attribute set.
    pub enum Debug {}
    /// The `wol` attribute set.
    pub enum Wol {}
    /// The `features` attribute set.
    pub enum Features {}
    /// The `channels` attribute set.
    pub enum Channels {}
    /// The `irq-moderation` attribute set.
    pub enum IrqModeration {}
    /// The `profile` attribute set.
    pub enum Profile {}
    /// The `coalesce` attribute set.
    pub enum Coalesce {}
    /// The `pause-stat` attribute set.
    pub enum PauseStat {}
    /// The `pause` attribute set.
    pub enum Pause {}
    /// The `eee` attribute set.
    pub enum Eee {}
    /// The `ts-stat` attribute set.
    pub enum TsStat {}
    /// The `ts-hwtstamp-provider` attribute set.
    pub enum TsHwtstampProvider {}
    /// The `tsinfo` attribute set.
    pub enum Tsinfo {}
    /// The `cable-result` attribute set.
    pub enum CableResult {}
    /// The `cable-fault-length` attribute set.
    pub enum CableFaultLength {}
    /// The `cable-nest` attribute set.
    pub enum CableNest {}
    /// The `cable-test` attribute set.
    pub enum CableTest {}
    /// The `cable-test-ntf` attribute set.
    pub enum CableTestNtf {}
    /// The `cable-test-tdr-cfg` attribute set.
    pub enum CableTestTdrCfg {}
    /// The `cable-test-tdr-ntf` attribute set.
    pub enum CableTestTdrNtf {}
    /// The `cable-test-tdr` attribute set.
    pub enum CableTestTdr {}
    /// The `tunnel-udp-entry` attribute set.
    pub enum TunnelUdpEntry {}
    /// The `tunnel-udp-table` attribute set.
    pub enum TunnelUdpTable {}
    /// The `tunnel-udp` attribute set.
    pub enum TunnelUdp {}
    /// The `tunnel-info` attribute set.
    pub enum TunnelInfo {}
    /// The `fec-hist` attribute set.
    pub enum FecHist {}
    /// The `fec-stat` attribute set.
    pub enum FecStat {}
    /// The `fec` attribute set.
    pub enum Fec {}
    /// The `module-eeprom` attribute set.
    pub enum ModuleEeprom {}
    /// The `stats-grp` attribute set.
    pub enum StatsGrp {}
    /// The `stats-grp-hist` attribute set.
    pub enum StatsGrpHist {}
    /// The `stats` attribute set.
    pub enum Stats {}
    /// The `phc-vclocks` attribute set.
    pub enum PhcVclocks {}
    /// The `module` attribute set.
    pub enum Module {}
    /// The `c33-pse-pw-limit` attribute set.
    pub enum C33PsePwLimit {}
    /// The `pse` attribute set.
    pub enum Pse {}
    /// The `flow` attribute set.
    pub enum Flow {}
    /// The `rss` attribute set.
    pub enum Rss {}
    /// The `plca` attribute set.
    pub enum Plca {}
    /// The `module-fw-flash` attribute set.
    pub enum ModuleFwFlash {}
    /// The `phy` attribute set.
    pub enum Phy {}
    /// The `tsconfig` attribute set.
    pub enum Tsconfig {}
    /// The `pse-ntf` attribute set.
    pub enum PseNtf {}
    /// The `mse-capabilities` attribute set.
    pub enum MseCapabilities {}
    /// The `mse-snapshot` attribute set.
    pub enum MseSnapshot {}
    /// The `mse` attribute set.
    pub enum Mse {}
}

/// Writes `header` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type HeaderBuilder<'w, B> = Builder<'w, sets::Header, B>;

impl<B: Buffer> HeaderBuilder<'_, B> {
    /// Writes `ETHTOOL_A_HEADER_DEV_INDEX`.
    pub fn dev_index(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_HEADER_DEV_INDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_HEADER_DEV_NAME`.
    pub fn dev_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(ETHTOOL_A_HEADER_DEV_NAME, v)?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_HEADER_FLAGS`.
    pub fn flags(&mut self, v: HeaderFlags) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_HEADER_FLAGS, &(v.bits()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_HEADER_PHY_INDEX`.
    pub fn phy_index(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_HEADER_PHY_INDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `bitset-bit` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type BitsetBitBuilder<'w, B> = Builder<'w, sets::BitsetBit, B>;

impl<B: Buffer> BitsetBitBuilder<'_, B> {
    /// Writes `ETHTOOL_A_BITSET_BIT_INDEX`.
    pub fn index(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_BITSET_BIT_INDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_BITSET_BIT_NAME`.
    pub fn name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(ETHTOOL_A_BITSET_BIT_NAME, v)?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_BITSET_BIT_VALUE`.
    pub fn value(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(ETHTOOL_A_BITSET_BIT_VALUE)?;
        Ok(self)
    }
}

/// Writes `bitset-bits` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type BitsetBitsBuilder<'w, B> = Builder<'w, sets::BitsetBits, B>;

impl<B: Buffer> BitsetBitsBuilder<'_, B> {
    /// Writes `ETHTOOL_A_BITSET_BITS_BIT`.
    pub fn bit(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut BitsetBitBuilder<'y, B>,
        ) -> Result<&'x mut BitsetBitBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_BITSET_BITS_BIT, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `bitset` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type BitsetBuilder<'w, B> = Builder<'w, sets::Bitset, B>;

impl<B: Buffer> BitsetBuilder<'_, B> {
    /// Writes `ETHTOOL_A_BITSET_NOMASK`.
    pub fn nomask(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(ETHTOOL_A_BITSET_NOMASK)?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_BITSET_SIZE`.
    pub fn size(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(ETHTOOL_A_BITSET_SIZE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_BITSET_BITS`.
    pub fn bits(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut BitsetBitsBuilder<'y, B>,
        ) -> Result<&'x mut BitsetBitsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(ETHTOOL_A_BITSET_BITS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_BITSET_VALUE`.
    pub fn value(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(ETHTOOL_A_BITSET_VALUE, v)?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_BITSET_MASK`.
    pub fn mask(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(ETHTOOL_A_BITSET_MASK, v)?;
        Ok(self)
    }
}

/// Writes `string` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type StringAttrsBuilder<'w, B> = Builder<'w, sets::StringAttrs, B>;

impl<B: Buffer> StringAttrsBuilder<'_, B> {
    /// Writes `ETHTOOL_A_STRING_INDEX`.
    pub fn index(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_STRING_INDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_STRING_VALUE`.
    pub fn value(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(ETHTOOL_A_STRING_VALUE, v)?;
        Ok(self)
    }
}

/// Writes `strings` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type StringsBuilder<'w, B> = Builder<'w, sets::Strings, B>;

impl<B: Buffer> StringsBuilder<'_, B> {
    /// Writes `ETHTOOL_A_STRINGS_STRING`.
    pub fn string(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut StringAttrsBuilder<'y, B>,
        ) -> Result<&'x mut StringAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_STRINGS_STRING, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `stringset` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type StringsetAttrsBuilder<'w, B> = Builder<'w, sets::StringsetAttrs, B>;

impl<B: Buffer> StringsetAttrsBuilder<'_, B> {
    /// Writes `ETHTOOL_A_STRINGSET_ID`.
    pub fn id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_STRINGSET_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_STRINGSET_COUNT`.
    pub fn count(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_STRINGSET_COUNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_STRINGSET_STRINGS`.
    pub fn strings(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut StringsBuilder<'y, B>,
        ) -> Result<&'x mut StringsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_STRINGSET_STRINGS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `stringsets` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type StringsetsBuilder<'w, B> = Builder<'w, sets::Stringsets, B>;

impl<B: Buffer> StringsetsBuilder<'_, B> {
    /// Writes `ETHTOOL_A_STRINGSETS_STRINGSET`.
    pub fn stringset(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut StringsetAttrsBuilder<'y, B>,
        ) -> Result<&'x mut StringsetAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_STRINGSETS_STRINGSET, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `strset` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type StrsetBuilder<'w, B> = Builder<'w, sets::Strset, B>;

impl<B: Buffer> StrsetBuilder<'_, B> {
    /// Writes `ETHTOOL_A_STRSET_HEADER`.
    pub fn header(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HeaderBuilder<'y, B>,
        ) -> Result<&'x mut HeaderBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_STRSET_HEADER, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_STRSET_STRINGSETS`.
    pub fn stringsets(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut StringsetsBuilder<'y, B>,
        ) -> Result<&'x mut StringsetsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_STRSET_STRINGSETS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_STRSET_COUNTS_ONLY`.
    pub fn counts_only(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(ETHTOOL_A_STRSET_COUNTS_ONLY)?;
        Ok(self)
    }
}

/// Writes `privflags` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type PrivflagsBuilder<'w, B> = Builder<'w, sets::Privflags, B>;

impl<B: Buffer> PrivflagsBuilder<'_, B> {
    /// Writes `ETHTOOL_A_PRIVFLAGS_HEADER`.
    pub fn header(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HeaderBuilder<'y, B>,
        ) -> Result<&'x mut HeaderBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_PRIVFLAGS_HEADER, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_PRIVFLAGS_FLAGS`.
    pub fn flags(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut BitsetBuilder<'y, B>,
        ) -> Result<&'x mut BitsetBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_PRIVFLAGS_FLAGS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `rings` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type RingsBuilder<'w, B> = Builder<'w, sets::Rings, B>;

impl<B: Buffer> RingsBuilder<'_, B> {
    /// Writes `ETHTOOL_A_RINGS_HEADER`.
    pub fn header(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HeaderBuilder<'y, B>,
        ) -> Result<&'x mut HeaderBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_RINGS_HEADER, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_RINGS_RX_MAX`.
    pub fn rx_max(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_RINGS_RX_MAX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_RINGS_RX_MINI_MAX`.
    pub fn rx_mini_max(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_RINGS_RX_MINI_MAX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_RINGS_RX_JUMBO_MAX`.
    pub fn rx_jumbo_max(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_RINGS_RX_JUMBO_MAX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_RINGS_TX_MAX`.
    pub fn tx_max(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_RINGS_TX_MAX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_RINGS_RX`.
    pub fn rx(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(ETHTOOL_A_RINGS_RX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_RINGS_RX_MINI`.
    pub fn rx_mini(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_RINGS_RX_MINI, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_RINGS_RX_JUMBO`.
    pub fn rx_jumbo(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_RINGS_RX_JUMBO, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_RINGS_TX`.
    pub fn tx(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(ETHTOOL_A_RINGS_TX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_RINGS_RX_BUF_LEN`.
    pub fn rx_buf_len(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_RINGS_RX_BUF_LEN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_RINGS_TCP_DATA_SPLIT`.
    pub fn tcp_data_split(&mut self, v: TcpDataSplit) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            ETHTOOL_A_RINGS_TCP_DATA_SPLIT,
            &(v.value() as u8).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_RINGS_CQE_SIZE`.
    pub fn cqe_size(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_RINGS_CQE_SIZE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_RINGS_TX_PUSH`.
    pub fn tx_push(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_RINGS_TX_PUSH, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_RINGS_RX_PUSH`.
    pub fn rx_push(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_RINGS_RX_PUSH, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_RINGS_TX_PUSH_BUF_LEN`.
    pub fn tx_push_buf_len(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_RINGS_TX_PUSH_BUF_LEN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_RINGS_TX_PUSH_BUF_LEN_MAX`.
    pub fn tx_push_buf_len_max(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_RINGS_TX_PUSH_BUF_LEN_MAX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_RINGS_HDS_THRESH`.
    pub fn hds_thresh(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_RINGS_HDS_THRESH, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_RINGS_HDS_THRESH_MAX`.
    pub fn hds_thresh_max(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_RINGS_HDS_THRESH_MAX, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `mm-stat` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type MmStatBuilder<'w, B> = Builder<'w, sets::MmStat, B>;

impl<B: Buffer> MmStatBuilder<'_, B> {
    /// Writes `ETHTOOL_A_MM_STAT_REASSEMBLY_ERRORS`: aMACMergeFrameAssErrorCount
    pub fn reassembly_errors(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_MM_STAT_REASSEMBLY_ERRORS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MM_STAT_SMD_ERRORS`: aMACMergeFrameSmdErrorCount
    pub fn smd_errors(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_MM_STAT_SMD_ERRORS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MM_STAT_REASSEMBLY_OK`: aMACMergeFrameAssOkCount
    pub fn reassembly_ok(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_MM_STAT_REASSEMBLY_OK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MM_STAT_RX_FRAG_COUNT`: aMACMergeFragCountRx
    pub fn rx_frag_count(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_MM_STAT_RX_FRAG_COUNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MM_STAT_TX_FRAG_COUNT`: aMACMergeFragCountTx
    pub fn tx_frag_count(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_MM_STAT_TX_FRAG_COUNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MM_STAT_HOLD_COUNT`: aMACMergeHoldCount
    pub fn hold_count(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_MM_STAT_HOLD_COUNT, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `mm` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type MmBuilder<'w, B> = Builder<'w, sets::Mm, B>;

impl<B: Buffer> MmBuilder<'_, B> {
    /// Writes `ETHTOOL_A_MM_HEADER`.
    pub fn header(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HeaderBuilder<'y, B>,
        ) -> Result<&'x mut HeaderBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(ETHTOOL_A_MM_HEADER, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MM_PMAC_ENABLED`.
    pub fn pmac_enabled(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_MM_PMAC_ENABLED, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MM_TX_ENABLED`.
    pub fn tx_enabled(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_MM_TX_ENABLED, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MM_TX_ACTIVE`.
    pub fn tx_active(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_MM_TX_ACTIVE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MM_TX_MIN_FRAG_SIZE`.
    pub fn tx_min_frag_size(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_MM_TX_MIN_FRAG_SIZE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MM_RX_MIN_FRAG_SIZE`.
    pub fn rx_min_frag_size(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_MM_RX_MIN_FRAG_SIZE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MM_VERIFY_ENABLED`.
    pub fn verify_enabled(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_MM_VERIFY_ENABLED, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MM_VERIFY_STATUS`.
    pub fn verify_status(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_MM_VERIFY_STATUS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MM_VERIFY_TIME`.
    pub fn verify_time(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_MM_VERIFY_TIME, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MM_MAX_VERIFY_TIME`.
    pub fn max_verify_time(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_MM_MAX_VERIFY_TIME, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MM_STATS`.
    pub fn stats(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut MmStatBuilder<'y, B>,
        ) -> Result<&'x mut MmStatBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(ETHTOOL_A_MM_STATS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }
}

/// Writes `linkinfo` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type LinkinfoBuilder<'w, B> = Builder<'w, sets::Linkinfo, B>;

impl<B: Buffer> LinkinfoBuilder<'_, B> {
    /// Writes `ETHTOOL_A_LINKINFO_HEADER`.
    pub fn header(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HeaderBuilder<'y, B>,
        ) -> Result<&'x mut HeaderBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_LINKINFO_HEADER, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_LINKINFO_PORT`.
    pub fn port(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_LINKINFO_PORT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_LINKINFO_PHYADDR`.
    pub fn phyaddr(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_LINKINFO_PHYADDR, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_LINKINFO_TP_MDIX`.
    pub fn tp_mdix(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_LINKINFO_TP_MDIX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_LINKINFO_TP_MDIX_CTRL`.
    pub fn tp_mdix_ctrl(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_LINKINFO_TP_MDIX_CTRL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_LINKINFO_TRANSCEIVER`.
    pub fn transceiver(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_LINKINFO_TRANSCEIVER, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `linkmodes` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type LinkmodesBuilder<'w, B> = Builder<'w, sets::Linkmodes, B>;

impl<B: Buffer> LinkmodesBuilder<'_, B> {
    /// Writes `ETHTOOL_A_LINKMODES_HEADER`.
    pub fn header(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HeaderBuilder<'y, B>,
        ) -> Result<&'x mut HeaderBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_LINKMODES_HEADER, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_LINKMODES_AUTONEG`.
    pub fn autoneg(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_LINKMODES_AUTONEG, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_LINKMODES_OURS`.
    pub fn ours(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut BitsetBuilder<'y, B>,
        ) -> Result<&'x mut BitsetBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_LINKMODES_OURS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_LINKMODES_PEER`.
    pub fn peer(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut BitsetBuilder<'y, B>,
        ) -> Result<&'x mut BitsetBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_LINKMODES_PEER, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_LINKMODES_SPEED`.
    pub fn speed(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_LINKMODES_SPEED, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_LINKMODES_DUPLEX`.
    pub fn duplex(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_LINKMODES_DUPLEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_LINKMODES_MASTER_SLAVE_CFG`.
    pub fn master_slave_cfg(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_LINKMODES_MASTER_SLAVE_CFG, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_LINKMODES_MASTER_SLAVE_STATE`.
    pub fn master_slave_state(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_LINKMODES_MASTER_SLAVE_STATE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_LINKMODES_LANES`.
    pub fn lanes(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_LINKMODES_LANES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_LINKMODES_RATE_MATCHING`.
    pub fn rate_matching(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_LINKMODES_RATE_MATCHING, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `linkstate` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type LinkstateBuilder<'w, B> = Builder<'w, sets::Linkstate, B>;

impl<B: Buffer> LinkstateBuilder<'_, B> {
    /// Writes `ETHTOOL_A_LINKSTATE_HEADER`.
    pub fn header(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HeaderBuilder<'y, B>,
        ) -> Result<&'x mut HeaderBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_LINKSTATE_HEADER, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_LINKSTATE_LINK`.
    pub fn link(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_LINKSTATE_LINK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_LINKSTATE_SQI`.
    pub fn sqi(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_LINKSTATE_SQI, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_LINKSTATE_SQI_MAX`.
    pub fn sqi_max(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_LINKSTATE_SQI_MAX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_LINKSTATE_EXT_STATE`.
    pub fn ext_state(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_LINKSTATE_EXT_STATE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_LINKSTATE_EXT_SUBSTATE`.
    pub fn ext_substate(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_LINKSTATE_EXT_SUBSTATE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_LINKSTATE_EXT_DOWN_CNT`.
    pub fn ext_down_cnt(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_LINKSTATE_EXT_DOWN_CNT, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `debug` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DebugBuilder<'w, B> = Builder<'w, sets::Debug, B>;

impl<B: Buffer> DebugBuilder<'_, B> {
    /// Writes `ETHTOOL_A_DEBUG_HEADER`.
    pub fn header(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HeaderBuilder<'y, B>,
        ) -> Result<&'x mut HeaderBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_DEBUG_HEADER, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_DEBUG_MSGMASK`.
    pub fn msgmask(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut BitsetBuilder<'y, B>,
        ) -> Result<&'x mut BitsetBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_DEBUG_MSGMASK, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `wol` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type WolBuilder<'w, B> = Builder<'w, sets::Wol, B>;

impl<B: Buffer> WolBuilder<'_, B> {
    /// Writes `ETHTOOL_A_WOL_HEADER`.
    pub fn header(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HeaderBuilder<'y, B>,
        ) -> Result<&'x mut HeaderBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(ETHTOOL_A_WOL_HEADER, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_WOL_MODES`.
    pub fn modes(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut BitsetBuilder<'y, B>,
        ) -> Result<&'x mut BitsetBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(ETHTOOL_A_WOL_MODES, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_WOL_SOPASS`.
    pub fn sopass(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(ETHTOOL_A_WOL_SOPASS, v)?;
        Ok(self)
    }
}

/// Writes `features` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type FeaturesBuilder<'w, B> = Builder<'w, sets::Features, B>;

impl<B: Buffer> FeaturesBuilder<'_, B> {
    /// Writes `ETHTOOL_A_FEATURES_HEADER`.
    pub fn header(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HeaderBuilder<'y, B>,
        ) -> Result<&'x mut HeaderBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_FEATURES_HEADER, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_FEATURES_HW`.
    pub fn hw(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut BitsetBuilder<'y, B>,
        ) -> Result<&'x mut BitsetBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(ETHTOOL_A_FEATURES_HW, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_FEATURES_WANTED`.
    pub fn wanted(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut BitsetBuilder<'y, B>,
        ) -> Result<&'x mut BitsetBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_FEATURES_WANTED, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_FEATURES_ACTIVE`.
    pub fn active(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut BitsetBuilder<'y, B>,
        ) -> Result<&'x mut BitsetBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_FEATURES_ACTIVE, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_FEATURES_NOCHANGE`.
    pub fn nochange(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut BitsetBuilder<'y, B>,
        ) -> Result<&'x mut BitsetBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_FEATURES_NOCHANGE, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `channels` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ChannelsBuilder<'w, B> = Builder<'w, sets::Channels, B>;

impl<B: Buffer> ChannelsBuilder<'_, B> {
    /// Writes `ETHTOOL_A_CHANNELS_HEADER`.
    pub fn header(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HeaderBuilder<'y, B>,
        ) -> Result<&'x mut HeaderBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_CHANNELS_HEADER, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_CHANNELS_RX_MAX`.
    pub fn rx_max(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_CHANNELS_RX_MAX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_CHANNELS_TX_MAX`.
    pub fn tx_max(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_CHANNELS_TX_MAX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_CHANNELS_OTHER_MAX`.
    pub fn other_max(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_CHANNELS_OTHER_MAX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_CHANNELS_COMBINED_MAX`.
    pub fn combined_max(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_CHANNELS_COMBINED_MAX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_CHANNELS_RX_COUNT`.
    pub fn rx_count(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_CHANNELS_RX_COUNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_CHANNELS_TX_COUNT`.
    pub fn tx_count(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_CHANNELS_TX_COUNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_CHANNELS_OTHER_COUNT`.
    pub fn other_count(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_CHANNELS_OTHER_COUNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_CHANNELS_COMBINED_COUNT`.
    pub fn combined_count(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_CHANNELS_COMBINED_COUNT, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `irq-moderation` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type IrqModerationBuilder<'w, B> = Builder<'w, sets::IrqModeration, B>;

impl<B: Buffer> IrqModerationBuilder<'_, B> {
    /// Writes `ETHTOOL_A_IRQ_MODERATION_USEC`.
    pub fn usec(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_IRQ_MODERATION_USEC, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_IRQ_MODERATION_PKTS`.
    pub fn pkts(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_IRQ_MODERATION_PKTS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_IRQ_MODERATION_COMPS`.
    pub fn comps(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_IRQ_MODERATION_COMPS, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `profile` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ProfileBuilder<'w, B> = Builder<'w, sets::Profile, B>;

impl<B: Buffer> ProfileBuilder<'_, B> {
    /// Writes `ETHTOOL_A_PROFILE_IRQ_MODERATION`.
    pub fn irq_moderation(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut IrqModerationBuilder<'y, B>,
        ) -> Result<&'x mut IrqModerationBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_PROFILE_IRQ_MODERATION, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `coalesce` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type CoalesceBuilder<'w, B> = Builder<'w, sets::Coalesce, B>;

impl<B: Buffer> CoalesceBuilder<'_, B> {
    /// Writes `ETHTOOL_A_COALESCE_HEADER`.
    pub fn header(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HeaderBuilder<'y, B>,
        ) -> Result<&'x mut HeaderBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_COALESCE_HEADER, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_COALESCE_RX_USECS`.
    pub fn rx_usecs(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_COALESCE_RX_USECS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_COALESCE_RX_MAX_FRAMES`.
    pub fn rx_max_frames(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_COALESCE_RX_MAX_FRAMES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_COALESCE_RX_USECS_IRQ`.
    pub fn rx_usecs_irq(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_COALESCE_RX_USECS_IRQ, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_COALESCE_RX_MAX_FRAMES_IRQ`.
    pub fn rx_max_frames_irq(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_COALESCE_RX_MAX_FRAMES_IRQ, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_COALESCE_TX_USECS`.
    pub fn tx_usecs(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_COALESCE_TX_USECS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_COALESCE_TX_MAX_FRAMES`.
    pub fn tx_max_frames(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_COALESCE_TX_MAX_FRAMES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_COALESCE_TX_USECS_IRQ`.
    pub fn tx_usecs_irq(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_COALESCE_TX_USECS_IRQ, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_COALESCE_TX_MAX_FRAMES_IRQ`.
    pub fn tx_max_frames_irq(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_COALESCE_TX_MAX_FRAMES_IRQ, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_COALESCE_STATS_BLOCK_USECS`.
    pub fn stats_block_usecs(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_COALESCE_STATS_BLOCK_USECS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_COALESCE_USE_ADAPTIVE_RX`.
    pub fn use_adaptive_rx(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_COALESCE_USE_ADAPTIVE_RX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_COALESCE_USE_ADAPTIVE_TX`.
    pub fn use_adaptive_tx(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_COALESCE_USE_ADAPTIVE_TX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_COALESCE_PKT_RATE_LOW`.
    pub fn pkt_rate_low(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_COALESCE_PKT_RATE_LOW, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_COALESCE_RX_USECS_LOW`.
    pub fn rx_usecs_low(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_COALESCE_RX_USECS_LOW, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_COALESCE_RX_MAX_FRAMES_LOW`.
    pub fn rx_max_frames_low(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_COALESCE_RX_MAX_FRAMES_LOW, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_COALESCE_TX_USECS_LOW`.
    pub fn tx_usecs_low(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_COALESCE_TX_USECS_LOW, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_COALESCE_TX_MAX_FRAMES_LOW`.
    pub fn tx_max_frames_low(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_COALESCE_TX_MAX_FRAMES_LOW, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_COALESCE_PKT_RATE_HIGH`.
    pub fn pkt_rate_high(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_COALESCE_PKT_RATE_HIGH, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_COALESCE_RX_USECS_HIGH`.
    pub fn rx_usecs_high(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_COALESCE_RX_USECS_HIGH, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_COALESCE_RX_MAX_FRAMES_HIGH`.
    pub fn rx_max_frames_high(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_COALESCE_RX_MAX_FRAMES_HIGH, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_COALESCE_TX_USECS_HIGH`.
    pub fn tx_usecs_high(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_COALESCE_TX_USECS_HIGH, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_COALESCE_TX_MAX_FRAMES_HIGH`.
    pub fn tx_max_frames_high(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_COALESCE_TX_MAX_FRAMES_HIGH, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_COALESCE_RATE_SAMPLE_INTERVAL`.
    pub fn rate_sample_interval(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_COALESCE_RATE_SAMPLE_INTERVAL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_COALESCE_USE_CQE_MODE_TX`.
    pub fn use_cqe_mode_tx(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_COALESCE_USE_CQE_MODE_TX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_COALESCE_USE_CQE_MODE_RX`.
    pub fn use_cqe_mode_rx(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_COALESCE_USE_CQE_MODE_RX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_COALESCE_TX_AGGR_MAX_BYTES`.
    pub fn tx_aggr_max_bytes(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_COALESCE_TX_AGGR_MAX_BYTES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_COALESCE_TX_AGGR_MAX_FRAMES`.
    pub fn tx_aggr_max_frames(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_COALESCE_TX_AGGR_MAX_FRAMES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_COALESCE_TX_AGGR_TIME_USECS`.
    pub fn tx_aggr_time_usecs(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_COALESCE_TX_AGGR_TIME_USECS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_COALESCE_RX_PROFILE`.
    pub fn rx_profile(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ProfileBuilder<'y, B>,
        ) -> Result<&'x mut ProfileBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_COALESCE_RX_PROFILE, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_COALESCE_TX_PROFILE`.
    pub fn tx_profile(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ProfileBuilder<'y, B>,
        ) -> Result<&'x mut ProfileBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_COALESCE_TX_PROFILE, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_COALESCE_RX_CQE_FRAMES`.
    pub fn rx_cqe_frames(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_COALESCE_RX_CQE_FRAMES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_COALESCE_RX_CQE_NSECS`.
    pub fn rx_cqe_nsecs(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_COALESCE_RX_CQE_NSECS, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `pause-stat` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type PauseStatBuilder<'w, B> = Builder<'w, sets::PauseStat, B>;

impl<B: Buffer> PauseStatBuilder<'_, B> {
    /// Writes `ETHTOOL_A_PAUSE_STAT_TX_FRAMES`.
    pub fn tx_frames(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_PAUSE_STAT_TX_FRAMES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_PAUSE_STAT_RX_FRAMES`.
    pub fn rx_frames(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_PAUSE_STAT_RX_FRAMES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_PAUSE_STAT_TX_PAUSE_STORM_EVENTS`: TX pause storm event count. Increments each time device detects that its pause assertion condition has been true for too long for normal operation. As a result, the device has temporarily disabled its own Pause TX function to protect the network from itself. This counter should never increment under normal overload conditions; it indicates catastrophic failure like an OS crash. The rate of incrementing is implementation specific.
    pub fn tx_pause_storm_events(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            ETHTOOL_A_PAUSE_STAT_TX_PAUSE_STORM_EVENTS,
            &(v).to_ne_bytes(),
        )?;
        Ok(self)
    }
}

/// Writes `pause` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type PauseBuilder<'w, B> = Builder<'w, sets::Pause, B>;

impl<B: Buffer> PauseBuilder<'_, B> {
    /// Writes `ETHTOOL_A_PAUSE_HEADER`.
    pub fn header(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HeaderBuilder<'y, B>,
        ) -> Result<&'x mut HeaderBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_PAUSE_HEADER, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_PAUSE_AUTONEG`.
    pub fn autoneg(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_PAUSE_AUTONEG, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_PAUSE_RX`.
    pub fn rx(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(ETHTOOL_A_PAUSE_RX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_PAUSE_TX`.
    pub fn tx(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(ETHTOOL_A_PAUSE_TX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_PAUSE_STATS`.
    pub fn stats(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut PauseStatBuilder<'y, B>,
        ) -> Result<&'x mut PauseStatBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(ETHTOOL_A_PAUSE_STATS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_PAUSE_STATS_SRC`.
    pub fn stats_src(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_PAUSE_STATS_SRC, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `eee` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type EeeBuilder<'w, B> = Builder<'w, sets::Eee, B>;

impl<B: Buffer> EeeBuilder<'_, B> {
    /// Writes `ETHTOOL_A_EEE_HEADER`.
    pub fn header(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HeaderBuilder<'y, B>,
        ) -> Result<&'x mut HeaderBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(ETHTOOL_A_EEE_HEADER, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_EEE_MODES_OURS`.
    pub fn modes_ours(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut BitsetBuilder<'y, B>,
        ) -> Result<&'x mut BitsetBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_EEE_MODES_OURS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_EEE_MODES_PEER`.
    pub fn modes_peer(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut BitsetBuilder<'y, B>,
        ) -> Result<&'x mut BitsetBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_EEE_MODES_PEER, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_EEE_ACTIVE`.
    pub fn active(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(ETHTOOL_A_EEE_ACTIVE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_EEE_ENABLED`.
    pub fn enabled(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(ETHTOOL_A_EEE_ENABLED, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_EEE_TX_LPI_ENABLED`.
    pub fn tx_lpi_enabled(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_EEE_TX_LPI_ENABLED, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_EEE_TX_LPI_TIMER`.
    pub fn tx_lpi_timer(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_EEE_TX_LPI_TIMER, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `ts-stat` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type TsStatBuilder<'w, B> = Builder<'w, sets::TsStat, B>;

impl<B: Buffer> TsStatBuilder<'_, B> {
    /// Writes `ETHTOOL_A_TS_STAT_TX_PKTS`.
    pub fn tx_pkts(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(ETHTOOL_A_TS_STAT_TX_PKTS, small),
            Err(_) => self.w.put_u64(ETHTOOL_A_TS_STAT_TX_PKTS, v),
        }?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_TS_STAT_TX_LOST`.
    pub fn tx_lost(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(ETHTOOL_A_TS_STAT_TX_LOST, small),
            Err(_) => self.w.put_u64(ETHTOOL_A_TS_STAT_TX_LOST, v),
        }?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_TS_STAT_TX_ERR`.
    pub fn tx_err(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(ETHTOOL_A_TS_STAT_TX_ERR, small),
            Err(_) => self.w.put_u64(ETHTOOL_A_TS_STAT_TX_ERR, v),
        }?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_TS_STAT_TX_ONESTEP_PKTS_UNCONFIRMED`.
    pub fn tx_onestep_pkts_unconfirmed(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self
                .w
                .put_u32(ETHTOOL_A_TS_STAT_TX_ONESTEP_PKTS_UNCONFIRMED, small),
            Err(_) => self
                .w
                .put_u64(ETHTOOL_A_TS_STAT_TX_ONESTEP_PKTS_UNCONFIRMED, v),
        }?;
        Ok(self)
    }
}

/// Writes `ts-hwtstamp-provider` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type TsHwtstampProviderBuilder<'w, B> = Builder<'w, sets::TsHwtstampProvider, B>;

impl<B: Buffer> TsHwtstampProviderBuilder<'_, B> {
    /// Writes `ETHTOOL_A_TS_HWTSTAMP_PROVIDER_INDEX`.
    pub fn index(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_TS_HWTSTAMP_PROVIDER_INDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_TS_HWTSTAMP_PROVIDER_QUALIFIER`.
    pub fn qualifier(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_TS_HWTSTAMP_PROVIDER_QUALIFIER, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `tsinfo` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type TsinfoBuilder<'w, B> = Builder<'w, sets::Tsinfo, B>;

impl<B: Buffer> TsinfoBuilder<'_, B> {
    /// Writes `ETHTOOL_A_TSINFO_HEADER`.
    pub fn header(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HeaderBuilder<'y, B>,
        ) -> Result<&'x mut HeaderBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_TSINFO_HEADER, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_TSINFO_TIMESTAMPING`.
    pub fn timestamping(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut BitsetBuilder<'y, B>,
        ) -> Result<&'x mut BitsetBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_TSINFO_TIMESTAMPING, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_TSINFO_TX_TYPES`.
    pub fn tx_types(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut BitsetBuilder<'y, B>,
        ) -> Result<&'x mut BitsetBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_TSINFO_TX_TYPES, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_TSINFO_RX_FILTERS`.
    pub fn rx_filters(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut BitsetBuilder<'y, B>,
        ) -> Result<&'x mut BitsetBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_TSINFO_RX_FILTERS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_TSINFO_PHC_INDEX`.
    pub fn phc_index(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_TSINFO_PHC_INDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_TSINFO_STATS`.
    pub fn stats(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut TsStatBuilder<'y, B>,
        ) -> Result<&'x mut TsStatBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_TSINFO_STATS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_TSINFO_HWTSTAMP_PROVIDER`.
    pub fn hwtstamp_provider(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut TsHwtstampProviderBuilder<'y, B>,
        )
            -> Result<&'x mut TsHwtstampProviderBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_TSINFO_HWTSTAMP_PROVIDER, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_TSINFO_HWTSTAMP_SOURCE`.
    pub fn hwtstamp_source(&mut self, v: HwtstampSource) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_TSINFO_HWTSTAMP_SOURCE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_TSINFO_HWTSTAMP_PHYINDEX`.
    pub fn hwtstamp_phyindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_TSINFO_HWTSTAMP_PHYINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `cable-result` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type CableResultBuilder<'w, B> = Builder<'w, sets::CableResult, B>;

impl<B: Buffer> CableResultBuilder<'_, B> {
    /// Writes `ETHTOOL_A_CABLE_RESULT_PAIR`: ETHTOOL_A_CABLE_PAIR
    pub fn pair(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_CABLE_RESULT_PAIR, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_CABLE_RESULT_CODE`: ETHTOOL_A_CABLE_RESULT_CODE
    pub fn code(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_CABLE_RESULT_CODE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_CABLE_RESULT_SRC`: ETHTOOL_A_CABLE_INF_SRC
    pub fn src(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_CABLE_RESULT_SRC, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `cable-fault-length` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type CableFaultLengthBuilder<'w, B> = Builder<'w, sets::CableFaultLength, B>;

impl<B: Buffer> CableFaultLengthBuilder<'_, B> {
    /// Writes `ETHTOOL_A_CABLE_FAULT_LENGTH_PAIR`.
    pub fn pair(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_CABLE_FAULT_LENGTH_PAIR, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_CABLE_FAULT_LENGTH_CM`.
    pub fn cm(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_CABLE_FAULT_LENGTH_CM, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_CABLE_FAULT_LENGTH_SRC`.
    pub fn src(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_CABLE_FAULT_LENGTH_SRC, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `cable-nest` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type CableNestBuilder<'w, B> = Builder<'w, sets::CableNest, B>;

impl<B: Buffer> CableNestBuilder<'_, B> {
    /// Writes `ETHTOOL_A_CABLE_NEST_RESULT`.
    pub fn result(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut CableResultBuilder<'y, B>,
        ) -> Result<&'x mut CableResultBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_CABLE_NEST_RESULT, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_CABLE_NEST_FAULT_LENGTH`.
    pub fn fault_length(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut CableFaultLengthBuilder<'y, B>,
        )
            -> Result<&'x mut CableFaultLengthBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_CABLE_NEST_FAULT_LENGTH, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `cable-test` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type CableTestBuilder<'w, B> = Builder<'w, sets::CableTest, B>;

impl<B: Buffer> CableTestBuilder<'_, B> {
    /// Writes `ETHTOOL_A_CABLE_TEST_HEADER`.
    pub fn header(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HeaderBuilder<'y, B>,
        ) -> Result<&'x mut HeaderBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_CABLE_TEST_HEADER, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `cable-test-ntf` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type CableTestNtfBuilder<'w, B> = Builder<'w, sets::CableTestNtf, B>;

impl<B: Buffer> CableTestNtfBuilder<'_, B> {
    /// Writes `ETHTOOL_A_CABLE_TEST_NTF_HEADER`.
    pub fn header(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HeaderBuilder<'y, B>,
        ) -> Result<&'x mut HeaderBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_CABLE_TEST_NTF_HEADER, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_CABLE_TEST_NTF_STATUS`: _STARTED/_COMPLETE
    pub fn status(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_CABLE_TEST_NTF_STATUS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_CABLE_TEST_NTF_NEST`.
    pub fn nest(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut CableNestBuilder<'y, B>,
        ) -> Result<&'x mut CableNestBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_CABLE_TEST_NTF_NEST, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `cable-test-tdr-cfg` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type CableTestTdrCfgBuilder<'w, B> = Builder<'w, sets::CableTestTdrCfg, B>;

impl<B: Buffer> CableTestTdrCfgBuilder<'_, B> {
    /// Writes `ETHTOOL_A_CABLE_TEST_TDR_CFG_FIRST`.
    pub fn first(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_CABLE_TEST_TDR_CFG_FIRST, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_CABLE_TEST_TDR_CFG_LAST`.
    pub fn last(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_CABLE_TEST_TDR_CFG_LAST, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_CABLE_TEST_TDR_CFG_STEP`.
    pub fn step(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_CABLE_TEST_TDR_CFG_STEP, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_CABLE_TEST_TDR_CFG_PAIR`.
    pub fn pair(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_CABLE_TEST_TDR_CFG_PAIR, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `cable-test-tdr-ntf` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type CableTestTdrNtfBuilder<'w, B> = Builder<'w, sets::CableTestTdrNtf, B>;

impl<B: Buffer> CableTestTdrNtfBuilder<'_, B> {
    /// Writes `ETHTOOL_A_CABLE_TEST_TDR_NTF_HEADER`.
    pub fn header(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HeaderBuilder<'y, B>,
        ) -> Result<&'x mut HeaderBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(ETHTOOL_A_CABLE_TEST_TDR_NTF_HEADER, |w| {
                f(&mut Builder::new(w)).map(drop)
            })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_CABLE_TEST_TDR_NTF_STATUS`.
    pub fn status(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_CABLE_TEST_TDR_NTF_STATUS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_CABLE_TEST_TDR_NTF_NEST`.
    pub fn nest(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut CableNestBuilder<'y, B>,
        ) -> Result<&'x mut CableNestBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_CABLE_TEST_TDR_NTF_NEST, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `cable-test-tdr` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type CableTestTdrBuilder<'w, B> = Builder<'w, sets::CableTestTdr, B>;

impl<B: Buffer> CableTestTdrBuilder<'_, B> {
    /// Writes `ETHTOOL_A_CABLE_TEST_TDR_HEADER`.
    pub fn header(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HeaderBuilder<'y, B>,
        ) -> Result<&'x mut HeaderBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_CABLE_TEST_TDR_HEADER, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_CABLE_TEST_TDR_CFG`.
    pub fn cfg(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut CableTestTdrCfgBuilder<'y, B>,
        ) -> Result<&'x mut CableTestTdrCfgBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_CABLE_TEST_TDR_CFG, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `tunnel-udp-entry` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type TunnelUdpEntryBuilder<'w, B> = Builder<'w, sets::TunnelUdpEntry, B>;

impl<B: Buffer> TunnelUdpEntryBuilder<'_, B> {
    /// Writes `ETHTOOL_A_TUNNEL_UDP_ENTRY_PORT`.
    pub fn port(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_TUNNEL_UDP_ENTRY_PORT, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_TUNNEL_UDP_ENTRY_TYPE`.
    pub fn type_(&mut self, v: UdpTunnelType) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_TUNNEL_UDP_ENTRY_TYPE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `tunnel-udp-table` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type TunnelUdpTableBuilder<'w, B> = Builder<'w, sets::TunnelUdpTable, B>;

impl<B: Buffer> TunnelUdpTableBuilder<'_, B> {
    /// Writes `ETHTOOL_A_TUNNEL_UDP_TABLE_SIZE`.
    pub fn size(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_TUNNEL_UDP_TABLE_SIZE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_TUNNEL_UDP_TABLE_TYPES`.
    pub fn types(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut BitsetBuilder<'y, B>,
        ) -> Result<&'x mut BitsetBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_TUNNEL_UDP_TABLE_TYPES, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_TUNNEL_UDP_TABLE_ENTRY`.
    pub fn entry(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut TunnelUdpEntryBuilder<'y, B>,
        ) -> Result<&'x mut TunnelUdpEntryBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_TUNNEL_UDP_TABLE_ENTRY, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `tunnel-udp` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type TunnelUdpBuilder<'w, B> = Builder<'w, sets::TunnelUdp, B>;

impl<B: Buffer> TunnelUdpBuilder<'_, B> {
    /// Writes `ETHTOOL_A_TUNNEL_UDP_TABLE`.
    pub fn table_attr(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut TunnelUdpTableBuilder<'y, B>,
        ) -> Result<&'x mut TunnelUdpTableBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_TUNNEL_UDP_TABLE, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `tunnel-info` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type TunnelInfoBuilder<'w, B> = Builder<'w, sets::TunnelInfo, B>;

impl<B: Buffer> TunnelInfoBuilder<'_, B> {
    /// Writes `ETHTOOL_A_TUNNEL_INFO_HEADER`.
    pub fn header(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HeaderBuilder<'y, B>,
        ) -> Result<&'x mut HeaderBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_TUNNEL_INFO_HEADER, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_TUNNEL_INFO_UDP_PORTS`.
    pub fn udp_ports(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut TunnelUdpBuilder<'y, B>,
        ) -> Result<&'x mut TunnelUdpBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_TUNNEL_INFO_UDP_PORTS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `fec-hist` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type FecHistBuilder<'w, B> = Builder<'w, sets::FecHist, B>;

impl<B: Buffer> FecHistBuilder<'_, B> {
    /// Writes `ETHTOOL_A_FEC_HIST_BIN_LOW`: Low bound of FEC bin (inclusive)
    pub fn bin_low(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_FEC_HIST_BIN_LOW, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_FEC_HIST_BIN_HIGH`: High bound of FEC bin (inclusive)
    pub fn bin_high(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_FEC_HIST_BIN_HIGH, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_FEC_HIST_BIN_VAL`: Error count in the bin (optional if per-lane values exist)
    pub fn bin_val(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(ETHTOOL_A_FEC_HIST_BIN_VAL, small),
            Err(_) => self.w.put_u64(ETHTOOL_A_FEC_HIST_BIN_VAL, v),
        }?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_FEC_HIST_BIN_VAL_PER_LANE`: An array of per-lane error counters in the bin (optional)
    pub fn bin_val_per_lane(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(ETHTOOL_A_FEC_HIST_BIN_VAL_PER_LANE, v)?;
        Ok(self)
    }
}

/// Writes `fec-stat` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type FecStatBuilder<'w, B> = Builder<'w, sets::FecStat, B>;

impl<B: Buffer> FecStatBuilder<'_, B> {
    /// Writes `ETHTOOL_A_FEC_STAT_CORRECTED`.
    pub fn corrected(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(ETHTOOL_A_FEC_STAT_CORRECTED, v)?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_FEC_STAT_UNCORR`.
    pub fn uncorr(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(ETHTOOL_A_FEC_STAT_UNCORR, v)?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_FEC_STAT_CORR_BITS`.
    pub fn corr_bits(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(ETHTOOL_A_FEC_STAT_CORR_BITS, v)?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_FEC_STAT_HIST`.
    pub fn hist(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut FecHistBuilder<'y, B>,
        ) -> Result<&'x mut FecHistBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_FEC_STAT_HIST, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `fec` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type FecBuilder<'w, B> = Builder<'w, sets::Fec, B>;

impl<B: Buffer> FecBuilder<'_, B> {
    /// Writes `ETHTOOL_A_FEC_HEADER`.
    pub fn header(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HeaderBuilder<'y, B>,
        ) -> Result<&'x mut HeaderBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(ETHTOOL_A_FEC_HEADER, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_FEC_MODES`.
    pub fn modes(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut BitsetBuilder<'y, B>,
        ) -> Result<&'x mut BitsetBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(ETHTOOL_A_FEC_MODES, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_FEC_AUTO`.
    pub fn auto(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(ETHTOOL_A_FEC_AUTO, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_FEC_ACTIVE`.
    pub fn active(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(ETHTOOL_A_FEC_ACTIVE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_FEC_STATS`.
    pub fn stats(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut FecStatBuilder<'y, B>,
        ) -> Result<&'x mut FecStatBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(ETHTOOL_A_FEC_STATS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }
}

/// Writes `module-eeprom` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ModuleEepromBuilder<'w, B> = Builder<'w, sets::ModuleEeprom, B>;

impl<B: Buffer> ModuleEepromBuilder<'_, B> {
    /// Writes `ETHTOOL_A_MODULE_EEPROM_HEADER`.
    pub fn header(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HeaderBuilder<'y, B>,
        ) -> Result<&'x mut HeaderBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_MODULE_EEPROM_HEADER, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MODULE_EEPROM_OFFSET`.
    pub fn offset(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_MODULE_EEPROM_OFFSET, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MODULE_EEPROM_LENGTH`.
    pub fn length(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_MODULE_EEPROM_LENGTH, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MODULE_EEPROM_PAGE`.
    pub fn page(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_MODULE_EEPROM_PAGE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MODULE_EEPROM_BANK`.
    pub fn bank(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_MODULE_EEPROM_BANK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MODULE_EEPROM_I2C_ADDRESS`.
    pub fn i2c_address(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_MODULE_EEPROM_I2C_ADDRESS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MODULE_EEPROM_DATA`.
    pub fn data(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(ETHTOOL_A_MODULE_EEPROM_DATA, v)?;
        Ok(self)
    }
}

/// Writes `stats-grp` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type StatsGrpBuilder<'w, B> = Builder<'w, sets::StatsGrp, B>;

impl<B: Buffer> StatsGrpBuilder<'_, B> {
    /// Writes `ETHTOOL_A_STATS_GRP_ID`.
    pub fn id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_STATS_GRP_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_STATS_GRP_SS_ID`.
    pub fn ss_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_STATS_GRP_SS_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_STATS_GRP_STAT`.
    pub fn stat(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_STATS_GRP_STAT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_STATS_GRP_HIST_RX`.
    pub fn hist_rx(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut StatsGrpHistBuilder<'y, B>,
        ) -> Result<&'x mut StatsGrpHistBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_STATS_GRP_HIST_RX, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_STATS_GRP_HIST_TX`.
    pub fn hist_tx(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut StatsGrpHistBuilder<'y, B>,
        ) -> Result<&'x mut StatsGrpHistBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_STATS_GRP_HIST_TX, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_STATS_GRP_HIST_BKT_LOW`.
    pub fn hist_bkt_low(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_STATS_GRP_HIST_BKT_LOW, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_STATS_GRP_HIST_BKT_HI`.
    pub fn hist_bkt_hi(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_STATS_GRP_HIST_BKT_HI, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_STATS_GRP_HIST_VAL`.
    pub fn hist_val(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_STATS_GRP_HIST_VAL, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `stats-grp-hist` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type StatsGrpHistBuilder<'w, B> = Builder<'w, sets::StatsGrpHist, B>;

impl<B: Buffer> StatsGrpHistBuilder<'_, B> {
    /// Writes `ETHTOOL_A_STATS_GRP_HIST_BKT_LOW`.
    pub fn hist_bkt_low(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_STATS_GRP_HIST_BKT_LOW, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_STATS_GRP_HIST_BKT_HI`.
    pub fn hist_bkt_hi(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_STATS_GRP_HIST_BKT_HI, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_STATS_GRP_HIST_VAL`.
    pub fn hist_val(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_STATS_GRP_HIST_VAL, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `stats` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type StatsBuilder<'w, B> = Builder<'w, sets::Stats, B>;

impl<B: Buffer> StatsBuilder<'_, B> {
    /// Writes `ETHTOOL_A_STATS_HEADER`.
    pub fn header(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HeaderBuilder<'y, B>,
        ) -> Result<&'x mut HeaderBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_STATS_HEADER, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_STATS_GROUPS`.
    pub fn groups(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut BitsetBuilder<'y, B>,
        ) -> Result<&'x mut BitsetBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_STATS_GROUPS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_STATS_GRP`.
    pub fn grp(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut StatsGrpBuilder<'y, B>,
        ) -> Result<&'x mut StatsGrpBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(ETHTOOL_A_STATS_GRP, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_STATS_SRC`.
    pub fn src(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(ETHTOOL_A_STATS_SRC, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `phc-vclocks` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type PhcVclocksBuilder<'w, B> = Builder<'w, sets::PhcVclocks, B>;

impl<B: Buffer> PhcVclocksBuilder<'_, B> {
    /// Writes `ETHTOOL_A_PHC_VCLOCKS_HEADER`.
    pub fn header(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HeaderBuilder<'y, B>,
        ) -> Result<&'x mut HeaderBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_PHC_VCLOCKS_HEADER, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_PHC_VCLOCKS_NUM`.
    pub fn num(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_PHC_VCLOCKS_NUM, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_PHC_VCLOCKS_INDEX`.
    pub fn index(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(ETHTOOL_A_PHC_VCLOCKS_INDEX, v)?;
        Ok(self)
    }
}

/// Writes `module` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ModuleBuilder<'w, B> = Builder<'w, sets::Module, B>;

impl<B: Buffer> ModuleBuilder<'_, B> {
    /// Writes `ETHTOOL_A_MODULE_HEADER`.
    pub fn header(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HeaderBuilder<'y, B>,
        ) -> Result<&'x mut HeaderBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_MODULE_HEADER, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MODULE_POWER_MODE_POLICY`.
    pub fn power_mode_policy(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_MODULE_POWER_MODE_POLICY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MODULE_POWER_MODE`.
    pub fn power_mode(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_MODULE_POWER_MODE, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `c33-pse-pw-limit` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type C33PsePwLimitBuilder<'w, B> = Builder<'w, sets::C33PsePwLimit, B>;

impl<B: Buffer> C33PsePwLimitBuilder<'_, B> {
    /// Writes `ETHTOOL_A_C33_PSE_PW_LIMIT_MIN`.
    pub fn min(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_C33_PSE_PW_LIMIT_MIN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_C33_PSE_PW_LIMIT_MAX`.
    pub fn max(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_C33_PSE_PW_LIMIT_MAX, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `pse` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type PseBuilder<'w, B> = Builder<'w, sets::Pse, B>;

impl<B: Buffer> PseBuilder<'_, B> {
    /// Writes `ETHTOOL_A_PSE_HEADER`.
    pub fn header(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HeaderBuilder<'y, B>,
        ) -> Result<&'x mut HeaderBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(ETHTOOL_A_PSE_HEADER, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_PODL_PSE_ADMIN_STATE`.
    pub fn podl_pse_admin_state(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_PODL_PSE_ADMIN_STATE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_PODL_PSE_ADMIN_CONTROL`.
    pub fn podl_pse_admin_control(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_PODL_PSE_ADMIN_CONTROL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_PODL_PSE_PW_D_STATUS`.
    pub fn podl_pse_pw_d_status(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_PODL_PSE_PW_D_STATUS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_C33_PSE_ADMIN_STATE`.
    pub fn c33_pse_admin_state(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_C33_PSE_ADMIN_STATE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_C33_PSE_ADMIN_CONTROL`.
    pub fn c33_pse_admin_control(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_C33_PSE_ADMIN_CONTROL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_C33_PSE_PW_D_STATUS`.
    pub fn c33_pse_pw_d_status(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_C33_PSE_PW_D_STATUS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_C33_PSE_PW_CLASS`.
    pub fn c33_pse_pw_class(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_C33_PSE_PW_CLASS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_C33_PSE_ACTUAL_PW`.
    pub fn c33_pse_actual_pw(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_C33_PSE_ACTUAL_PW, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_C33_PSE_EXT_STATE`.
    pub fn c33_pse_ext_state(&mut self, v: C33PseExtState) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_C33_PSE_EXT_STATE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_C33_PSE_EXT_SUBSTATE`.
    pub fn c33_pse_ext_substate(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_C33_PSE_EXT_SUBSTATE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_C33_PSE_AVAIL_PW_LIMIT`.
    pub fn c33_pse_avail_pw_limit(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_C33_PSE_AVAIL_PW_LIMIT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_C33_PSE_PW_LIMIT_RANGES`.
    pub fn c33_pse_pw_limit_ranges(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut C33PsePwLimitBuilder<'y, B>,
        ) -> Result<&'x mut C33PsePwLimitBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_C33_PSE_PW_LIMIT_RANGES, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_PSE_PW_D_ID`.
    pub fn pse_pw_d_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(ETHTOOL_A_PSE_PW_D_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_PSE_PRIO_MAX`.
    pub fn pse_prio_max(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_PSE_PRIO_MAX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_PSE_PRIO`.
    pub fn pse_prio(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(ETHTOOL_A_PSE_PRIO, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `flow` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type FlowBuilder<'w, B> = Builder<'w, sets::Flow, B>;

impl<B: Buffer> FlowBuilder<'_, B> {
    /// Writes `ETHTOOL_A_FLOW_ETHER`.
    pub fn ether(&mut self, v: RxfhFields) -> Result<&mut Self, WriteError> {
        let v = v.bits();
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(ETHTOOL_A_FLOW_ETHER, small),
            Err(_) => self.w.put_u64(ETHTOOL_A_FLOW_ETHER, v),
        }?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_FLOW_IP4`.
    pub fn ip4(&mut self, v: RxfhFields) -> Result<&mut Self, WriteError> {
        let v = v.bits();
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(ETHTOOL_A_FLOW_IP4, small),
            Err(_) => self.w.put_u64(ETHTOOL_A_FLOW_IP4, v),
        }?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_FLOW_IP6`.
    pub fn ip6(&mut self, v: RxfhFields) -> Result<&mut Self, WriteError> {
        let v = v.bits();
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(ETHTOOL_A_FLOW_IP6, small),
            Err(_) => self.w.put_u64(ETHTOOL_A_FLOW_IP6, v),
        }?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_FLOW_TCP4`.
    pub fn tcp4(&mut self, v: RxfhFields) -> Result<&mut Self, WriteError> {
        let v = v.bits();
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(ETHTOOL_A_FLOW_TCP4, small),
            Err(_) => self.w.put_u64(ETHTOOL_A_FLOW_TCP4, v),
        }?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_FLOW_TCP6`.
    pub fn tcp6(&mut self, v: RxfhFields) -> Result<&mut Self, WriteError> {
        let v = v.bits();
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(ETHTOOL_A_FLOW_TCP6, small),
            Err(_) => self.w.put_u64(ETHTOOL_A_FLOW_TCP6, v),
        }?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_FLOW_UDP4`.
    pub fn udp4(&mut self, v: RxfhFields) -> Result<&mut Self, WriteError> {
        let v = v.bits();
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(ETHTOOL_A_FLOW_UDP4, small),
            Err(_) => self.w.put_u64(ETHTOOL_A_FLOW_UDP4, v),
        }?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_FLOW_UDP6`.
    pub fn udp6(&mut self, v: RxfhFields) -> Result<&mut Self, WriteError> {
        let v = v.bits();
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(ETHTOOL_A_FLOW_UDP6, small),
            Err(_) => self.w.put_u64(ETHTOOL_A_FLOW_UDP6, v),
        }?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_FLOW_SCTP4`.
    pub fn sctp4(&mut self, v: RxfhFields) -> Result<&mut Self, WriteError> {
        let v = v.bits();
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(ETHTOOL_A_FLOW_SCTP4, small),
            Err(_) => self.w.put_u64(ETHTOOL_A_FLOW_SCTP4, v),
        }?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_FLOW_SCTP6`.
    pub fn sctp6(&mut self, v: RxfhFields) -> Result<&mut Self, WriteError> {
        let v = v.bits();
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(ETHTOOL_A_FLOW_SCTP6, small),
            Err(_) => self.w.put_u64(ETHTOOL_A_FLOW_SCTP6, v),
        }?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_FLOW_AH4`.
    pub fn ah4(&mut self, v: RxfhFields) -> Result<&mut Self, WriteError> {
        let v = v.bits();
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(ETHTOOL_A_FLOW_AH4, small),
            Err(_) => self.w.put_u64(ETHTOOL_A_FLOW_AH4, v),
        }?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_FLOW_AH6`.
    pub fn ah6(&mut self, v: RxfhFields) -> Result<&mut Self, WriteError> {
        let v = v.bits();
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(ETHTOOL_A_FLOW_AH6, small),
            Err(_) => self.w.put_u64(ETHTOOL_A_FLOW_AH6, v),
        }?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_FLOW_ESP4`.
    pub fn esp4(&mut self, v: RxfhFields) -> Result<&mut Self, WriteError> {
        let v = v.bits();
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(ETHTOOL_A_FLOW_ESP4, small),
            Err(_) => self.w.put_u64(ETHTOOL_A_FLOW_ESP4, v),
        }?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_FLOW_ESP6`.
    pub fn esp6(&mut self, v: RxfhFields) -> Result<&mut Self, WriteError> {
        let v = v.bits();
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(ETHTOOL_A_FLOW_ESP6, small),
            Err(_) => self.w.put_u64(ETHTOOL_A_FLOW_ESP6, v),
        }?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_FLOW_AH_ESP4`.
    pub fn ah_esp4(&mut self, v: RxfhFields) -> Result<&mut Self, WriteError> {
        let v = v.bits();
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(ETHTOOL_A_FLOW_AH_ESP4, small),
            Err(_) => self.w.put_u64(ETHTOOL_A_FLOW_AH_ESP4, v),
        }?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_FLOW_AH_ESP6`.
    pub fn ah_esp6(&mut self, v: RxfhFields) -> Result<&mut Self, WriteError> {
        let v = v.bits();
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(ETHTOOL_A_FLOW_AH_ESP6, small),
            Err(_) => self.w.put_u64(ETHTOOL_A_FLOW_AH_ESP6, v),
        }?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_FLOW_GTPU4`.
    pub fn gtpu4(&mut self, v: RxfhFields) -> Result<&mut Self, WriteError> {
        let v = v.bits();
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(ETHTOOL_A_FLOW_GTPU4, small),
            Err(_) => self.w.put_u64(ETHTOOL_A_FLOW_GTPU4, v),
        }?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_FLOW_GTPU6`.
    pub fn gtpu6(&mut self, v: RxfhFields) -> Result<&mut Self, WriteError> {
        let v = v.bits();
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(ETHTOOL_A_FLOW_GTPU6, small),
            Err(_) => self.w.put_u64(ETHTOOL_A_FLOW_GTPU6, v),
        }?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_FLOW_GTPC4`.
    pub fn gtpc4(&mut self, v: RxfhFields) -> Result<&mut Self, WriteError> {
        let v = v.bits();
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(ETHTOOL_A_FLOW_GTPC4, small),
            Err(_) => self.w.put_u64(ETHTOOL_A_FLOW_GTPC4, v),
        }?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_FLOW_GTPC6`.
    pub fn gtpc6(&mut self, v: RxfhFields) -> Result<&mut Self, WriteError> {
        let v = v.bits();
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(ETHTOOL_A_FLOW_GTPC6, small),
            Err(_) => self.w.put_u64(ETHTOOL_A_FLOW_GTPC6, v),
        }?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_FLOW_GTPC_TEID4`.
    pub fn gtpc_teid4(&mut self, v: RxfhFields) -> Result<&mut Self, WriteError> {
        let v = v.bits();
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(ETHTOOL_A_FLOW_GTPC_TEID4, small),
            Err(_) => self.w.put_u64(ETHTOOL_A_FLOW_GTPC_TEID4, v),
        }?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_FLOW_GTPC_TEID6`.
    pub fn gtpc_teid6(&mut self, v: RxfhFields) -> Result<&mut Self, WriteError> {
        let v = v.bits();
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(ETHTOOL_A_FLOW_GTPC_TEID6, small),
            Err(_) => self.w.put_u64(ETHTOOL_A_FLOW_GTPC_TEID6, v),
        }?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_FLOW_GTPU_EH4`.
    pub fn gtpu_eh4(&mut self, v: RxfhFields) -> Result<&mut Self, WriteError> {
        let v = v.bits();
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(ETHTOOL_A_FLOW_GTPU_EH4, small),
            Err(_) => self.w.put_u64(ETHTOOL_A_FLOW_GTPU_EH4, v),
        }?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_FLOW_GTPU_EH6`.
    pub fn gtpu_eh6(&mut self, v: RxfhFields) -> Result<&mut Self, WriteError> {
        let v = v.bits();
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(ETHTOOL_A_FLOW_GTPU_EH6, small),
            Err(_) => self.w.put_u64(ETHTOOL_A_FLOW_GTPU_EH6, v),
        }?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_FLOW_GTPU_UL4`.
    pub fn gtpu_ul4(&mut self, v: RxfhFields) -> Result<&mut Self, WriteError> {
        let v = v.bits();
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(ETHTOOL_A_FLOW_GTPU_UL4, small),
            Err(_) => self.w.put_u64(ETHTOOL_A_FLOW_GTPU_UL4, v),
        }?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_FLOW_GTPU_UL6`.
    pub fn gtpu_ul6(&mut self, v: RxfhFields) -> Result<&mut Self, WriteError> {
        let v = v.bits();
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(ETHTOOL_A_FLOW_GTPU_UL6, small),
            Err(_) => self.w.put_u64(ETHTOOL_A_FLOW_GTPU_UL6, v),
        }?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_FLOW_GTPU_DL4`.
    pub fn gtpu_dl4(&mut self, v: RxfhFields) -> Result<&mut Self, WriteError> {
        let v = v.bits();
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(ETHTOOL_A_FLOW_GTPU_DL4, small),
            Err(_) => self.w.put_u64(ETHTOOL_A_FLOW_GTPU_DL4, v),
        }?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_FLOW_GTPU_DL6`.
    pub fn gtpu_dl6(&mut self, v: RxfhFields) -> Result<&mut Self, WriteError> {
        let v = v.bits();
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(ETHTOOL_A_FLOW_GTPU_DL6, small),
            Err(_) => self.w.put_u64(ETHTOOL_A_FLOW_GTPU_DL6, v),
        }?;
        Ok(self)
    }
}

/// Writes `rss` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type RssBuilder<'w, B> = Builder<'w, sets::Rss, B>;

impl<B: Buffer> RssBuilder<'_, B> {
    /// Writes `ETHTOOL_A_RSS_HEADER`.
    pub fn header(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HeaderBuilder<'y, B>,
        ) -> Result<&'x mut HeaderBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(ETHTOOL_A_RSS_HEADER, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_RSS_CONTEXT`.
    pub fn context(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(ETHTOOL_A_RSS_CONTEXT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_RSS_HFUNC`.
    pub fn hfunc(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(ETHTOOL_A_RSS_HFUNC, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_RSS_INDIR`.
    pub fn indir(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(ETHTOOL_A_RSS_INDIR, v)?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_RSS_HKEY`.
    pub fn hkey(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(ETHTOOL_A_RSS_HKEY, v)?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_RSS_INPUT_XFRM`.
    pub fn input_xfrm(&mut self, v: InputXfrm) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_RSS_INPUT_XFRM, &(v.bits()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_RSS_START_CONTEXT`.
    pub fn start_context(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_RSS_START_CONTEXT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_RSS_FLOW_HASH`.
    pub fn flow_hash(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut FlowBuilder<'y, B>,
        ) -> Result<&'x mut FlowBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_RSS_FLOW_HASH, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `plca` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type PlcaBuilder<'w, B> = Builder<'w, sets::Plca, B>;

impl<B: Buffer> PlcaBuilder<'_, B> {
    /// Writes `ETHTOOL_A_PLCA_HEADER`.
    pub fn header(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HeaderBuilder<'y, B>,
        ) -> Result<&'x mut HeaderBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(ETHTOOL_A_PLCA_HEADER, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_PLCA_VERSION`.
    pub fn version(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_PLCA_VERSION, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_PLCA_ENABLED`.
    pub fn enabled(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_PLCA_ENABLED, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_PLCA_STATUS`.
    pub fn status(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(ETHTOOL_A_PLCA_STATUS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_PLCA_NODE_CNT`.
    pub fn node_cnt(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_PLCA_NODE_CNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_PLCA_NODE_ID`.
    pub fn node_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_PLCA_NODE_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_PLCA_TO_TMR`.
    pub fn to_tmr(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(ETHTOOL_A_PLCA_TO_TMR, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_PLCA_BURST_CNT`.
    pub fn burst_cnt(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_PLCA_BURST_CNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_PLCA_BURST_TMR`.
    pub fn burst_tmr(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_PLCA_BURST_TMR, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `module-fw-flash` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ModuleFwFlashBuilder<'w, B> = Builder<'w, sets::ModuleFwFlash, B>;

impl<B: Buffer> ModuleFwFlashBuilder<'_, B> {
    /// Writes `ETHTOOL_A_MODULE_FW_FLASH_HEADER`.
    pub fn header(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HeaderBuilder<'y, B>,
        ) -> Result<&'x mut HeaderBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_MODULE_FW_FLASH_HEADER, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MODULE_FW_FLASH_FILE_NAME`.
    pub fn file_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(ETHTOOL_A_MODULE_FW_FLASH_FILE_NAME, v)?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MODULE_FW_FLASH_PASSWORD`.
    pub fn password(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_MODULE_FW_FLASH_PASSWORD, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MODULE_FW_FLASH_STATUS`.
    pub fn status(&mut self, v: ModuleFwFlashStatus) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_MODULE_FW_FLASH_STATUS, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MODULE_FW_FLASH_STATUS_MSG`.
    pub fn status_msg(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(ETHTOOL_A_MODULE_FW_FLASH_STATUS_MSG, v)?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MODULE_FW_FLASH_DONE`.
    pub fn done(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(ETHTOOL_A_MODULE_FW_FLASH_DONE, small),
            Err(_) => self.w.put_u64(ETHTOOL_A_MODULE_FW_FLASH_DONE, v),
        }?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MODULE_FW_FLASH_TOTAL`.
    pub fn total(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(ETHTOOL_A_MODULE_FW_FLASH_TOTAL, small),
            Err(_) => self.w.put_u64(ETHTOOL_A_MODULE_FW_FLASH_TOTAL, v),
        }?;
        Ok(self)
    }
}

/// Writes `phy` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type PhyBuilder<'w, B> = Builder<'w, sets::Phy, B>;

impl<B: Buffer> PhyBuilder<'_, B> {
    /// Writes `ETHTOOL_A_PHY_HEADER`.
    pub fn header(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HeaderBuilder<'y, B>,
        ) -> Result<&'x mut HeaderBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(ETHTOOL_A_PHY_HEADER, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_PHY_INDEX`.
    pub fn index(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(ETHTOOL_A_PHY_INDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_PHY_DRVNAME`.
    pub fn drvname(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(ETHTOOL_A_PHY_DRVNAME, v)?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_PHY_NAME`.
    pub fn name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(ETHTOOL_A_PHY_NAME, v)?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_PHY_UPSTREAM_TYPE`.
    pub fn upstream_type(&mut self, v: PhyUpstreamType) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_PHY_UPSTREAM_TYPE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_PHY_UPSTREAM_INDEX`.
    pub fn upstream_index(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(ETHTOOL_A_PHY_UPSTREAM_INDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_PHY_UPSTREAM_SFP_NAME`.
    pub fn upstream_sfp_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(ETHTOOL_A_PHY_UPSTREAM_SFP_NAME, v)?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_PHY_DOWNSTREAM_SFP_NAME`.
    pub fn downstream_sfp_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(ETHTOOL_A_PHY_DOWNSTREAM_SFP_NAME, v)?;
        Ok(self)
    }
}

/// Writes `tsconfig` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type TsconfigBuilder<'w, B> = Builder<'w, sets::Tsconfig, B>;

impl<B: Buffer> TsconfigBuilder<'_, B> {
    /// Writes `ETHTOOL_A_TSCONFIG_HEADER`.
    pub fn header(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HeaderBuilder<'y, B>,
        ) -> Result<&'x mut HeaderBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_TSCONFIG_HEADER, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_TSCONFIG_HWTSTAMP_PROVIDER`.
    pub fn hwtstamp_provider(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut TsHwtstampProviderBuilder<'y, B>,
        )
            -> Result<&'x mut TsHwtstampProviderBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(ETHTOOL_A_TSCONFIG_HWTSTAMP_PROVIDER, |w| {
                f(&mut Builder::new(w)).map(drop)
            })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_TSCONFIG_TX_TYPES`.
    pub fn tx_types(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut BitsetBuilder<'y, B>,
        ) -> Result<&'x mut BitsetBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_TSCONFIG_TX_TYPES, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_TSCONFIG_RX_FILTERS`.
    pub fn rx_filters(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut BitsetBuilder<'y, B>,
        ) -> Result<&'x mut BitsetBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_TSCONFIG_RX_FILTERS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_TSCONFIG_HWTSTAMP_FLAGS`.
    pub fn hwtstamp_flags(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut BitsetBuilder<'y, B>,
        ) -> Result<&'x mut BitsetBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_TSCONFIG_HWTSTAMP_FLAGS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `pse-ntf` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type PseNtfBuilder<'w, B> = Builder<'w, sets::PseNtf, B>;

impl<B: Buffer> PseNtfBuilder<'_, B> {
    /// Writes `ETHTOOL_A_PSE_NTF_HEADER`.
    pub fn header(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HeaderBuilder<'y, B>,
        ) -> Result<&'x mut HeaderBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_PSE_NTF_HEADER, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_PSE_NTF_EVENTS`: List of events reported by the PSE controller
    pub fn events(&mut self, v: PseEvent) -> Result<&mut Self, WriteError> {
        let v = v.bits();
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(ETHTOOL_A_PSE_NTF_EVENTS, small),
            Err(_) => self.w.put_u64(ETHTOOL_A_PSE_NTF_EVENTS, v),
        }?;
        Ok(self)
    }
}

/// Writes `mse-capabilities` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type MseCapabilitiesBuilder<'w, B> = Builder<'w, sets::MseCapabilities, B>;

impl<B: Buffer> MseCapabilitiesBuilder<'_, B> {
    /// Writes `ETHTOOL_A_MSE_CAPABILITIES_MAX_AVERAGE_MSE`.
    pub fn max_average_mse(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self
                .w
                .put_u32(ETHTOOL_A_MSE_CAPABILITIES_MAX_AVERAGE_MSE, small),
            Err(_) => self
                .w
                .put_u64(ETHTOOL_A_MSE_CAPABILITIES_MAX_AVERAGE_MSE, v),
        }?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MSE_CAPABILITIES_MAX_PEAK_MSE`.
    pub fn max_peak_mse(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self
                .w
                .put_u32(ETHTOOL_A_MSE_CAPABILITIES_MAX_PEAK_MSE, small),
            Err(_) => self.w.put_u64(ETHTOOL_A_MSE_CAPABILITIES_MAX_PEAK_MSE, v),
        }?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MSE_CAPABILITIES_REFRESH_RATE_PS`.
    pub fn refresh_rate_ps(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self
                .w
                .put_u32(ETHTOOL_A_MSE_CAPABILITIES_REFRESH_RATE_PS, small),
            Err(_) => self
                .w
                .put_u64(ETHTOOL_A_MSE_CAPABILITIES_REFRESH_RATE_PS, v),
        }?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MSE_CAPABILITIES_NUM_SYMBOLS`.
    pub fn num_symbols(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self
                .w
                .put_u32(ETHTOOL_A_MSE_CAPABILITIES_NUM_SYMBOLS, small),
            Err(_) => self.w.put_u64(ETHTOOL_A_MSE_CAPABILITIES_NUM_SYMBOLS, v),
        }?;
        Ok(self)
    }
}

/// Writes `mse-snapshot` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type MseSnapshotBuilder<'w, B> = Builder<'w, sets::MseSnapshot, B>;

impl<B: Buffer> MseSnapshotBuilder<'_, B> {
    /// Writes `ETHTOOL_A_MSE_SNAPSHOT_AVERAGE_MSE`.
    pub fn average_mse(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(ETHTOOL_A_MSE_SNAPSHOT_AVERAGE_MSE, small),
            Err(_) => self.w.put_u64(ETHTOOL_A_MSE_SNAPSHOT_AVERAGE_MSE, v),
        }?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MSE_SNAPSHOT_PEAK_MSE`.
    pub fn peak_mse(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(ETHTOOL_A_MSE_SNAPSHOT_PEAK_MSE, small),
            Err(_) => self.w.put_u64(ETHTOOL_A_MSE_SNAPSHOT_PEAK_MSE, v),
        }?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MSE_SNAPSHOT_WORST_PEAK_MSE`.
    pub fn worst_peak_mse(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(ETHTOOL_A_MSE_SNAPSHOT_WORST_PEAK_MSE, small),
            Err(_) => self.w.put_u64(ETHTOOL_A_MSE_SNAPSHOT_WORST_PEAK_MSE, v),
        }?;
        Ok(self)
    }
}

/// Writes `mse` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type MseBuilder<'w, B> = Builder<'w, sets::Mse, B>;

impl<B: Buffer> MseBuilder<'_, B> {
    /// Writes `ETHTOOL_A_MSE_HEADER`.
    pub fn header(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HeaderBuilder<'y, B>,
        ) -> Result<&'x mut HeaderBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(ETHTOOL_A_MSE_HEADER, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MSE_CAPABILITIES`.
    pub fn capabilities(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut MseCapabilitiesBuilder<'y, B>,
        ) -> Result<&'x mut MseCapabilitiesBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_MSE_CAPABILITIES, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MSE_CHANNEL_A`.
    pub fn channel_a(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut MseSnapshotBuilder<'y, B>,
        ) -> Result<&'x mut MseSnapshotBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_MSE_CHANNEL_A, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MSE_CHANNEL_B`.
    pub fn channel_b(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut MseSnapshotBuilder<'y, B>,
        ) -> Result<&'x mut MseSnapshotBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_MSE_CHANNEL_B, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MSE_CHANNEL_C`.
    pub fn channel_c(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut MseSnapshotBuilder<'y, B>,
        ) -> Result<&'x mut MseSnapshotBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_MSE_CHANNEL_C, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MSE_CHANNEL_D`.
    pub fn channel_d(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut MseSnapshotBuilder<'y, B>,
        ) -> Result<&'x mut MseSnapshotBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_MSE_CHANNEL_D, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MSE_WORST_CHANNEL`.
    pub fn worst_channel(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut MseSnapshotBuilder<'y, B>,
        ) -> Result<&'x mut MseSnapshotBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(ETHTOOL_A_MSE_WORST_CHANNEL, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `ETHTOOL_A_MSE_LINK`.
    pub fn link(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut MseSnapshotBuilder<'y, B>,
        ) -> Result<&'x mut MseSnapshotBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(ETHTOOL_A_MSE_LINK, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }
}
