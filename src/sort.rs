//! One sort for the whole crate.
//!
//! `slice::sort_unstable` is generic: each element type sorted in the crate brought its own copy of
//! the standard library's heapsort into the browser module (eleven of them, 2.3 KB). This heapsort
//! is written once over positions, and each type adds only the closure that compares and swaps two
//! of its elements. It serves the sorts of tables built once and of short lists (the page's
//! highlight boundaries, an administrator's ignored words); the sorts the native check runs over
//! every line or finding of a long document keep the standard library's (a call per comparison
//! cost the 10 MB draft 3% of its time).

/// Sorts `v` ascending; equal elements may be reordered.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, |a, b| a < b);
}

/// Sorts `v` by `key`, ascending; elements with equal keys may be reordered (make the key unique
/// where their order matters: `(severity, first_seen)`).
pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a) < key(b));
}

/// Sorts `v` by `less`, which says whether its first element goes before its second.
pub fn sort_by<T>(v: &mut [T], less: impl Fn(&T, &T) -> bool) {
    let n = v.len();
    heapsort(n, &mut |a, b, swap| {
        if swap {
            v.swap(a, b);
            false
        } else {
            less(&v[a], &v[b])
        }
    });
}

/// Heapsort over positions `0..n`: `f(a, b, false)` says whether the element at `a` is less than
/// the one at `b`, `f(a, b, true)` swaps them.
#[inline(never)]
fn heapsort(n: usize, f: &mut dyn FnMut(usize, usize, bool) -> bool) {
    // Builds a max-heap, then moves its top to the end, one element at a time.
    for i in (0..n + n / 2).rev() {
        let (end, mut node) = if i >= n {
            (n, i - n)
        } else {
            f(0, i, true);
            (i, 0)
        };
        loop {
            let mut child = 2 * node + 1;
            if child >= end {
                break;
            }
            if child + 1 < end && f(child, child + 1, false) {
                child += 1;
            }
            if !f(node, child, false) {
                break;
            }
            f(node, child, true);
            node = child;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn sorts_the_small_cases() {
        for v in [vec![], vec![1], vec![2, 1], vec![3, 1, 2], vec![1, 1, 1], vec![5, 4, 3, 2, 1, 0]] {
            let mut a = v.clone();
            sort(&mut a);
            let mut b = v;
            b.sort_unstable();
            assert_eq!(a, b);
        }
    }

    #[test]
    fn sorts_by_a_key() {
        let mut v = vec![("b", 2), ("a", 3), ("c", 1)];
        sort_by_key(&mut v, |x| x.1);
        assert_eq!(v, [("c", 1), ("b", 2), ("a", 3)]);
    }

    proptest! {
        #[test]
        fn sorts_as_the_standard_library_does(v in proptest::collection::vec(0u32..50, 0..200)) {
            let mut a = v.clone();
            sort(&mut a);
            let mut b = v;
            b.sort_unstable();
            prop_assert_eq!(a, b);
        }
    }
}
