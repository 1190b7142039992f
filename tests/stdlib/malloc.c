/* malloc, calloc, realloc, free, aligned_alloc under a pseudo-random workload: every block is
 * filled with a pattern and checked before it is resized or freed, so overlapping blocks or a
 * corrupted heap show up as a wrong checksum. Compared with glibc (addresses are not printed). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SLOTS 200

static uint32_t seed = 12345;
static uint32_t rnd(void)
{
    seed = seed * 1103515245u + 12345u;
    return seed >> 8;
}

static unsigned char *slot[SLOTS];
static size_t len[SLOTS];
static unsigned char tag[SLOTS];

static int check(int i)
{
    for (size_t k = 0; k < len[i]; k++)
        if (slot[i][k] != (unsigned char)(tag[i] + k)) return 0;
    return 1;
}

static void fill(int i)
{
    for (size_t k = 0; k < len[i]; k++) slot[i][k] = (unsigned char)(tag[i] + k);
}

int main(void)
{
    int bad = 0, misaligned = 0;
    unsigned long ops = 0;
    for (int round = 0; round < 20000; round++) {
        int i = (int)(rnd() % SLOTS);
        uint32_t r = rnd() % 100;
        size_t n = r < 60 ? rnd() % 64 : r < 90 ? rnd() % 1024 : rnd() % 16384;
        if (slot[i] && !check(i)) bad++;
        if (!slot[i]) {
            slot[i] = (rnd() & 1) ? malloc(n) : calloc(1, n);
            if (!slot[i]) continue;
            if (((uintptr_t)slot[i] & 7) != 0) misaligned++;
            len[i] = n;
            tag[i] = (unsigned char)rnd();
            fill(i);
        } else if (r < 50) {
            free(slot[i]);
            slot[i] = NULL;
        } else {
            unsigned char *p = realloc(slot[i], n ? n : 1);   /* realloc(p, 0) frees p */
            if (!p) continue;
            if (((uintptr_t)p & 7) != 0) misaligned++;
            slot[i] = p;
            if (n < len[i]) len[i] = n;
            if (!check(i)) bad++;               /* realloc kept the common part */
            len[i] = n;
            fill(i);
        }
        ops++;
    }
    for (int i = 0; i < SLOTS; i++) {
        if (slot[i] && !check(i)) bad++;
        free(slot[i]);
    }
    printf("%lu operations, %d corrupted, %d misaligned\n", ops, bad, misaligned);

    /* calloc zeroes, also memory that was used before */
    unsigned char *p = malloc(4000);
    memset(p, 0xAA, 4000);
    free(p);
    p = calloc(1000, 4);
    int nonzero = 0;
    for (int k = 0; k < 4000; k++) nonzero += p[k] != 0;
    printf("calloc nonzero bytes: %d\n", nonzero);
    free(p);

    /* overflow and edge cases (through a volatile: the optimiser may assume an allocation that is
     * only compared with NULL succeeded, and drop it) */
    void *volatile v = calloc(SIZE_MAX / 2, 3);
    printf("calloc overflow: %s\n", v ? "allocated" : "NULL");
    v = malloc(SIZE_MAX);
    printf("malloc(SIZE_MAX): %s\n", v ? "allocated" : "NULL");
    v = malloc(0);
    printf("malloc(0): %s\n", v ? "unique pointer" : "NULL");
    free(v);
    free(NULL);
    p = realloc(NULL, 10);
    printf("realloc(NULL, 10): %s\n", p ? "allocated" : "NULL");
    strcpy((char *)p, "123456789");
    p = realloc(p, 100000);
    printf("grown: %s\n", p ? (char *)p : "NULL");
    p = realloc(p, 3);
    printf("shrunk: %.3s\n", (char *)p);
    free(p);

    /* aligned_alloc */
    int ok = 1;
    void *al[8];
    for (int k = 0; k < 8; k++) {
        size_t a = (size_t)16 << k;
        al[k] = aligned_alloc(a, a * 3);
        if (!al[k] || ((uintptr_t)al[k] & (a - 1))) ok = 0;
        else memset(al[k], k, a * 3);
    }
    for (int k = 0; k < 8; k++) {
        unsigned char *q = al[k];
        for (size_t m = 0; m < ((size_t)16 << k) * 3; m++)
            if (q[m] != k) ok = 0;
        free(al[k]);
    }
    printf("aligned_alloc: %s\n", ok ? "ok" : "BROKEN");

    /* a long list, then freed in another order */
    struct node { struct node *next; int v; } *head = NULL;
    for (int k = 0; k < 3000; k++) {
        struct node *n = malloc(sizeof *n);
        n->v = k;
        n->next = head;
        head = n;
    }
    long sum = 0;
    while (head) {
        struct node *n = head;
        head = n->next;
        sum += n->v;
        free(n);
    }
    printf("list sum %ld\n", sum);
    return bad || misaligned || !ok;
}
