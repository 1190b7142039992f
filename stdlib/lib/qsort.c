/* qsort: a stable merge sort in place, without allocation (glibc's qsort is a merge sort too, so
 * elements that compare equal come out in the same order under the VM and natively). Runs of 8
 * are sorted by insertion, then merged pairwise, wider each pass; a merge cuts the longer run in
 * half, finds where its middle element goes in the other run by binary search, rotates the two
 * middle pieces into place and merges the two halves that result. O(n log^2 n) moves. */
#include <stdint.h>
#include <stdlib.h>

typedef int (*cmp_fn)(const void *, const void *);

static void swap(char *a, char *b, size_t size)
{
    if (!(size & 3) && !(((uintptr_t)a | (uintptr_t)b) & 3)) {
        uint32_t *p = (uint32_t *)(void *)a, *q = (uint32_t *)(void *)b;
        for (size_t i = 0; i < size / 4; i++) {
            uint32_t t = p[i];
            p[i] = q[i];
            q[i] = t;
        }
        return;
    }
    for (size_t i = 0; i < size; i++) {
        char t = a[i];
        a[i] = b[i];
        b[i] = t;
    }
}

/* Reverses the n elements at p. */
static void reverse(char *p, size_t n, size_t size)
{
    for (char *q = p + (n - 1) * size; n > 1 && p < q; p += size, q -= size) swap(p, q, size);
}

/* [p, p+n1) [p+n1, p+n1+n2) -> the second run, then the first. */
static void rotate(char *p, size_t n1, size_t n2, size_t size)
{
    if (!n1 || !n2) return;
    reverse(p, n1, size);
    reverse(p + n1 * size, n2, size);
    reverse(p, n1 + n2, size);
}

/* The number of elements of [p, p+n) that go before key: less than it, or (upper) not
 * greater. */
static size_t bound(const char *p, size_t n, const char *key, size_t size, cmp_fn cmp, int upper)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = cmp(p + mid * size, key);
        if (c < 0 || (upper && c == 0)) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* Merges the sorted runs [p, p+n1) and [p+n1, p+n1+n2). */
static void merge(char *p, size_t n1, size_t n2, size_t size, cmp_fn cmp)
{
    while (n1 && n2) {
        if (cmp(p + (n1 - 1) * size, p + n1 * size) <= 0) return;  /* already in order */
        if (n1 + n2 == 2) {
            swap(p, p + size, size);
            return;
        }
        size_t c1, c2;
        if (n1 >= n2) {
            c1 = n1 / 2;
            c2 = bound(p + n1 * size, n2, p + c1 * size, size, cmp, 0);
        } else {
            c2 = n2 / 2;
            c1 = bound(p, n1, p + (n1 + c2) * size, size, cmp, 1);
        }
        rotate(p + c1 * size, n1 - c1, c2, size);
        merge(p, c1, c2, size, cmp);
        p += (c1 + c2) * size;          /* then the right halves, as a loop */
        n1 -= c1;
        n2 -= c2;
    }
}

void qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
    char *a = base;
    if (n < 2 || !size) return;
    for (size_t i = 0; i < n; i += 8) {
        size_t end = n - i < 8 ? n : i + 8;
        for (size_t j = i + 1; j < end; j++)
            for (size_t k = j; k > i && cmp(a + (k - 1) * size, a + k * size) > 0; k--)
                swap(a + (k - 1) * size, a + k * size, size);
    }
    for (size_t w = 8; w < n; w *= 2)
        for (size_t i = 0; i + w < n; i += 2 * w)
            merge(a + i * size, w, n - i - w < w ? n - i - w : w, size, cmp);
}
