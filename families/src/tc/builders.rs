//! Typed builders of `tc`: one per attribute set, over the codec's [`Writer`] (so they
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
    /// The `attrs` attribute set.
    pub enum AttrsAttrs {}
    /// The `act-attrs` attribute set.
    pub enum ActAttrs {}
    /// The `act-bpf-attrs` attribute set.
    pub enum ActBpfAttrs {}
    /// The `act-connmark-attrs` attribute set.
    pub enum ActConnmarkAttrs {}
    /// The `act-csum-attrs` attribute set.
    pub enum ActCsumAttrs {}
    /// The `act-ct-attrs` attribute set.
    pub enum ActCtAttrs {}
    /// The `act-ctinfo-attrs` attribute set.
    pub enum ActCtinfoAttrs {}
    /// The `act-gate-attrs` attribute set.
    pub enum ActGateAttrs {}
    /// The `act-ife-attrs` attribute set.
    pub enum ActIfeAttrs {}
    /// The `act-mirred-attrs` attribute set.
    pub enum ActMirredAttrs {}
    /// The `act-mpls-attrs` attribute set.
    pub enum ActMplsAttrs {}
    /// The `act-nat-attrs` attribute set.
    pub enum ActNatAttrs {}
    /// The `act-pedit-attrs` attribute set.
    pub enum ActPeditAttrs {}
    /// The `act-simple-attrs` attribute set.
    pub enum ActSimpleAttrs {}
    /// The `act-skbedit-attrs` attribute set.
    pub enum ActSkbeditAttrs {}
    /// The `act-skbmod-attrs` attribute set.
    pub enum ActSkbmodAttrs {}
    /// The `act-tunnel-key-attrs` attribute set.
    pub enum ActTunnelKeyAttrs {}
    /// The `act-vlan-attrs` attribute set.
    pub enum ActVlanAttrs {}
    /// The `basic-attrs` attribute set.
    pub enum BasicAttrs {}
    /// The `bpf-attrs` attribute set.
    pub enum BpfAttrs {}
    /// The `cake-attrs` attribute set.
    pub enum CakeAttrs {}
    /// The `cake-stats-attrs` attribute set.
    pub enum CakeStatsAttrs {}
    /// The `cake-tin-stats-attrs` attribute set.
    pub enum CakeTinStatsAttrs {}
    /// The `cbs-attrs` attribute set.
    pub enum CbsAttrs {}
    /// The `cgroup-attrs` attribute set.
    pub enum CgroupAttrs {}
    /// The `choke-attrs` attribute set.
    pub enum ChokeAttrs {}
    /// The `codel-attrs` attribute set.
    pub enum CodelAttrs {}
    /// The `drr-attrs` attribute set.
    pub enum DrrAttrs {}
    /// The `dualpi2-attrs` attribute set.
    pub enum Dualpi2Attrs {}
    /// The `ematch-attrs` attribute set.
    pub enum EmatchAttrs {}
    /// The `flow-attrs` attribute set.
    pub enum FlowAttrs {}
    /// The `flower-attrs` attribute set.
    pub enum FlowerAttrs {}
    /// The `flower-key-enc-opts-attrs` attribute set.
    pub enum FlowerKeyEncOptsAttrs {}
    /// The `flower-key-enc-opt-geneve-attrs` attribute set.
    pub enum FlowerKeyEncOptGeneveAttrs {}
    /// The `flower-key-enc-opt-vxlan-attrs` attribute set.
    pub enum FlowerKeyEncOptVxlanAttrs {}
    /// The `flower-key-enc-opt-erspan-attrs` attribute set.
    pub enum FlowerKeyEncOptErspanAttrs {}
    /// The `flower-key-enc-opt-gtp-attrs` attribute set.
    pub enum FlowerKeyEncOptGtpAttrs {}
    /// The `flower-key-mpls-opt-attrs` attribute set.
    pub enum FlowerKeyMplsOptAttrs {}
    /// The `flower-key-cfm-attrs` attribute set.
    pub enum FlowerKeyCfmAttrs {}
    /// The `fw-attrs` attribute set.
    pub enum FwAttrs {}
    /// The `gred-attrs` attribute set.
    pub enum GredAttrs {}
    /// The `tca-gred-vq-list-attrs` attribute set.
    pub enum TcaGredVqListAttrs {}
    /// The `tca-gred-vq-entry-attrs` attribute set.
    pub enum TcaGredVqEntryAttrs {}
    /// The `hfsc-attrs` attribute set.
    pub enum HfscAttrs {}
    /// The `hhf-attrs` attribute set.
    pub enum HhfAttrs {}
    /// The `htb-attrs` attribute set.
    pub enum HtbAttrs {}
    /// The `matchall-attrs` attribute set.
    pub enum MatchallAttrs {}
    /// The `etf-attrs` attribute set.
    pub enum EtfAttrs {}
    /// The `ets-attrs` attribute set.
    pub enum EtsAttrs {}
    /// The `fq-attrs` attribute set.
    pub enum FqAttrs {}
    /// The `fq-codel-attrs` attribute set.
    pub enum FqCodelAttrs {}
    /// The `fq-pie-attrs` attribute set.
    pub enum FqPieAttrs {}
    /// The `netem-attrs` attribute set.
    pub enum NetemAttrs {}
    /// The `netem-loss-attrs` attribute set.
    pub enum NetemLossAttrs {}
    /// The `pie-attrs` attribute set.
    pub enum PieAttrs {}
    /// The `police-attrs` attribute set.
    pub enum PoliceAttrs {}
    /// The `qfq-attrs` attribute set.
    pub enum QfqAttrs {}
    /// The `red-attrs` attribute set.
    pub enum RedAttrs {}
    /// The `route-attrs` attribute set.
    pub enum RouteAttrs {}
    /// The `taprio-attrs` attribute set.
    pub enum TaprioAttrs {}
    /// The `taprio-sched-entry-list` attribute set.
    pub enum TaprioSchedEntryList {}
    /// The `taprio-sched-entry` attribute set.
    pub enum TaprioSchedEntry {}
    /// The `taprio-tc-entry-attrs` attribute set.
    pub enum TaprioTcEntryAttrs {}
    /// The `tbf-attrs` attribute set.
    pub enum TbfAttrs {}
    /// The `act-sample-attrs` attribute set.
    pub enum ActSampleAttrs {}
    /// The `act-gact-attrs` attribute set.
    pub enum ActGactAttrs {}
    /// The `tca-stab-attrs` attribute set.
    pub enum TcaStabAttrs {}
    /// The `tca-stats-attrs` attribute set.
    pub enum TcaStatsAttrs {}
    /// The `u32-attrs` attribute set.
    pub enum U32Attrs {}
}

/// Writes `attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type AttrsAttrsBuilder<'w, B> = Builder<'w, sets::AttrsAttrs, B>;

