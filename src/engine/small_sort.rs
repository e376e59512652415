//! Sorting the few things of fixed bound one post yields (the parts of its priority, its
//! topics, its flags).
//!
//! The standard library's stable sort is instantiated anew for every element type and comparer,
//! each copy several kilobytes of `.wasm`; these lists hold at most a few dozen elements, so one
//! small insertion sort serves them. (Lists that grow with the text — the words that moved a
//! score, candidate mentions — are sorted by `sort_unstable_by` with a tiebreak that makes the
//! order total, which gives the stable order in n log n.)

use std::cmp::Ordering;

/// Sorts `v` by `cmp`, stably (equal elements keep their order). Quadratic: only for lists
/// whose length has a small fixed bound (topics, priority parts, flags), never one that grows
/// with the text.
///
/// # Example
/// ```
/// use earshot::engine::small_sort::sort_small_by;
/// let mut v = [(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd')];
/// sort_small_by(&mut v, |x, y| x.0.cmp(&y.0));
/// assert_eq!(v, [(0, 'd'), (1, 'b'), (2, 'a'), (2, 'c')]);
/// ```
pub fn sort_small_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && cmp(&v[j - 1], &v[j]) == Ordering::Greater {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same order as the standard stable sort, ties included, on every short list of a few
    /// distinct keys.
    #[test]
    fn orders_as_the_stable_sort_does() {
        for n in 0..7usize {
            for seed in 0..200u32 {
                let v: Vec<(u32, usize)> = (0..n)
                    .map(|i| {
                        (
                            (seed.wrapping_mul(2654435761).rotate_left(i as u32 * 5)) % 3,
                            i,
                        )
                    })
                    .collect();
                let (mut ours, mut std) = (v.clone(), v);
                sort_small_by(&mut ours, |a, b| a.0.cmp(&b.0));
                std.sort_by_key(|a| a.0);
                assert_eq!(ours, std);
            }
        }
    }
}
