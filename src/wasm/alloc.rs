//! The browser modules' heap: blocks in power-of-two sizes, one free list per size, instead of
//! std's dlmalloc (about 2 KB of the page module, gzipped).
//!
//! A block of size 2^k is always aligned to 2^k (or to 64 KiB, a wasm page, when larger), so a
//! block taken from a list suits any request of that size class whatever its alignment. Small
//! blocks (up to 32 KiB) are cut from 64 KiB chunks; when the cut must skip ahead to align, the
//! skipped bytes go to the lists as smaller blocks, so nothing is lost. Larger blocks are whole
//! pages from `memory.grow`. Freed blocks are never merged or split: the same draft checked
//! again takes the same blocks from the lists, so the memory stops growing after the first check
//! (tests/browser/wasm-memory.test.mjs). The module is single-threaded.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::Cell;

const PAGE: usize = 65536;

pub struct Heap {
    /// The first free block of each size class 2^k (its first word points to the next).
    free: [Cell<usize>; 32],
    /// The unused part of the current chunk.
    next: Cell<usize>,
    end: Cell<usize>,
}

// SAFETY: the browser module runs on one thread.
unsafe impl Sync for Heap {}

#[global_allocator]
static HEAP: Heap = Heap { free: [const { Cell::new(0) }; 32], next: Cell::new(0), end: Cell::new(0) };

/// The size class (log2 of the block size) of a request.
fn class(layout: &Layout) -> usize {
    layout.size().max(layout.align()).max(8).next_power_of_two().trailing_zeros() as usize
}

/// `pages` fresh wasm pages, or 0.
fn grow(pages: usize) -> usize {
    match core::arch::wasm32::memory_grow(0, pages) {
        usize::MAX => 0,
        at => at * PAGE,
    }
}

impl Heap {
    fn push(&self, k: usize, block: usize) {
        // SAFETY: `block` is a free block of at least 8 bytes, aligned to 8, owned by the heap.
        unsafe { *(block as *mut usize) = self.free[k].get() };
        self.free[k].set(block);
    }
}

unsafe impl GlobalAlloc for Heap {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let k = class(&layout);
        let head = self.free[k].get();
        if head != 0 {
            self.free[k].set(unsafe { *(head as *const usize) });
            return head as *mut u8;
        }
        let size = 1usize << k;
        if size >= PAGE {
            return grow(size / PAGE) as *mut u8;
        }
        let mut at = self.next.get();
        if at == 0 || self.end.get() - at < size {
            // The rest of the old chunk is given to the lists as blocks aligned to their size.
            if at != 0 {
                while at < self.end.get() {
                    let piece = 1usize << at.trailing_zeros().min(15);
                    self.push(piece.trailing_zeros() as usize, at);
                    at += piece;
                }
            }
            at = grow(1);
            if at == 0 {
                return core::ptr::null_mut();
            }
            self.end.set(at + PAGE);
        }
        while at & (size - 1) != 0 {
            let piece = 1usize << at.trailing_zeros();
            self.push(piece.trailing_zeros() as usize, at);
            at += piece;
        }
        self.next.set(at + size);
        at as *mut u8
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        self.push(class(&layout), ptr as usize);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY (of the layout): the caller guarantees `new_size` is valid for the alignment.
        let new = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        if class(&new) == class(&layout) {
            return ptr;
        }
        let to = unsafe { self.alloc(new) };
        if !to.is_null() {
            unsafe { core::ptr::copy_nonoverlapping(ptr, to, layout.size().min(new_size)) };
            unsafe { self.dealloc(ptr, layout) };
        }
        to
    }
}

// Memory copies and fills: byte loops in place of compiler_builtins' word-at-a-time versions (whose
// symbols are weak, so these take their place): about 1.5 KB of code less. Copies in a check are
// short (a finding's text, a vector's growth); a 10 MB draft's few large copies cost milliseconds.

/// Copies `n` bytes from `src` to `dst`; the two may overlap.
#[no_mangle]
pub unsafe extern "C" fn memmove(dst: *mut u8, src: *const u8, n: usize) -> *mut u8 {
    if (dst as usize) <= (src as usize) {
        let mut i = 0;
        while i < n {
            unsafe { *dst.add(i) = *src.add(i) };
            i += 1;
        }
    } else {
        let mut i = n;
        while i > 0 {
            i -= 1;
            unsafe { *dst.add(i) = *src.add(i) };
        }
    }
    dst
}

#[no_mangle]
pub unsafe extern "C" fn memcpy(dst: *mut u8, src: *const u8, n: usize) -> *mut u8 {
    unsafe { memmove(dst, src, n) }
}

#[no_mangle]
pub unsafe extern "C" fn memset(dst: *mut u8, byte: i32, n: usize) -> *mut u8 {
    let mut i = 0;
    while i < n {
        unsafe { *dst.add(i) = byte as u8 };
        i += 1;
    }
    dst
}
