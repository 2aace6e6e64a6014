//! # nlcodec-families
//!
//! Every kernel netlink family, typed and named, generated from the kernel's own YNL specs
//! (`specs/`, with the project's corrections in `specs/overrides/`) by `nlcodec-gen`.
//! `#![no_std]`, zero-copy, no allocation; one cargo feature per family (default: `rt-link`,
//! `rt-addr`, `rt-route`, `rt-neigh`, `rt-rule`, `nlctrl`; `all` for every family).
//!
//! Per family module (e.g. [`rt_link`]):
//! - `consts`: every number by its kernel C name (`IFLA_MTU`, `RTM_NEWLINK`, `IFF_UP`, ...);
//! - `types`: enums that keep unknown values, flags as bit sets, fixed structs
//!   (`Ifinfomsg`, `Rtmsg`, ...) that parse and emit;
//! - `tables`: the descriptor tables (names, types, nesting, sub-messages, checks) the
//!   codec's dump, validation and named ext-ACK paths read;
//! - `views`: one typed view per attribute set, parsed in one pass, with O(1) getters;
//! - `builders`: one typed builder per attribute set over the codec's `Writer` (each is
//!   [`runtime::Builder`] with the set's marker from `sets`);
//! - `ops`: one type per operation with a `do` or `dump` form (`rt_link::ops::Newlink`),
//!   implementing [`runtime::Operation`]: its fixed header, attribute set and reply view,
//!   so `nlcodec-socket` makes each operation one typed call;
//! - `FAMILY` / `OPS`: the operations with their message types, sets and do/dump shapes.
//!
//! ```
//! use nlcodec_families::rt_link::{Ifinfomsg, LinkAttrsBuilder, LinkMsg, RTM_NEWLINK};
//! use nlcodec::consts::{NLM_F_ACK, NLM_F_CREATE, NLM_F_REQUEST};
//!
//! // Build: RTM_NEWLINK for a veth pair, with the sub-message selector written for us.
//! let mut buf = [0u8; 256];
//! let mut w = nlcodec::Writer::new(&mut buf);
//! w.begin_message(RTM_NEWLINK, NLM_F_REQUEST | NLM_F_ACK | NLM_F_CREATE, 1, 0)?;
//! w.put_header(&Ifinfomsg::default())?;
//! let peer = Ifinfomsg::default();
//! LinkAttrsBuilder::new(&mut w)
//!     .ifname("v0")?
//!     .mtu(1400)?
//!     .linkinfo(|li| li.data_veth(|veth| veth.peer(&peer, |p| p.ifname("v1"))))?;
//! w.end_message()?;
//!
//! // Read it back through the typed view.
//! let msg = nlcodec::messages(w.as_bytes()).next().unwrap()?;
//! let link = LinkMsg::parse(&msg)?;
//! assert_eq!(link.attrs.ifname(), Some("v0"));
//! assert_eq!(link.attrs.mtu(), Some(1400));
//! let info = link.attrs.linkinfo()?.unwrap();
//! assert_eq!(info.kind(), Some("veth"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
// The doc comments are the kernel's spec prose, lists and all.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
