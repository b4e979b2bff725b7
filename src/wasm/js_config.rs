//! Reads a JS config object with the same strictness as the CLI's JSON.
//!
//! serde-wasm-bindgen reads a struct by asking the object for each KNOWN field, so a misspelt
//! key (`{ "placeholder": [...] }`) would be silently ignored. Instead the object is first read
//! whole into a small tree (every key, in order), and the core's `Config::from_deserializer`
//! reads that tree: unknown fields are reported with their path, exactly as from JSON.

use serde::de::value::{Error, MapDeserializer, SeqDeserializer, StringDeserializer};
use serde::de::{self, Deserialize, Deserializer, IntoDeserializer, Visitor};
use std::fmt;

/// A JSON-like value.
pub enum Tree {
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    List(Vec<Tree>),
    Object(Vec<(String, Tree)>),
}

impl<'de> Deserialize<'de> for Tree {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Tree, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Tree;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_unit<E>(self) -> Result<Tree, E> {
                Ok(Tree::Null)
            }
            fn visit_none<E>(self) -> Result<Tree, E> {
                Ok(Tree::Null)
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Tree, D::Error> {
                Tree::deserialize(d)
            }
            fn visit_bool<E>(self, v: bool) -> Result<Tree, E> {
                Ok(Tree::Bool(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Tree, E> {
                Ok(Tree::Number(v as f64))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Tree, E> {
                Ok(Tree::Number(v as f64))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Tree, E> {
                Ok(Tree::Number(v))
            }
            fn visit_str<E>(self, v: &str) -> Result<Tree, E> {
                Ok(Tree::Text(v.to_string()))
            }
            fn visit_string<E>(self, v: String) -> Result<Tree, E> {
                Ok(Tree::Text(v))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Tree, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Tree::List(items))
            }
            fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Tree, A::Error> {
                let mut entries = Vec::new();
                while let Some((k, v)) = map.next_entry::<String, Tree>()? {
                    entries.push((k, v));
                }
                Ok(Tree::Object(entries))
            }
        }
        d.deserialize_any(V)
    }
}

impl<'de> IntoDeserializer<'de, Error> for Tree {
    type Deserializer = Tree;
    fn into_deserializer(self) -> Tree {
        self
    }
}

impl<'de> Deserializer<'de> for Tree {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        match self {
            Tree::Null => v.visit_unit(),
            Tree::Bool(b) => v.visit_bool(b),
            // Whole numbers as integers, so that `maxDiagnostics: 50` reads as a count.
            Tree::Number(n) if n.fract() == 0.0 && n >= 0.0 && n < 1.8e19 => v.visit_u64(n as u64),
            Tree::Number(n) if n.fract() == 0.0 && n < 0.0 && n > -9.2e18 => v.visit_i64(n as i64),
            Tree::Number(n) => v.visit_f64(n),
            Tree::Text(s) => v.visit_string(s),
            Tree::List(items) => v.visit_seq(SeqDeserializer::new(items.into_iter())),
            Tree::Object(entries) => v.visit_map(MapDeserializer::new(entries.into_iter())),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        match self {
            Tree::Null => v.visit_none(),
            other => v.visit_some(other),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, Error> {
        match self {
            Tree::Text(s) => v.visit_enum(StringDeserializer::<Error>::new(s)),
            _ => Err(de::Error::invalid_type(de::Unexpected::Other("a non-string value"), &EnumName(name, variants))),
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct newtype_struct seq tuple
        tuple_struct map struct identifier ignored_any
    }
}

struct EnumName(&'static str, &'static [&'static str]);

impl de::Expected for EnumName {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "one of {:?} ({})", self.1, self.0)
    }
}
