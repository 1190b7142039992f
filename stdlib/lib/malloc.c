/* malloc, free, calloc, realloc, aligned_alloc and ck_heap_stats: a segregated-fit allocator
 * with boundary tags over the heap that sys.heap reports, [end of .bss, lowest stack address).
 *
 * A block is a 4-byte header followed by its payload; headers sit at addresses 4 mod 8 so that
 * payloads are 8-aligned. The header holds the block's size (header included, a multiple of 8)
 * and two flags: INUSE, and PREV_INUSE for the block just before. A free block also keeps the
 * offsets of its free-list neighbours at the start of its payload and its size in its last word
 * (the footer), so that freeing the block after it can merge with it in constant time: two free
 * blocks are never adjacent. Blocks are named by their offset from the heap's start (32 bits on
 * every host, 0 meaning none). The heap ends with a zero-size in-use header.
 *
 * Free blocks are kept in 54 lists: one per size from 16 to 248 bytes, then one per power of two;
 * a bitmap says which lists are non-empty. malloc takes the first block of the exact small list,
 * else the first fitting block of its own large list, else the first block of the next non-empty
 * list, and splits off what it does not need. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cockpit/io.h>
#include <cockpit/sys.h>

#define INUSE 1u
#define PREV_INUSE 2u
#define MIN_BLOCK 16u
#define NSMALL 30                   /* sizes 16, 24, ..., 248 */
#define NBINS (NSMALL + 24)         /* then [2^k, 2^(k+1)) for k = 8..31 */

static unsigned char *heap;         /* NULL until the first call */
static uint32_t heap_end;           /* offset of the closing header */
static uint32_t bins[NBINS];        /* first block of each free list */
static uint32_t binmap[2];          /* bit b set: bins[b] is not empty */

#define WORD(off) (*(uint32_t *)(void *)(heap + (off)))
#define SIZE(b) (WORD(b) & ~7u)
#define NEXT(b) WORD((b) + 4)       /* free-list links of a free block */
#define PREV(b) WORD((b) + 8)

static int bin_of(uint32_t size)
{
    if (size < 256) return (int)(size >> 3) - 2;
    return NSMALL + (31 - __builtin_clz(size)) - 8;
}

static void unlink_block(uint32_t b)
{
    uint32_t n = NEXT(b), p = PREV(b);
    if (p) NEXT(p) = n;
    else {
        int i = bin_of(SIZE(b));
        bins[i] = n;
        if (!n) binmap[i >> 5] &= ~(1u << (i & 31));
    }
    if (n) PREV(n) = p;
}

/* Marks b free with the given size (keeping its PREV_INUSE) and files it. */
static void insert_block(uint32_t b, uint32_t size)
{
    int i = bin_of(size);
    WORD(b) = size | (WORD(b) & PREV_INUSE);
    WORD(b + size - 4) = size;
    WORD(b + size) &= ~PREV_INUSE;
    NEXT(b) = bins[i];
    PREV(b) = 0;
    if (bins[i]) PREV(bins[i]) = b;
    bins[i] = b;
    binmap[i >> 5] |= 1u << (i & 31);
}

static int heap_init(void)
{
    unsigned long long h = ck_sys_heap();
    uintptr_t lo = (uint32_t)h, hi = (uint32_t)(h >> 32);
    lo = (lo + 7) & ~(uintptr_t)7;
    if (hi < lo + 32) return -1;
    heap = (unsigned char *)lo;
    heap_end = (uint32_t)(((hi - lo - 8) & ~(uintptr_t)7) + 4);
    WORD(heap_end) = INUSE;         /* closing header: size 0, in use */
    WORD(4) = PREV_INUSE;
    insert_block(4, heap_end - 4);
    return 0;
}

/* Block size for a request of n bytes: header added, rounded to 8, at least MIN_BLOCK; 0 if too
 * big. */
static uint32_t block_size(size_t n)
{
    if (n > 0x7FFFFFF0u) return 0;
    uint32_t s = ((uint32_t)n + 4 + 7) & ~7u;
    return s < MIN_BLOCK ? MIN_BLOCK : s;
}

/* Uses the first 'size' bytes of the block b (taken out of its list), giving back the rest. */
static void carve(uint32_t b, uint32_t size)
{
    uint32_t have = SIZE(b);
    if (have - size >= MIN_BLOCK) {
        WORD(b) = size | INUSE | (WORD(b) & PREV_INUSE);
        WORD(b + size) = PREV_INUSE;
        insert_block(b + size, have - size);
    } else {
        WORD(b) |= INUSE;
        WORD(b + have) |= PREV_INUSE;
    }
}

/* A free block of at least 'size' bytes, taken out of its list; 0 if none. */
static uint32_t find_block(uint32_t size)
{
    int i = bin_of(size);
    if (bins[i] && i < NSMALL) {
        uint32_t b = bins[i];
        unlink_block(b);
        return b;
    }
    if (i >= NSMALL) {
        for (uint32_t b = bins[i]; b; b = NEXT(b))
            if (SIZE(b) >= size) {
                unlink_block(b);
                return b;
            }
    }
    for (int w = (i + 1) >> 5; w < 2; w++) {
        uint32_t m = binmap[w];
        if (w == (i + 1) >> 5) m &= ~0u << ((i + 1) & 31);
        if (m) {
            uint32_t b = bins[w * 32 + __builtin_ctz(m)];
            unlink_block(b);
            return b;
        }
    }
    return 0;
}

