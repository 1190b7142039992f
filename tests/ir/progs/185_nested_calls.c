/* Calls nested as arguments of calls (pure functions, so evaluation order cannot matter), many at once. */
#include "cktest.h"

static int f(int x) { return x * 3 + 1; }
static int g(int x, int y) { return x * y - y; }
static long long h(long long a, int b, long long c) { return a * b + c; }
static double k(double x, int n) { return x * n + 0.5; }
static unsigned u(unsigned a, unsigned b, unsigned c, unsigned d) { return (a ^ b) + (c | d); }

int main(void)
{
    int x = ck_opaque_i32(3);
    ck_show_i32("a", g(f(x), f(f(x))));
    ck_show_i32("b", g(g(f(1), f(2)), g(f(3), g(x, f(x)))));
    ck_show_i64("c", h(h(x, f(x), g(x, 2)), g(f(x), x), h(1ll << 33, x, -1)));
    ck_show_f64("d", k(k(k(ck_opaque_f64(0.25), f(x)), g(x, x)), f(f(f(x)))));
    ck_show_u32("e", u(u(1, 2, 3, 4), u((unsigned)f(x), (unsigned)g(x, 9), 7, 8), u(9, 10, 11, 12), (unsigned)f(g(x, f(x)))));
    int total = 0;
    for (int i = 0; i < 10; i++) total += g(f(i), f(g(i, ck_opaque_i32(i))));
    ck_show_i32("total", total);
    return total & 0xff;
}
