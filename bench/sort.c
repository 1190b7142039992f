/* Sorting 32-bit keys: quicksort (median of three, insertion sort for short runs) and a heap sort
 * of records through a comparison function pointer, as an MCU sorts sensor readings or events. */
#include "bench.h"

#ifndef REPS
#ifdef SMALL
#define REPS 2
#else
#define REPS 500
#endif
#endif
#define N 2000
#define M 500

static u32 a[N];

static void insertion(u32 *v, int n)
{
    for (int i = 1; i < n; i++) {
        u32 x = v[i];
        int j = i - 1;
        while (j >= 0 && v[j] > x) { v[j + 1] = v[j]; j--; }
        v[j + 1] = x;
    }
}

static void swap(u32 *p, u32 *q) { u32 t = *p; *p = *q; *q = t; }

static void quicksort(u32 *v, int n)
{
    while (n > 16) {
        int mid = n / 2;
        if (v[mid] < v[0]) swap(&v[mid], &v[0]);
        if (v[n - 1] < v[0]) swap(&v[n - 1], &v[0]);
        if (v[n - 1] < v[mid]) swap(&v[n - 1], &v[mid]);
        u32 pivot = v[mid];
        int i = 0, j = n - 1;
        for (;;) {
            while (v[i] < pivot) i++;
            while (v[j] > pivot) j--;
            if (i >= j) break;
            swap(&v[i], &v[j]);
            i++; j--;
        }
        /* recurse into the smaller part, loop on the larger */
        if (j + 1 < n - j - 1) { quicksort(v, j + 1); v += j + 1; n -= j + 1; }
        else { quicksort(v + j + 1, n - j - 1); n = j + 1; }
    }
    insertion(v, n);
}

typedef struct event { u32 time; u16 id; u16 prio; } event;
static event ev[M];

static int cmp_event(const event *x, const event *y)
{
    if (x->prio != y->prio) return x->prio < y->prio ? -1 : 1;
    if (x->time != y->time) return x->time < y->time ? -1 : 1;
    return (int)x->id - (int)y->id;
}

static void sift(event *h, int root, int n, int (*cmp)(const event *, const event *))
{
    for (;;) {
        int c = 2 * root + 1;
        if (c >= n) return;
        if (c + 1 < n && cmp(&h[c], &h[c + 1]) < 0) c++;
        if (cmp(&h[root], &h[c]) >= 0) return;
        event t = h[root]; h[root] = h[c]; h[c] = t;
        root = c;
    }
}

static void heapsort(event *h, int n, int (*cmp)(const event *, const event *))
{
    for (int i = n / 2 - 1; i >= 0; i--) sift(h, i, n, cmp);
    for (int i = n - 1; i > 0; i--) {
        event t = h[0]; h[0] = h[i]; h[i] = t;
        sift(h, 0, i, cmp);
    }
}

int main(void)
{
    u32 seed = 0xDEADBEEFu * bench_one;
    u32 sum = 0, order = 0;
    for (u32 r = 0; r < REPS; r++) {
        for (int i = 0; i < N; i++) a[i] = bench_rand(&seed) % 100000u;
        quicksort(a, N);
        for (int i = 0; i < N; i++) sum = sum * 33u + a[i];
        for (int i = 1; i < N; i++) order += a[i - 1] <= a[i];
        for (int i = 0; i < M; i++) {
            u32 x = bench_rand(&seed);
            ev[i].time = x >> 12;
            ev[i].id = (u16)i;
            ev[i].prio = (u16)(x & 7);
        }
        heapsort(ev, M, cmp_event);
        for (int i = 0; i < M; i++) sum = sum * 33u + ev[i].id;
    }
    bench_result("sort", sum);
    bench_result("ordered", order);
    return 0;
}
