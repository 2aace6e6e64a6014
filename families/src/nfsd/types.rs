//! The enums, flags and fixed structs of `nfsd`.

#[allow(unused_imports)]
use super::tables;
#[allow(unused_imports)]
use crate::runtime::{rd, wr};
#[allow(unused_imports)]
use crate::{fixed_struct, nl_enum, nl_flags};
#[allow(unused_imports)]
use nlcodec::schema::StructDesc;

nl_flags! {
    /// The `cache-type` flags of `nfsd`.
    pub struct CacheType: u32 => tables::CACHE_TYPE {
        /// `NFSD_CACHE_TYPE_SVC_EXPORT`
        const SVC_EXPORT = 1 << 0;
        /// `NFSD_CACHE_TYPE_EXPKEY`
        const EXPKEY = 1 << 1;
    }
}

nl_flags! {
    /// These flags are ordered to match the NFSEXP_* flags in include/linux/nfsd/export.h
    pub struct ExportFlags: u32 => tables::EXPORT_FLAGS {
        /// `NFSD_EXPORT_FLAGS_READONLY`
        const READONLY = 1 << 0;
        /// `NFSD_EXPORT_FLAGS_INSECURE_PORT`
        const INSECURE_PORT = 1 << 1;
        /// `NFSD_EXPORT_FLAGS_ROOTSQUASH`
        const ROOTSQUASH = 1 << 2;
        /// `NFSD_EXPORT_FLAGS_ALLSQUASH`
        const ALLSQUASH = 1 << 3;
        /// `NFSD_EXPORT_FLAGS_ASYNC`
        const ASYNC = 1 << 4;
        /// `NFSD_EXPORT_FLAGS_GATHERED_WRITES`
        const GATHERED_WRITES = 1 << 5;
        /// `NFSD_EXPORT_FLAGS_NOREADDIRPLUS`
        const NOREADDIRPLUS = 1 << 6;
        /// `NFSD_EXPORT_FLAGS_SECURITY_LABEL`
        const SECURITY_LABEL = 1 << 7;
        /// `NFSD_EXPORT_FLAGS_SIGN_FH`
        const SIGN_FH = 1 << 8;
        /// `NFSD_EXPORT_FLAGS_NOHIDE`
        const NOHIDE = 1 << 9;
        /// `NFSD_EXPORT_FLAGS_NOSUBTREECHECK`
        const NOSUBTREECHECK = 1 << 10;
        /// `NFSD_EXPORT_FLAGS_NOAUTHNLM`
        const NOAUTHNLM = 1 << 11;
        /// `NFSD_EXPORT_FLAGS_MSNFS`
        const MSNFS = 1 << 12;
        /// `NFSD_EXPORT_FLAGS_FSID`
        const FSID = 1 << 13;
        /// `NFSD_EXPORT_FLAGS_CROSSMOUNT`
        const CROSSMOUNT = 1 << 14;
        /// `NFSD_EXPORT_FLAGS_NOACL`
        const NOACL = 1 << 15;
        /// `NFSD_EXPORT_FLAGS_V4ROOT`
        const V4ROOT = 1 << 16;
        /// `NFSD_EXPORT_FLAGS_PNFS`
        const PNFS = 1 << 17;
    }
}

nl_flags! {
    /// These flags are ordered to match the NFSEXP_XPRTSEC_* flags in include/linux/nfsd/export.h
    pub struct XprtsecMode: u32 => tables::XPRTSEC_MODE {
        /// `NFSD_XPRTSEC_MODE_NONE`
        const NONE = 1 << 0;
        /// `NFSD_XPRTSEC_MODE_TLS`
        const TLS = 1 << 1;
        /// `NFSD_XPRTSEC_MODE_MTLS`
        const MTLS = 1 << 2;
    }
}
