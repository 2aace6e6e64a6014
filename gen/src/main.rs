//! `nlcodec-gen`: reads the kernel's YNL specs (`specs/*.yaml`) and the project's overrides
//! (`specs/overrides/<family>.yaml`, merged by name), and writes the `nlcodec-families`
//! crate (`families/Cargo.toml`, `families/src/lib.rs`, one module per family), and the
//! fuzz target `families`' visitors (`fuzz/src/family_views.rs`). Run it from
//! anywhere in the workspace: `cargo run -p nlcodec-gen`. `--check` fails when the checked-in
//! output differs from what the specs give.

mod emit;
mod model;
mod names;
mod naming;
mod shared;
mod spec;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

fn write(path: &Path, text: &str, written: &mut Vec<PathBuf>) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    written.push(path.to_path_buf());
    Ok(())
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    let entries = std::fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))?;
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            copy_dir(&p, &to.join(e.file_name()))?;
        } else {
            std::fs::copy(&p, to.join(e.file_name()))
                .map_err(|e| format!("{}: {e}", p.display()))?;
        }
    }
    Ok(())
}

/// Writes the families crate into `out` and the fuzz visitors into `views`.
fn run(root: &Path, out: &Path, views: &Path) -> Result<(), String> {
    let specs = root.join("specs");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&specs)
        .map_err(|e| format!("{}: {e}", specs.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    paths.sort();
    let mut fams = vec![];
    for p in &paths {
        let mut y = spec::load(p)?;
        let over = specs.join("overrides").join(p.file_name().unwrap());
        if over.exists() {
            spec::merge(&mut y, &spec::load(&over)?);
        }
        let f = model::Family::from_spec(&y).map_err(|e| format!("{}: {e}", p.display()))?;
        fams.push(f);
    }
    let src = out.join("src");
    let mut written = vec![];
    // rustfmt follows `mod` declarations: a check run into a scratch directory needs the
    // hand-written runtime beside the generated files.
    let runtime = root.join("families/src/runtime");
    if src.join("runtime") != runtime {
        copy_dir(&runtime, &src.join("runtime"))?;
    }
    let all_names: Vec<names::Names> = fams.iter().map(names::Names::new).collect();
    let owners = shared::owners(&fams, &all_names);
    for (i, (f, n)) in fams.iter().zip(&all_names).enumerate() {
        // Enum name -> the module whose type and table this family re-exports, and the
        // table's name there.
        let reexports: shared::Reexports = owners[i]
            .iter()
            .map(|(e, &j)| {
                let table = all_names[j].enum_static[e].clone();
                (e.clone(), (naming::snake(&fams[j].name), table))
            })
            .collect();
        let dir = src.join(naming::snake(&f.name));
        if dir.exists() {
            std::fs::remove_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        write(&dir.join("mod.rs"), &emit::family::emit(f, n), &mut written)?;
        write(&dir.join("consts.rs"), &emit::consts::emit(f), &mut written)?;
        write(
            &dir.join("tables.rs"),
            &emit::tables::emit(f, n, &reexports),
            &mut written,
        )?;
        write(
            &dir.join("types.rs"),
            &emit::types::emit(f, n, &reexports),
            &mut written,
        )?;
        write(
            &dir.join("views.rs"),
            &emit::views::emit(f, n),
            &mut written,
        )?;
        write(
            &dir.join("builders.rs"),
            &emit::builders::emit(f, n),
            &mut written,
        )?;
        write(&dir.join("ops.rs"), &emit::ops::emit(f, n), &mut written)?;
    }
    write(
        &src.join("lib.rs"),
        &emit::crate_files::lib_rs(&fams, &owners),
        &mut written,
    )?;
    write(
        &out.join("Cargo.toml"),
        &emit::crate_files::cargo_toml(&fams, &owners),
        &mut written,
    )?;
    write(views, &emit::visit::emit(&fams, &all_names), &mut written)?;
    // The fuzz visitors stay one line per getter (the fuzz crate includes them; nobody reads
    // them): rustfmt would make 50,000 lines of them.
    let rs: Vec<&PathBuf> = written
        .iter()
        .filter(|p| p.extension().is_some_and(|x| x == "rs") && p.as_path() != views)
        .collect();
    let status = Command::new("rustfmt")
        .args(["--edition", "2021"])
        .args(&rs)
        .status()
        .map_err(|e| format!("rustfmt: {e}"))?;
    if !status.success() {
        return Err("rustfmt failed on the generated code".into());
    }
    eprintln!(
        "nlcodec-gen: {} families, {} files written to {}",
        fams.len(),
        written.len(),
        out.display()
    );
    Ok(())
}

fn main() -> ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf();
    let check = std::env::args().any(|a| a == "--check");
    let target = if check {
        let tmp = std::env::temp_dir().join(format!("nlcodec-gen-check-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&tmp);
        tmp
    } else {
        root.join("families")
    };
    let views = root.join("fuzz/src/family_views.rs");
    let views_target = if check {
        target.join("family_views.rs")
    } else {
        views.clone()
    };
    if let Err(e) = run(&root, &target, &views_target) {
        eprintln!("nlcodec-gen: {e}");
        return ExitCode::FAILURE;
    }
    if check {
        let status = Command::new("diff")
            .args(["-r", "-q", "-x", "runtime"])
            .arg(target.join("src"))
            .arg(root.join("families/src"))
            .status();
        let same_toml = std::fs::read(target.join("Cargo.toml")).ok()
            == std::fs::read(root.join("families/Cargo.toml")).ok();
        let same_views = std::fs::read(&views_target).ok() == std::fs::read(&views).ok();
        let _ = std::fs::remove_dir_all(&target);
        if !matches!(status, Ok(s) if s.success()) || !same_toml || !same_views {
            eprintln!("nlcodec-gen --check: families/ or fuzz/src/family_views.rs differs from the specs; run cargo run -p nlcodec-gen");
            return ExitCode::FAILURE;
        }
        eprintln!("nlcodec-gen --check: families/ is up to date");
    }
    ExitCode::SUCCESS
}
