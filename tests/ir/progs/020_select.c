/* Select-heavy code: chained conditional expressions that -O2 turns into select instructions. */
#include "cktest.h"

static int clamp(int x, int lo, int hi) { return x < lo ? lo : x > hi ? hi : x; }
static unsigned sel3(unsigned a, unsigned b, unsigned c, int k) { return k == 0 ? a : k == 1 ? b : c; }
static long long sel64(long long a, long long b) { return a > b ? a - b : b - a; }
static int sign(int x) { return (x > 0) - (x < 0); }
static double dsel(double a, double b) { return a < b ? b : a; }

int main(void)
{
    unsigned h = 0;
    for (int i = -20; i <= 20; i++) {
        int x = ck_opaque_i32(i * 37 - 11);
        int c = clamp(x, -100, 250);
        unsigned s = sel3(0x11u, 0x222u, 0x3333u, (i + 30) % 3);
        long long d = sel64(ck_opaque_i64((long long)i * 1000000000ll), 7);
        int g = sign(x);
        int m = (x & 1) ? x * 3 + 1 : x / 2;
        unsigned b = (unsigned)(x < 0) * 100u + (x > 100 ? 7u : 9u);
        ck_print_i32(x); ck_sp(); ck_print_i32(c); ck_sp(); ck_print_x32(s); ck_sp(); ck_print_i64(d);
        ck_sp(); ck_print_i32(g); ck_sp(); ck_print_i32(m); ck_sp(); ck_print_u32(b); ck_nl();
        h = h * 31u + (unsigned)c + s + (unsigned)d + (unsigned)g + (unsigned)m + b;
    }
    ck_show_f64("dsel", dsel(ck_opaque_f64(1.5), ck_opaque_f64(-2.5)));
    ck_show_x32("h", h);
    return (int)(h & 0xff);
}