impl<B: Buffer> AttrsAttrsBuilder<'_, B> {
    /// Writes `TCA_KIND`.
    pub fn kind(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_KIND, v)?;
        Ok(self)
    }

    /// Writes `TCA_OPTIONS`.
    pub fn options_basic(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut BasicAttrsBuilder<'y, B>,
        ) -> Result<&'x mut BasicAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_KIND, "basic")?;
        self.w
            .put_nested(TCA_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_OPTIONS`.
    pub fn options_bpf(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut BpfAttrsBuilder<'y, B>,
        ) -> Result<&'x mut BpfAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_KIND, "bpf")?;
        self.w
            .put_nested(TCA_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_OPTIONS`.
    pub fn options_cake(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut CakeAttrsBuilder<'y, B>,
        ) -> Result<&'x mut CakeAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_KIND, "cake")?;
        self.w
            .put_nested(TCA_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_OPTIONS`.
    pub fn options_cbs(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut CbsAttrsBuilder<'y, B>,
        ) -> Result<&'x mut CbsAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_KIND, "cbs")?;
        self.w
            .put_nested(TCA_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_OPTIONS`.
    pub fn options_cgroup(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut CgroupAttrsBuilder<'y, B>,
        ) -> Result<&'x mut CgroupAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_KIND, "cgroup")?;
        self.w
            .put_nested(TCA_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_OPTIONS`.
    pub fn options_choke(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ChokeAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ChokeAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_KIND, "choke")?;
        self.w
            .put_nested(TCA_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_OPTIONS`.
    pub fn options_codel(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut CodelAttrsBuilder<'y, B>,
        ) -> Result<&'x mut CodelAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_KIND, "codel")?;
        self.w
            .put_nested(TCA_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_OPTIONS`.
    pub fn options_drr(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DrrAttrsBuilder<'y, B>,
        ) -> Result<&'x mut DrrAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_KIND, "drr")?;
        self.w
            .put_nested(TCA_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_OPTIONS`.
    pub fn options_dualpi2(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut Dualpi2AttrsBuilder<'y, B>,
        ) -> Result<&'x mut Dualpi2AttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_KIND, "dualpi2")?;
        self.w
            .put_nested(TCA_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_OPTIONS`.
    pub fn options_etf(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut EtfAttrsBuilder<'y, B>,
        ) -> Result<&'x mut EtfAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_KIND, "etf")?;
        self.w
            .put_nested(TCA_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_OPTIONS`.
    pub fn options_ets(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut EtsAttrsBuilder<'y, B>,
        ) -> Result<&'x mut EtsAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_KIND, "ets")?;
        self.w
            .put_nested(TCA_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_OPTIONS`.
    pub fn options_flow(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut FlowAttrsBuilder<'y, B>,
        ) -> Result<&'x mut FlowAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_KIND, "flow")?;
        self.w
            .put_nested(TCA_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_OPTIONS`.
    pub fn options_flower(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut FlowerAttrsBuilder<'y, B>,
        ) -> Result<&'x mut FlowerAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_KIND, "flower")?;
        self.w
            .put_nested(TCA_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_OPTIONS`.
    pub fn options_fq(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut FqAttrsBuilder<'y, B>,
        ) -> Result<&'x mut FqAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_KIND, "fq")?;
        self.w
            .put_nested(TCA_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_OPTIONS`.
    pub fn options_fq_codel(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut FqCodelAttrsBuilder<'y, B>,
        ) -> Result<&'x mut FqCodelAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_KIND, "fq_codel")?;
        self.w
            .put_nested(TCA_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_OPTIONS`.
    pub fn options_fq_pie(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut FqPieAttrsBuilder<'y, B>,
        ) -> Result<&'x mut FqPieAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_KIND, "fq_pie")?;
        self.w
            .put_nested(TCA_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_OPTIONS`.
    pub fn options_fw(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut FwAttrsBuilder<'y, B>,
        ) -> Result<&'x mut FwAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_KIND, "fw")?;
        self.w
            .put_nested(TCA_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_OPTIONS`.
    pub fn options_gred(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut GredAttrsBuilder<'y, B>,
        ) -> Result<&'x mut GredAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_KIND, "gred")?;
        self.w
            .put_nested(TCA_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_OPTIONS`.
    pub fn options_hhf(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HhfAttrsBuilder<'y, B>,
        ) -> Result<&'x mut HhfAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_KIND, "hhf")?;
        self.w
            .put_nested(TCA_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_OPTIONS`.
    pub fn options_htb(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HtbAttrsBuilder<'y, B>,
        ) -> Result<&'x mut HtbAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_KIND, "htb")?;
        self.w
            .put_nested(TCA_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_OPTIONS`.
    pub fn options_matchall(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut MatchallAttrsBuilder<'y, B>,
        ) -> Result<&'x mut MatchallAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_KIND, "matchall")?;
        self.w
            .put_nested(TCA_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_OPTIONS`.
    pub fn options_netem(
        &mut self,
        header: &TcNetemQopt,
        f: impl for<'x, 'y> FnOnce(
            &'x mut NetemAttrsBuilder<'y, B>,
        ) -> Result<&'x mut NetemAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_KIND, "netem")?;
        put_nest_with_header(self.w, TCA_OPTIONS, header, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `TCA_OPTIONS`.
    pub fn options_pie(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut PieAttrsBuilder<'y, B>,
        ) -> Result<&'x mut PieAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_KIND, "pie")?;
        self.w
            .put_nested(TCA_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_OPTIONS`.
    pub fn options_qfq(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut QfqAttrsBuilder<'y, B>,
        ) -> Result<&'x mut QfqAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_KIND, "qfq")?;
        self.w
            .put_nested(TCA_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_OPTIONS`.
    pub fn options_red(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut RedAttrsBuilder<'y, B>,
        ) -> Result<&'x mut RedAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_KIND, "red")?;
        self.w
            .put_nested(TCA_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_OPTIONS`.
    pub fn options_route(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut RouteAttrsBuilder<'y, B>,
        ) -> Result<&'x mut RouteAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_KIND, "route")?;
        self.w
            .put_nested(TCA_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_OPTIONS`.
    pub fn options_taprio(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut TaprioAttrsBuilder<'y, B>,
        ) -> Result<&'x mut TaprioAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_KIND, "taprio")?;
        self.w
            .put_nested(TCA_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_OPTIONS`.
    pub fn options_tbf(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut TbfAttrsBuilder<'y, B>,
        ) -> Result<&'x mut TbfAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_KIND, "tbf")?;
        self.w
            .put_nested(TCA_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_OPTIONS`.
    pub fn options_u32(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut U32AttrsBuilder<'y, B>,
        ) -> Result<&'x mut U32AttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_KIND, "u32")?;
        self.w
            .put_nested(TCA_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_OPTIONS`.
    pub fn options_raw(
        &mut self,
        f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(TCA_OPTIONS, f)?;
        Ok(self)
    }

    /// Writes `TCA_STATS`.
    pub fn stats(&mut self, v: &TcStats) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_STATS, TcStats::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_XSTATS`.
    pub fn xstats_cake(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut CakeStatsAttrsBuilder<'y, B>,
        ) -> Result<&'x mut CakeStatsAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_KIND, "cake")?;
        self.w
            .put_nested(TCA_XSTATS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_XSTATS`.
    pub fn xstats_raw(
        &mut self,
        f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(TCA_XSTATS, f)?;
        Ok(self)
    }

    /// Writes `TCA_RATE`.
    pub fn rate(&mut self, v: &GnetEstimator) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_RATE, GnetEstimator::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_FCNT`.
    pub fn fcnt(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FCNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_STATS2`.
    pub fn stats2(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut TcaStatsAttrsBuilder<'y, B>,
        ) -> Result<&'x mut TcaStatsAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(TCA_STATS2, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_STAB`.
    pub fn stab(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut TcaStabAttrsBuilder<'y, B>,
        ) -> Result<&'x mut TcaStabAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(TCA_STAB, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_DUMP_INVISIBLE`.
    pub fn dump_invisible(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(TCA_DUMP_INVISIBLE)?;
        Ok(self)
    }

    /// Writes `TCA_CHAIN`.
    pub fn chain(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CHAIN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_HW_OFFLOAD`.
    pub fn hw_offload(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_HW_OFFLOAD, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_INGRESS_BLOCK`.
    pub fn ingress_block(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_INGRESS_BLOCK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_EGRESS_BLOCK`.
    pub fn egress_block(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_EGRESS_BLOCK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_DUMP_FLAGS`.
    pub fn dump_flags(&mut self, v: Bitfield32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_DUMP_FLAGS, &v.to_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_EXT_WARN_MSG`.
    pub fn ext_warn_msg(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_EXT_WARN_MSG, v)?;
        Ok(self)
    }
}

/// Writes `act-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ActAttrsBuilder<'w, B> = Builder<'w, sets::ActAttrs, B>;

impl<B: Buffer> ActAttrsBuilder<'_, B> {
    /// Writes `TCA_ACT_KIND`.
    pub fn kind(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_ACT_KIND, v)?;
        Ok(self)
    }

    /// Writes `TCA_ACT_OPTIONS`.
    pub fn options_bpf(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ActBpfAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ActBpfAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_ACT_KIND, "bpf")?;
        self.w
            .put_nested(TCA_ACT_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_ACT_OPTIONS`.
    pub fn options_connmark(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ActConnmarkAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut ActConnmarkAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_ACT_KIND, "connmark")?;
        self.w
            .put_nested(TCA_ACT_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_ACT_OPTIONS`.
    pub fn options_csum(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ActCsumAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ActCsumAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_ACT_KIND, "csum")?;
        self.w
            .put_nested(TCA_ACT_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_ACT_OPTIONS`.
    pub fn options_ct(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ActCtAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ActCtAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_ACT_KIND, "ct")?;
        self.w
            .put_nested(TCA_ACT_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_ACT_OPTIONS`.
    pub fn options_ctinfo(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ActCtinfoAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ActCtinfoAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_ACT_KIND, "ctinfo")?;
        self.w
            .put_nested(TCA_ACT_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_ACT_OPTIONS`.
    pub fn options_gact(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ActGactAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ActGactAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_ACT_KIND, "gact")?;
        self.w
            .put_nested(TCA_ACT_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_ACT_OPTIONS`.
    pub fn options_gate(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ActGateAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ActGateAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_ACT_KIND, "gate")?;
        self.w
            .put_nested(TCA_ACT_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_ACT_OPTIONS`.
    pub fn options_ife(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ActIfeAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ActIfeAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_ACT_KIND, "ife")?;
        self.w
            .put_nested(TCA_ACT_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_ACT_OPTIONS`.
    pub fn options_mirred(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ActMirredAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ActMirredAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_ACT_KIND, "mirred")?;
        self.w
            .put_nested(TCA_ACT_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_ACT_OPTIONS`.
    pub fn options_mpls(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ActMplsAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ActMplsAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_ACT_KIND, "mpls")?;
        self.w
            .put_nested(TCA_ACT_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_ACT_OPTIONS`.
    pub fn options_nat(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ActNatAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ActNatAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_ACT_KIND, "nat")?;
        self.w
            .put_nested(TCA_ACT_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_ACT_OPTIONS`.
    pub fn options_pedit(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ActPeditAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ActPeditAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_ACT_KIND, "pedit")?;
        self.w
            .put_nested(TCA_ACT_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_ACT_OPTIONS`.
    pub fn options_police(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut PoliceAttrsBuilder<'y, B>,
        ) -> Result<&'x mut PoliceAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_ACT_KIND, "police")?;
        self.w
            .put_nested(TCA_ACT_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_ACT_OPTIONS`.
    pub fn options_sample(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ActSampleAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ActSampleAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_ACT_KIND, "sample")?;
        self.w
            .put_nested(TCA_ACT_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_ACT_OPTIONS`.
    pub fn options_simple(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ActSimpleAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ActSimpleAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_ACT_KIND, "simple")?;
        self.w
            .put_nested(TCA_ACT_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_ACT_OPTIONS`.
    pub fn options_skbedit(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ActSkbeditAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ActSkbeditAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_ACT_KIND, "skbedit")?;
        self.w
            .put_nested(TCA_ACT_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_ACT_OPTIONS`.
    pub fn options_skbmod(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ActSkbmodAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ActSkbmodAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_ACT_KIND, "skbmod")?;
        self.w
            .put_nested(TCA_ACT_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_ACT_OPTIONS`.
    pub fn options_tunnel_key(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ActTunnelKeyAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut ActTunnelKeyAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_ACT_KIND, "tunnel_key")?;
        self.w
            .put_nested(TCA_ACT_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_ACT_OPTIONS`.
    pub fn options_vlan(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ActVlanAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ActVlanAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_ACT_KIND, "vlan")?;
        self.w
            .put_nested(TCA_ACT_OPTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_ACT_OPTIONS`.
    pub fn options_raw(
        &mut self,
        f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(TCA_ACT_OPTIONS, f)?;
        Ok(self)
    }

    /// Writes `TCA_ACT_INDEX`.
    pub fn index(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_ACT_INDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_ACT_STATS`.
    pub fn stats(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut TcaStatsAttrsBuilder<'y, B>,
        ) -> Result<&'x mut TcaStatsAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(TCA_ACT_STATS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_ACT_COOKIE`.
    pub fn cookie(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_ACT_COOKIE, v)?;
        Ok(self)
    }

    /// Writes `TCA_ACT_FLAGS`.
    pub fn flags(&mut self, v: Bitfield32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_ACT_FLAGS, &v.to_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_ACT_HW_STATS`.
    pub fn hw_stats(&mut self, v: Bitfield32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_ACT_HW_STATS, &v.to_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_ACT_USED_HW_STATS`.
    pub fn used_hw_stats(&mut self, v: Bitfield32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_ACT_USED_HW_STATS, &v.to_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_ACT_IN_HW_COUNT`.
    pub fn in_hw_count(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_ACT_IN_HW_COUNT, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `act-bpf-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ActBpfAttrsBuilder<'w, B> = Builder<'w, sets::ActBpfAttrs, B>;

impl<B: Buffer> ActBpfAttrsBuilder<'_, B> {
    /// Writes `TCA_ACT_BPF_TM`.
    pub fn tm(&mut self, v: &TcfT) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_ACT_BPF_TM, TcfT::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_ACT_BPF_PARMS`.
    pub fn parms(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_ACT_BPF_PARMS, v)?;
        Ok(self)
    }

    /// Writes `TCA_ACT_BPF_OPS_LEN`.
    pub fn ops_len(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_ACT_BPF_OPS_LEN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_ACT_BPF_OPS`.
    pub fn ops(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_ACT_BPF_OPS, v)?;
        Ok(self)
    }

    /// Writes `TCA_ACT_BPF_FD`.
    pub fn fd(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_ACT_BPF_FD, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_ACT_BPF_NAME`.
    pub fn name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_ACT_BPF_NAME, v)?;
        Ok(self)
    }

    /// Writes `TCA_ACT_BPF_TAG`.
    pub fn tag(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_ACT_BPF_TAG, v)?;
        Ok(self)
    }

    /// Writes `TCA_ACT_BPF_ID`.
    pub fn id(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_ACT_BPF_ID, v)?;
        Ok(self)
    }
}

/// Writes `act-connmark-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ActConnmarkAttrsBuilder<'w, B> = Builder<'w, sets::ActConnmarkAttrs, B>;

impl<B: Buffer> ActConnmarkAttrsBuilder<'_, B> {
    /// Writes `TCA_CONNMARK_PARMS`.
    pub fn parms(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CONNMARK_PARMS, v)?;
        Ok(self)
    }

    /// Writes `TCA_CONNMARK_TM`.
    pub fn tm(&mut self, v: &TcfT) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_CONNMARK_TM, TcfT::LEN, |b| v.write_to(b))?;
        Ok(self)
    }
}

/// Writes `act-csum-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ActCsumAttrsBuilder<'w, B> = Builder<'w, sets::ActCsumAttrs, B>;

impl<B: Buffer> ActCsumAttrsBuilder<'_, B> {
    /// Writes `TCA_CSUM_PARMS`.
    pub fn parms(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CSUM_PARMS, v)?;
        Ok(self)
    }

    /// Writes `TCA_CSUM_TM`.
    pub fn tm(&mut self, v: &TcfT) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_CSUM_TM, TcfT::LEN, |b| v.write_to(b))?;
        Ok(self)
    }
}

/// Writes `act-ct-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ActCtAttrsBuilder<'w, B> = Builder<'w, sets::ActCtAttrs, B>;

impl<B: Buffer> ActCtAttrsBuilder<'_, B> {
    /// Writes `TCA_CT_PARMS`.
    pub fn parms(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CT_PARMS, v)?;
        Ok(self)
    }

    /// Writes `TCA_CT_TM`.
    pub fn tm(&mut self, v: &TcfT) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_CT_TM, TcfT::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_CT_ACTION`.
    pub fn action(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CT_ACTION, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CT_ZONE`.
    pub fn zone(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CT_ZONE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CT_MARK`.
    pub fn mark(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CT_MARK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CT_MARK_MASK`.
    pub fn mark_mask(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CT_MARK_MASK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CT_LABELS`.
    pub fn labels(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CT_LABELS, v)?;
        Ok(self)
    }

    /// Writes `TCA_CT_LABELS_MASK`.
    pub fn labels_mask(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CT_LABELS_MASK, v)?;
        Ok(self)
    }

    /// Writes `TCA_CT_NAT_IPV4_MIN`.
    pub fn nat_ipv4_min(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CT_NAT_IPV4_MIN, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CT_NAT_IPV4_MAX`.
    pub fn nat_ipv4_max(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CT_NAT_IPV4_MAX, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CT_NAT_IPV6_MIN`.
    pub fn nat_ipv6_min(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CT_NAT_IPV6_MIN, v)?;
        Ok(self)
    }

    /// Writes `TCA_CT_NAT_IPV6_MAX`.
    pub fn nat_ipv6_max(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CT_NAT_IPV6_MAX, v)?;
        Ok(self)
    }

    /// Writes `TCA_CT_NAT_PORT_MIN`.
    pub fn nat_port_min(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CT_NAT_PORT_MIN, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CT_NAT_PORT_MAX`.
    pub fn nat_port_max(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CT_NAT_PORT_MAX, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CT_HELPER_NAME`.
    pub fn helper_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_CT_HELPER_NAME, v)?;
        Ok(self)
    }

    /// Writes `TCA_CT_HELPER_FAMILY`.
    pub fn helper_family(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CT_HELPER_FAMILY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CT_HELPER_PROTO`.
    pub fn helper_proto(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CT_HELPER_PROTO, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `act-ctinfo-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ActCtinfoAttrsBuilder<'w, B> = Builder<'w, sets::ActCtinfoAttrs, B>;

impl<B: Buffer> ActCtinfoAttrsBuilder<'_, B> {
    /// Writes `TCA_CTINFO_TM`.
    pub fn tm(&mut self, v: &TcfT) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_CTINFO_TM, TcfT::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_CTINFO_ACT`.
    pub fn act(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CTINFO_ACT, v)?;
        Ok(self)
    }

    /// Writes `TCA_CTINFO_ZONE`.
    pub fn zone(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CTINFO_ZONE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CTINFO_PARMS_DSCP_MASK`.
    pub fn parms_dscp_mask(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CTINFO_PARMS_DSCP_MASK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CTINFO_PARMS_DSCP_STATEMASK`.
    pub fn parms_dscp_statemask(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CTINFO_PARMS_DSCP_STATEMASK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CTINFO_PARMS_CPMARK_MASK`.
    pub fn parms_cpmark_mask(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CTINFO_PARMS_CPMARK_MASK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CTINFO_STATS_DSCP_SET`.
    pub fn stats_dscp_set(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CTINFO_STATS_DSCP_SET, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CTINFO_STATS_DSCP_ERROR`.
    pub fn stats_dscp_error(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CTINFO_STATS_DSCP_ERROR, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CTINFO_STATS_CPMARK_SET`.
    pub fn stats_cpmark_set(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CTINFO_STATS_CPMARK_SET, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `act-gate-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ActGateAttrsBuilder<'w, B> = Builder<'w, sets::ActGateAttrs, B>;

impl<B: Buffer> ActGateAttrsBuilder<'_, B> {
    /// Writes `TCA_GATE_TM`.
    pub fn tm(&mut self, v: &TcfT) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_GATE_TM, TcfT::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_GATE_PARMS`.
    pub fn parms(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_GATE_PARMS, v)?;
        Ok(self)
    }

    /// Writes `TCA_GATE_PRIORITY`.
    pub fn priority(&mut self, v: i32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_GATE_PRIORITY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_GATE_ENTRY_LIST`.
    pub fn entry_list(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_GATE_ENTRY_LIST, v)?;
        Ok(self)
    }

    /// Writes `TCA_GATE_BASE_TIME`.
    pub fn base_time(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_GATE_BASE_TIME, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_GATE_CYCLE_TIME`.
    pub fn cycle_time(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_GATE_CYCLE_TIME, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_GATE_CYCLE_TIME_EXT`.
    pub fn cycle_time_ext(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_GATE_CYCLE_TIME_EXT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_GATE_FLAGS`.
    pub fn flags(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_GATE_FLAGS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_GATE_CLOCKID`.
    pub fn clockid(&mut self, v: i32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_GATE_CLOCKID, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `act-ife-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ActIfeAttrsBuilder<'w, B> = Builder<'w, sets::ActIfeAttrs, B>;

impl<B: Buffer> ActIfeAttrsBuilder<'_, B> {
    /// Writes `TCA_IFE_PARMS`.
    pub fn parms(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_IFE_PARMS, v)?;
        Ok(self)
    }

    /// Writes `TCA_IFE_TM`.
    pub fn tm(&mut self, v: &TcfT) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_IFE_TM, TcfT::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_IFE_DMAC`.
    pub fn dmac(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_IFE_DMAC, v)?;
        Ok(self)
    }

    /// Writes `TCA_IFE_SMAC`.
    pub fn smac(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_IFE_SMAC, v)?;
        Ok(self)
    }

    /// Writes `TCA_IFE_TYPE`.
    pub fn type_(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_IFE_TYPE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_IFE_METALST`.
    pub fn metalst(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_IFE_METALST, v)?;
        Ok(self)
    }
}

/// Writes `act-mirred-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ActMirredAttrsBuilder<'w, B> = Builder<'w, sets::ActMirredAttrs, B>;

impl<B: Buffer> ActMirredAttrsBuilder<'_, B> {
    /// Writes `TCA_MIRRED_TM`.
    pub fn tm(&mut self, v: &TcfT) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_MIRRED_TM, TcfT::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_MIRRED_PARMS`.
    pub fn parms(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_MIRRED_PARMS, v)?;
        Ok(self)
    }

    /// Writes `TCA_MIRRED_BLOCKID`.
    pub fn blockid(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_MIRRED_BLOCKID, v)?;
        Ok(self)
    }
}

/// Writes `act-mpls-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ActMplsAttrsBuilder<'w, B> = Builder<'w, sets::ActMplsAttrs, B>;

impl<B: Buffer> ActMplsAttrsBuilder<'_, B> {
    /// Writes `TCA_MPLS_TM`.
    pub fn tm(&mut self, v: &TcfT) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_MPLS_TM, TcfT::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_MPLS_PARMS`.
    pub fn parms(&mut self, v: &TcMpls) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_MPLS_PARMS, TcMpls::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_MPLS_PROTO`.
    pub fn proto(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_MPLS_PROTO, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_MPLS_LABEL`.
    pub fn label(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_MPLS_LABEL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_MPLS_TC`.
    pub fn tc(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_MPLS_TC, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_MPLS_TTL`.
    pub fn ttl(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_MPLS_TTL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_MPLS_BOS`.
    pub fn bos(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_MPLS_BOS, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `act-nat-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ActNatAttrsBuilder<'w, B> = Builder<'w, sets::ActNatAttrs, B>;

impl<B: Buffer> ActNatAttrsBuilder<'_, B> {
    /// Writes `TCA_NAT_PARMS`.
    pub fn parms(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_NAT_PARMS, v)?;
        Ok(self)
    }

    /// Writes `TCA_NAT_TM`.
    pub fn tm(&mut self, v: &TcfT) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_NAT_TM, TcfT::LEN, |b| v.write_to(b))?;
        Ok(self)
    }
}

/// Writes `act-pedit-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ActPeditAttrsBuilder<'w, B> = Builder<'w, sets::ActPeditAttrs, B>;

impl<B: Buffer> ActPeditAttrsBuilder<'_, B> {
    /// Writes `TCA_PEDIT_TM`.
    pub fn tm(&mut self, v: &TcfT) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_PEDIT_TM, TcfT::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_PEDIT_PARMS`.
    pub fn parms(&mut self, v: &TcPeditSel) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_PEDIT_PARMS, TcPeditSel::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_PEDIT_PARMS_EX`.
    pub fn parms_ex(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_PEDIT_PARMS_EX, v)?;
        Ok(self)
    }

    /// Writes `TCA_PEDIT_KEYS_EX`.
    pub fn keys_ex(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_PEDIT_KEYS_EX, v)?;
        Ok(self)
    }

    /// Writes `TCA_PEDIT_KEY_EX`.
    pub fn key_ex(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_PEDIT_KEY_EX, v)?;
        Ok(self)
    }
}

/// Writes `act-simple-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ActSimpleAttrsBuilder<'w, B> = Builder<'w, sets::ActSimpleAttrs, B>;

impl<B: Buffer> ActSimpleAttrsBuilder<'_, B> {
    /// Writes `TCA_DEF_TM`.
    pub fn tm(&mut self, v: &TcfT) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_DEF_TM, TcfT::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_DEF_PARMS`.
    pub fn parms(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_DEF_PARMS, v)?;
        Ok(self)
    }

    /// Writes `TCA_DEF_DATA`.
    pub fn data(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_DEF_DATA, v)?;
        Ok(self)
    }
}

/// Writes `act-skbedit-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ActSkbeditAttrsBuilder<'w, B> = Builder<'w, sets::ActSkbeditAttrs, B>;

impl<B: Buffer> ActSkbeditAttrsBuilder<'_, B> {
    /// Writes `TCA_SKBEDIT_TM`.
    pub fn tm(&mut self, v: &TcfT) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_SKBEDIT_TM, TcfT::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_SKBEDIT_PARMS`.
    pub fn parms(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_SKBEDIT_PARMS, v)?;
        Ok(self)
    }

    /// Writes `TCA_SKBEDIT_PRIORITY`.
    pub fn priority(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_SKBEDIT_PRIORITY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_SKBEDIT_QUEUE_MAPPING`.
    pub fn queue_mapping(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_SKBEDIT_QUEUE_MAPPING, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_SKBEDIT_MARK`.
    pub fn mark(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_SKBEDIT_MARK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_SKBEDIT_PTYPE`.
    pub fn ptype(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_SKBEDIT_PTYPE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_SKBEDIT_MASK`.
    pub fn mask(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_SKBEDIT_MASK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_SKBEDIT_FLAGS`.
    pub fn flags(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_SKBEDIT_FLAGS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_SKBEDIT_QUEUE_MAPPING_MAX`.
    pub fn queue_mapping_max(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_SKBEDIT_QUEUE_MAPPING_MAX, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `act-skbmod-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ActSkbmodAttrsBuilder<'w, B> = Builder<'w, sets::ActSkbmodAttrs, B>;

impl<B: Buffer> ActSkbmodAttrsBuilder<'_, B> {
    /// Writes `TCA_SKBMOD_TM`.
    pub fn tm(&mut self, v: &TcfT) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_SKBMOD_TM, TcfT::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_SKBMOD_PARMS`.
    pub fn parms(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_SKBMOD_PARMS, v)?;
        Ok(self)
    }

    /// Writes `TCA_SKBMOD_DMAC`.
    pub fn dmac(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_SKBMOD_DMAC, v)?;
        Ok(self)
    }

    /// Writes `TCA_SKBMOD_SMAC`.
    pub fn smac(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_SKBMOD_SMAC, v)?;
        Ok(self)
    }

    /// Writes `TCA_SKBMOD_ETYPE`.
    pub fn etype(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_SKBMOD_ETYPE, v)?;
        Ok(self)
    }
}

/// Writes `act-tunnel-key-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ActTunnelKeyAttrsBuilder<'w, B> = Builder<'w, sets::ActTunnelKeyAttrs, B>;

impl<B: Buffer> ActTunnelKeyAttrsBuilder<'_, B> {
    /// Writes `TCA_TUNNEL_KEY_TM`.
    pub fn tm(&mut self, v: &TcfT) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_TUNNEL_KEY_TM, TcfT::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_TUNNEL_KEY_PARMS`.
    pub fn parms(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_TUNNEL_KEY_PARMS, v)?;
        Ok(self)
    }

    /// Writes `TCA_TUNNEL_KEY_ENC_IPV4_SRC`.
    pub fn enc_ipv4_src(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_TUNNEL_KEY_ENC_IPV4_SRC, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_TUNNEL_KEY_ENC_IPV4_DST`.
    pub fn enc_ipv4_dst(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_TUNNEL_KEY_ENC_IPV4_DST, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_TUNNEL_KEY_ENC_IPV6_SRC`.
    pub fn enc_ipv6_src(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_TUNNEL_KEY_ENC_IPV6_SRC, v)?;
        Ok(self)
    }

    /// Writes `TCA_TUNNEL_KEY_ENC_IPV6_DST`.
    pub fn enc_ipv6_dst(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_TUNNEL_KEY_ENC_IPV6_DST, v)?;
        Ok(self)
    }

    /// Writes `TCA_TUNNEL_KEY_ENC_KEY_ID`.
    pub fn enc_key_id(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_TUNNEL_KEY_ENC_KEY_ID, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_TUNNEL_KEY_ENC_DST_PORT`.
    pub fn enc_dst_port(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_TUNNEL_KEY_ENC_DST_PORT, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_TUNNEL_KEY_NO_CSUM`.
    pub fn no_csum(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_TUNNEL_KEY_NO_CSUM, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_TUNNEL_KEY_ENC_OPTS`.
    pub fn enc_opts(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_TUNNEL_KEY_ENC_OPTS, v)?;
        Ok(self)
    }

    /// Writes `TCA_TUNNEL_KEY_ENC_TOS`.
    pub fn enc_tos(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_TUNNEL_KEY_ENC_TOS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_TUNNEL_KEY_ENC_TTL`.
    pub fn enc_ttl(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_TUNNEL_KEY_ENC_TTL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_TUNNEL_KEY_NO_FRAG`.
    pub fn no_frag(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(TCA_TUNNEL_KEY_NO_FRAG)?;
        Ok(self)
    }
}

/// Writes `act-vlan-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ActVlanAttrsBuilder<'w, B> = Builder<'w, sets::ActVlanAttrs, B>;

impl<B: Buffer> ActVlanAttrsBuilder<'_, B> {
    /// Writes `TCA_VLAN_TM`.
    pub fn tm(&mut self, v: &TcfT) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_VLAN_TM, TcfT::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_VLAN_PARMS`.
    pub fn parms(&mut self, v: &TcVlan) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_VLAN_PARMS, TcVlan::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_VLAN_PUSH_VLAN_ID`.
    pub fn push_vlan_id(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_VLAN_PUSH_VLAN_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_VLAN_PUSH_VLAN_PROTOCOL`.
    pub fn push_vlan_protocol(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_VLAN_PUSH_VLAN_PROTOCOL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_VLAN_PUSH_VLAN_PRIORITY`.
    pub fn push_vlan_priority(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_VLAN_PUSH_VLAN_PRIORITY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_VLAN_PUSH_ETH_DST`.
    pub fn push_eth_dst(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_VLAN_PUSH_ETH_DST, v)?;
        Ok(self)
    }

    /// Writes `TCA_VLAN_PUSH_ETH_SRC`.
    pub fn push_eth_src(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_VLAN_PUSH_ETH_SRC, v)?;
        Ok(self)
    }
}

/// Writes `basic-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type BasicAttrsBuilder<'w, B> = Builder<'w, sets::BasicAttrs, B>;

impl<B: Buffer> BasicAttrsBuilder<'_, B> {
    /// Writes `TCA_BASIC_CLASSID`.
    pub fn classid(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_BASIC_CLASSID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_BASIC_EMATCHES`.
    pub fn ematches(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut EmatchAttrsBuilder<'y, B>,
        ) -> Result<&'x mut EmatchAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(TCA_BASIC_EMATCHES, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_BASIC_ACT`.
    pub fn act(
        &mut self,
        f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(TCA_BASIC_ACT, f)?;
        Ok(self)
    }

    /// Writes `TCA_BASIC_POLICE`.
    pub fn police(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut PoliceAttrsBuilder<'y, B>,
        ) -> Result<&'x mut PoliceAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(TCA_BASIC_POLICE, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_BASIC_PCNT`.
    pub fn pcnt(&mut self, v: &TcBasicPcnt) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_BASIC_PCNT, TcBasicPcnt::LEN, |b| v.write_to(b))?;
        Ok(self)
    }
}

/// Writes `bpf-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type BpfAttrsBuilder<'w, B> = Builder<'w, sets::BpfAttrs, B>;

impl<B: Buffer> BpfAttrsBuilder<'_, B> {
    /// Writes `TCA_BPF_ACT`.
    pub fn act(
        &mut self,
        f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(TCA_BPF_ACT, f)?;
        Ok(self)
    }

    /// Writes `TCA_BPF_POLICE`.
    pub fn police(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut PoliceAttrsBuilder<'y, B>,
        ) -> Result<&'x mut PoliceAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(TCA_BPF_POLICE, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_BPF_CLASSID`.
    pub fn classid(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_BPF_CLASSID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_BPF_OPS_LEN`.
    pub fn ops_len(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_BPF_OPS_LEN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_BPF_OPS`.
    pub fn ops(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_BPF_OPS, v)?;
        Ok(self)
    }

    /// Writes `TCA_BPF_FD`.
    pub fn fd(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_BPF_FD, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_BPF_NAME`.
    pub fn name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_BPF_NAME, v)?;
        Ok(self)
    }

    /// Writes `TCA_BPF_FLAGS`.
    pub fn flags(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_BPF_FLAGS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_BPF_FLAGS_GEN`.
    pub fn flags_gen(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_BPF_FLAGS_GEN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_BPF_TAG`.
    pub fn tag(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_BPF_TAG, v)?;
        Ok(self)
    }

    /// Writes `TCA_BPF_ID`.
    pub fn id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_BPF_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `cake-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type CakeAttrsBuilder<'w, B> = Builder<'w, sets::CakeAttrs, B>;

impl<B: Buffer> CakeAttrsBuilder<'_, B> {
    /// Writes `TCA_CAKE_BASE_RATE64`.
    pub fn base_rate64(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CAKE_BASE_RATE64, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_DIFFSERV_MODE`.
    pub fn diffserv_mode(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CAKE_DIFFSERV_MODE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_ATM`.
    pub fn atm(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CAKE_ATM, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_FLOW_MODE`.
    pub fn flow_mode(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CAKE_FLOW_MODE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_OVERHEAD`.
    pub fn overhead(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CAKE_OVERHEAD, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_RTT`.
    pub fn rtt(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CAKE_RTT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_TARGET`.
    pub fn target(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CAKE_TARGET, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_AUTORATE`.
    pub fn autorate(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CAKE_AUTORATE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_MEMORY`.
    pub fn memory(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CAKE_MEMORY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_NAT`.
    pub fn nat(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CAKE_NAT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_RAW`.
    pub fn raw_attr(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CAKE_RAW, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_WASH`.
    pub fn wash(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CAKE_WASH, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_MPU`.
    pub fn mpu(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CAKE_MPU, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_INGRESS`.
    pub fn ingress(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CAKE_INGRESS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_ACK_FILTER`.
    pub fn ack_filter(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CAKE_ACK_FILTER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_SPLIT_GSO`.
    pub fn split_gso(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CAKE_SPLIT_GSO, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_FWMARK`.
    pub fn fwmark(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CAKE_FWMARK, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `cake-stats-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type CakeStatsAttrsBuilder<'w, B> = Builder<'w, sets::CakeStatsAttrs, B>;

impl<B: Buffer> CakeStatsAttrsBuilder<'_, B> {
    /// Writes `TCA_CAKE_STATS_CAPACITY_ESTIMATE64`.
    pub fn capacity_estimate64(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CAKE_STATS_CAPACITY_ESTIMATE64, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_STATS_MEMORY_LIMIT`.
    pub fn memory_limit(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CAKE_STATS_MEMORY_LIMIT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_STATS_MEMORY_USED`.
    pub fn memory_used(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CAKE_STATS_MEMORY_USED, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_STATS_AVG_NETOFF`.
    pub fn avg_netoff(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CAKE_STATS_AVG_NETOFF, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_STATS_MIN_NETLEN`.
    pub fn min_netlen(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CAKE_STATS_MIN_NETLEN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_STATS_MAX_NETLEN`.
    pub fn max_netlen(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CAKE_STATS_MAX_NETLEN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_STATS_MIN_ADJLEN`.
    pub fn min_adjlen(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CAKE_STATS_MIN_ADJLEN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_STATS_MAX_ADJLEN`.
    pub fn max_adjlen(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CAKE_STATS_MAX_ADJLEN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_STATS_TIN_STATS`.
    pub fn tin_stats(
        &mut self,
        f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(TCA_CAKE_STATS_TIN_STATS, f)?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_STATS_DEFICIT`.
    pub fn deficit(&mut self, v: i32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CAKE_STATS_DEFICIT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_STATS_COBALT_COUNT`.
    pub fn cobalt_count(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CAKE_STATS_COBALT_COUNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_STATS_DROPPING`.
    pub fn dropping(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CAKE_STATS_DROPPING, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_STATS_DROP_NEXT_US`.
    pub fn drop_next_us(&mut self, v: i32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CAKE_STATS_DROP_NEXT_US, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_STATS_P_DROP`.
    pub fn p_drop(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CAKE_STATS_P_DROP, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_STATS_BLUE_TIMER_US`.
    pub fn blue_timer_us(&mut self, v: i32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CAKE_STATS_BLUE_TIMER_US, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_STATS_ACTIVE_QUEUES`.
    pub fn active_queues(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CAKE_STATS_ACTIVE_QUEUES, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `cake-tin-stats-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type CakeTinStatsAttrsBuilder<'w, B> = Builder<'w, sets::CakeTinStatsAttrs, B>;

impl<B: Buffer> CakeTinStatsAttrsBuilder<'_, B> {
    /// Writes `TCA_CAKE_TIN_STATS_SENT_PACKETS`.
    pub fn sent_packets(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CAKE_TIN_STATS_SENT_PACKETS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_TIN_STATS_SENT_BYTES64`.
    pub fn sent_bytes64(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CAKE_TIN_STATS_SENT_BYTES64, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_TIN_STATS_DROPPED_PACKETS`.
    pub fn dropped_packets(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CAKE_TIN_STATS_DROPPED_PACKETS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_TIN_STATS_DROPPED_BYTES64`.
    pub fn dropped_bytes64(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CAKE_TIN_STATS_DROPPED_BYTES64, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_TIN_STATS_ACKS_DROPPED_PACKETS`.
    pub fn acks_dropped_packets(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CAKE_TIN_STATS_ACKS_DROPPED_PACKETS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_TIN_STATS_ACKS_DROPPED_BYTES64`.
    pub fn acks_dropped_bytes64(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CAKE_TIN_STATS_ACKS_DROPPED_BYTES64, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_TIN_STATS_ECN_MARKED_PACKETS`.
    pub fn ecn_marked_packets(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CAKE_TIN_STATS_ECN_MARKED_PACKETS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_TIN_STATS_ECN_MARKED_BYTES64`.
    pub fn ecn_marked_bytes64(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CAKE_TIN_STATS_ECN_MARKED_BYTES64, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_TIN_STATS_BACKLOG_PACKETS`.
    pub fn backlog_packets(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CAKE_TIN_STATS_BACKLOG_PACKETS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_TIN_STATS_BACKLOG_BYTES`.
    pub fn backlog_bytes(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CAKE_TIN_STATS_BACKLOG_BYTES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_TIN_STATS_THRESHOLD_RATE64`.
    pub fn threshold_rate64(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CAKE_TIN_STATS_THRESHOLD_RATE64, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_TIN_STATS_TARGET_US`.
    pub fn target_us(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CAKE_TIN_STATS_TARGET_US, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_TIN_STATS_INTERVAL_US`.
    pub fn interval_us(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CAKE_TIN_STATS_INTERVAL_US, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_TIN_STATS_WAY_INDIRECT_HITS`.
    pub fn way_indirect_hits(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CAKE_TIN_STATS_WAY_INDIRECT_HITS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_TIN_STATS_WAY_MISSES`.
    pub fn way_misses(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CAKE_TIN_STATS_WAY_MISSES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_TIN_STATS_WAY_COLLISIONS`.
    pub fn way_collisions(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CAKE_TIN_STATS_WAY_COLLISIONS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_TIN_STATS_PEAK_DELAY_US`.
    pub fn peak_delay_us(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CAKE_TIN_STATS_PEAK_DELAY_US, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_TIN_STATS_AVG_DELAY_US`.
    pub fn avg_delay_us(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CAKE_TIN_STATS_AVG_DELAY_US, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_TIN_STATS_BASE_DELAY_US`.
    pub fn base_delay_us(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CAKE_TIN_STATS_BASE_DELAY_US, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_TIN_STATS_SPARSE_FLOWS`.
    pub fn sparse_flows(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CAKE_TIN_STATS_SPARSE_FLOWS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_TIN_STATS_BULK_FLOWS`.
    pub fn bulk_flows(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CAKE_TIN_STATS_BULK_FLOWS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_TIN_STATS_UNRESPONSIVE_FLOWS`.
    pub fn unresponsive_flows(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CAKE_TIN_STATS_UNRESPONSIVE_FLOWS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_TIN_STATS_MAX_SKBLEN`.
    pub fn max_skblen(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CAKE_TIN_STATS_MAX_SKBLEN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CAKE_TIN_STATS_FLOW_QUANTUM`.
    pub fn flow_quantum(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CAKE_TIN_STATS_FLOW_QUANTUM, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `cbs-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type CbsAttrsBuilder<'w, B> = Builder<'w, sets::CbsAttrs, B>;

impl<B: Buffer> CbsAttrsBuilder<'_, B> {
    /// Writes `TCA_CBS_PARMS`.
    pub fn parms(&mut self, v: &TcCbsQopt) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_CBS_PARMS, TcCbsQopt::LEN, |b| v.write_to(b))?;
        Ok(self)
    }
}

/// Writes `cgroup-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type CgroupAttrsBuilder<'w, B> = Builder<'w, sets::CgroupAttrs, B>;

impl<B: Buffer> CgroupAttrsBuilder<'_, B> {
    /// Writes `TCA_CGROUP_ACT`.
    pub fn act(
        &mut self,
        f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(TCA_CGROUP_ACT, f)?;
        Ok(self)
    }

    /// Writes `TCA_CGROUP_POLICE`.
    pub fn police(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut PoliceAttrsBuilder<'y, B>,
        ) -> Result<&'x mut PoliceAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(TCA_CGROUP_POLICE, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_CGROUP_EMATCHES`.
    pub fn ematches(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CGROUP_EMATCHES, v)?;
        Ok(self)
    }
}

/// Writes `choke-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ChokeAttrsBuilder<'w, B> = Builder<'w, sets::ChokeAttrs, B>;

impl<B: Buffer> ChokeAttrsBuilder<'_, B> {
    /// Writes `TCA_CHOKE_PARMS`.
    pub fn parms(&mut self, v: &TcRedQopt) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_CHOKE_PARMS, TcRedQopt::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_CHOKE_STAB`.
    pub fn stab(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CHOKE_STAB, v)?;
        Ok(self)
    }

    /// Writes `TCA_CHOKE_MAX_P`.
    pub fn max_p(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CHOKE_MAX_P, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `codel-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type CodelAttrsBuilder<'w, B> = Builder<'w, sets::CodelAttrs, B>;

impl<B: Buffer> CodelAttrsBuilder<'_, B> {
    /// Writes `TCA_CODEL_TARGET`.
    pub fn target(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CODEL_TARGET, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CODEL_LIMIT`.
    pub fn limit(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CODEL_LIMIT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CODEL_INTERVAL`.
    pub fn interval(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CODEL_INTERVAL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CODEL_ECN`.
    pub fn ecn(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_CODEL_ECN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_CODEL_CE_THRESHOLD`.
    pub fn ce_threshold(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_CODEL_CE_THRESHOLD, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `drr-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DrrAttrsBuilder<'w, B> = Builder<'w, sets::DrrAttrs, B>;

impl<B: Buffer> DrrAttrsBuilder<'_, B> {
    /// Writes `TCA_DRR_QUANTUM`.
    pub fn quantum(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_DRR_QUANTUM, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `dualpi2-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type Dualpi2AttrsBuilder<'w, B> = Builder<'w, sets::Dualpi2Attrs, B>;

impl<B: Buffer> Dualpi2AttrsBuilder<'_, B> {
    /// Writes `TCA_DUALPI2_LIMIT`: Limit of total number of packets in queue
    pub fn limit(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_DUALPI2_LIMIT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_DUALPI2_MEMORY_LIMIT`: Memory limit of total number of packets in queue
    pub fn memory_limit(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_DUALPI2_MEMORY_LIMIT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_DUALPI2_TARGET`: Classic target delay in microseconds
    pub fn target(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_DUALPI2_TARGET, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_DUALPI2_TUPDATE`: Drop probability update interval time in microseconds
    pub fn tupdate(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_DUALPI2_TUPDATE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_DUALPI2_ALPHA`: Integral gain factor in Hz for PI controller
    pub fn alpha(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_DUALPI2_ALPHA, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_DUALPI2_BETA`: Proportional gain factor in Hz for PI controller
    pub fn beta(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_DUALPI2_BETA, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_DUALPI2_STEP_THRESH_PKTS`: L4S step marking threshold in packets
    pub fn step_thresh_pkts(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_DUALPI2_STEP_THRESH_PKTS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_DUALPI2_STEP_THRESH_US`: L4S Step marking threshold in microseconds
    pub fn step_thresh_us(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_DUALPI2_STEP_THRESH_US, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_DUALPI2_MIN_QLEN_STEP`: Packets enqueued to the L-queue can apply the step threshold when the queue length of L-queue is larger than this value. (0 is recommended)
    pub fn min_qlen_step(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_DUALPI2_MIN_QLEN_STEP, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_DUALPI2_COUPLING`: Probability coupling factor between Classic and L4S (2 is recommended)
    pub fn coupling(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_DUALPI2_COUPLING, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_DUALPI2_DROP_OVERLOAD`: Control the overload strategy (drop to preserve latency or let the queue overflow)
    pub fn drop_overload(&mut self, v: Dualpi2DropOverload) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_DUALPI2_DROP_OVERLOAD, &(v.value() as u8).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_DUALPI2_DROP_EARLY`: Decide where the Classic packets are PI-based dropped or marked
    pub fn drop_early(&mut self, v: Dualpi2DropEarly) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_DUALPI2_DROP_EARLY, &(v.value() as u8).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_DUALPI2_C_PROTECTION`: Classic WRR weight in percentage (from 0 to 100)
    pub fn c_protection(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_DUALPI2_C_PROTECTION, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_DUALPI2_ECN_MASK`: Configure the L-queue ECN classifier
    pub fn ecn_mask(&mut self, v: Dualpi2EcnMask) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_DUALPI2_ECN_MASK, &(v.value() as u8).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_DUALPI2_SPLIT_GSO`: Split aggregated skb or not
    pub fn split_gso(&mut self, v: Dualpi2SplitGso) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_DUALPI2_SPLIT_GSO, &(v.value() as u8).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `ematch-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type EmatchAttrsBuilder<'w, B> = Builder<'w, sets::EmatchAttrs, B>;

impl<B: Buffer> EmatchAttrsBuilder<'_, B> {
    /// Writes `TCA_EMATCH_TREE_HDR`.
    pub fn tree_hdr(&mut self, v: &TcfEmatchTreeHdr) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_EMATCH_TREE_HDR, TcfEmatchTreeHdr::LEN, |b| {
                v.write_to(b)
            })?;
        Ok(self)
    }

    /// Writes `TCA_EMATCH_TREE_LIST`.
    pub fn tree_list(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_EMATCH_TREE_LIST, v)?;
        Ok(self)
    }
}

/// Writes `flow-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type FlowAttrsBuilder<'w, B> = Builder<'w, sets::FlowAttrs, B>;

impl<B: Buffer> FlowAttrsBuilder<'_, B> {
    /// Writes `TCA_FLOW_KEYS`.
    pub fn keys(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOW_KEYS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOW_MODE`.
    pub fn mode(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOW_MODE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOW_BASECLASS`.
    pub fn baseclass(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOW_BASECLASS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOW_RSHIFT`.
    pub fn rshift(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOW_RSHIFT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOW_ADDEND`.
    pub fn addend(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOW_ADDEND, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOW_MASK`.
    pub fn mask(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOW_MASK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOW_XOR`.
    pub fn xor(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOW_XOR, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOW_DIVISOR`.
    pub fn divisor(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOW_DIVISOR, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOW_ACT`.
    pub fn act(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOW_ACT, v)?;
        Ok(self)
    }

    /// Writes `TCA_FLOW_POLICE`.
    pub fn police(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut PoliceAttrsBuilder<'y, B>,
        ) -> Result<&'x mut PoliceAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(TCA_FLOW_POLICE, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_FLOW_EMATCHES`.
    pub fn ematches(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOW_EMATCHES, v)?;
        Ok(self)
    }

    /// Writes `TCA_FLOW_PERTURB`.
    pub fn perturb(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOW_PERTURB, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `flower-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type FlowerAttrsBuilder<'w, B> = Builder<'w, sets::FlowerAttrs, B>;

impl<B: Buffer> FlowerAttrsBuilder<'_, B> {
    /// Writes `TCA_FLOWER_CLASSID`.
    pub fn classid(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOWER_CLASSID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_INDEV`.
    pub fn indev(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_FLOWER_INDEV, v)?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_ACT`.
    pub fn act(
        &mut self,
        f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(TCA_FLOWER_ACT, f)?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ETH_DST`.
    pub fn key_eth_dst(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOWER_KEY_ETH_DST, v)?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ETH_DST_MASK`.
    pub fn key_eth_dst_mask(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOWER_KEY_ETH_DST_MASK, v)?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ETH_SRC`.
    pub fn key_eth_src(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOWER_KEY_ETH_SRC, v)?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ETH_SRC_MASK`.
    pub fn key_eth_src_mask(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOWER_KEY_ETH_SRC_MASK, v)?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ETH_TYPE`.
    pub fn key_eth_type(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_ETH_TYPE, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_IP_PROTO`.
    pub fn key_ip_proto(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_IP_PROTO, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_IPV4_SRC`.
    pub fn key_ipv4_src(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOWER_KEY_IPV4_SRC, &v.octets())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_IPV4_SRC_MASK`.
    pub fn key_ipv4_src_mask(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOWER_KEY_IPV4_SRC_MASK, &v.octets())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_IPV4_DST`.
    pub fn key_ipv4_dst(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOWER_KEY_IPV4_DST, &v.octets())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_IPV4_DST_MASK`.
    pub fn key_ipv4_dst_mask(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOWER_KEY_IPV4_DST_MASK, &v.octets())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_IPV6_SRC`.
    pub fn key_ipv6_src(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOWER_KEY_IPV6_SRC, &v.octets())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_IPV6_SRC_MASK`.
    pub fn key_ipv6_src_mask(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOWER_KEY_IPV6_SRC_MASK, &v.octets())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_IPV6_DST`.
    pub fn key_ipv6_dst(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOWER_KEY_IPV6_DST, &v.octets())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_IPV6_DST_MASK`.
    pub fn key_ipv6_dst_mask(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOWER_KEY_IPV6_DST_MASK, &v.octets())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_TCP_SRC`.
    pub fn key_tcp_src(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_TCP_SRC, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_TCP_DST`.
    pub fn key_tcp_dst(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_TCP_DST, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_UDP_SRC`.
    pub fn key_udp_src(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_UDP_SRC, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_UDP_DST`.
    pub fn key_udp_dst(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_UDP_DST, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_FLAGS`.
    pub fn flags(&mut self, v: ClsFlags) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_FLAGS, &(v.bits()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_VLAN_ID`.
    pub fn key_vlan_id(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_VLAN_ID, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_VLAN_PRIO`.
    pub fn key_vlan_prio(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_VLAN_PRIO, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_VLAN_ETH_TYPE`.
    pub fn key_vlan_eth_type(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_VLAN_ETH_TYPE, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ENC_KEY_ID`.
    pub fn key_enc_key_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_ENC_KEY_ID, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ENC_IPV4_SRC`.
    pub fn key_enc_ipv4_src(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOWER_KEY_ENC_IPV4_SRC, &v.octets())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ENC_IPV4_SRC_MASK`.
    pub fn key_enc_ipv4_src_mask(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_ENC_IPV4_SRC_MASK, &v.octets())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ENC_IPV4_DST`.
    pub fn key_enc_ipv4_dst(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOWER_KEY_ENC_IPV4_DST, &v.octets())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ENC_IPV4_DST_MASK`.
    pub fn key_enc_ipv4_dst_mask(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_ENC_IPV4_DST_MASK, &v.octets())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ENC_IPV6_SRC`.
    pub fn key_enc_ipv6_src(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOWER_KEY_ENC_IPV6_SRC, &v.octets())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ENC_IPV6_SRC_MASK`.
    pub fn key_enc_ipv6_src_mask(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_ENC_IPV6_SRC_MASK, &v.octets())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ENC_IPV6_DST`.
    pub fn key_enc_ipv6_dst(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOWER_KEY_ENC_IPV6_DST, &v.octets())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ENC_IPV6_DST_MASK`.
    pub fn key_enc_ipv6_dst_mask(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_ENC_IPV6_DST_MASK, &v.octets())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_TCP_SRC_MASK`.
    pub fn key_tcp_src_mask(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_TCP_SRC_MASK, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_TCP_DST_MASK`.
    pub fn key_tcp_dst_mask(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_TCP_DST_MASK, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_UDP_SRC_MASK`.
    pub fn key_udp_src_mask(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_UDP_SRC_MASK, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_UDP_DST_MASK`.
    pub fn key_udp_dst_mask(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_UDP_DST_MASK, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_SCTP_SRC_MASK`.
    pub fn key_sctp_src_mask(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_SCTP_SRC_MASK, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_SCTP_DST_MASK`.
    pub fn key_sctp_dst_mask(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_SCTP_DST_MASK, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_SCTP_SRC`.
    pub fn key_sctp_src(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_SCTP_SRC, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_SCTP_DST`.
    pub fn key_sctp_dst(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_SCTP_DST, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ENC_UDP_SRC_PORT`.
    pub fn key_enc_udp_src_port(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_ENC_UDP_SRC_PORT, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ENC_UDP_SRC_PORT_MASK`.
    pub fn key_enc_udp_src_port_mask(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_ENC_UDP_SRC_PORT_MASK, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ENC_UDP_DST_PORT`.
    pub fn key_enc_udp_dst_port(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_ENC_UDP_DST_PORT, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ENC_UDP_DST_PORT_MASK`.
    pub fn key_enc_udp_dst_port_mask(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_ENC_UDP_DST_PORT_MASK, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_FLAGS`.
    pub fn key_flags(&mut self, v: FlowerKeyCtrlFlags) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_FLAGS, &(v.bits()).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_FLAGS_MASK`.
    pub fn key_flags_mask(&mut self, v: FlowerKeyCtrlFlags) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_FLAGS_MASK, &(v.bits()).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ICMPV4_CODE`.
    pub fn key_icmpv4_code(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_ICMPV4_CODE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ICMPV4_CODE_MASK`.
    pub fn key_icmpv4_code_mask(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_ICMPV4_CODE_MASK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ICMPV4_TYPE`.
    pub fn key_icmpv4_type(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_ICMPV4_TYPE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ICMPV4_TYPE_MASK`.
    pub fn key_icmpv4_type_mask(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_ICMPV4_TYPE_MASK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ICMPV6_CODE`.
    pub fn key_icmpv6_code(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_ICMPV6_CODE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ICMPV6_CODE_MASK`.
    pub fn key_icmpv6_code_mask(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_ICMPV6_CODE_MASK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ICMPV6_TYPE`.
    pub fn key_icmpv6_type(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_ICMPV6_TYPE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ICMPV6_TYPE_MASK`.
    pub fn key_icmpv6_type_mask(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_ICMPV6_TYPE_MASK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ARP_SIP`.
    pub fn key_arp_sip(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_ARP_SIP, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ARP_SIP_MASK`.
    pub fn key_arp_sip_mask(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_ARP_SIP_MASK, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ARP_TIP`.
    pub fn key_arp_tip(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_ARP_TIP, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ARP_TIP_MASK`.
    pub fn key_arp_tip_mask(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_ARP_TIP_MASK, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ARP_OP`.
    pub fn key_arp_op(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOWER_KEY_ARP_OP, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ARP_OP_MASK`.
    pub fn key_arp_op_mask(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_ARP_OP_MASK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ARP_SHA`.
    pub fn key_arp_sha(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOWER_KEY_ARP_SHA, v)?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ARP_SHA_MASK`.
    pub fn key_arp_sha_mask(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOWER_KEY_ARP_SHA_MASK, v)?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ARP_THA`.
    pub fn key_arp_tha(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOWER_KEY_ARP_THA, v)?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ARP_THA_MASK`.
    pub fn key_arp_tha_mask(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOWER_KEY_ARP_THA_MASK, v)?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_MPLS_TTL`.
    pub fn key_mpls_ttl(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_MPLS_TTL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_MPLS_BOS`.
    pub fn key_mpls_bos(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_MPLS_BOS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_MPLS_TC`.
    pub fn key_mpls_tc(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_MPLS_TC, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_MPLS_LABEL`.
    pub fn key_mpls_label(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_MPLS_LABEL, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_TCP_FLAGS`.
    pub fn key_tcp_flags(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_TCP_FLAGS, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_TCP_FLAGS_MASK`.
    pub fn key_tcp_flags_mask(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_TCP_FLAGS_MASK, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_IP_TOS`.
    pub fn key_ip_tos(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOWER_KEY_IP_TOS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_IP_TOS_MASK`.
    pub fn key_ip_tos_mask(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_IP_TOS_MASK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_IP_TTL`.
    pub fn key_ip_ttl(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOWER_KEY_IP_TTL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_IP_TTL_MASK`.
    pub fn key_ip_ttl_mask(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_IP_TTL_MASK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_CVLAN_ID`.
    pub fn key_cvlan_id(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_CVLAN_ID, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_CVLAN_PRIO`.
    pub fn key_cvlan_prio(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_CVLAN_PRIO, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_CVLAN_ETH_TYPE`.
    pub fn key_cvlan_eth_type(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_CVLAN_ETH_TYPE, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ENC_IP_TOS`.
    pub fn key_enc_ip_tos(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_ENC_IP_TOS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ENC_IP_TOS_MASK`.
    pub fn key_enc_ip_tos_mask(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_ENC_IP_TOS_MASK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ENC_IP_TTL`.
    pub fn key_enc_ip_ttl(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_ENC_IP_TTL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ENC_IP_TTL_MASK`.
    pub fn key_enc_ip_ttl_mask(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_ENC_IP_TTL_MASK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ENC_OPTS`.
    pub fn key_enc_opts(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut FlowerKeyEncOptsAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut FlowerKeyEncOptsAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(TCA_FLOWER_KEY_ENC_OPTS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ENC_OPTS_MASK`.
    pub fn key_enc_opts_mask(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut FlowerKeyEncOptsAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut FlowerKeyEncOptsAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(TCA_FLOWER_KEY_ENC_OPTS_MASK, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_IN_HW_COUNT`.
    pub fn in_hw_count(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_IN_HW_COUNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_PORT_SRC_MIN`.
    pub fn key_port_src_min(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_PORT_SRC_MIN, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_PORT_SRC_MAX`.
    pub fn key_port_src_max(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_PORT_SRC_MAX, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_PORT_DST_MIN`.
    pub fn key_port_dst_min(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_PORT_DST_MIN, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_PORT_DST_MAX`.
    pub fn key_port_dst_max(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_PORT_DST_MAX, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_CT_STATE`.
    pub fn key_ct_state(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_CT_STATE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_CT_STATE_MASK`.
    pub fn key_ct_state_mask(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_CT_STATE_MASK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_CT_ZONE`.
    pub fn key_ct_zone(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_CT_ZONE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_CT_ZONE_MASK`.
    pub fn key_ct_zone_mask(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_CT_ZONE_MASK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_CT_MARK`.
    pub fn key_ct_mark(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_CT_MARK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_CT_MARK_MASK`.
    pub fn key_ct_mark_mask(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_CT_MARK_MASK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_CT_LABELS`.
    pub fn key_ct_labels(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOWER_KEY_CT_LABELS, v)?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_CT_LABELS_MASK`.
    pub fn key_ct_labels_mask(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOWER_KEY_CT_LABELS_MASK, v)?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_MPLS_OPTS`.
    pub fn key_mpls_opts(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut FlowerKeyMplsOptAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut FlowerKeyMplsOptAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(TCA_FLOWER_KEY_MPLS_OPTS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_HASH`.
    pub fn key_hash(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOWER_KEY_HASH, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_HASH_MASK`.
    pub fn key_hash_mask(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_HASH_MASK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_NUM_OF_VLANS`.
    pub fn key_num_of_vlans(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_NUM_OF_VLANS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_PPPOE_SID`.
    pub fn key_pppoe_sid(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_PPPOE_SID, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_PPP_PROTO`.
    pub fn key_ppp_proto(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_PPP_PROTO, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_L2TPV3_SID`.
    pub fn key_l2tpv3_sid(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_L2TPV3_SID, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_L2_MISS`.
    pub fn l2_miss(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOWER_L2_MISS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_CFM`.
    pub fn key_cfm(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut FlowerKeyCfmAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut FlowerKeyCfmAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(TCA_FLOWER_KEY_CFM, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_SPI`.
    pub fn key_spi(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOWER_KEY_SPI, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_SPI_MASK`.
    pub fn key_spi_mask(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_SPI_MASK, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ENC_FLAGS`.
    pub fn key_enc_flags(&mut self, v: FlowerKeyCtrlFlags) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_ENC_FLAGS, &(v.bits()).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ENC_FLAGS_MASK`.
    pub fn key_enc_flags_mask(&mut self, v: FlowerKeyCtrlFlags) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_ENC_FLAGS_MASK, &(v.bits()).to_be_bytes())?;
        Ok(self)
    }
}

/// Writes `flower-key-enc-opts-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type FlowerKeyEncOptsAttrsBuilder<'w, B> = Builder<'w, sets::FlowerKeyEncOptsAttrs, B>;

impl<B: Buffer> FlowerKeyEncOptsAttrsBuilder<'_, B> {
    /// Writes `TCA_FLOWER_KEY_ENC_OPTS_GENEVE`.
    pub fn geneve(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut FlowerKeyEncOptGeneveAttrsBuilder<'y, B>,
        ) -> Result<
            &'x mut FlowerKeyEncOptGeneveAttrsBuilder<'y, B>,
            WriteError,
        >,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(TCA_FLOWER_KEY_ENC_OPTS_GENEVE, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ENC_OPTS_VXLAN`.
    pub fn vxlan(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut FlowerKeyEncOptVxlanAttrsBuilder<'y, B>,
        ) -> Result<
            &'x mut FlowerKeyEncOptVxlanAttrsBuilder<'y, B>,
            WriteError,
        >,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(TCA_FLOWER_KEY_ENC_OPTS_VXLAN, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ENC_OPTS_ERSPAN`.
    pub fn erspan(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut FlowerKeyEncOptErspanAttrsBuilder<'y, B>,
        ) -> Result<
            &'x mut FlowerKeyEncOptErspanAttrsBuilder<'y, B>,
            WriteError,
        >,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(TCA_FLOWER_KEY_ENC_OPTS_ERSPAN, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ENC_OPTS_GTP`.
    pub fn gtp(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut FlowerKeyEncOptGtpAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut FlowerKeyEncOptGtpAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(TCA_FLOWER_KEY_ENC_OPTS_GTP, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `flower-key-enc-opt-geneve-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type FlowerKeyEncOptGeneveAttrsBuilder<'w, B> =
    Builder<'w, sets::FlowerKeyEncOptGeneveAttrs, B>;

impl<B: Buffer> FlowerKeyEncOptGeneveAttrsBuilder<'_, B> {
    /// Writes `TCA_FLOWER_KEY_ENC_OPT_GENEVE_CLASS`.
    pub fn class(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_ENC_OPT_GENEVE_CLASS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ENC_OPT_GENEVE_TYPE`.
    pub fn type_(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_ENC_OPT_GENEVE_TYPE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ENC_OPT_GENEVE_DATA`.
    pub fn data(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FLOWER_KEY_ENC_OPT_GENEVE_DATA, v)?;
        Ok(self)
    }
}

/// Writes `flower-key-enc-opt-vxlan-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type FlowerKeyEncOptVxlanAttrsBuilder<'w, B> = Builder<'w, sets::FlowerKeyEncOptVxlanAttrs, B>;

impl<B: Buffer> FlowerKeyEncOptVxlanAttrsBuilder<'_, B> {
    /// Writes `TCA_FLOWER_KEY_ENC_OPT_VXLAN_GBP`.
    pub fn gbp(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_ENC_OPT_VXLAN_GBP, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `flower-key-enc-opt-erspan-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type FlowerKeyEncOptErspanAttrsBuilder<'w, B> =
    Builder<'w, sets::FlowerKeyEncOptErspanAttrs, B>;

impl<B: Buffer> FlowerKeyEncOptErspanAttrsBuilder<'_, B> {
    /// Writes `TCA_FLOWER_KEY_ENC_OPT_ERSPAN_VER`.
    pub fn ver(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_ENC_OPT_ERSPAN_VER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ENC_OPT_ERSPAN_INDEX`.
    pub fn index(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_ENC_OPT_ERSPAN_INDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ENC_OPT_ERSPAN_DIR`.
    pub fn dir(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_ENC_OPT_ERSPAN_DIR, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ENC_OPT_ERSPAN_HWID`.
    pub fn hwid(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_ENC_OPT_ERSPAN_HWID, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `flower-key-enc-opt-gtp-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type FlowerKeyEncOptGtpAttrsBuilder<'w, B> = Builder<'w, sets::FlowerKeyEncOptGtpAttrs, B>;

impl<B: Buffer> FlowerKeyEncOptGtpAttrsBuilder<'_, B> {
    /// Writes `TCA_FLOWER_KEY_ENC_OPT_GTP_PDU_TYPE`.
    pub fn pdu_type(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_ENC_OPT_GTP_PDU_TYPE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_ENC_OPT_GTP_QFI`.
    pub fn qfi(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_ENC_OPT_GTP_QFI, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `flower-key-mpls-opt-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type FlowerKeyMplsOptAttrsBuilder<'w, B> = Builder<'w, sets::FlowerKeyMplsOptAttrs, B>;

impl<B: Buffer> FlowerKeyMplsOptAttrsBuilder<'_, B> {
    /// Writes `TCA_FLOWER_KEY_MPLS_OPT_LSE_DEPTH`.
    pub fn lse_depth(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_MPLS_OPT_LSE_DEPTH, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_MPLS_OPT_LSE_TTL`.
    pub fn lse_ttl(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_MPLS_OPT_LSE_TTL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_MPLS_OPT_LSE_BOS`.
    pub fn lse_bos(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_MPLS_OPT_LSE_BOS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_MPLS_OPT_LSE_TC`.
    pub fn lse_tc(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_MPLS_OPT_LSE_TC, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_MPLS_OPT_LSE_LABEL`.
    pub fn lse_label(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_MPLS_OPT_LSE_LABEL, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `flower-key-cfm-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type FlowerKeyCfmAttrsBuilder<'w, B> = Builder<'w, sets::FlowerKeyCfmAttrs, B>;

impl<B: Buffer> FlowerKeyCfmAttrsBuilder<'_, B> {
    /// Writes `TCA_FLOWER_KEY_CFM_MD_LEVEL`.
    pub fn md_level(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_CFM_MD_LEVEL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FLOWER_KEY_CFM_OPCODE`.
    pub fn opcode(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FLOWER_KEY_CFM_OPCODE, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `fw-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type FwAttrsBuilder<'w, B> = Builder<'w, sets::FwAttrs, B>;

impl<B: Buffer> FwAttrsBuilder<'_, B> {
    /// Writes `TCA_FW_CLASSID`.
    pub fn classid(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FW_CLASSID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FW_POLICE`.
    pub fn police(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut PoliceAttrsBuilder<'y, B>,
        ) -> Result<&'x mut PoliceAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(TCA_FW_POLICE, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_FW_INDEV`.
    pub fn indev(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_FW_INDEV, v)?;
        Ok(self)
    }

    /// Writes `TCA_FW_ACT`.
    pub fn act(
        &mut self,
        f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(TCA_FW_ACT, f)?;
        Ok(self)
    }

    /// Writes `TCA_FW_MASK`.
    pub fn mask(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FW_MASK, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `gred-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type GredAttrsBuilder<'w, B> = Builder<'w, sets::GredAttrs, B>;

impl<B: Buffer> GredAttrsBuilder<'_, B> {
    /// Writes `TCA_GRED_PARMS`.
    pub fn parms(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_GRED_PARMS, v)?;
        Ok(self)
    }

    /// Writes `TCA_GRED_STAB`.
    pub fn stab(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_GRED_STAB, v)?;
        Ok(self)
    }

    /// Writes `TCA_GRED_DPS`.
    pub fn dps(&mut self, v: &TcGredSopt) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_GRED_DPS, TcGredSopt::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_GRED_MAX_P`.
    pub fn max_p(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_GRED_MAX_P, v)?;
        Ok(self)
    }

    /// Writes `TCA_GRED_LIMIT`.
    pub fn limit(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_GRED_LIMIT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_GRED_VQ_LIST`.
    pub fn vq_list(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut TcaGredVqListAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut TcaGredVqListAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(TCA_GRED_VQ_LIST, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }
}

/// Writes `tca-gred-vq-list-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type TcaGredVqListAttrsBuilder<'w, B> = Builder<'w, sets::TcaGredVqListAttrs, B>;

impl<B: Buffer> TcaGredVqListAttrsBuilder<'_, B> {
    /// Writes `TCA_GRED_VQ_ENTRY`.
    pub fn entry(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut TcaGredVqEntryAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut TcaGredVqEntryAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(TCA_GRED_VQ_ENTRY, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }
}

/// Writes `tca-gred-vq-entry-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type TcaGredVqEntryAttrsBuilder<'w, B> = Builder<'w, sets::TcaGredVqEntryAttrs, B>;

impl<B: Buffer> TcaGredVqEntryAttrsBuilder<'_, B> {
    /// Writes `TCA_GRED_VQ_DP`.
    pub fn dp(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_GRED_VQ_DP, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_GRED_VQ_STAT_BYTES`.
    pub fn stat_bytes(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_GRED_VQ_STAT_BYTES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_GRED_VQ_STAT_PACKETS`.
    pub fn stat_packets(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_GRED_VQ_STAT_PACKETS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_GRED_VQ_STAT_BACKLOG`.
    pub fn stat_backlog(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_GRED_VQ_STAT_BACKLOG, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_GRED_VQ_STAT_PROB_DROP`.
    pub fn stat_prob_drop(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_GRED_VQ_STAT_PROB_DROP, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_GRED_VQ_STAT_PROB_MARK`.
    pub fn stat_prob_mark(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_GRED_VQ_STAT_PROB_MARK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_GRED_VQ_STAT_FORCED_DROP`.
    pub fn stat_forced_drop(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_GRED_VQ_STAT_FORCED_DROP, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_GRED_VQ_STAT_FORCED_MARK`.
    pub fn stat_forced_mark(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_GRED_VQ_STAT_FORCED_MARK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_GRED_VQ_STAT_PDROP`.
    pub fn stat_pdrop(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_GRED_VQ_STAT_PDROP, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_GRED_VQ_STAT_OTHER`.
    pub fn stat_other(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_GRED_VQ_STAT_OTHER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_GRED_VQ_FLAGS`.
    pub fn flags(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_GRED_VQ_FLAGS, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `hfsc-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type HfscAttrsBuilder<'w, B> = Builder<'w, sets::HfscAttrs, B>;

impl<B: Buffer> HfscAttrsBuilder<'_, B> {
    /// Writes `TC_A_HFSC_ATTRS_RSC`.
    pub fn rsc(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TC_A_HFSC_ATTRS_RSC, v)?;
        Ok(self)
    }

    /// Writes `TC_A_HFSC_ATTRS_FSC`.
    pub fn fsc(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TC_A_HFSC_ATTRS_FSC, v)?;
        Ok(self)
    }

    /// Writes `TC_A_HFSC_ATTRS_USC`.
    pub fn usc(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TC_A_HFSC_ATTRS_USC, v)?;
        Ok(self)
    }
}

/// Writes `hhf-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type HhfAttrsBuilder<'w, B> = Builder<'w, sets::HhfAttrs, B>;

impl<B: Buffer> HhfAttrsBuilder<'_, B> {
    /// Writes `TCA_HHF_BACKLOG_LIMIT`.
    pub fn backlog_limit(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_HHF_BACKLOG_LIMIT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_HHF_QUANTUM`.
    pub fn quantum(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_HHF_QUANTUM, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_HHF_HH_FLOWS_LIMIT`.
    pub fn hh_flows_limit(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_HHF_HH_FLOWS_LIMIT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_HHF_RESET_TIMEOUT`.
    pub fn reset_timeout(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_HHF_RESET_TIMEOUT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_HHF_ADMIT_BYTES`.
    pub fn admit_bytes(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_HHF_ADMIT_BYTES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_HHF_EVICT_TIMEOUT`.
    pub fn evict_timeout(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_HHF_EVICT_TIMEOUT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_HHF_NON_HH_WEIGHT`.
    pub fn non_hh_weight(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_HHF_NON_HH_WEIGHT, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `htb-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type HtbAttrsBuilder<'w, B> = Builder<'w, sets::HtbAttrs, B>;

impl<B: Buffer> HtbAttrsBuilder<'_, B> {
    /// Writes `TCA_HTB_PARMS`.
    pub fn parms(&mut self, v: &TcHtbOpt) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_HTB_PARMS, TcHtbOpt::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_HTB_INIT`.
    pub fn init(&mut self, v: &TcHtbGlob) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_HTB_INIT, TcHtbGlob::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_HTB_CTAB`.
    pub fn ctab(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_HTB_CTAB, v)?;
        Ok(self)
    }

    /// Writes `TCA_HTB_RTAB`.
    pub fn rtab(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_HTB_RTAB, v)?;
        Ok(self)
    }

    /// Writes `TCA_HTB_DIRECT_QLEN`.
    pub fn direct_qlen(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_HTB_DIRECT_QLEN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_HTB_RATE64`.
    pub fn rate64(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_HTB_RATE64, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_HTB_CEIL64`.
    pub fn ceil64(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_HTB_CEIL64, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_HTB_OFFLOAD`.
    pub fn offload(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(TCA_HTB_OFFLOAD)?;
        Ok(self)
    }
}

/// Writes `matchall-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type MatchallAttrsBuilder<'w, B> = Builder<'w, sets::MatchallAttrs, B>;

impl<B: Buffer> MatchallAttrsBuilder<'_, B> {
    /// Writes `TCA_MATCHALL_CLASSID`.
    pub fn classid(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_MATCHALL_CLASSID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_MATCHALL_ACT`.
    pub fn act(
        &mut self,
        f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(TCA_MATCHALL_ACT, f)?;
        Ok(self)
    }

    /// Writes `TCA_MATCHALL_FLAGS`.
    pub fn flags(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_MATCHALL_FLAGS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_MATCHALL_PCNT`.
    pub fn pcnt(&mut self, v: &TcMatchallPcnt) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_MATCHALL_PCNT, TcMatchallPcnt::LEN, |b| v.write_to(b))?;
        Ok(self)
    }
}

/// Writes `etf-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type EtfAttrsBuilder<'w, B> = Builder<'w, sets::EtfAttrs, B>;

impl<B: Buffer> EtfAttrsBuilder<'_, B> {
    /// Writes `TCA_ETF_PARMS`.
    pub fn parms(&mut self, v: &TcEtfQopt) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_ETF_PARMS, TcEtfQopt::LEN, |b| v.write_to(b))?;
        Ok(self)
    }
}

/// Writes `ets-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type EtsAttrsBuilder<'w, B> = Builder<'w, sets::EtsAttrs, B>;

impl<B: Buffer> EtsAttrsBuilder<'_, B> {
    /// Writes `TCA_ETS_NBANDS`.
    pub fn nbands(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_ETS_NBANDS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_ETS_NSTRICT`.
    pub fn nstrict(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_ETS_NSTRICT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_ETS_QUANTA`.
    pub fn quanta(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut EtsAttrsBuilder<'y, B>,
        ) -> Result<&'x mut EtsAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(TCA_ETS_QUANTA, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_ETS_QUANTA_BAND`.
    pub fn quanta_band(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_ETS_QUANTA_BAND, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_ETS_PRIOMAP`.
    pub fn priomap(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut EtsAttrsBuilder<'y, B>,
        ) -> Result<&'x mut EtsAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(TCA_ETS_PRIOMAP, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_ETS_PRIOMAP_BAND`.
    pub fn priomap_band(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_ETS_PRIOMAP_BAND, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `fq-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type FqAttrsBuilder<'w, B> = Builder<'w, sets::FqAttrs, B>;

impl<B: Buffer> FqAttrsBuilder<'_, B> {
    /// Writes `TCA_FQ_PLIMIT`: Limit of total number of packets in queue
    pub fn plimit(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FQ_PLIMIT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FQ_FLOW_PLIMIT`: Limit of packets per flow
    pub fn flow_plimit(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FQ_FLOW_PLIMIT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FQ_QUANTUM`: RR quantum
    pub fn quantum(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FQ_QUANTUM, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FQ_INITIAL_QUANTUM`: RR quantum for new flow
    pub fn initial_quantum(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FQ_INITIAL_QUANTUM, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FQ_RATE_ENABLE`: Enable / disable rate limiting
    pub fn rate_enable(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FQ_RATE_ENABLE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FQ_FLOW_DEFAULT_RATE`: Obsolete, do not use
    pub fn flow_default_rate(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FQ_FLOW_DEFAULT_RATE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FQ_FLOW_MAX_RATE`: Per flow max rate
    pub fn flow_max_rate(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FQ_FLOW_MAX_RATE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FQ_BUCKETS_LOG`: log2(number of buckets)
    pub fn buckets_log(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FQ_BUCKETS_LOG, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FQ_FLOW_REFILL_DELAY`: Flow credit refill delay in usec
    pub fn flow_refill_delay(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FQ_FLOW_REFILL_DELAY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FQ_ORPHAN_MASK`: Mask applied to orphaned skb hashes
    pub fn orphan_mask(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FQ_ORPHAN_MASK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FQ_LOW_RATE_THRESHOLD`: Per packet delay under this rate
    pub fn low_rate_threshold(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FQ_LOW_RATE_THRESHOLD, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FQ_CE_THRESHOLD`: DCTCP-like CE marking threshold
    pub fn ce_threshold(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FQ_CE_THRESHOLD, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FQ_TIMER_SLACK`.
    pub fn timer_slack(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FQ_TIMER_SLACK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FQ_HORIZON`: Time horizon in usec
    pub fn horizon(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FQ_HORIZON, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FQ_HORIZON_DROP`: Drop packets beyond horizon, or cap their EDT
    pub fn horizon_drop(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FQ_HORIZON_DROP, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FQ_PRIOMAP`.
    pub fn priomap(&mut self, v: &TcPrioQopt) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_FQ_PRIOMAP, TcPrioQopt::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_FQ_WEIGHTS`: Weights for each band
    pub fn weights(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FQ_WEIGHTS, v)?;
        Ok(self)
    }
}

/// Writes `fq-codel-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type FqCodelAttrsBuilder<'w, B> = Builder<'w, sets::FqCodelAttrs, B>;

impl<B: Buffer> FqCodelAttrsBuilder<'_, B> {
    /// Writes `TCA_FQ_CODEL_TARGET`.
    pub fn target(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FQ_CODEL_TARGET, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FQ_CODEL_LIMIT`.
    pub fn limit(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FQ_CODEL_LIMIT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FQ_CODEL_INTERVAL`.
    pub fn interval(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FQ_CODEL_INTERVAL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FQ_CODEL_ECN`.
    pub fn ecn(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FQ_CODEL_ECN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FQ_CODEL_FLOWS`.
    pub fn flows(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FQ_CODEL_FLOWS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FQ_CODEL_QUANTUM`.
    pub fn quantum(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FQ_CODEL_QUANTUM, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FQ_CODEL_CE_THRESHOLD`.
    pub fn ce_threshold(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FQ_CODEL_CE_THRESHOLD, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FQ_CODEL_DROP_BATCH_SIZE`.
    pub fn drop_batch_size(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FQ_CODEL_DROP_BATCH_SIZE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FQ_CODEL_MEMORY_LIMIT`.
    pub fn memory_limit(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FQ_CODEL_MEMORY_LIMIT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FQ_CODEL_CE_THRESHOLD_SELECTOR`.
    pub fn ce_threshold_selector(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FQ_CODEL_CE_THRESHOLD_SELECTOR, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FQ_CODEL_CE_THRESHOLD_MASK`.
    pub fn ce_threshold_mask(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FQ_CODEL_CE_THRESHOLD_MASK, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `fq-pie-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type FqPieAttrsBuilder<'w, B> = Builder<'w, sets::FqPieAttrs, B>;

impl<B: Buffer> FqPieAttrsBuilder<'_, B> {
    /// Writes `TCA_FQ_PIE_LIMIT`.
    pub fn limit(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FQ_PIE_LIMIT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FQ_PIE_FLOWS`.
    pub fn flows(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FQ_PIE_FLOWS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FQ_PIE_TARGET`.
    pub fn target(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FQ_PIE_TARGET, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FQ_PIE_TUPDATE`.
    pub fn tupdate(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FQ_PIE_TUPDATE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FQ_PIE_ALPHA`.
    pub fn alpha(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FQ_PIE_ALPHA, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FQ_PIE_BETA`.
    pub fn beta(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FQ_PIE_BETA, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FQ_PIE_QUANTUM`.
    pub fn quantum(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FQ_PIE_QUANTUM, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FQ_PIE_MEMORY_LIMIT`.
    pub fn memory_limit(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FQ_PIE_MEMORY_LIMIT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FQ_PIE_ECN_PROB`.
    pub fn ecn_prob(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FQ_PIE_ECN_PROB, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FQ_PIE_ECN`.
    pub fn ecn(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FQ_PIE_ECN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FQ_PIE_BYTEMODE`.
    pub fn bytemode(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_FQ_PIE_BYTEMODE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_FQ_PIE_DQ_RATE_ESTIMATOR`.
    pub fn dq_rate_estimator(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_FQ_PIE_DQ_RATE_ESTIMATOR, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `netem-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type NetemAttrsBuilder<'w, B> = Builder<'w, sets::NetemAttrs, B>;

impl<B: Buffer> NetemAttrsBuilder<'_, B> {
    /// Writes `TCA_NETEM_CORR`.
    pub fn corr(&mut self, v: &TcNetemCorr) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_NETEM_CORR, TcNetemCorr::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_NETEM_DELAY_DIST`.
    pub fn delay_dist(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_NETEM_DELAY_DIST, v)?;
        Ok(self)
    }

    /// Writes `TCA_NETEM_REORDER`.
    pub fn reorder(&mut self, v: &TcNetemReorder) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_NETEM_REORDER, TcNetemReorder::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_NETEM_CORRUPT`.
    pub fn corrupt(&mut self, v: &TcNetemCorrupt) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_NETEM_CORRUPT, TcNetemCorrupt::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_NETEM_LOSS`.
    pub fn loss(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut NetemLossAttrsBuilder<'y, B>,
        ) -> Result<&'x mut NetemLossAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(TCA_NETEM_LOSS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_NETEM_RATE`.
    pub fn rate(&mut self, v: &TcNetemRate) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_NETEM_RATE, TcNetemRate::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_NETEM_ECN`.
    pub fn ecn(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_NETEM_ECN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_NETEM_RATE64`.
    pub fn rate64(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_NETEM_RATE64, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_NETEM_PAD`.
    pub fn pad(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_NETEM_PAD, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_NETEM_LATENCY64`.
    pub fn latency64(&mut self, v: i64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_NETEM_LATENCY64, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_NETEM_JITTER64`.
    pub fn jitter64(&mut self, v: i64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_NETEM_JITTER64, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_NETEM_SLOT`.
    pub fn slot(&mut self, v: &TcNetemSlot) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_NETEM_SLOT, TcNetemSlot::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_NETEM_SLOT_DIST`.
    pub fn slot_dist(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_NETEM_SLOT_DIST, v)?;
        Ok(self)
    }

    /// Writes `TCA_NETEM_PRNG_SEED`.
    pub fn prng_seed(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_NETEM_PRNG_SEED, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `netem-loss-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type NetemLossAttrsBuilder<'w, B> = Builder<'w, sets::NetemLossAttrs, B>;

impl<B: Buffer> NetemLossAttrsBuilder<'_, B> {
    /// Writes `NETEM_LOSS_GI`: General Intuitive - 4 state model
    pub fn gi(&mut self, v: &TcNetemGimodel) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(NETEM_LOSS_GI, TcNetemGimodel::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `NETEM_LOSS_GE`: Gilbert Elliot models
    pub fn ge(&mut self, v: &TcNetemGemodel) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(NETEM_LOSS_GE, TcNetemGemodel::LEN, |b| v.write_to(b))?;
        Ok(self)
    }
}

/// Writes `pie-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type PieAttrsBuilder<'w, B> = Builder<'w, sets::PieAttrs, B>;

impl<B: Buffer> PieAttrsBuilder<'_, B> {
    /// Writes `TCA_PIE_TARGET`.
    pub fn target(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_PIE_TARGET, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_PIE_LIMIT`.
    pub fn limit(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_PIE_LIMIT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_PIE_TUPDATE`.
    pub fn tupdate(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_PIE_TUPDATE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_PIE_ALPHA`.
    pub fn alpha(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_PIE_ALPHA, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_PIE_BETA`.
    pub fn beta(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_PIE_BETA, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_PIE_ECN`.
    pub fn ecn(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_PIE_ECN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_PIE_BYTEMODE`.
    pub fn bytemode(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_PIE_BYTEMODE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_PIE_DQ_RATE_ESTIMATOR`.
    pub fn dq_rate_estimator(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_PIE_DQ_RATE_ESTIMATOR, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `police-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type PoliceAttrsBuilder<'w, B> = Builder<'w, sets::PoliceAttrs, B>;

impl<B: Buffer> PoliceAttrsBuilder<'_, B> {
    /// Writes `TCA_POLICE_TBF`.
    pub fn tbf(&mut self, v: &TcPolice) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_POLICE_TBF, TcPolice::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_POLICE_RATE`.
    pub fn rate(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_POLICE_RATE, v)?;
        Ok(self)
    }

    /// Writes `TCA_POLICE_PEAKRATE`.
    pub fn peakrate(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_POLICE_PEAKRATE, v)?;
        Ok(self)
    }

    /// Writes `TCA_POLICE_AVRATE`.
    pub fn avrate(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_POLICE_AVRATE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_POLICE_RESULT`.
    pub fn result(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_POLICE_RESULT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_POLICE_TM`.
    pub fn tm(&mut self, v: &TcfT) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_POLICE_TM, TcfT::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_POLICE_RATE64`.
    pub fn rate64(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_POLICE_RATE64, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_POLICE_PEAKRATE64`.
    pub fn peakrate64(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_POLICE_PEAKRATE64, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_POLICE_PKTRATE64`.
    pub fn pktrate64(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_POLICE_PKTRATE64, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_POLICE_PKTBURST64`.
    pub fn pktburst64(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_POLICE_PKTBURST64, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `qfq-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type QfqAttrsBuilder<'w, B> = Builder<'w, sets::QfqAttrs, B>;

impl<B: Buffer> QfqAttrsBuilder<'_, B> {
    /// Writes `TCA_QFQ_WEIGHT`.
    pub fn weight(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_QFQ_WEIGHT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_QFQ_LMAX`.
    pub fn lmax(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_QFQ_LMAX, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `red-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type RedAttrsBuilder<'w, B> = Builder<'w, sets::RedAttrs, B>;

impl<B: Buffer> RedAttrsBuilder<'_, B> {
    /// Writes `TCA_RED_PARMS`.
    pub fn parms(&mut self, v: &TcRedQopt) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_RED_PARMS, TcRedQopt::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_RED_STAB`.
    pub fn stab(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_RED_STAB, v)?;
        Ok(self)
    }

    /// Writes `TCA_RED_MAX_P`.
    pub fn max_p(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_RED_MAX_P, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_RED_FLAGS`.
    pub fn flags(&mut self, v: Bitfield32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_RED_FLAGS, &v.to_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_RED_EARLY_DROP_BLOCK`.
    pub fn early_drop_block(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_RED_EARLY_DROP_BLOCK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_RED_MARK_BLOCK`.
    pub fn mark_block(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_RED_MARK_BLOCK, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `route-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type RouteAttrsBuilder<'w, B> = Builder<'w, sets::RouteAttrs, B>;

impl<B: Buffer> RouteAttrsBuilder<'_, B> {
    /// Writes `TCA_ROUTE4_CLASSID`.
    pub fn classid(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_ROUTE4_CLASSID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_ROUTE4_TO`.
    pub fn to(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_ROUTE4_TO, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_ROUTE4_FROM`.
    pub fn from(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_ROUTE4_FROM, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_ROUTE4_IIF`.
    pub fn iif(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_ROUTE4_IIF, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_ROUTE4_POLICE`.
    pub fn police(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut PoliceAttrsBuilder<'y, B>,
        ) -> Result<&'x mut PoliceAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(TCA_ROUTE4_POLICE, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_ROUTE4_ACT`.
    pub fn act(
        &mut self,
        f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(TCA_ROUTE4_ACT, f)?;
        Ok(self)
    }
}

/// Writes `taprio-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type TaprioAttrsBuilder<'w, B> = Builder<'w, sets::TaprioAttrs, B>;

impl<B: Buffer> TaprioAttrsBuilder<'_, B> {
    /// Writes `TCA_TAPRIO_ATTR_PRIOMAP`.
    pub fn priomap(&mut self, v: &TcMqprioQopt) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_TAPRIO_ATTR_PRIOMAP, TcMqprioQopt::LEN, |b| {
                v.write_to(b)
            })?;
        Ok(self)
    }

    /// Writes `TCA_TAPRIO_ATTR_SCHED_ENTRY_LIST`.
    pub fn sched_entry_list(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut TaprioSchedEntryListBuilder<'y, B>,
        )
            -> Result<&'x mut TaprioSchedEntryListBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(TCA_TAPRIO_ATTR_SCHED_ENTRY_LIST, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `TCA_TAPRIO_ATTR_SCHED_BASE_TIME`.
    pub fn sched_base_time(&mut self, v: i64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_TAPRIO_ATTR_SCHED_BASE_TIME, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_TAPRIO_ATTR_SCHED_SINGLE_ENTRY`.
    pub fn sched_single_entry(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut TaprioSchedEntryBuilder<'y, B>,
        )
            -> Result<&'x mut TaprioSchedEntryBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(TCA_TAPRIO_ATTR_SCHED_SINGLE_ENTRY, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `TCA_TAPRIO_ATTR_SCHED_CLOCKID`.
    pub fn sched_clockid(&mut self, v: i32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_TAPRIO_ATTR_SCHED_CLOCKID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_TAPRIO_ATTR_ADMIN_SCHED`.
    pub fn admin_sched(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_TAPRIO_ATTR_ADMIN_SCHED, v)?;
        Ok(self)
    }

    /// Writes `TCA_TAPRIO_ATTR_SCHED_CYCLE_TIME`.
    pub fn sched_cycle_time(&mut self, v: i64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_TAPRIO_ATTR_SCHED_CYCLE_TIME, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_TAPRIO_ATTR_SCHED_CYCLE_TIME_EXTENSION`.
    pub fn sched_cycle_time_extension(&mut self, v: i64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            TCA_TAPRIO_ATTR_SCHED_CYCLE_TIME_EXTENSION,
            &(v).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `TCA_TAPRIO_ATTR_FLAGS`.
    pub fn flags(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_TAPRIO_ATTR_FLAGS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_TAPRIO_ATTR_TXTIME_DELAY`.
    pub fn txtime_delay(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_TAPRIO_ATTR_TXTIME_DELAY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_TAPRIO_ATTR_TC_ENTRY`.
    pub fn tc_entry(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut TaprioTcEntryAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut TaprioTcEntryAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(TCA_TAPRIO_ATTR_TC_ENTRY, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `taprio-sched-entry-list` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type TaprioSchedEntryListBuilder<'w, B> = Builder<'w, sets::TaprioSchedEntryList, B>;

impl<B: Buffer> TaprioSchedEntryListBuilder<'_, B> {
    /// Writes `TCA_TAPRIO_SCHED_ENTRY`.
    pub fn entry(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut TaprioSchedEntryBuilder<'y, B>,
        )
            -> Result<&'x mut TaprioSchedEntryBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(TCA_TAPRIO_SCHED_ENTRY, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `taprio-sched-entry` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type TaprioSchedEntryBuilder<'w, B> = Builder<'w, sets::TaprioSchedEntry, B>;

impl<B: Buffer> TaprioSchedEntryBuilder<'_, B> {
    /// Writes `TCA_TAPRIO_SCHED_ENTRY_INDEX`.
    pub fn index(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_TAPRIO_SCHED_ENTRY_INDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_TAPRIO_SCHED_ENTRY_CMD`.
    pub fn cmd(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_TAPRIO_SCHED_ENTRY_CMD, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_TAPRIO_SCHED_ENTRY_GATE_MASK`.
    pub fn gate_mask(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_TAPRIO_SCHED_ENTRY_GATE_MASK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_TAPRIO_SCHED_ENTRY_INTERVAL`.
    pub fn interval(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_TAPRIO_SCHED_ENTRY_INTERVAL, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `taprio-tc-entry-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type TaprioTcEntryAttrsBuilder<'w, B> = Builder<'w, sets::TaprioTcEntryAttrs, B>;

impl<B: Buffer> TaprioTcEntryAttrsBuilder<'_, B> {
    /// Writes `TCA_TAPRIO_TC_ENTRY_INDEX`.
    pub fn index(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_TAPRIO_TC_ENTRY_INDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_TAPRIO_TC_ENTRY_MAX_SDU`.
    pub fn max_sdu(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_TAPRIO_TC_ENTRY_MAX_SDU, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_TAPRIO_TC_ENTRY_FP`.
    pub fn fp(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_TAPRIO_TC_ENTRY_FP, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `tbf-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type TbfAttrsBuilder<'w, B> = Builder<'w, sets::TbfAttrs, B>;

impl<B: Buffer> TbfAttrsBuilder<'_, B> {
    /// Writes `TCA_TBF_PARMS`.
    pub fn parms(&mut self, v: &TcTbfQopt) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_TBF_PARMS, TcTbfQopt::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_TBF_RTAB`.
    pub fn rtab(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_TBF_RTAB, v)?;
        Ok(self)
    }

    /// Writes `TCA_TBF_PTAB`.
    pub fn ptab(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_TBF_PTAB, v)?;
        Ok(self)
    }

    /// Writes `TCA_TBF_RATE64`.
    pub fn rate64(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_TBF_RATE64, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_TBF_PRATE64`.
    pub fn prate64(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_TBF_PRATE64, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_TBF_BURST`.
    pub fn burst(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_TBF_BURST, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_TBF_PBURST`.
    pub fn pburst(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_TBF_PBURST, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `act-sample-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ActSampleAttrsBuilder<'w, B> = Builder<'w, sets::ActSampleAttrs, B>;

impl<B: Buffer> ActSampleAttrsBuilder<'_, B> {
    /// Writes `TCA_SAMPLE_TM`.
    pub fn tm(&mut self, v: &TcfT) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_SAMPLE_TM, TcfT::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_SAMPLE_PARMS`.
    pub fn parms(&mut self, v: &TcGact) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_SAMPLE_PARMS, TcGact::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_SAMPLE_RATE`.
    pub fn rate(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_SAMPLE_RATE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_SAMPLE_TRUNC_SIZE`.
    pub fn trunc_size(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_SAMPLE_TRUNC_SIZE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_SAMPLE_PSAMPLE_GROUP`.
    pub fn psample_group(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCA_SAMPLE_PSAMPLE_GROUP, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `act-gact-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ActGactAttrsBuilder<'w, B> = Builder<'w, sets::ActGactAttrs, B>;

impl<B: Buffer> ActGactAttrsBuilder<'_, B> {
    /// Writes `TCA_GACT_TM`.
    pub fn tm(&mut self, v: &TcfT) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_GACT_TM, TcfT::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_GACT_PARMS`.
    pub fn parms(&mut self, v: &TcGact) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_GACT_PARMS, TcGact::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_GACT_PROB`.
    pub fn prob(&mut self, v: &TcGactP) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_GACT_PROB, TcGactP::LEN, |b| v.write_to(b))?;
        Ok(self)
    }
}

/// Writes `tca-stab-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type TcaStabAttrsBuilder<'w, B> = Builder<'w, sets::TcaStabAttrs, B>;

impl<B: Buffer> TcaStabAttrsBuilder<'_, B> {
    /// Writes `TCA_STAB_BASE`.
    pub fn base(&mut self, v: &TcSizespec) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_STAB_BASE, TcSizespec::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_STAB_DATA`.
    pub fn data(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_STAB_DATA, v)?;
        Ok(self)
    }
}

/// Writes `tca-stats-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type TcaStatsAttrsBuilder<'w, B> = Builder<'w, sets::TcaStatsAttrs, B>;

impl<B: Buffer> TcaStatsAttrsBuilder<'_, B> {
    /// Writes `TCA_STATS_BASIC`.
    pub fn basic(&mut self, v: &GnetStatsBasic) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_STATS_BASIC, GnetStatsBasic::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_STATS_RATE_EST`.
    pub fn rate_est(&mut self, v: &GnetStatsRateEst) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_STATS_RATE_EST, GnetStatsRateEst::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_STATS_QUEUE`.
    pub fn queue(&mut self, v: &GnetStatsQueue) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_STATS_QUEUE, GnetStatsQueue::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_STATS_APP`.
    pub fn app_cake(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut CakeStatsAttrsBuilder<'y, B>,
        ) -> Result<&'x mut CakeStatsAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(TCA_STATS_APP, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_STATS_APP`.
    pub fn app_raw(
        &mut self,
        f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(TCA_STATS_APP, f)?;
        Ok(self)
    }

    /// Writes `TCA_STATS_RATE_EST64`.
    pub fn rate_est64(&mut self, v: &GnetStatsRateEst64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_STATS_RATE_EST64, GnetStatsRateEst64::LEN, |b| {
                v.write_to(b)
            })?;
        Ok(self)
    }

    /// Writes `TCA_STATS_BASIC_HW`.
    pub fn basic_hw(&mut self, v: &GnetStatsBasic) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_STATS_BASIC_HW, GnetStatsBasic::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_STATS_PKT64`.
    pub fn pkt64(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_STATS_PKT64, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `u32-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type U32AttrsBuilder<'w, B> = Builder<'w, sets::U32Attrs, B>;

impl<B: Buffer> U32AttrsBuilder<'_, B> {
    /// Writes `TCA_U32_CLASSID`.
    pub fn classid(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_U32_CLASSID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_U32_HASH`.
    pub fn hash(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_U32_HASH, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_U32_LINK`.
    pub fn link(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_U32_LINK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_U32_DIVISOR`.
    pub fn divisor(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_U32_DIVISOR, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCA_U32_SEL`.
    pub fn sel(&mut self, v: &TcU32Sel) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_U32_SEL, TcU32Sel::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_U32_POLICE`.
    pub fn police(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut PoliceAttrsBuilder<'y, B>,
        ) -> Result<&'x mut PoliceAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(TCA_U32_POLICE, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCA_U32_ACT`.
    pub fn act(
        &mut self,
        f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(TCA_U32_ACT, f)?;
        Ok(self)
    }

    /// Writes `TCA_U32_INDEV`.
    pub fn indev(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(TCA_U32_INDEV, v)?;
        Ok(self)
    }

    /// Writes `TCA_U32_PCNT`.
    pub fn pcnt(&mut self, v: &TcU32Pcnt) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_U32_PCNT, TcU32Pcnt::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_U32_MARK`.
    pub fn mark(&mut self, v: &TcU32Mark) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(TCA_U32_MARK, TcU32Mark::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `TCA_U32_FLAGS`.
    pub fn flags(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCA_U32_FLAGS, &(v).to_ne_bytes())?;
        Ok(self)
    }
}