static _Noreturn void heap_fault(const char *what)
{
    static const char msg[] = "malloc: ";
    ck_io_write(msg, sizeof msg - 1);
    ck_io_write(what, strlen(what));
    ck_io_putchar('\n');
    abort();
}

/* The block of payload p, checked. */
static uint32_t block_of(void *p)
{
    uintptr_t a = (uintptr_t)p;
    if (a & 7 || a < (uintptr_t)heap + 8 || a > (uintptr_t)heap + heap_end) heap_fault("invalid pointer");
    uint32_t b = (uint32_t)(a - (uintptr_t)heap - 4);
    if (!(WORD(b) & INUSE) || SIZE(b) < MIN_BLOCK || b + SIZE(b) > heap_end)
        heap_fault("invalid pointer or double free");
    return b;
}

void *malloc(size_t n)
{
    uint32_t size = block_size(n);
    if (!heap && heap_init()) size = 0;
    uint32_t b = size ? find_block(size) : 0;
    if (!b) {
        errno = ENOMEM;
        return NULL;
    }
    carve(b, size);
    return heap + b + 4;
}

void free(void *p)
{
    if (!p) return;
    uint32_t b = block_of(p), size = SIZE(b), n = b + size;
    if (!(WORD(n) & INUSE)) {       /* merge with the next block */
        unlink_block(n);
        size += SIZE(n);
    }
    if (!(WORD(b) & PREV_INUSE)) {  /* and with the previous one */
        uint32_t psize = WORD(b - 4);
        b -= psize;
        unlink_block(b);
        size += psize;
    }
    insert_block(b, size);
}

void *calloc(size_t n, size_t size)
{
    size_t total;
    if (__builtin_mul_overflow(n, size, &total)) {
        errno = ENOMEM;
        return NULL;
    }
    void *p = malloc(total);
    if (p) memset(p, 0, total);
    return p;
}

void *realloc(void *p, size_t n)
{
    if (!p) return malloc(n);
    if (!n) {                       /* as glibc: frees, returns NULL */
        free(p);
        return NULL;
    }
    uint32_t b = block_of(p), have = SIZE(b), size = block_size(n);
    if (!size) {
        errno = ENOMEM;
        return NULL;
    }
    uint32_t next = b + have;
    if (size > have && !(WORD(next) & INUSE) && have + SIZE(next) >= size) {
        unlink_block(next);         /* grow into the free block after it */
        have += SIZE(next);
        WORD(b) = have | INUSE | (WORD(b) & PREV_INUSE);
        WORD(b + have) |= PREV_INUSE;
    }
    if (size <= have) {
        if (have - size >= MIN_BLOCK) { /* give back the tail, merged with what follows */
            uint32_t t = b + size, tsize = have - size;
            WORD(b) = size | INUSE | (WORD(b) & PREV_INUSE);
            WORD(t) = PREV_INUSE;
            if (!(WORD(t + tsize) & INUSE)) {
                unlink_block(t + tsize);
                tsize += SIZE(t + tsize);
            }
            insert_block(t, tsize);
        }
        return p;
    }
    void *q = malloc(n);
    if (!q) return NULL;
    memcpy(q, p, have - 4);
    free(p);
    return q;
}

void *aligned_alloc(size_t align, size_t n)
{
    if (!align || (align & (align - 1))) {
        errno = EINVAL;
        return NULL;
    }
    if (align <= 8) return malloc(n);
    uint32_t size = block_size(n);
    if (!size || align > 0x10000000u || !block_size(size + align + MIN_BLOCK)) {
        errno = ENOMEM;
        return NULL;
    }
    unsigned char *p = malloc(size + align + MIN_BLOCK);
    if (!p) return NULL;
    uint32_t b = (uint32_t)(p - heap) - 4, have = SIZE(b);
    uintptr_t a = ((uintptr_t)p + align - 1) & ~(uintptr_t)(align - 1);
    if (a != (uintptr_t)p && a - (uintptr_t)p < MIN_BLOCK) a += align;
    if (a != (uintptr_t)p) {        /* free the part before the aligned payload */
        uint32_t lead = (uint32_t)(a - (uintptr_t)p), nb = b + lead;
        WORD(nb) = (have - lead) | INUSE;
        WORD(b) = lead | (WORD(b) & PREV_INUSE);
        insert_block(b, lead);      /* which clears nb's PREV_INUSE */
        b = nb;
        have -= lead;
    }
    if (have - size >= MIN_BLOCK) { /* and the part after it */
        WORD(b) = size | INUSE | (WORD(b) & PREV_INUSE);
        WORD(b + size) = PREV_INUSE;
        uint32_t t = b + size, tsize = have - size;
        if (!(WORD(t + tsize) & INUSE)) {
            unlink_block(t + tsize);
            tsize += SIZE(t + tsize);
        }
        insert_block(t, tsize);
    }
    return heap + b + 4;
}

void ck_heap_stats(ck_heap_info *info)
{
    memset(info, 0, sizeof *info);
    if (!heap && heap_init()) return;
    info->size = heap_end - 4;
    for (uint32_t b = 4; b < heap_end; b += SIZE(b)) {
        uint32_t s = SIZE(b);
        if (WORD(b) & INUSE) {
            info->used += s;
            info->nalloc++;
        } else {
            info->free += s;
            info->nfree++;
            if (s - 4 > info->largest_free) info->largest_free = s - 4;
        }
    }
}
