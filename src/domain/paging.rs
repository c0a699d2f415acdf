//! Pages of a long list: which items a page holds and how many pages there
//! are, for every pager of the app (`ui/components/pager.rs`).

/// One page of a list: the items' index range and how many pages there are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Page {
    /// 1-based page number, clamped to the pages there are.
    pub number: usize,
    pub pages: usize,
    pub from: usize,
    pub to: usize,
}

/// The `number`th page of `len` items, `size` per page (at least one page,
/// even when empty; `size` 0 is read as 1).
pub fn page_of(len: usize, size: usize, number: usize) -> Page {
    let size = size.max(1);
    let pages = len.div_ceil(size).max(1);
    let number = number.clamp(1, pages);
    let from = (number - 1).saturating_mul(size).min(len);
    let to = from.saturating_add(size).min(len);
    Page {
        number,
        pages,
        from,
        to,
    }
}
