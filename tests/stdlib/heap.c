/* The guest heap (VM only, expected output in heap.out): its bounds from sys.heap, exhaustion
 * (malloc returns NULL with ENOMEM), coalescing of neighbours seen through ck_heap_stats, and
 * the fault on a double free (message, then status 134). */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <cockpit/sys.h>

static void stats(const char *when, size_t size)
{
    ck_heap_info h;
    ck_heap_stats(&h);
    printf("%s: whole %s, used+free=size %s, %u allocated, %u free blocks\n", when,
           h.size == size ? "same" : "CHANGED", h.used + h.free == h.size ? "yes" : "NO", (unsigned)h.nalloc,
           (unsigned)h.nfree);
}

int main(void)
{
    unsigned long long hb = ck_sys_heap();
    uint32_t lo = (uint32_t)hb, hi = (uint32_t)(hb >> 32);
    printf("heap start 8-aligned %s, non-empty %s\n", lo % 8 == 0 ? "yes" : "NO", hi > lo + 4096 ? "yes" : "NO");

    ck_heap_info h0;
    ck_heap_stats(&h0);
    printf("fresh: %u allocated, %u free, largest = size - 4: %s\n", (unsigned)h0.nalloc, (unsigned)h0.nfree,
           h0.largest_free == h0.size - 4 ? "yes" : "NO");

    void *p = malloc(100);
    printf("first block inside the heap: %s\n", (uintptr_t)p >= lo && (uintptr_t)p < hi ? "yes" : "NO");
    free(p);
    stats("after malloc+free", h0.size);

    /* three neighbours: freeing the middle one, then its neighbours, merges them back */
    char *volatile a = malloc(1000), *volatile b = malloc(1000), *volatile c = malloc(1000);
    stats("three blocks", h0.size);
    free(b);
    stats("middle freed", h0.size);
    free(a);
    stats("first freed", h0.size);
    free(c);
    stats("all freed", h0.size);

    /* exhaustion */
    void **blocks = malloc(4096 * sizeof *blocks);
    int n = 0;
    errno = 0;
    while (n < 4096 && (blocks[n] = malloc(1024)) != NULL) n++;
    printf("exhausted after more than 100 KiB: %s, errno ENOMEM: %s\n", n > 100 && n < 4096 ? "yes" : "NO",
           errno == ENOMEM ? "yes" : "NO");
    ck_heap_info full;
    ck_heap_stats(&full);
    printf("largest free block then below 1 KiB: %s\n", full.largest_free < 1024 + 8 ? "yes" : "NO");
    for (int i = 0; i < n - 2; i += 2) free(blocks[i]);   /* holes of 1 KiB between used blocks */
    void *volatile v = malloc(2048);
    printf("a 2 KiB block in a heap of 1 KiB holes: %s\n", v ? "allocated" : "NULL");
    for (int i = 1; i < n; i += 2) free(blocks[i]);
    free(blocks[n - 2 + (n & 1)]);
    void *volatile big = malloc((size_t)n * 1024);
    printf("after freeing them all, one block as large as them all: %s\n", big ? "allocated" : "NULL");
    free(big);
    free(blocks);
    ck_heap_info end;
    ck_heap_stats(&end);
    printf("everything freed: %u allocated, %u free blocks, largest = size - 4: %s\n", (unsigned)end.nalloc,
           (unsigned)end.nfree, end.largest_free == end.size - 4 ? "yes" : "NO");
    void *small = malloc(8);
    v = malloc(hi - lo);
    printf("huge: %s", v ? "allocated" : "NULL");
    v = realloc(small, 0x7FFFFFFF);
    printf(" %s\n", v ? "allocated" : "NULL");
    free(small);

    /* a double free stops the program */
    char *volatile d = malloc(10);
    free(d);
    printf("freeing twice...\n");
    free(d);
    printf("not reached\n");
    return 0;
}
