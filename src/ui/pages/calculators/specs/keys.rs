//! Typed field keys: how a calculator declares its fields and reads their
//! validated values back.

use super::{FieldSpec, Kind, Value};
use crate::domain::input::{Count, Money, Percent};
use std::marker::PhantomData;

/// A field's key, typed by the value the field holds. A calculator declares
/// its fields through its keys and reads them back through the same keys, so
/// a key cannot be mistyped, nor a field read as another kind than it was
/// declared (both fail to compile). The name is what share links and saved
/// scenarios store.
pub struct Key<T> {
    pub name: &'static str,
    of: PhantomData<fn() -> T>,
}

impl<T> Clone for Key<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Key<T> {}

pub const fn key<T>(name: &'static str) -> Key<T> {
    Key { name, of: PhantomData }
}

/// A choice field's value: one of its options' values.
pub type Choice = &'static str;

/// A free list of 0–10 scores, read by the calculator itself.
pub struct Scores(pub String);

const fn field(key: &'static str, label: &'static str, kind: Kind, default: &'static str) -> FieldSpec {
    FieldSpec {
        key,
        label,
        kind,
        default,
        suffix: "",
        hint: "",
        show_if: None,
    }
}

impl Key<Count> {
    pub(super) const fn field(self, label: &'static str, default: &'static str) -> FieldSpec {
        field(self.name, label, Kind::Count, default)
    }
}
impl Key<Percent> {
    pub(super) const fn field(self, label: &'static str, default: &'static str) -> FieldSpec {
        field(self.name, label, Kind::Percent, default).suffix("%")
    }
}
impl Key<Money> {
    pub(super) const fn field(self, label: &'static str, default: &'static str) -> FieldSpec {
        field(self.name, label, Kind::Money, default)
    }
}
impl Key<f64> {
    /// Percentage points that may be negative or above 100.
    pub(super) const fn rate(self, label: &'static str, min: f64, max: f64, default: &'static str) -> FieldSpec {
        field(self.name, label, Kind::Rate { min, max }, default).suffix("%")
    }
    pub(super) const fn decimal(self, label: &'static str, min: f64, max: f64, default: &'static str) -> FieldSpec {
        field(self.name, label, Kind::Decimal { min, max }, default)
    }
    pub(super) const fn whole(self, label: &'static str, min: u32, max: u32, default: &'static str) -> FieldSpec {
        field(self.name, label, Kind::Whole { min, max }, default)
    }
}
impl Key<Choice> {
    pub(super) const fn field(
        self,
        label: &'static str,
        options: &'static [(&'static str, &'static str)],
        default: &'static str,
    ) -> FieldSpec {
        field(self.name, label, Kind::Choice(options), default)
    }
}
impl Key<Scores> {
    pub(super) const fn field(self, label: &'static str, default: &'static str) -> FieldSpec {
        field(self.name, label, Kind::Scores, default)
    }
}

impl FieldSpec {
    pub(super) const fn suffix(mut self, suffix: &'static str) -> Self {
        self.suffix = suffix;
        self
    }
    pub(super) const fn hint(mut self, hint: &'static str) -> Self {
        self.hint = hint;
        self
    }
    /// Shown only while the choice `key` has `value`.
    pub(super) const fn when(mut self, key: Key<Choice>, value: &'static str) -> Self {
        self.show_if = Some((key.name, value));
        self
    }
}

/// What a field's validated value can be read as.
pub trait FieldValue: Sized {
    fn from_value(value: &Value) -> Option<Self>;
    /// The value of a hidden field.
    fn neutral() -> Self;
}

macro_rules! field_value {
    ($t:ty, $variant:ident, $neutral:expr) => {
        impl FieldValue for $t {
            fn from_value(value: &Value) -> Option<Self> {
                match value {
                    Value::$variant(v) => Some(v.clone()),
                    _ => None,
                }
            }
            fn neutral() -> Self {
                $neutral
            }
        }
    };
}
field_value!(Count, Count, Count::default());
field_value!(Percent, Percent, Percent::default());
field_value!(Money, Money, Money::zero());
field_value!(f64, Num, 0.0);
field_value!(Choice, Choice, "");

impl FieldValue for Scores {
    fn from_value(value: &Value) -> Option<Self> {
        match value {
            Value::Text(t) => Some(Scores(t.clone())),
            _ => None,
        }
    }
    fn neutral() -> Self {
        Scores(String::new())
    }
}
