/* Callbacks with context pointers: an iterator visiting an array, a filter, and a comparator sort. */
#include "cktest.h"

typedef void (*visitor)(void *ctx, int index, int value);
typedef int (*predicate)(const void *ctx, int value);
typedef int (*cmpfn)(const void *a, const void *b);

struct stats { long long sum; int count, min, max; };

static void each(const int *v, int n, visitor f, void *ctx) { for (int i = 0; i < n; i++) f(ctx, i, v[i]); }
static void collect(void *ctx, int index, int value)
{
    struct stats *s = ctx;
    (void)index;
    s->sum += value;
    if (!s->count || value < s->min) s->min = value;
    if (!s->count || value > s->max) s->max = value;
    s->count++;
}
static void printer(void *ctx, int index, int value) { (void)ctx; if (index % 4 == 0) { ck_print_i32(value); ck_sp(); } }
static int divisible(const void *ctx, int value) { return value % *(const int *)ctx == 0; }
static int filter(int *v, int n, predicate p, const void *ctx) { int m = 0; for (int i = 0; i < n; i++) if (p(ctx, v[i])) v[m++] = v[i]; return m; }
static int cmp_desc(const void *a, const void *b) { int x = *(const int *)a, y = *(const int *)b; return (x < y) - (x > y); }
static void bubble(int *v, int n, cmpfn c) { for (int i = 0; i < n; i++) for (int j = 0; j + 1 < n - i; j++) if (c(&v[j], &v[j + 1]) > 0) { int t = v[j]; v[j] = v[j + 1]; v[j + 1] = t; } }

int main(void)
{
    int v[30];
    for (int i = 0; i < 30; i++) v[i] = ck_opaque_i32((i * 37) % 101 - 50);
    struct stats s = { 0, 0, 0, 0 };
    each(v, 30, collect, &s);
    each(v, 30, printer, 0);
    ck_nl();
    ck_show_i64("sum", s.sum); ck_show_i32("count", s.count); ck_show_i32("min", s.min); ck_show_i32("max", s.max);
    int three = ck_opaque_i32(3);
    int m = filter(v, 30, divisible, &three);
    bubble(v, m, cmp_desc);
    for (int i = 0; i < m; i++) { ck_print_i32(v[i]); ck_sp(); }
    ck_nl();
    return m;
}
