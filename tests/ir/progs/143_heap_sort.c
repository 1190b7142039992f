/* Heap sort with sift-down, and a binary min-heap used as a priority queue of (priority, id) pairs. */
#include "cktest.h"

static void sift(unsigned *a, int start, int end)
{
    int root = start;
    while (2 * root + 1 <= end) {
        int child = 2 * root + 1, sw = root;
        if (a[sw] < a[child]) sw = child;
        if (child + 1 <= end && a[sw] < a[child + 1]) sw = child + 1;
        if (sw == root) return;
        unsigned t = a[root]; a[root] = a[sw]; a[sw] = t;
        root = sw;
    }
}
static void heapsort(unsigned *a, int n)
{
    for (int s = (n - 2) / 2; s >= 0; s--) sift(a, s, n - 1);
    for (int end = n - 1; end > 0; end--) { unsigned t = a[end]; a[end] = a[0]; a[0] = t; sift(a, 0, end - 1); }
}

struct pq { unsigned long long e[64]; int n; };
static void pq_push(struct pq *q, unsigned prio, unsigned id)
{
    int i = q->n++;
    q->e[i] = (unsigned long long)prio << 32 | id;
    while (i && q->e[(i - 1) / 2] > q->e[i]) { unsigned long long t = q->e[i]; q->e[i] = q->e[(i - 1) / 2]; q->e[(i - 1) / 2] = t; i = (i - 1) / 2; }
}
static unsigned long long pq_pop(struct pq *q)
{
    unsigned long long top = q->e[0];
    q->e[0] = q->e[--q->n];
    int i = 0;
    for (;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < q->n && q->e[l] < q->e[m]) m = l;
        if (r < q->n && q->e[r] < q->e[m]) m = r;
        if (m == i) break;
        unsigned long long t = q->e[i]; q->e[i] = q->e[m]; q->e[m] = t;
        i = m;
    }
    return top;
}

int main(void)
{
    unsigned a[257];
    unsigned x = ck_opaque_u32(5);
    for (int i = 0; i < 257; i++) { x = x * 2891336453u + 1u; a[i] = x >> 3; }
    heapsort(a, 257);
    int ok = 1;
    for (int i = 1; i < 257; i++) ok &= a[i - 1] <= a[i];
    ck_show_i32("ok", ok);
    ck_show_u32("min", a[0]);
    ck_show_u32("med", a[128]);
    ck_show_u32("max", a[256]);
    struct pq q = { { 0 }, 0 };
    for (unsigned i = 0; i < 40; i++) pq_push(&q, (i * 37u) % 11u, i);
    for (int i = 0; i < 40; i++) { unsigned long long e = pq_pop(&q); if (i % 4 == 0) { ck_print_u32((unsigned)(e >> 32)); ck_putchar(':'); ck_print_u32((unsigned)e); ck_sp(); } }
    ck_nl();
    return ok;
}
