/* Functions returning function pointers, and pointers to functions taking function pointers. */
#include "cktest.h"

typedef int (*unop)(int);
static int inc(int x) { return x + 1; }
static int dbl(int x) { return x * 2; }
static int sq(int x) { return x * x; }
static int neg(int x) { return -x; }

static unop pick(int k) { switch (k & 3) { case 0: return inc; case 1: return dbl; case 2: return sq; default: return neg; } }
static int twice(unop f, int x) { return f(f(x)); }
static int (*get_twice(void))(unop, int) { return twice; }
static int compose_apply(const unop *fs, int n, int x) { for (int i = 0; i < n; i++) x = fs[i](x); return x; }

int main(void)
{
    int x = ck_opaque_i32(3);
    for (int k = 0; k < 8; k++) { ck_print_i32(pick(ck_opaque_i32(k))(x)); ck_sp(); }
    ck_nl();
    int (*t)(unop, int) = get_twice();
    ck_show_i32("twice sq", t(sq, x));
    ck_show_i32("twice neg", get_twice()(neg, x));
    unop chain[6];
    for (int i = 0; i < 6; i++) chain[i] = pick(i * 5 + 1);
    ck_show_i32("chain", compose_apply(chain, 6, x));
    ck_show_i32("same", pick(4) == pick(0));
    return compose_apply(chain, 6, 1) & 0xff;
}
