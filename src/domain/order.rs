//! One stable sort for the whole app.
//!
//! The standard library's sort is compiled once per element type and
//! comparator: fourteen call sites were fourteen copies, about 60 KB of wasm.
//! Here the comparator is a `&dyn Fn` over positions, so every caller shares
//! one copy; the items are then moved into the order found. Ties keep their
//! order, as with `slice::sort_by`.

use std::cmp::Ordering;

/// Sorts `list` stably by `cmp`: items that compare equal keep their order.
pub fn sort_stable<T>(list: &mut Vec<T>, cmp: &dyn Fn(&T, &T) -> Ordering) {
    let order = {
        let items: &[T] = list;
        stable_order(items.len(), &|a, b| match (items.get(a), items.get(b)) {
            (Some(x), Some(y)) => cmp(x, y),
            _ => Ordering::Equal,
        })
    };
    let mut slots: Vec<Option<T>> = std::mem::take(list).into_iter().map(Some).collect();
    list.extend(order.iter().filter_map(|&i| slots.get_mut(i).and_then(Option::take)));
}

/// The positions `0..n`, stably sorted by `cmp` (which compares positions).
pub fn stable_order(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    sort_positions(&mut order, cmp);
    order
}

/// Sorts a list of positions stably by `cmp` (which compares positions).
pub fn sort_positions(positions: &mut [usize], cmp: &dyn Fn(usize, usize) -> Ordering) {
    positions.sort_by(|a, b| cmp(*a, *b));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_and_keeps_every_item() {
        let mut list = vec![(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd'), (1, 'e')];
        sort_stable(&mut list, &|x, y| x.0.cmp(&y.0));
        assert_eq!(list, vec![(0, 'd'), (1, 'b'), (1, 'e'), (2, 'a'), (2, 'c')]);
        let mut empty: Vec<u8> = Vec::new();
        sort_stable(&mut empty, &|x, y| x.cmp(y));
        assert!(empty.is_empty());
    }

    #[test]
    fn orders_positions() {
        let keys = [3, 1, 2, 1];
        let by_key = |a: usize, b: usize| keys.get(a).cmp(&keys.get(b));
        assert_eq!(stable_order(4, &by_key), vec![1, 3, 2, 0]);
        let mut some = vec![0, 2, 3];
        sort_positions(&mut some, &by_key);
        assert_eq!(some, vec![3, 2, 0]);
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_the_standard_stable_sort(list in proptest::collection::vec((0u8..6, proptest::num::u16::ANY), 0..200)) {
            let mut ours = list.clone();
            sort_stable(&mut ours, &|x, y| x.0.cmp(&y.0));
            let mut theirs = list;
            theirs.sort_by_key(|x| x.0);
            proptest::prop_assert_eq!(ours, theirs);
        }
    }
}
