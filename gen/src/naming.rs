//! How spec names become C names and Rust identifiers.

/// `link-attrs` → `LINK_ATTRS` (the kernel's `c_upper`).
pub fn c_upper(name: &str) -> String {
    name.to_uppercase().replace(['-', ' ', '.'], "_")
}

/// `link-attrs` → `link_attrs`, escaping Rust keywords and leading digits.
pub fn snake(name: &str) -> String {
    let s = name.to_lowercase().replace(['-', ' ', '.'], "_");
    escape(s)
}

/// `SCREAMING_SNAKE` for statics and constants, with a leading digit escaped.
pub fn screaming(name: &str) -> String {
    let s = c_upper(name);
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        format!("N{s}")
    } else {
        s
    }
}

/// `link-attrs` → `LinkAttrs`; `8021q` → `V8021q`.
pub fn camel(name: &str) -> String {
    let mut out = String::new();
    for part in name.split(['-', '_', ' ', '.']) {
        let mut cs = part.chars();
        if let Some(c) = cs.next() {
            out.extend(c.to_uppercase());
            out.push_str(&cs.as_str().to_lowercase());
        }
    }
    if out.is_empty() || out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'V');
    }
    match out.as_str() {
        "Self" | "Other" => format!("{out}_"),
        _ => out,
    }
}

const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];

fn escape(s: String) -> String {
    if KEYWORDS.contains(&s.as_str()) {
        format!("{s}_")
    } else if s.starts_with(|c: char| c.is_ascii_digit()) {
        format!("n{s}")
    } else {
        s
    }
}

/// A spec `doc:` made into `///` lines (trimmed, markdown-safe enough for rustdoc).
pub fn doc_lines(doc: Option<&str>, indent: &str) -> String {
    let Some(doc) = doc else { return String::new() };
    let doc = doc.trim();
    if doc.is_empty() {
        return String::new();
    }
    let mut out = String::new();
    for line in doc.lines() {
        let line = line.trim_end();
        let t = line.trim_start();
        // RST underlines (`~~~~`, `====`) would open a markdown code fence; code fences in
        // the prose are text, never doctests.
        if !t.is_empty() && (t.chars().all(|c| c == '~') || t.chars().all(|c| c == '=')) {
            continue;
        }
        let fenced;
        let line = if t.starts_with("```") {
            fenced = "```text".to_string();
            fenced.as_str()
        } else {
            line
        };
        // Brackets and angle brackets would be read as links or HTML by rustdoc.
        let line = line
            .replace('[', "\\[")
            .replace(']', "\\]")
            .replace('<', "\\<")
            .replace('>', "\\>");
        if line.is_empty() {
            out.push_str(&format!("{indent}///\n"));
        } else {
            out.push_str(&format!("{indent}/// {}\n", line.trim_start()));
        }
    }
    out
}

/// A Rust string literal.
pub fn lit(s: &str) -> String {
    format!("{s:?}")
}

/// The getter and builder method of attribute `attr` (its spec name): snake case, with `_attr`
/// added where it would clash with a view's or a builder's own methods.
pub fn method_name(attr: &str) -> String {
    let m = snake(attr);
    match m.as_str() {
        "table" | "parse" | "get" | "iter" | "unknown" | "new" | "len" | "is_empty" | "clone"
        | "writer" | "raw" => {
            format!("{m}_attr")
        }
        _ => m,
    }
}
