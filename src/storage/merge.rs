//! Three-way merge of two tabs' versions of one document.
//!
//! Two tabs start from the same stored version (`base`); each changes it
//! (`mine`, `theirs`). Where only one side changed a value, its change is
//! taken; where both made the same change, it is taken once; where both
//! changed one value differently, there is no merge and the caller keeps
//! this tab's version aside ([`super::Store::update`]).
//!
//! Objects merge field by field. Lists whose items all carry a unique `id`
//! merge item by item (an item added on either side is kept, one deleted on
//! one side and untouched on the other is deleted); other lists merge
//! position by position when all three have the same length, and otherwise
//! only when one side left the list alone.

use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};

/// Merges `mine` and `theirs`, both changed from `base`; `None` when they
/// changed one value in two different ways.
pub fn three_way(base: &Value, mine: &Value, theirs: &Value) -> Option<Value> {
    if mine == theirs || base == theirs {
        return Some(mine.clone());
    }
    if base == mine {
        return Some(theirs.clone());
    }
    match (base, mine, theirs) {
        (Value::Object(b), Value::Object(m), Value::Object(t)) => merge_objects(b, m, t).map(Value::Object),
        (Value::Array(b), Value::Array(m), Value::Array(t)) => merge_arrays(b, m, t).map(Value::Array),
        _ => None,
    }
}

fn merge_objects(
    base: &Map<String, Value>,
    mine: &Map<String, Value>,
    theirs: &Map<String, Value>,
) -> Option<Map<String, Value>> {
    let keys: BTreeSet<&String> = base.keys().chain(mine.keys()).chain(theirs.keys()).collect();
    let mut out = Map::new();
    for key in keys {
        if let Some(v) = merge_slot(base.get(key), mine.get(key), theirs.get(key))? {
            out.insert(key.clone(), v);
        }
    }
    Some(out)
}

/// One field or item, possibly absent on some side: `Some(None)` means
/// "absent in the merge", `None` means the two sides disagree.
fn merge_slot(base: Option<&Value>, mine: Option<&Value>, theirs: Option<&Value>) -> Option<Option<Value>> {
    match (base, mine, theirs) {
        (_, Some(m), Some(t)) => {
            let empty = Value::Null;
            three_way(base.unwrap_or(&empty), m, t).map(Some)
        }
        // Deleted on one side: deleted, unless the other side changed it.
        (Some(b), None, Some(t)) => (b == t).then_some(None),
        (Some(b), Some(m), None) => (b == m).then_some(None),
        (None, Some(m), None) => Some(Some(m.clone())),
        (None, None, Some(t)) => Some(Some(t.clone())),
        (_, None, None) => Some(None),
    }
}

/// The `id` of every item, if all are objects with distinct scalar ids.
fn ids(items: &[Value]) -> Option<Vec<String>> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        let id = match item.get("id")? {
            Value::Number(n) => n.to_string(),
            Value::String(s) => format!("\"{s}\""),
            _ => return None,
        };
        if !seen.insert(id.clone()) {
            return None;
        }
        out.push(id);
    }
    Some(out)
}

fn merge_arrays(base: &[Value], mine: &[Value], theirs: &[Value]) -> Option<Vec<Value>> {
    if let (Some(b), Some(m), Some(t)) = (ids(base), ids(mine), ids(theirs)) {
        return merge_by_id(base, &b, mine, &m, theirs, &t);
    }
    if base.len() == mine.len() && base.len() == theirs.len() {
        return base
            .iter()
            .zip(mine)
            .zip(theirs)
            .map(|((b, m), t)| three_way(b, m, t))
            .collect();
    }
    None
}

/// Items matched by id. The order is theirs (the stored one), with the items
/// only this tab added placed after the item they follow in `mine`. When the
/// two sides reordered the common items differently, there is no merge.
fn merge_by_id(
    base: &[Value],
    base_ids: &[String],
    mine: &[Value],
    mine_ids: &[String],
    theirs: &[Value],
    theirs_ids: &[String],
) -> Option<Vec<Value>> {
    let index = |ids: &[String], items: &[Value]| -> BTreeMap<String, Value> {
        ids.iter().cloned().zip(items.iter().cloned()).collect()
    };
    let (b, m, t) = (index(base_ids, base), index(mine_ids, mine), index(theirs_ids, theirs));
    // Both sides reordered the items they share with the base: no merge.
    let common = |ids: &[String]| -> Vec<String> {
        ids.iter()
            .filter(|id| b.contains_key(*id) && m.contains_key(*id) && t.contains_key(*id))
            .cloned()
            .collect()
    };
    let (cb, cm, ct) = (common(base_ids), common(mine_ids), common(theirs_ids));
    let order: Vec<String> = if cm == cb {
        theirs_ids.to_vec()
    } else if ct == cb {
        // Mine reordered: my order, with their additions after their predecessor.
        let mut order = mine_ids.to_vec();
        insert_additions(&mut order, theirs_ids, |id| !b.contains_key(id) && !m.contains_key(id));
        order
    } else {
        return None;
    };
    let mut order = order;
    if cm == cb {
        insert_additions(&mut order, mine_ids, |id| !b.contains_key(id) && !t.contains_key(id));
    }
    let mut out = Vec::with_capacity(order.len());
    let mut done = BTreeSet::new();
    for id in order {
        if !done.insert(id.clone()) {
            continue;
        }
        if let Some(v) = merge_slot(b.get(&id), m.get(&id), t.get(&id))? {
            out.push(v);
        }
    }
    // Items deleted on one side and changed on the other were checked by
    // `merge_slot`; those deleted on both sides are simply absent.
    for id in b.keys().filter(|id| !done.contains(*id)) {
        merge_slot(b.get(id), m.get(id), t.get(id))?;
    }
    Some(out)
}

