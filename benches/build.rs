//! With the `libmnl` feature, compiles the C harness in `c/mnl_harness.c` and links libmnl.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    #[cfg(feature = "libmnl")]
    {
        println!("cargo:rerun-if-changed=c/mnl_harness.c");
        cc::Build::new()
            .file("c/mnl_harness.c")
            .opt_level(2)
            .warnings(true)
            .compile("nlb_mnl");
        println!("cargo:rustc-link-lib=mnl");
    }
}
