//! Loading specs and merging the project's overrides into them.

use serde_norway::{Mapping, Value};
use std::path::Path;

/// Reads a YAML file.
pub fn load(path: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_norway::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The key that identifies an element of a list when merging: `name`, or `value` for
/// sub-message formats.
fn key_of(v: &Value) -> Option<Value> {
    // Enum entries may be bare names: an override's `{name: x, ...}` then replaces `x`.
    if let Value::String(_) = v {
        return Some(v.clone());
    }
    let m = v.as_mapping()?;
    m.get("name").or_else(|| m.get("value")).cloned()
}

/// Deep-merges `over` into `base`: mappings key by key, lists of named elements element by
/// element (new ones appended), anything else replaced.
pub fn merge(base: &mut Value, over: &Value) {
    match (base, over) {
        (Value::Mapping(b), Value::Mapping(o)) => merge_map(b, o),
        (Value::Sequence(b), Value::Sequence(o)) => {
            for item in o {
                let key = key_of(item);
                let slot = key
                    .as_ref()
                    .and_then(|k| b.iter_mut().find(|x| key_of(x).as_ref() == Some(k)));
                match slot {
                    Some(existing) => merge(existing, item),
                    None => b.push(item.clone()),
                }
            }
        }
        (b, o) => *b = o.clone(),
    }
}

fn merge_map(b: &mut Mapping, o: &Mapping) {
    for (k, v) in o {
        match b.get_mut(k) {
            Some(existing) => merge(existing, v),
            None => {
                b.insert(k.clone(), v.clone());
            }
        }
    }
}

/// Field access helpers on YAML values.
pub trait Get {
    /// A string field.
    fn s(&self, key: &str) -> Option<&str>;
    /// An integer field (or a string that holds one).
    fn i(&self, key: &str) -> Option<i128>;
    /// A boolean field.
    fn b(&self, key: &str) -> bool;
    /// A list field (empty when absent).
    fn list(&self, key: &str) -> &[Value];
    /// A sub-value.
    fn at(&self, key: &str) -> Option<&Value>;
}

impl Get for Value {
    fn s(&self, key: &str) -> Option<&str> {
        self.get(key)?.as_str()
    }
    fn i(&self, key: &str) -> Option<i128> {
        match self.get(key)? {
            Value::Number(n) => n
                .as_i64()
                .map(i128::from)
                .or_else(|| n.as_u64().map(i128::from)),
            Value::String(s) => parse_int(s),
            _ => None,
        }
    }
    fn b(&self, key: &str) -> bool {
        matches!(self.get(key), Some(Value::Bool(true)))
    }
    fn list(&self, key: &str) -> &[Value] {
        match self.get(key) {
            Some(Value::Sequence(s)) => s,
            _ => &[],
        }
    }
    fn at(&self, key: &str) -> Option<&Value> {
        self.get(key).filter(|v| !v.is_null())
    }
}

/// Parses `42`, `0x2a`, `-1`.
pub fn parse_int(s: &str) -> Option<i128> {
    let s = s.trim();
    if let Some(h) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        i128::from_str_radix(h, 16).ok()
    } else {
        s.parse().ok()
    }
}