/// Inserts the ids of `from` picked by `added` into `order`, each after the
/// item it follows in `from` (at the front when it is first).
fn insert_additions(order: &mut Vec<String>, from: &[String], added: impl Fn(&String) -> bool) {
    for (i, id) in from.iter().enumerate() {
        if !added(id) {
            continue;
        }
        let at = match i.checked_sub(1).and_then(|p| from.get(p)) {
            Some(prev) => order.iter().position(|x| x == prev).map_or(order.len(), |p| p + 1),
            None => 0,
        };
        order.insert(at, id.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::three_way;
    use serde_json::json;

    #[test]
    fn changes_to_different_fields_both_survive() {
        let base = json!({"a": 1, "b": {"c": 1, "d": 1}});
        let mine = json!({"a": 2, "b": {"c": 1, "d": 1}});
        let theirs = json!({"a": 1, "b": {"c": 1, "d": 3}});
        assert_eq!(
            three_way(&base, &mine, &theirs),
            Some(json!({"a": 2, "b": {"c": 1, "d": 3}}))
        );
    }

    #[test]
    fn one_field_changed_two_ways_does_not_merge() {
        let base = json!({"a": 1});
        assert_eq!(three_way(&base, &json!({"a": 2}), &json!({"a": 3})), None);
        // The same change on both sides is taken once.
        assert_eq!(
            three_way(&base, &json!({"a": 2}), &json!({"a": 2})),
            Some(json!({"a": 2}))
        );
    }

    #[test]
    fn items_with_ids_merge_by_id_with_additions_and_deletions() {
        let base = json!([{"id": 1, "v": 0}, {"id": 2, "v": 0}, {"id": 3, "v": 0}]);
        // Mine: item 2 ticked, item 4 added after 3.
        let mine = json!([{"id": 1, "v": 0}, {"id": 2, "v": 1}, {"id": 3, "v": 0}, {"id": 4, "v": 0}]);
        // Theirs: item 1 deleted, item 3 ticked, item 5 added first.
        let theirs = json!([{"id": 5, "v": 0}, {"id": 2, "v": 0}, {"id": 3, "v": 1}]);
        assert_eq!(
            three_way(&base, &mine, &theirs),
            Some(json!([{"id": 5, "v": 0}, {"id": 2, "v": 1}, {"id": 3, "v": 1}, {"id": 4, "v": 0}]))
        );
    }

    #[test]
    fn an_item_deleted_on_one_side_and_changed_on_the_other_does_not_merge() {
        let base = json!([{"id": 1, "v": 0}, {"id": 2, "v": 0}]);
        let mine = json!([{"id": 1, "v": 0}]);
        let theirs = json!([{"id": 1, "v": 0}, {"id": 2, "v": 9}]);
        assert_eq!(three_way(&base, &mine, &theirs), None);
        assert_eq!(three_way(&base, &theirs, &mine), None);
    }

    #[test]
    fn lists_without_ids_merge_by_position_only_at_equal_length() {
        let base = json!([1, 2, 3]);
        assert_eq!(
            three_way(&base, &json!([9, 2, 3]), &json!([1, 2, 8])),
            Some(json!([9, 2, 8]))
        );
        assert_eq!(three_way(&base, &json!([1, 2, 3, 4]), &json!([1, 2, 8])), None);
        // One side left the list alone: the other side's list is taken.
        assert_eq!(three_way(&base, &json!([1, 2, 3, 4]), &base), Some(json!([1, 2, 3, 4])));
    }

    #[test]
    fn both_sides_reordering_differently_does_not_merge() {
        let base = json!([{"id": 1}, {"id": 2}, {"id": 3}]);
        let mine = json!([{"id": 2}, {"id": 1}, {"id": 3}]);
        let theirs = json!([{"id": 1}, {"id": 3}, {"id": 2}]);
        assert_eq!(three_way(&base, &mine, &theirs), None);
        // One side reordering while the other changes a field: both kept.
        let theirs = json!([{"id": 1}, {"id": 2, "x": 1}, {"id": 3}]);
        assert_eq!(
            three_way(&base, &mine, &theirs),
            Some(json!([{"id": 2, "x": 1}, {"id": 1}, {"id": 3}]))
        );
    }
}
