/* Arrays as struct members: the way to copy an array by value, and indexing through the struct. */
#include "cktest.h"

typedef struct { int v[16]; int n; } vec;

static vec push(vec s, int x) { if (s.n < 16) s.v[s.n++] = x; return s; }
static vec reversed(vec s) { vec r = s; for (int i = 0; i < s.n; i++) r.v[i] = s.v[s.n - 1 - i]; return r; }
static int sum(const vec *s) { int t = 0; for (int i = 0; i < s->n; i++) t += s->v[i] * (i + 1); return t; }

int main(void)
{
    vec a = { { 0 }, 0 };
    for (int i = 0; i < 20; i++) a = push(a, ck_opaque_i32(i * i - 50));
    vec b = reversed(a);
    ck_show_i32("n", a.n);
    ck_show_i32("sum_a", sum(&a));
    ck_show_i32("sum_b", sum(&b));
    for (int i = 0; i < b.n; i++) { ck_print_i32(b.v[i]); ck_sp(); }
    ck_nl();
    vec c = b;
    c.v[0] = 12345;
    ck_show_i32("b0", b.v[0]);
    ck_show_i32("c0", c.v[0]);
    return sum(&b) & 0xff;
}
