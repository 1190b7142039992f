/* Recursive functions that take and return structs by value (interval arithmetic over a tree of sums). */
#include "cktest.h"

typedef struct { long long lo, hi; int depth; } range;

static range mk(long long lo, long long hi, int d) { range r = { lo, hi, d }; return r; }
static range join(range a, range b) { return mk(a.lo < b.lo ? a.lo : b.lo, a.hi > b.hi ? a.hi : b.hi, (a.depth > b.depth ? a.depth : b.depth) + 1); }
static range build(const int *v, int n)
{
    if (n == 1) return mk(v[0], v[0], 0);
    range l = build(v, n / 2), r = build(v + n / 2, n - n / 2);
    range s = join(l, r);
    s.hi += (l.hi - r.lo) / 100;   /* make each level observable */
    return s;
}
static range halve(range r, int times) { if (!times) return r; range h = mk(r.lo / 2, r.hi / 2, r.depth); return halve(h, times - 1); }

int main(void)
{
    int v[37];
    for (int i = 0; i < 37; i++) v[i] = ck_opaque_i32((i * 7919) % 1000 - 500);
    range r = build(v, 37);
    ck_show_i64("lo", r.lo);
    ck_show_i64("hi", r.hi);
    ck_show_i32("depth", r.depth);
    range h = halve(mk(ck_opaque_i64(-1000000000000ll), 999999999999ll, 3), 10);
    ck_show_i64("hlo", h.lo);
    ck_show_i64("hhi", h.hi);
    return r.depth;
}
