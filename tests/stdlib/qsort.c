/* qsort and bsearch: integers of every length up to 70 in several orders, element sizes 1, 2, 3,
 * 4, 8 and 24 bytes, stability (glibc's qsort is a merge sort too), strings, and bsearch hits
 * and misses. Compared with glibc. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned seed = 7;
static unsigned rnd(void)
{
    seed = seed * 1664525u + 1013904223u;
    return seed >> 16;
}

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static int cmp_uchar(const void *a, const void *b)
{
    return *(const unsigned char *)a - *(const unsigned char *)b;
}

static int cmp_short(const void *a, const void *b)
{
    return *(const short *)a - *(const short *)b;
}

typedef struct { unsigned char k[3]; } tri;
static int cmp_tri(const void *a, const void *b)
{
    return memcmp(a, b, 3);
}

static int cmp_ll(const void *a, const void *b)
{
    long long x = *(const long long *)a, y = *(const long long *)b;
    return (x > y) - (x < y);
}

typedef struct { int key; int order; char name[16]; } rec;
static int cmp_rec(const void *a, const void *b)
{
    return ((const rec *)a)->key - ((const rec *)b)->key;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static unsigned hash(const void *p, size_t n)
{
    const unsigned char *c = p;
    unsigned h = 2166136261u;
    while (n--) h = (h ^ *c++) * 16777619u;
    return h;
}

int main(void)
{
    static int a[70];
    int sorted_ok = 1;
    for (int n = 0; n <= 70; n++) {
        for (int kind = 0; kind < 5; kind++) {
            for (int i = 0; i < n; i++)
                a[i] = kind == 0 ? (int)rnd() - 30000 : kind == 1 ? i : kind == 2 ? n - i : kind == 3 ? (int)(rnd() % 4) : 5;
            qsort(a, (size_t)n, sizeof *a, cmp_int);
            for (int i = 1; i < n; i++)
                if (a[i - 1] > a[i]) sorted_ok = 0;
            printf("%d", n ? a[n / 2] : 0);
            putchar(kind == 4 ? '\n' : ' ');
        }
    }
    printf("ints sorted: %s\n", sorted_ok ? "yes" : "NO");

    static unsigned char b[300];
    for (int i = 0; i < 300; i++) b[i] = (unsigned char)rnd();
    qsort(b, 300, 1, cmp_uchar);
    printf("bytes %08x\n", hash(b, sizeof b));
    static short sh[257];
    for (int i = 0; i < 257; i++) sh[i] = (short)(rnd() - 32768);
    qsort(sh, 257, sizeof *sh, cmp_short);
    printf("shorts %08x %d %d\n", hash(sh, sizeof sh), sh[0], sh[256]);
    static tri t[100];
    for (int i = 0; i < 100; i++) t[i].k[0] = (unsigned char)(rnd() % 3), t[i].k[1] = (unsigned char)rnd(), t[i].k[2] = (unsigned char)i;
    qsort(t, 100, sizeof *t, cmp_tri);
    printf("3-byte %08x\n", hash(t, sizeof t));
    static long long l[500];
    for (int i = 0; i < 500; i++) l[i] = (long long)rnd() * rnd() * ((i & 1) ? -1 : 1);
    qsort(l, 500, sizeof *l, cmp_ll);
    printf("long longs %08x %lld %lld\n", hash(l, sizeof l), l[0], l[499]);

    /* stability: equal keys keep their order */
    static rec r[1000];
    for (int i = 0; i < 1000; i++) {
        r[i].key = (int)(rnd() % 10);
        r[i].order = i;
        sprintf(r[i].name, "r%d", i);
    }
    qsort(r, 1000, sizeof *r, cmp_rec);
    int stable = 1;
    for (int i = 1; i < 1000; i++)
        if (r[i - 1].key == r[i].key && r[i - 1].order > r[i].order) stable = 0;
    printf("records %08x stable %s first %s last %s\n", hash(r, sizeof r), stable ? "yes" : "NO", r[0].name,
           r[999].name);

    const char *words[] = { "pear", "apple", "fig", "banana", "cherry", "apple", "date", "kiwi", "", "grape" };
    qsort(words, 10, sizeof *words, cmp_str);
    for (int i = 0; i < 10; i++) printf("%s%c", words[i], i == 9 ? '\n' : ',');

    /* bsearch */
    int keys[100];
    for (int i = 0; i < 100; i++) keys[i] = i * 3;
    int hits = 0, misses = 0;
    for (int k = -5; k < 310; k++) {
        int *p = bsearch(&k, keys, 100, sizeof *keys, cmp_int);
        if (p) hits += *p == k && (p - keys) == k / 3;
        else misses++;
    }
    printf("bsearch hits %d misses %d empty %s\n", hits, misses,
           bsearch(&hits, keys, 0, sizeof *keys, cmp_int) ? "found" : "NULL");
    const char *key = "fig";
    const char **w = bsearch(&key, words, 10, sizeof *words, cmp_str);
    printf("bsearch word %s at %d\n", w ? *w : "none", w ? (int)(w - words) : -1);
    return 0;
}
